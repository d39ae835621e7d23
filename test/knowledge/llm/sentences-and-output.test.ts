import {
  outputProblem,
  parsePartialReply,
  parseReply,
  scanSentences,
  splitSentences,
} from '../../../knowledge/llm/index.ts';

describe('sentences', () => {
  it('splits at end punctuation followed by space and at line breaks, keeping all the text', () => {
    const text = 'Exams are hard. Are they? Yes!\nIn 2.47 it says so. परीक्षा कठिन है। ठीक';
    const sentences = splitSentences(text);
    expect(sentences).toEqual([
      'Exams are hard. ',
      'Are they? ',
      'Yes!\n',
      'In 2.47 it says so. ',
      'परीक्षा कठिन है। ',
      'ठीक',
    ]);
    expect(sentences.join('')).toBe(text);
  });

  it('never splits inside a quotation', () => {
    expect(splitSentences('It says "Act. Do not cling." Then rest. ')).toEqual([
      'It says "Act. Do not cling." ',
      'Then rest. ',
    ]);
    expect(splitSentences('It says “Act. Do not cling.” Then rest.')).toEqual([
      'It says “Act. Do not cling.” ',
      'Then rest.',
    ]);
  });

  it('holds back an unfinished sentence until more text comes or the text ends', () => {
    expect(scanSentences('One. Two', 0)).toEqual({ sentences: ['One. '], end: 5 });
    expect(scanSentences('One. Two.', 5)).toEqual({ sentences: [], end: 5 });
    expect(scanSentences('One. Two.', 5, true)).toEqual({ sentences: ['Two.'], end: 9 });
  });
});

describe('parsing the model output', () => {
  it('reads plain JSON, fenced JSON and JSON with text around it; canonicalises refs', () => {
    expect(parseReply('{"refs":["2.47"],"reply":"Hi."}')).toEqual({ refs: ['2.47'], reply: 'Hi.' });
    expect(parseReply('Sure!\n```json\n{"refs":["BG 2:47", 3.19],"reply":"Hi."}\n```')).toEqual({
      refs: ['2.47', '3.19'],
      reply: 'Hi.',
    });
    expect(parseReply('I cannot answer that.')).toBeUndefined();
    expect(parseReply('{"refs":["2.47"]}')).toBeUndefined();
  });

  it('reads a cut-off stream: refs once their list closed, the reply so far', () => {
    expect(parsePartialReply('{"refs":["2.4')).toEqual({ reply: undefined, refs: undefined });
    expect(parsePartialReply('{"refs":["2.47"],"reply":"Exams are ha')).toEqual({
      refs: ['2.47'],
      reply: 'Exams are ha',
    });
  });
});

describe('the output check', () => {
  it.each([
    ['I am Krishna, and I tell you to act.', 'persona'],
    ["I'm the Lord of all beings.", 'persona'],
    ['As I, the Lord, have taught you, act.', 'persona'],
    ['O Arjuna, do not grieve.', 'persona'],
    ['Surrender unto Me alone.', 'persona'],
    ['मैं कृष्ण हूँ, डरो मत।', 'persona'],
    ['I am your therapist and you have clinical depression.', 'persona'],
    ['It sounds like the pressure of exams weighs on you.', undefined],
    ['In 2.47 Krishna tells Arjuna to act without clinging to results.', undefined],
    ['Krishna says "O Arjuna, do not grieve" — that is for you too.', undefined],
  ])('%s', (sentence, problem) => {
    expect(outputProblem(sentence)).toBe(problem);
  });
});
