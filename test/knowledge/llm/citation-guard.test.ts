import {
  checkRefs,
  checkReply,
  checkSentence,
  mentionedRefs,
  normalizeForQuote,
  quotations,
  quoteMatches,
  type GuardContext,
} from '../../../knowledge/llm/index.ts';

const TRANSLATION_2_47 =
  'Only the action that is done is your concern, not its fruits; let not the fruits of action be your motive, nor let your attachment be to inaction.';

const verses: Record<string, { translations: Record<string, string> }> = {
  '2.47': {
    translations: {
      a: TRANSLATION_2_47,
      b: 'Thy right is to work only, never to its fruits.',
    },
  },
  '2.48': { translations: { a: 'Perform action, O Arjuna, being steadfast in Yoga.' } },
  '18.66': { translations: { a: 'Abandoning all duties, take refuge in Me alone.' } },
};

const context: GuardContext = {
  corpus: { get: (ref) => verses[ref] },
  allowed: new Set(['2.47', '2.48']),
};

describe('mentionedRefs', () => {
  it.each([
    ['In 2.47 the Gita says', ['2.47']],
    ['BG 2:47 and then Bhagavad Gita 18.66', ['2.47', '18.66']],
    ['chapter 2, verse 47 speaks of it', ['2.47']],
    ['Chapter 2 (verse 48)', ['2.48']],
    ['अध्याय 2 श्लोक 47 में', ['2.47']],
    ['श्लोक २.४७ कहता है', ['2.47']],
    ['It took 2.5 hours and cost 19.99 rupees', ['2.5']],
    ['version 1.2.3 or 3.14159', []],
    ['nothing here', []],
  ])('%s', (text, refs) => {
    expect(mentionedRefs(text)).toEqual(refs);
  });
});

describe('quotations and matching', () => {
  it('finds straight, curly and guillemet quotes and blockquote lines', () => {
    expect(
      quotations('He said "one two three", then “four five” and «six»\n> seven eight'),
    ).toEqual(['one two three', 'four five', 'six', 'seven eight']);
  });

  it('compares without case, punctuation or extra whitespace, fragment by fragment', () => {
    expect(normalizeForQuote('  Not its FRUITS;  let not… ')).toBe('not its fruits let not');
    expect(quoteMatches('not its fruits — let not the fruits', TRANSLATION_2_47)).toBe(true);
    expect(quoteMatches('Only the action ... be your motive', TRANSLATION_2_47)).toBe(true);
    expect(quoteMatches('be your motive ... Only the action', TRANSLATION_2_47)).toBe(false);
    expect(quoteMatches('not its rewards', TRANSLATION_2_47)).toBe(false);
  });
});

describe('checkRefs', () => {
  it('names invented refs and real refs that were not given as context', () => {
    expect(checkRefs(['2.47', '2.99', '18.66'], context)).toEqual([
      { kind: 'invented_ref', ref: '2.99' },
      { kind: 'ref_not_in_context', ref: '18.66' },
    ]);
  });
});

describe('checkSentence', () => {
  const place = { earlierRefs: [], replyRefs: ['2.47'] };

  it('passes an exact quotation of the ref in the same sentence', () => {
    expect(
      checkSentence('As 2.47 says, "let not the fruits of action be your motive".', place, context),
    ).toEqual([]);
  });

  it('passes a quotation from any corpus translation of that ref', () => {
    expect(checkSentence('In 2.47: "Thy right is to work only".', place, context)).toEqual([]);
  });

  it('flags a misquotation, attributed to the ref the sentence names', () => {
    expect(
      checkSentence(
        'In 2.48 we read "let not the fruits of action be your motive".',
        place,
        context,
      ),
    ).toEqual([{ kind: 'misquote', ref: '2.48' }]);
  });

  it('attributes an unattributed quotation to the last ref mentioned before, then to the listed refs', () => {
    const after48 = { earlierRefs: ['2.48'], replyRefs: ['2.47'] };
    expect(checkSentence('It says "being steadfast in Yoga".', after48, context)).toEqual([]);
    expect(checkSentence('It says "let not the fruits of action".', place, context)).toEqual([]);
    expect(checkSentence('It says "the fruits will surely come".', place, context)).toEqual([
      { kind: 'misquote', ref: '2.47' },
    ]);
  });

  it('lets short quoted terms pass', () => {
    expect(checkSentence('This is "karma yoga" in practice.', place, context)).toEqual([]);
  });

  it('flags refs the prose mentions, but not refs inside a quotation', () => {
    expect(checkSentence('See also 2.99 and BG 18:66.', place, context)).toEqual([
      { kind: 'invented_ref', ref: '2.99' },
      { kind: 'ref_not_in_context', ref: '18.66' },
    ]);
  });
});

describe('checkReply', () => {
  it('checks the listed refs and every sentence', () => {
    expect(
      checkReply(
        {
          refs: ['2.47'],
          reply:
            'Exams are hard. In 2.47 we read "only the action that is done is your concern". Breathe.',
        },
        context,
      ),
    ).toEqual([]);
    expect(
      checkReply(
        { refs: ['2.47', '2.99'], reply: 'In 2.48, "perform action with no fear at all".' },
        context,
      ),
    ).toEqual([
      { kind: 'invented_ref', ref: '2.99' },
      { kind: 'misquote', ref: '2.48' },
    ]);
  });

  it('checks a blockquote against the ref introduced just before it', () => {
    const reply =
      'The Gita says in 2.48:\n> Perform action, O Arjuna, being steadfast in Yoga.\nWhat does steadiness mean to you?';
    expect(checkReply({ refs: ['2.48'], reply }, context)).toEqual([]);
    const wrong = 'The Gita says in 2.48:\n> Perform action, O Arjuna, and victory is certain.\n';
    expect(checkReply({ refs: ['2.48'], reply: wrong }, context)).toEqual([
      { kind: 'misquote', ref: '2.48' },
    ]);
  });
});
