// Word → rank lookup that lives in the cache file itself: the words as one UTF-8 blob, their
// offsets, and an open-addressing hash table built once with the cache. Loading it costs no
// string or Map creation; a Map of 200k fresh strings took ~200 ms to build and 24 MB of heap.

// Local binding: looking up the global `Math` is slow inside Jest's vm context.
const { imul } = Math;
const encoder = new TextEncoder();
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function hashBytes(bytes: Uint8Array, start: number, end: number): number {
  let h = FNV_OFFSET;
  for (let i = start; i < end; i++) h = imul(h ^ bytes[i]!, FNV_PRIME);
  return h >>> 0;
}

/** FNV-1a of the word's UTF-8 bytes when it is ASCII (the usual case), else undefined. */
function hashAscii(word: string): number | undefined {
  let h = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c > 0x7f) return undefined;
    h = imul(h ^ c, FNV_PRIME);
  }
  return h >>> 0;
}

export interface VocabularyTables {
  /** UTF-8 of every word, back to back, in rank order. */
  blob: Uint8Array;
  /** Byte offset of each word in `blob`, plus the end: length N + 1. */
  offsets: Uint32Array;
  /** Power-of-two slots holding rank + 1, 0 when empty. */
  table: Uint32Array;
}

export function buildVocabularyTables(words: readonly string[]): VocabularyTables {
  // Encoded straight into one blob: an array per word meant 200k small buffers at build time.
  const offsets = new Uint32Array(words.length + 1);
  words.forEach((w, rank) => (offsets[rank + 1] = offsets[rank]! + Buffer.byteLength(w, 'utf8')));
  const blob = new Uint8Array(offsets[words.length]!);
  words.forEach((w, rank) =>
    encoder.encodeInto(w, blob.subarray(offsets[rank], offsets[rank + 1])),
  );
  // At most half full, so probes stay short.
  let slots = 1;
  while (slots < words.length * 2) slots *= 2;
  const table = new Uint32Array(slots);
  const mask = slots - 1;
  for (let rank = 0; rank < words.length; rank++) {
    let slot = hashBytes(blob, offsets[rank]!, offsets[rank + 1]!) & mask;
    while (table[slot] !== 0) slot = (slot + 1) & mask;
    table[slot] = rank + 1;
  }
  return { blob, offsets, table };
}

export class Vocabulary {
  private readonly blob: Uint8Array;
  private readonly offsets: Uint32Array;
  private readonly table: Uint32Array;
  private readonly mask: number;
  private readonly decoder = new TextDecoder();

  constructor(tables: VocabularyTables) {
    const { blob, offsets, table } = tables;
    if (table.length === 0 || (table.length & (table.length - 1)) !== 0) {
      throw new RangeError('hash table size must be a power of two');
    }
    this.blob = blob;
    this.offsets = offsets;
    this.table = table;
    this.mask = table.length - 1;
  }

  get size(): number {
    return this.offsets.length - 1;
  }

  wordAt(rank: number): string | undefined {
    if (rank < 0 || rank >= this.size) return undefined;
    return this.decoder.decode(this.blob.subarray(this.offsets[rank], this.offsets[rank + 1]));
  }

  /** Frequency rank of a word exactly as stored, or undefined. */
  rankOf(word: string): number | undefined {
    const ascii = hashAscii(word);
    const bytes = ascii === undefined ? encoder.encode(word) : undefined;
    const hash = bytes ? hashBytes(bytes, 0, bytes.length) : ascii!;
    let slot = hash & this.mask;
    for (;;) {
      const entry = this.table[slot]!;
      if (entry === 0) return undefined;
      const start = this.offsets[entry - 1]!;
      const end = this.offsets[entry]!;
      if (bytes ? this.equalsBytes(bytes, start, end) : this.equalsAscii(word, start, end)) {
        return entry - 1;
      }
      slot = (slot + 1) & this.mask;
    }
  }

  private equalsAscii(word: string, start: number, end: number): boolean {
    if (end - start !== word.length) return false;
    for (let i = 0; i < word.length; i++) {
      if (this.blob[start + i] !== word.charCodeAt(i)) return false;
    }
    return true;
  }

  private equalsBytes(bytes: Uint8Array, start: number, end: number): boolean {
    if (end - start !== bytes.length) return false;
    for (let i = 0; i < bytes.length; i++) if (this.blob[start + i] !== bytes[i]) return false;
    return true;
  }
}
