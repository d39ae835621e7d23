/**
 * Matches a message against the theme map's trigger phrases. People rarely use a trigger
 * word for word, so each trigger word is compared with the message's words loosely — same
 * stem, same romanized-Hindi sound, a one-letter typo, a shared Devanagari root, or (English)
 * nearby GloVe vectors ("laid off" ≈ "fired") — and a trigger scores by how much of its
 * meaning-carrying words the message covers.
 */
import { distance } from 'fastest-levenshtein';
import type { Theme, ThemeMap } from '../themes/index.ts';
import { contentSurfaces, contentTokens, toToken, type Token } from './tokens.ts';
import { unitVector, type WordVectors } from './word-vectors.ts';

export interface ThemeMatch {
  readonly theme: Theme;
  /** 0..1: how well the best triggers of this theme are covered by the message. */
  readonly score: number;
}

export interface ThemeMatcherOptions {
  readonly vectors?: WordVectors;
  /** Cosine below this counts as no semantic match (GloVe neighbours sit around 0.6–0.8). */
  readonly minCosine?: number;
  /** Cosine at which a semantic match earns its full credit. */
  readonly fullCosine?: number;
  /** Most a semantic match can earn, relative to an exact word. */
  readonly semanticCeiling?: number;
  /**
   * Multiplies the score of a trigger none of whose words the message shares even loosely:
   * word vectors alone drift ("morning" ≈ "night"), so such a match counts for less.
   */
  readonly unanchoredFactor?: number;
  /** How many distinct message words' matches to remember (default 20,000; see #wordMatches). */
  readonly wordCacheLimit?: number;
}

interface TriggerWord {
  readonly token: Token;
  readonly weight: number;
}

interface Trigger {
  readonly themeIndex: number;
  readonly words: readonly number[];
  readonly totalWeight: number;
}

// How much each kind of loose match is worth, relative to an exact or same-stem match.
const SAME_SOUND = 0.85;
const ONE_TYPO = 0.8;
const SHARED_ROOT = 0.7;
const DEFAULT_WORD_CACHE_LIMIT = 20_000;

/** What one message word matches: trigger word ids with their credit, by letters and by meaning. */
interface WordMatches {
  readonly lexicalIds: readonly number[];
  readonly lexicalScores: readonly number[];
  readonly semanticIds: readonly number[];
  readonly semanticScores: readonly number[];
}

export class ThemeMatcher {
  readonly #themes: readonly Theme[];
  readonly #vocabulary: TriggerWord[] = [];
  readonly #candidates = new CandidateIndex();
  readonly #triggers: Trigger[] = [];
  readonly #vectors: WordVectors | undefined;
  /** Unit vectors of the trigger words that have one, row after row (`dimensions` wide). */
  #matrix = new Float32Array(0);
  #matrixRows: number[] = [];
  #dimensions = 0;
  readonly #minCosine: number;
  readonly #fullCosine: number;
  readonly #semanticCeiling: number;
  readonly #unanchoredFactor: number;
  /** Message word → the trigger words it matches (see #wordMatches). */
  readonly #wordCache = new Map<string, WordMatches>();
  readonly #wordCacheLimit: number;
  /** Word id → indexes of the triggers that hold it. */
  readonly #wordTriggers: number[][] = [];
  /** Scratch per trigger word, all zero between calls (match resets what it set). */
  #coverage = new Float64Array(0);
  #lexical = new Float64Array(0);
  /** Scratch per trigger: the call that last collected it. */
  #triggerMarks = new Uint32Array(0);
  /** The triggers and word weights in flat typed arrays: the per-message scan reads only these. */
  #packed = packTriggers([]);
  #wordWeights = new Float64Array(0);
  #stamp = 0;

  constructor(themeMap: ThemeMap, options: ThemeMatcherOptions = {}) {
    this.#themes = themeMap.themes;
    this.#vectors = options.vectors;
    this.#wordCacheLimit = Math.max(1, options.wordCacheLimit ?? DEFAULT_WORD_CACHE_LIMIT);
    // Chosen on the dev half of test/eval (odd ids) and confirmed on the held half: letting
    // word vectors earn as much as a shared word let common words drift ("morning" ≈ "night")
    // and cost more than it found (held hit@5 0.648 with 0.45/0.75/0.85/1 → 0.728 with these).
    this.#minCosine = options.minCosine ?? 0.55;
    this.#fullCosine = options.fullCosine ?? 0.85;
    this.#semanticCeiling = options.semanticCeiling ?? 0.7;
    this.#unanchoredFactor = options.unanchoredFactor ?? 0.7;
    this.#index(themeMap.themes);
  }

  /** How many distinct message words' matches are remembered now. */
  get rememberedWords(): number {
    return this.#wordCache.size;
  }

  /** Themes whose triggers the message covers, best first; at most `limit`, each ≥ `minScore`. */
  match(text: string, limit = 5, minScore = 0.5): ThemeMatch[] {
    const surfaces = contentSurfaces(text);
    if (surfaces.length === 0) return [];
    const touched = this.#cover(surfaces);
    const best = new Float64Array(this.#themes.length);
    const second = new Float64Array(this.#themes.length);
    const coverage = this.#coverage;
    const lexical = this.#lexical;
    // A trigger none of whose words the message covers scores 0 and cannot change a theme's
    // best or second score, so only triggers holding a covered word are scored — in the same
    // order and with the same arithmetic as scoring every trigger, hence the same result.
    const stamp = this.#markTriggers(touched);
    const marks = this.#triggerMarks;
    const { start, words, themeOf, totalWeight } = this.#packed;
    const weights = this.#wordWeights;
    for (let index = 0; index < themeOf.length; index++) {
      if (marks[index] !== stamp) continue;
      let covered = 0;
      let anchored = false;
      for (let k = start[index]!, end = start[index + 1]!; k < end; k++) {
        const word = words[k]!;
        covered += coverage[word]! * weights[word]!;
        if (lexical[word]! > 0) anchored = true;
      }
      const score = (covered / totalWeight[index]!) * (anchored ? 1 : this.#unanchoredFactor);
      const i = themeOf[index]!;
      if (score > best[i]!) {
        second[i] = best[i]!;
        best[i] = score;
      } else if (score > second[i]!) {
        second[i] = score;
      }
    }
    for (const id of touched) {
      coverage[id] = 0;
      lexical[id] = 0;
    }
    const matches: ThemeMatch[] = [];
    this.#themes.forEach((theme, i) => {
      // A second trigger that also fits is corroboration, worth a little on top of the best.
      const score = Math.min(1, (best[i] ?? 0) + 0.15 * (second[i] ?? 0));
      if (score >= minScore) matches.push({ theme, score });
    });
    return matches.sort((a, b) => b.score - a.score).slice(0, limit);
  }

  /**
   * Fills the scratch arrays: for every trigger word, how well the message covers it (0..1),
   * and how well by its letters alone. Returns the ids it set, which the caller resets.
   */
  #cover(surfaces: readonly string[]): number[] {
    const coverage = this.#coverage;
    const lexical = this.#lexical;
    const touched: number[] = [];
    for (const surface of surfaces) {
      const { lexicalIds, lexicalScores, semanticIds, semanticScores } = this.#wordMatches(surface);
      for (let k = 0; k < lexicalIds.length; k++) {
        const id = lexicalIds[k]!;
        const score = lexicalScores[k]!;
        if (coverage[id] === 0 && lexical[id] === 0) touched.push(id);
        if (score > lexical[id]!) lexical[id] = score;
        if (score > coverage[id]!) coverage[id] = score;
      }
      for (let k = 0; k < semanticIds.length; k++) {
        const id = semanticIds[k]!;
        const score = semanticScores[k]!;
        if (coverage[id] === 0 && lexical[id] === 0) touched.push(id);
        if (score > coverage[id]!) coverage[id] = score;
      }
    }
    return touched;
  }

  /** Marks the triggers that hold one of these words; returns the mark. */
  #markTriggers(words: readonly number[]): number {
    const marks = this.#triggerMarks;
    if (this.#stamp === 0xffff_ffff) {
      marks.fill(0);
      this.#stamp = 0;
    }
    const stamp = ++this.#stamp;
    for (const word of words) {
      for (const index of this.#wordTriggers[word]!) marks[index] = stamp;
    }
    return stamp;
  }

  /**
   * Everything one message word can match, worked out once per distinct word: chat vocabulary
   * repeats a lot, and a word's matches depend on the word alone.
   */
  #wordMatches(surface: string): WordMatches {
    const cached = this.#wordCache.get(surface);
    if (cached !== undefined) return cached;
    const token = toToken(surface);
    const lexicalIds: number[] = [];
    const lexicalScores: number[] = [];
    // Only trigger words that share a key with the message word can match it at all (same
    // surface, stem, sound, a typo-length bucket or a Devanagari root), so only those are
    // compared — the same result as comparing every pair, at a fraction of the cost.
    for (const id of this.#candidates.of(token)) {
      const word = this.#vocabulary[id];
      if (word === undefined) continue;
      const match = lexicalMatch(word.token, token);
      if (match > 0) {
        lexicalIds.push(id);
        lexicalScores.push(match);
      }
    }
    const semanticIds: number[] = [];
    const semanticScores: number[] = [];
    if (token.script === 'latin') {
      for (const [id, score] of this.#semanticNeighbours(surface)) {
        semanticIds.push(id);
        semanticScores.push(score);
      }
    }
    const matches = { lexicalIds, lexicalScores, semanticIds, semanticScores };
    // Bounded: a long-running server sees an open-ended vocabulary (typos, made-up words);
    // past the bound the memory starts over rather than grow.
    if (this.#wordCache.size >= this.#wordCacheLimit) this.#wordCache.clear();
    this.#wordCache.set(surface, matches);
    return matches;
  }

  #index(themes: readonly Theme[]): void {
    const wordIds = new Map<string, number>();
    const documentFrequency = new Map<string, number>();
    const phrases: Array<{ themeIndex: number; tokens: Token[] }> = [];
    themes.forEach((theme, themeIndex) => {
      for (const phrase of [
        ...theme.triggers.en,
        ...theme.triggers.hi,
        ...theme.triggers.hinglish,
      ]) {
        const tokens = contentTokens(phrase);
        if (tokens.length === 0) continue;
        phrases.push({ themeIndex, tokens });
        for (const key of new Set(tokens.map((token) => token.surface))) {
          documentFrequency.set(key, (documentFrequency.get(key) ?? 0) + 1);
        }
      }
    });
    const phraseCount = phrases.length;
    for (const { themeIndex, tokens } of phrases) {
      const words: number[] = [];
      let totalWeight = 0;
      for (const token of tokens) {
        let id = wordIds.get(token.surface);
        if (id === undefined) {
          id = this.#vocabulary.length;
          wordIds.set(token.surface, id);
          const df = documentFrequency.get(token.surface) ?? 1;
          // Smoothed IDF: a word in many triggers ("stress") says less than a rare one ("layoff").
          const weight = Math.log(1 + phraseCount / df);
          this.#vocabulary.push({ token, weight });
          this.#candidates.add(token, id);
        }
        words.push(id);
        totalWeight += this.#vocabulary[id]?.weight ?? 0;
      }
      for (const id of new Set(words)) {
        (this.#wordTriggers[id] ??= []).push(this.#triggers.length);
      }
      this.#triggers.push({ themeIndex, words, totalWeight });
    }
    this.#coverage = new Float64Array(this.#vocabulary.length);
    this.#lexical = new Float64Array(this.#vocabulary.length);
    this.#triggerMarks = new Uint32Array(this.#triggers.length);
    this.#wordWeights = Float64Array.from(this.#vocabulary, (word) => word.weight);
    this.#packed = packTriggers(this.#triggers);
    if (this.#vectors !== undefined) {
      const rows: Float32Array[] = [];
      this.#vocabulary.forEach((word, id) => {
        const vector =
          word.token.script === 'latin' ? this.#vectors?.wordVector(word.token.surface) : undefined;
        if (vector === undefined) return;
        rows.push(unitVector(vector));
        this.#matrixRows.push(id);
      });
      this.#dimensions = rows[0]?.length ?? 0;
      this.#matrix = new Float32Array(rows.length * this.#dimensions);
      rows.forEach((row, i) => this.#matrix.set(row, i * this.#dimensions));
    }
  }

  /** Trigger words whose vectors are close to this word's, with the credit each earns. */
  #semanticNeighbours(surface: string): ReadonlyArray<readonly [number, number]> {
    const neighbours: Array<readonly [number, number]> = [];
    const vector = this.#vectors?.wordVector(surface);
    if (vector !== undefined && this.#dimensions > 0) {
      const unit = unitVector(vector);
      const dimensions = this.#dimensions;
      const matrix = this.#matrix;
      const span = this.#fullCosine - this.#minCosine;
      const ceiling = this.#semanticCeiling;
      for (let row = 0; row < this.#matrixRows.length; row++) {
        let cosine = 0;
        const offset = row * dimensions;
        for (let d = 0; d < dimensions; d++) cosine += matrix[offset + d]! * unit[d]!;
        if (cosine > this.#minCosine) {
          const score = ceiling * Math.min(1, (cosine - this.#minCosine) / span);
          neighbours.push([this.#matrixRows[row]!, score]);
        }
      }
    }
    return neighbours;
  }
}

interface PackedTriggers {
  /** Trigger i's word ids are words[start[i] .. start[i + 1]). */
  readonly start: Int32Array;
  readonly words: Int32Array;
  readonly themeOf: Int32Array;
  readonly totalWeight: Float64Array;
}

function packTriggers(triggers: readonly Trigger[]): PackedTriggers {
  const start = new Int32Array(triggers.length + 1);
  triggers.forEach((trigger, i) => (start[i + 1] = start[i]! + trigger.words.length));
  const words = new Int32Array(start[triggers.length]!);
  triggers.forEach((trigger, i) => words.set(trigger.words, start[i]));
  return {
    start,
    words,
    themeOf: Int32Array.from(triggers, (trigger) => trigger.themeIndex),
    totalWeight: Float64Array.from(triggers, (trigger) => trigger.totalWeight),
  };
}

/** Keys under which a trigger word could match a message word; see lexicalMatch for the rules. */
class CandidateIndex {
  readonly #buckets = new Map<string, number[]>();

  add(token: Token, id: number): void {
    for (const key of keysOf(token, 'trigger')) {
      const bucket = this.#buckets.get(key);
      if (bucket === undefined) this.#buckets.set(key, [id]);
      else bucket.push(id);
    }
  }

  of(token: Token): Set<number> {
    const ids = new Set<number>();
    for (const key of keysOf(token, 'message')) {
      for (const id of this.#buckets.get(key) ?? []) ids.add(id);
    }
    return ids;
  }
}

function keysOf(token: Token, side: 'trigger' | 'message'): string[] {
  const keys = [`s:${token.surface}`];
  if (token.script === 'latin') {
    keys.push(`t:${token.stem}`);
    if (token.phonetic.length >= 3) keys.push(`p:${token.phonetic}`);
    const first = token.surface[0] ?? '';
    const length = token.surface.length;
    // A one-letter typo needs a trigger word of five letters or more, the same first letter,
    // and a length within one.
    if (side === 'trigger' && length >= 5) keys.push(`y:${first}${length}`);
    if (side === 'message') {
      for (const near of [length - 1, length, length + 1]) {
        if (near >= 5) keys.push(`y:${first}${near}`);
      }
    }
  } else if (token.surface.length >= 3) {
    keys.push(`r:${token.surface.slice(0, 3)}`);
  }
  return keys;
}

function lexicalMatch(trigger: Token, message: Token): number {
  if (trigger.script !== message.script) return 0;
  if (trigger.surface === message.surface) return 1;
  if (trigger.script === 'latin') {
    if (trigger.stem === message.stem) return 1;
    if (trigger.phonetic.length >= 3 && trigger.phonetic === message.phonetic) return SAME_SOUND;
    if (
      trigger.surface.length >= 5 &&
      Math.abs(trigger.surface.length - message.surface.length) <= 1 &&
      trigger.surface[0] === message.surface[0] &&
      distance(trigger.surface, message.surface) <= 1
    ) {
      return ONE_TYPO;
    }
    return 0;
  }
  // Devanagari inflects at the end (परीक्षा, परीक्षाओं): a shared root of three letters or more.
  const shorter = Math.min(trigger.surface.length, message.surface.length);
  if (shorter >= 3 && commonPrefix(trigger.surface, message.surface) >= Math.max(3, shorter - 2)) {
    return SHARED_ROOT;
  }
  return 0;
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}
