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

/** The fields in MiniSearch's scoring order; a term's hits are first gathered field by field. */
const FIELDS = ['english', 'hindi', 'meanings'] as const;

/** One query term's BM25 contribution to each verse it occurs in, in MiniSearch's order. */
interface TermHits {
  /** Verse positions (their order in the corpus, which is MiniSearch's document order). */
  readonly positions: Uint32Array;
  readonly scores: Float64Array;
}

export interface KeywordIndexOptions {
  /**
   * `fuzzy` forgives typos in longer words. Off by default: on the dev half of our eval it
   * changed nothing (the theme matcher already forgives typos) and cost 2.5× the search time.
   */
  readonly fuzzy?: boolean;
  /**
   * How many query terms' hits to remember (default 4096; 0 turns the memory off and every
   * search goes through MiniSearch whole). See `search`.
   */
  readonly termCacheSize?: number;
}

/** The first of MiniSearch's fields in which a result matched the term. */
function firstField(match: Readonly<Record<string, readonly string[]>>, term: string): number {
  const field = match[term]?.[0];
  const index = FIELDS.findIndex((name) => name === field);
  if (index < 0) throw new Error('a keyword hit did not name the field it matched');
  return index;
}

const NO_HITS: TermHits = { positions: new Uint32Array(0), scores: new Float64Array(0) };

export class KeywordIndex {
  readonly #search: MiniSearch<VerseDocument>;
  readonly #refs: readonly string[];
  readonly #positionOf: ReadonlyMap<string, number>;
  readonly #termCacheSize: number;
  readonly #termHits = new Map<string, TermHits>();

  constructor(corpus: Corpus, options: KeywordIndexOptions = {}) {
    const fuzzy = options.fuzzy ?? false;
    // Fuzzy matches add derived terms whose order the memory below does not reproduce.
    this.#termCacheSize = fuzzy ? 0 : (options.termCacheSize ?? 4096);
    this.#refs = corpus.verses.map((verse) => verse.ref);
    this.#positionOf = new Map(this.#refs.map((ref, position) => [ref, position]));
    const languageOf = new Map(corpus.translators.map((t) => [t.id, t.language]));
    this.#search = new MiniSearch<VerseDocument>({
      fields: [...FIELDS],
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

  /** How many query terms' hits are remembered now. */
  get rememberedTerms(): number {
    return this.#termHits.size;
  }

  /**
   * The best `limit` verses for a message by BM25, best first.
   *
   * Every message is new, but its words are not: MiniSearch scores each query term on its own
   * and then adds the terms' scores per verse, so each term's hits are remembered (a bounded
   * number of terms, oldest forgotten first) and only the adding is done per message. The
   * adding follows MiniSearch's own rules — scores summed in query-term order, multiplied by
   * how many distinct query terms the verse matched, verses met first kept first among equal
   * scores — so the result is the one MiniSearch's whole search gives (a test holds the two
   * equal); it took a tenth of the answer's CPU under load before.
   */
  search(text: string, limit = 20): KeywordHit[] {
    if (this.#termCacheSize === 0) {
      return this.#search
        .search(text)
        .slice(0, limit)
        .map((result) => ({ ref: String(result.id), score: result.score }));
    }
    const terms = tokenizeForIndex(text)
      .map(processTerm)
      .filter((term): term is string => term !== null && term !== '');
    const totals = new Map<number, { score: number; terms: Set<string> }>();
    for (const term of terms) {
      const { positions, scores } = this.#hitsOf(term);
      for (let i = 0; i < positions.length; i++) {
        const position = positions[i]!;
        const total = totals.get(position);
        if (total === undefined)
          totals.set(position, { score: scores[i]!, terms: new Set([term]) });
        else {
          total.score = total.score + scores[i]!;
          total.terms.add(term);
        }
      }
    }
    const ranked: KeywordHit[] = [];
    for (const [position, total] of totals) {
      ranked.push({ ref: this.#refs[position]!, score: total.score * total.terms.size });
    }
    return ranked.sort((a, b) => b.score - a.score).slice(0, limit);
  }

  /** One term's hits, from memory or from MiniSearch (which scores them field by field). */
  #hitsOf(term: string): TermHits {
    const remembered = this.#termHits.get(term);
    if (remembered !== undefined) return remembered;
    const results = this.#search.search(term, {
      tokenize: (query) => [query],
      processTerm: (query) => query,
    });
    // MiniSearch meets a term's verses field by field, each field in document order; its
    // search result is sorted by score, so that order is rebuilt for ties to fall the same way.
    const hits = results
      .map((result) => ({
        position: this.#positionOf.get(String(result.id))!,
        field: firstField(result.match, term),
        score: result.score,
      }))
      .sort((a, b) => a.field - b.field || a.position - b.position);
    const termHits: TermHits =
      hits.length === 0
        ? NO_HITS
        : {
            positions: Uint32Array.from(hits, (hit) => hit.position),
            scores: Float64Array.from(hits, (hit) => hit.score),
          };
    if (this.#termHits.size >= this.#termCacheSize) {
      const oldest = this.#termHits.keys().next();
      if (oldest.done !== true) this.#termHits.delete(oldest.value);
    }
    this.#termHits.set(term, termHits);
    return termHits;
  }
}
