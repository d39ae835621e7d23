import {
  buildVerseCard,
  ExtractiveComposer,
  pickVariant,
  verseCardProblem,
} from '../../../knowledge/compose/index.ts';
import type { LoadedCorpus } from '../../../knowledge/corpus/index.ts';
import type { RetrievalResult } from '../../../knowledge/retrieval/index.ts';
import type { ThemeMap } from '../../../knowledge/themes/index.ts';
import type { VersePart } from '../../../src/messages/index.ts';
import { projectCorpus, projectOpenings, projectThemes } from '../../helpers/project.ts';

describe('verse cards', () => {
  let corpus: LoadedCorpus;
  beforeAll(async () => {
    corpus = await projectCorpus();
  });

  it('are built from the corpus by ref, with the first configured translator that has the verse', () => {
    const card = buildVerseCard(corpus, '2.47', { translators: ['purohit', 'sivananda'] });
    const verse = corpus.get('2.47');
    expect(card).toEqual({
      type: 'verse',
      ref: '2.47',
      sanskrit: verse?.sanskrit,
      transliteration: verse?.transliteration,
      translation: verse?.translations['purohit'],
      translator: 'Shri Purohit Swami',
    });
  });

  it('do not exist for refs that are not in the corpus', () => {
    expect(buildVerseCard(corpus, '2.73', { translators: ['purohit'] })).toBeUndefined();
    expect(buildVerseCard(corpus, '19.1', { translators: ['purohit'] })).toBeUndefined();
  });

  it('fall back to the next translator when the first has no text for a verse', () => {
    // The manifest records 13.1 as a placeholder for Gambirananda (translationGaps).
    const card = buildVerseCard(corpus, '13.1', { translators: ['gambirananda', 'sivananda'] });
    expect(card?.translator).toBe('Swami Sivananda');
  });

  it('are checked character for character: any altered field is a problem', () => {
    const card = buildVerseCard(corpus, '18.66', { translators: ['sivananda'] }) as VersePart;
    expect(verseCardProblem(corpus, card)).toBeUndefined();
    expect(verseCardProblem(corpus, { ...card, translation: `${card.translation} ` })).toBe(
      'translation_mismatch 18.66',
    );
    expect(verseCardProblem(corpus, { ...card, sanskrit: card.sanskrit.slice(1) })).toBe(
      'sanskrit_mismatch 18.66',
    );
    expect(verseCardProblem(corpus, { ...card, ref: '2.99' })).toBe('unknown_ref 2.99');
    expect(verseCardProblem(corpus, { ...card, translator: 'Krishna' })).toBe(
      'translation_mismatch 18.66',
    );
  });
});

describe('ExtractiveComposer', () => {
  let corpus: LoadedCorpus;
  let themes: ThemeMap;
  let composer: ExtractiveComposer;

  beforeAll(async () => {
    corpus = await projectCorpus();
    themes = await projectThemes();
    composer = new ExtractiveComposer({
      corpus,
      openings: await projectOpenings(),
      verseCards: { translators: ['purohit', 'sivananda'] },
    });
  });

  function retrieval(refs: Array<[string, number]>, themeId?: string): RetrievalResult {
    const theme = themeId === undefined ? undefined : themes.get(themeId);
    return {
      refs: refs.map(([ref, score]) => ({ ref, score, sources: ['test'] })),
      themes: theme === undefined ? [] : [{ theme, score: 0.9 }],
      degraded: [],
    };
  }

  it('opens in our words, shows verse cards, asks one reflection question and offers quick replies', () => {
    const composition = composer.compose({
      seed: 'worried about results',
      language: 'en',
      retrieval: retrieval(
        [
          ['2.47', 1],
          ['2.48', 0.9],
          ['2.38', 0.8],
        ],
        'exam-results-fear',
      ),
    });
    const types = composition.parts.map((part) => part.type);
    expect(types).toEqual(['text', 'verse', 'verse', 'verse', 'text', 'choices']);
    expect(composition.citations).toEqual(['2.47', '2.48', '2.38']);
    expect(composition.themeId).toBe('exam-results-fear');
    const reflection = composition.parts[4];
    expect(themes.get('exam-results-fear')?.reflections.en).toContain(
      reflection?.type === 'text' ? reflection.text : '',
    );
    for (const part of composition.parts) {
      if (part.type === 'verse') expect(verseCardProblem(corpus, part)).toBeUndefined();
    }
  });

  it('leaves out weaker verses rather than padding the answer', () => {
    const composition = composer.compose({
      seed: 's',
      language: 'en',
      retrieval: retrieval([
        ['6.5', 1],
        ['6.6', 0.3],
        ['6.7', 0.2],
      ]),
    });
    expect(composition.citations).toEqual(['6.5']);
  });

  it('is deterministic for the same input and varies its wording across inputs', () => {
    const input = {
      seed: 'i feel so alone',
      language: 'en' as const,
      retrieval: retrieval([['6.5', 1]]),
    };
    expect(composer.compose(input)).toEqual(composer.compose(input));
    const openings = new Set(
      ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((seed) => {
        const first = composer.compose({ ...input, seed }).parts[0];
        return first?.type === 'text' ? first.text : '';
      }),
    );
    expect(openings.size).toBeGreaterThan(1);
  });

  it('answers in Hindi for Hindi and in simple English for Hinglish', () => {
    const hindi = composer.compose({
      seed: 'x',
      language: 'hi',
      retrieval: retrieval([['2.47', 1]]),
    });
    const first = hindi.parts[0];
    expect(first?.type === 'text' && /\p{Script=Devanagari}/u.test(first.text)).toBe(true);
    const hinglish = composer.compose({
      seed: 'x',
      language: 'hinglish',
      retrieval: retrieval([['2.47', 1]]),
    });
    const opening = hinglish.parts[0];
    expect(opening?.type === 'text' && /\p{Script=Devanagari}/u.test(opening.text)).toBe(false);
  });

  it('asks to hear more, and cites nothing, when retrieval found nothing', () => {
    const composition = composer.compose({ seed: 'x', language: 'en', retrieval: retrieval([]) });
    expect(composition.citations).toEqual([]);
    expect(composition.parts).toEqual([
      { type: 'text', text: expect.stringMatching(/tell me a little more/) },
    ]);
  });

  it('offers exactly one verse for "another verse"', () => {
    const composition = composer.compose({
      seed: 'x',
      language: 'en',
      intent: 'another',
      retrieval: retrieval([
        ['2.48', 1],
        ['2.38', 1],
      ]),
    });
    expect(composition.citations).toEqual(['2.48']);
  });
});

describe('pickVariant', () => {
  it('picks deterministically and rejects an empty list', () => {
    expect(pickVariant(['a', 'b', 'c'], 'seed')).toBe(pickVariant(['a', 'b', 'c'], 'seed'));
    expect(() => pickVariant([], 'seed')).toThrow(RangeError);
  });
});
