/**
 * BM25 keyword search (MiniSearch) over every translation and upstream's word meanings.
 * Texts whose rights are unclear or reserved are used here only as search signals; what a
 * person is shown is chosen later, from the translations configured for display.
 */
import MiniSearch from 'minisearch';
import type { Corpus } from '../corpus/types.ts';
import { isStopWord, normalizeText, toToken } from './tokens.ts';

export interface KeywordHit {
  readonly ref: string;
  readonly score: number;
}

interface VerseDocument {
  readonly id: string;
  readonly english: string;
  readonly hindi: string;
  readonly meanings: string;
}

function tokenizeForIndex(text: string): string[] {
  const normalized = normalizeText(text);
  return normalized === '' ? [] : normalized.split(' ');
}

function processTerm(term: string): string | null {
  if (isStopWord(term) || /^\d+$/u.test(term)) return null;
  return toToken(term).stem;
}

export class KeywordIndex {
  readonly #search: MiniSearch<VerseDocument>;

  /**
   * `fuzzy` forgives typos in longer words. Off by default: on the dev half of our eval it
   * changed nothing (the theme matcher already forgives typos) and cost 2.5× the search time.
   */
  constructor(corpus: Corpus, options: { fuzzy?: boolean } = {}) {
    const fuzzy = options.fuzzy ?? false;
    const languageOf = new Map(corpus.translators.map((t) => [t.id, t.language]));
    this.#search = new MiniSearch<VerseDocument>({
      fields: ['english', 'hindi', 'meanings'],
      tokenize: tokenizeForIndex,
      processTerm,
      searchOptions: {
        boost: { english: 1, hindi: 1, meanings: 0.6 },
        combineWith: 'OR',
        // When on, only longer words are matched loosely; short words would match noise.
        fuzzy: (term) => (fuzzy && term.length >= 6 ? 0.2 : false),
      },
    });
    this.#search.addAll(
      corpus.verses.map((verse) => {
        const byLanguage = (language: string) =>
          Object.entries(verse.translations)
            .filter(([translator]) => languageOf.get(translator) === language)
            .map(([, text]) => text)
            .join(' ');
        return {
          id: verse.ref,
          english: byLanguage('en'),
          hindi: byLanguage('hi'),
          meanings: verse.wordMeanings,
        };
      }),
    );
  }

  search(text: string, limit = 20): KeywordHit[] {
    return this.#search
      .search(text)
      .slice(0, limit)
      .map((result) => ({ ref: String(result.id), score: result.score }));
  }
}
