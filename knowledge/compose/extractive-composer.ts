/**
 * The default composer, no language model involved: a short opening in our words suited to
 * the theme, one to three verse cards exactly as the corpus has them, one gentle reflection
 * question and quick replies. The same input always gives the same answer.
 */
import type { ReplyPart, VersePart } from '../../src/messages/index.ts';
import type { Corpus } from '../corpus/types.ts';
import type { RetrievalResult } from '../retrieval/index.ts';
import type { Openings } from '../themes/index.ts';
import { pickVariant } from './pick.ts';
import { buildVerseCard, type VerseCardOptions } from './verse-card.ts';
import {
  ACTIONS,
  ANOTHER_VERSE_LEAD_INS,
  CHOICE_LABELS,
  GENERAL_REFLECTIONS,
  NOTHING_FOUND,
  VERSE_LEAD_INS,
  wordingLanguage,
  type ReplyLanguage,
} from './wording.ts';

export interface ComposeInput {
  /** Seeds the choice of wording; the message text itself is not stored or logged. */
  readonly seed: string;
  readonly language: ReplyLanguage;
  readonly retrieval: RetrievalResult;
  /** "another" when the person asked for another verse on the same thread. */
  readonly intent?: 'answer' | 'another';
  /** Long messages get up to three verses, short ones fewer. */
  readonly maxVerses?: number;
}

export interface Composition {
  readonly parts: readonly ReplyPart[];
  readonly citations: readonly string[];
  readonly themeId: string | undefined;
  readonly composer: 'extractive';
}

export interface ExtractiveComposerDeps {
  readonly corpus: Corpus;
  readonly openings: Openings;
  readonly verseCards: VerseCardOptions;
}

// A second or third verse is offered only when it is nearly as strong as the first.
const SECOND_VERSE_RATIO = 0.5;
const THIRD_VERSE_RATIO = 0.7;

export class ExtractiveComposer {
  readonly #deps: ExtractiveComposerDeps;

  constructor(deps: ExtractiveComposerDeps) {
    this.#deps = deps;
  }

  compose(input: ComposeInput): Composition {
    const language = wordingLanguage(input.language);
    const topTheme = input.retrieval.themes[0]?.theme;
    const cards = this.#chooseCards(input);
    if (cards.length === 0) {
      return {
        parts: [{ type: 'text', text: pickVariant(NOTHING_FOUND[language], input.seed) }],
        citations: [],
        themeId: undefined,
        composer: 'extractive',
      };
    }
    const opening =
      input.intent === 'another'
        ? pickVariant(ANOTHER_VERSE_LEAD_INS[language], input.seed, 'another')
        : `${pickVariant(this.#deps.openings.forTone(topTheme?.tone ?? 'general')[language], input.seed, 'opening')} ${pickVariant(VERSE_LEAD_INS[language], input.seed, 'lead-in')}`;
    const reflections = topTheme?.reflections[language] ?? GENERAL_REFLECTIONS[language];
    const labels = CHOICE_LABELS[language];
    return {
      parts: [
        { type: 'text', text: opening },
        ...cards,
        { type: 'text', text: pickVariant(reflections, input.seed, 'reflection') },
        {
          type: 'choices',
          choices: [
            { label: labels.another, payload: ACTIONS.anotherVerse },
            { label: labels.help, payload: ACTIONS.help },
          ],
        },
      ],
      citations: cards.map((card) => card.ref),
      themeId: topTheme?.id,
      composer: 'extractive',
    };
  }

  #chooseCards(input: ComposeInput): VersePart[] {
    const ranked = input.retrieval.refs;
    const top = ranked[0];
    if (top === undefined) return [];
    const maxVerses = input.maxVerses ?? (input.intent === 'another' ? 1 : 3);
    const cards: VersePart[] = [];
    for (const [index, candidate] of ranked.entries()) {
      if (cards.length >= maxVerses) break;
      const ratio = candidate.score / top.score;
      if (index === 1 && ratio < SECOND_VERSE_RATIO) break;
      if (index >= 2 && ratio < THIRD_VERSE_RATIO) break;
      const card = buildVerseCard(this.#deps.corpus, candidate.ref, this.#deps.verseCards);
      if (card !== undefined) cards.push(card);
    }
    return cards;
  }
}
