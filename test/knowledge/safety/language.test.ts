import { detectLanguage, normalizeText } from '../../../knowledge/safety/index.ts';

describe('detectLanguage', () => {
  it.each([
    ['I feel lost and I do not know what to do', 'en'],
    ['What does Krishna say about karma and dharma?', 'en'],
    ['I am so tired yaar', 'en'],
    ['मुझे बहुत डर लग रहा है', 'hi'],
    ['गीता में कर्म के बारे में क्या कहा है?', 'hi'],
    ['mujhe bahut dar lag raha hai', 'hinglish'],
    ['jeena nahi chahti', 'hinglish'],
    ['bhai exam ki bahut tension hai, kya karu', 'hinglish'],
    ['main marna chahta hoon', 'hinglish'],
    ['', 'en'],
    ['🙏🙏', 'en'],
  ] as const)('%s → %s', (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it('calls mostly-Devanagari text with a few English words Hindi', () => {
    expect(detectLanguage('मुझे बहुत stress है, क्या करूँ')).toBe('hi');
  });
});

describe('normalizeText', () => {
  it.each([
    ["I don't wanna live", 'i do not want to live'],
    ["I'm gonna kms", 'i am going to kill myself'],
    ['i cant do this anymoreeee', 'i cannot do this anymoree'],
    ['SUICDE!!!', 'suicide .'],
    ['kil my self', 'kill myself'],
    ['want 2 die', 'want to die'],
    ['self-harm', 'self harm'],
    ['nahiiii hoooon', 'nahi hu'],
    ['khud kushi', 'khudkushi'],
    ['i want to... die', 'i want to die'],
  ])('%s → %s', (text, normalized) => {
    expect(normalizeText(text)).toBe(normalized);
  });

  it('folds Devanagari spelling variants together', () => {
    expect(normalizeText('ज़िंदगी')).toBe(normalizeText('जिंदगी'));
    expect(normalizeText('हूँ')).toBe(normalizeText('हूं'));
    expect(normalizeText('मुझे')).toBe(normalizeText('मूझे'));
  });

  it('leaves ordinary words alone', () => {
    const words = 'none good deed too see feel need soon moon sleep will all kill hello';
    expect(normalizeText(words)).toBe(words);
  });

  it('keeps sentences apart', () => {
    expect(normalizeText('I am fine. Really!')).toBe('i am fine . really .');
  });
});
