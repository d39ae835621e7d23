import { compileWords, expandPattern } from '../../../knowledge/safety/compile-pattern.ts';
import { SafetyLexiconError } from '../../../knowledge/safety/index.ts';
import { candidates, firstWords, indexFirstWords } from '../../../knowledge/safety/first-words.ts';
import {
  CRISIS_EXCEPTIONS,
  ENGLISH_CRISIS,
  HINDI_CRISIS,
  HINGLISH_CRISIS,
  MISUSE_RULES,
  TOKEN_SPELLINGS,
} from '../../../knowledge/safety/lexicon/index.ts';
import { normalizeText } from '../../../knowledge/safety/normalize.ts';

const CRISIS = [...ENGLISH_CRISIS, ...HINGLISH_CRISIS, ...HINDI_CRISIS];

/** Sentences that exercise many patterns; the index must never hide a match among them. */
const SENTENCES = [
  'I want to kill myself',
  'my husband hits me every day and I am not safe at home',
  'I took a whole bottle of pills',
  'I am going to stab him tomorrow',
  'I am being abused by my father',
  'i want him dead',
  'help me he is outside',
  'mera pati mujhe roz maarta hai',
  'maine neend ki goliyan kha li',
  'bahut saari goliyan kha li',
  'maine 20 goliyan kha li',
  'mujhe bachao',
  'usko jaan se maar dunga',
  'मैंने नींद की गोलियां खा ली हैं',
  'मैंने 30 गोलियां खा लीं',
  'मुझे बचाओ',
  'मेरा पति मुझे रोज मारता है',
  'मौत आ जाए',
  'maut aa jaye',
  'this is my goodbye',
  'I cut myself while cooking',
  'boss meri jaan le lega',
  'My cousin committed suicide last year',
];

describe('the lexicons', () => {
  it('compile, every line of them', () => {
    for (const p of [...CRISIS, ...CRISIS_EXCEPTIONS]) {
      expect(() => compileWords(p.pattern, { global: true })).not.toThrow();
    }
    for (const rule of MISUSE_RULES) {
      for (const p of [...rule.all, ...(rule.unless ?? [])]) {
        expect(() => compileWords(p, { global: false })).not.toThrow();
      }
    }
  });

  it('reject an unknown macro at load', () => {
    expect(() => compileWords(/@nosuchmacro/, { global: false })).toThrow(SafetyLexiconError);
  });

  it('match whole words only', () => {
    const regex = compileWords(/kill myself/, { global: false });
    expect(regex.test('i will kill myself')).toBe(true);
    expect(regex.test('i will skill myself')).toBe(false);
  });

  it('have a first-word index that never hides a match', () => {
    const sources = CRISIS.map((p) => expandPattern(p.pattern));
    const index = indexFirstWords(sources);
    const regexes = CRISIS.map((p) => compileWords(p.pattern, { global: false }));
    let matched = 0;
    for (const sentence of SENTENCES) {
      const text = normalizeText(sentence);
      const chosen = new Set(candidates(index, text.split(' ')));
      regexes.forEach((regex, n) => {
        if (!regex.test(text)) return;
        matched += 1;
        expect({ sentence, pattern: CRISIS[n]?.pattern.source, chosen: chosen.has(n) }).toEqual({
          sentence,
          pattern: CRISIS[n]?.pattern.source,
          chosen: true,
        });
      });
    }
    expect(matched).toBeGreaterThan(SENTENCES.length);
  });

  it('read first words only where they are certain', () => {
    expect(firstWords('(?:kill|end) myself')).toEqual(new Set(['kill', 'end']));
    expect(firstWords('(?:my |the )?life is')).toBeUndefined();
    expect(firstWords('suicid[^ .]*')).toBeUndefined();
    expect(firstWords('(?:a|b)(?= x)')).toEqual(new Set(['a', 'b']));
    expect(firstWords('(?<=(?:^| )i )(?:hit|kill) him')).toEqual(new Set(['hit', 'kill']));
  });

  it('map no two spellings that squeeze alike to different words', () => {
    const seen = new Map<string, string>();
    for (const [variant, canonical] of Object.entries(TOKEN_SPELLINGS)) {
      const key = variant.replace(/(.)\1+/g, '$1');
      const earlier = seen.get(key);
      if (earlier !== undefined)
        expect({ variant, canonical }).toEqual({ variant, canonical: earlier });
      seen.set(key, canonical);
    }
  });
});
