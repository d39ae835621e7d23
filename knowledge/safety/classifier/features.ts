/**
 * What the classifier sees of a message: hashed character n-grams (3–5, inside each word, with
 * the word's edges marked) plus word unigrams and bigrams, all taken from the safety module's own
 * normal form, so the spellings the lexicons fold ("kms", "nhi", loosened Devanagari) meet here
 * too. Character n-grams carry what words alone cannot: "khudkushi"/"khudkhushi", "marna"/
 * "marne", a typo the spelling list never heard of. Each feature is present or not; the vector is
 * scaled to unit length so a long message does not shout.
 *
 * Feature hashing keeps the space fixed (no vocabulary to build, store or keep in step with the
 * data); a collision costs a little accuracy, never a crash.
 */

export const FEATURE_BITS = 18;
export const FEATURE_SPACE = 1 << FEATURE_BITS;
const MASK = FEATURE_SPACE - 1;

/** 2-grams added a third more features and nothing to cross-validated recall. */
const MIN_GRAM = 3;
const MAX_GRAM = 5;

/** A message as the model sees it: distinct feature indices and their values. */
export interface SparseVector {
  readonly indices: Int32Array;
  readonly values: Float32Array;
}

/** Separate seeds keep the word "die" and the n-gram "die" apart. */
const SEED_GRAM = 0x811c9dc5;
const SEED_WORD = 0x01000193;
const SEED_BIGRAM = 0x5bd1e995;
const SENTENCE_END = '.';
const EDGE = 0x20;

/**
 * Taken once from `Math`: inside Jest's sandbox every lookup of a global goes through the
 * sandbox's interceptors, and `Math.imul` per character made featurizing 25 times slower.
 */
const { imul, sqrt } = Math;

/** FNV-1a step. */
function mix(hash: number, code: number): number {
  return imul(hash ^ code, 0x01000193);
}

/** Murmur3's finalizer: FNV's low bits are poor, and the index is taken from the low bits. */
function finish(hash: number): number {
  let h = hash;
  h ^= h >>> 16;
  h = imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h & MASK;
}

function hashWord(seed: number, word: string): number {
  let h = seed;
  for (let i = 0; i < word.length; i += 1) h = mix(h, word.charCodeAt(i));
  return h;
}

/**
 * Marks which indices this message already holds. Reused across calls (one allocation, not
 * one per message); a new generation number clears it in O(1).
 */
const stamp = new Uint32Array(FEATURE_SPACE);
let generation = 0;

function nextGeneration(): number {
  generation = (generation + 1) >>> 0;
  if (generation === 0) {
    stamp.fill(0);
    generation = 1;
  }
  return generation;
}

/**
 * The word's own features (the word, and its character n-grams), remembered: words follow a
 * steep curve, so most of a message's words were seen before and hashing them again is the
 * largest cost of reading it. Bounded; cleared whole when full.
 */
const WORD_CACHE_LIMIT = 50_000;
const wordCache = new Map<string, Int32Array>();

function wordFeatures(token: string): Int32Array {
  const known = wordCache.get(token);
  if (known !== undefined) return known;
  const found: number[] = [finish(hashWord(SEED_WORD, token))];
  // N-grams of " token ": each start position extends one character at a time.
  const length = token.length + 2;
  for (let start = 0; start + MIN_GRAM <= length; start += 1) {
    let h = SEED_GRAM;
    for (let n = 1; n <= MAX_GRAM && start + n <= length; n += 1) {
      const at = start + n - 1;
      const code = at === 0 || at === length - 1 ? EDGE : token.charCodeAt(at - 1);
      h = mix(h, code);
      if (n >= MIN_GRAM) found.push(finish(h));
    }
  }
  const features = Int32Array.from(found);
  if (wordCache.size >= WORD_CACHE_LIMIT) wordCache.clear();
  wordCache.set(token, features);
  return features;
}

/**
 * Calls `visit` once with each distinct feature index of the message and returns how many
 * there were. Works on text already normalized by the safety module's `normalizeText`.
 */
export function visitFeatures(normalized: string, visit: (index: number) => void): number {
  const gen = nextGeneration();
  let count = 0;
  const add = (index: number): void => {
    if (stamp[index] === gen) return;
    stamp[index] = gen;
    count += 1;
    visit(index);
  };

  let previous: string | undefined;
  for (const token of normalized.split(' ')) {
    if (token.length === 0 || token === SENTENCE_END) {
      previous = undefined;
      continue;
    }
    if (previous !== undefined) {
      // The bigram hash continues over the second word, so "not suicidal" ≠ "suicidal not".
      let h = mix(hashWord(SEED_BIGRAM, previous), EDGE);
      for (let i = 0; i < token.length; i += 1) h = mix(h, token.charCodeAt(i));
      add(finish(h));
    }
    previous = token;
    for (const index of wordFeatures(token)) add(index);
  }
  return count;
}

/** The value every present feature takes: the vector has unit length. */
export function featureValue(count: number): number {
  return count === 0 ? 0 : 1 / sqrt(count);
}

/** Works on text already normalized by the safety module's `normalizeText`. */
export function featurize(normalized: string): SparseVector {
  const found: number[] = [];
  const count = visitFeatures(normalized, (index) => found.push(index));
  const values = new Float32Array(count);
  values.fill(featureValue(count));
  return { indices: Int32Array.from(found), values };
}
