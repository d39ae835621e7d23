import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { buildVocabularyTables, Vocabulary } from './vocabulary.ts';

// Binary word-vector cache, read with one readFileSync and used in place through typed-array
// views (nothing is parsed or copied at load, apart from the checksum pass).
//
//   offset  size  field
//        0     8  magic "SRTHGLV1"
//        8     4  format version (u32 LE)
//       12     4  dimensions d
//       16     4  word count N
//       20     4  vocabulary size of the source (for the frequency estimate)
//       24     4  byte length of the word blob
//       28     4  hash table slots T (a power of two)
//       32     8  byte length of the source file (f64), to notice a changed source
//       40    32  SHA-256 of everything after the header
//       72     8  reserved, 0
//       80   4·N  per-word scale (f32): component = int8 · scale
//            4·d  common component (f32, unit length or all zero)
//        4·(N+1)  word offsets into the blob (u32)
//            4·T  hash table: rank + 1 per slot, 0 empty (u32)
//            N·d  vectors, int8, one row per word in frequency order
//                 word blob, UTF-8, words back to back in rank order
//
// Every 32-bit section starts 4-byte aligned, so all sections are views on the file buffer.

export const CACHE_MAGIC = 'SRTHGLV1';
export const CACHE_FORMAT_VERSION = 2;
const HEADER_BYTES = 80;

interface CacheBase {
  dimensions: number;
  sourceVocabularySize: number;
  sourceFileBytes: number;
  scales: Float32Array;
  component: Float32Array;
  vectors: Int8Array;
}

export interface CacheInput extends CacheBase {
  words: readonly string[];
}

export interface CacheContents extends CacheBase {
  vocabulary: Vocabulary;
}

export class CacheInvalidError extends Error {
  override name = 'CacheInvalidError';
}

function layout(count: number, dimensions: number, slots: number) {
  const scales = HEADER_BYTES;
  const component = scales + 4 * count;
  const offsets = component + 4 * dimensions;
  const table = offsets + 4 * (count + 1);
  const vectors = table + 4 * slots;
  const blob = vectors + count * dimensions;
  return { scales, component, offsets, table, vectors, blob };
}

/** Writes to a temporary file beside the target, then renames, so readers never see half a file. */
export async function writeCacheFile(path: string, contents: CacheInput): Promise<number> {
  const { dimensions, words, scales, component, vectors } = contents;
  const count = words.length;
  if (scales.length !== count || vectors.length !== count * dimensions) {
    throw new RangeError('cache sections disagree on the word count');
  }
  if (component.length !== dimensions) throw new RangeError('component has the wrong length');
  const { blob, offsets, table } = buildVocabularyTables(words);

  const at = layout(count, dimensions, table.length);
  const bytes = (view: ArrayBufferView) =>
    new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
  // Sections in file order, written one after another with the hash taken on the way, so
  // the body is never assembled in memory as a whole.
  const sections: [number, Uint8Array][] = [
    [at.scales, bytes(scales)],
    [at.component, bytes(component)],
    [at.offsets, bytes(offsets)],
    [at.table, bytes(table)],
    [at.vectors, bytes(vectors)],
    [at.blob, blob],
  ];
  const hash = createHash('sha256');
  for (const [, section] of sections) hash.update(section);
  const total = at.blob + blob.length;

  const header = Buffer.alloc(HEADER_BYTES);
  header.write(CACHE_MAGIC, 0, 'latin1');
  header.writeUInt32LE(CACHE_FORMAT_VERSION, 8);
  header.writeUInt32LE(dimensions, 12);
  header.writeUInt32LE(count, 16);
  header.writeUInt32LE(contents.sourceVocabularySize, 20);
  header.writeUInt32LE(blob.length, 24);
  header.writeUInt32LE(table.length, 28);
  header.writeDoubleLE(contents.sourceFileBytes, 32);
  hash.digest().copy(header, 40);

  await mkdir(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    const file = await open(temp, 'w');
    try {
      await file.write(header, 0, HEADER_BYTES, 0);
      for (const [offset, section] of sections) {
        await file.write(section, 0, section.length, offset);
      }
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  return total;
}

/**
 * Reads and checks a cache file. Throws CacheInvalidError for anything that is not a complete
 * file of this format version (wrong magic, wrong length, checksum mismatch); a missing file
 * throws the usual ENOENT error.
 */
export function readCacheFile(path: string): CacheContents {
  let file = readFileSync(path);
  if (file.length < HEADER_BYTES) throw new CacheInvalidError('shorter than its header');
  if (file.toString('latin1', 0, 8) !== CACHE_MAGIC) throw new CacheInvalidError('wrong magic');
  const version = file.readUInt32LE(8);
  if (version !== CACHE_FORMAT_VERSION) throw new CacheInvalidError(`format version ${version}`);
  const dimensions = file.readUInt32LE(12);
  const count = file.readUInt32LE(16);
  const sourceVocabularySize = file.readUInt32LE(20);
  const blobLength = file.readUInt32LE(24);
  const slots = file.readUInt32LE(28);
  const sourceFileBytes = file.readDoubleLE(32);
  if (slots === 0 || (slots & (slots - 1)) !== 0) throw new CacheInvalidError('bad table size');
  const at = layout(count, dimensions, slots);
  if (file.length !== at.blob + blobLength) {
    throw new CacheInvalidError(`length ${file.length}, expected ${at.blob + blobLength}`);
  }
  const digest = createHash('sha256').update(file.subarray(HEADER_BYTES)).digest();
  if (!digest.equals(file.subarray(40, 72))) throw new CacheInvalidError('checksum mismatch');

  // Typed-array views need 4-byte alignment within the ArrayBuffer; a large read gets its own
  // buffer at offset 0, but do not rely on it.
  if (file.byteOffset % 4 !== 0) file = Buffer.from(file);
  const { buffer, byteOffset } = file;
  const f32 = (offset: number, length: number) =>
    new Float32Array(buffer, byteOffset + offset, length);
  const u32 = (offset: number, length: number) =>
    new Uint32Array(buffer, byteOffset + offset, length);
  const offsets = u32(at.offsets, count + 1);
  if (offsets[count] !== blobLength) throw new CacheInvalidError('word offsets disagree');
  return {
    dimensions,
    sourceVocabularySize,
    sourceFileBytes,
    scales: f32(at.scales, count),
    component: f32(at.component, dimensions),
    vectors: new Int8Array(buffer, byteOffset + at.vectors, count * dimensions),
    vocabulary: new Vocabulary({
      blob: new Uint8Array(buffer, byteOffset + at.blob, blobLength),
      offsets,
      table: u32(at.table, slots),
    }),
  };
}
