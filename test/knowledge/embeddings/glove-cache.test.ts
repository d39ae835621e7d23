import { mkdir, mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  CacheInvalidError,
  gloveCacheFileName,
  loadGloveEmbeddings,
  WinkSourceError,
  type GloveCacheProgress,
} from '../../../knowledge/embeddings/index.ts';
import { readCacheFile } from '../../../knowledge/embeddings/cache-file.ts';
import { writeSyntheticSource, type SyntheticSource } from './synthetic-source.ts';

// The builder on a small file in the real format: fast enough to build many times.
describe('word-vector cache (synthetic source)', () => {
  let dir: string;
  let sourcePath: string;
  let source: SyntheticSource;
  const size = 16;

  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'sarathi-glove-cache-'));
    sourcePath = path.join(dir, 'source.json');
    source = await writeSyntheticSource(sourcePath);
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function load(events: GloveCacheProgress[] = [], vocabularySize = size) {
    return loadGloveEmbeddings({
      cacheDir: path.join(dir, 'cache'),
      sourcePath,
      vocabularySize,
      onProgress: (event) => events.push(event),
    });
  }

  it('builds the cache on first use, reports progress, and loads it afterwards without building', async () => {
    const first: GloveCacheProgress[] = [];
    await load(first);
    expect(first[0]).toEqual({ stage: 'building', reason: 'missing', detail: undefined });
    const fractions = first.flatMap((e) => (e.stage === 'reading-source' ? [e.fraction] : []));
    expect(fractions.at(-1)).toBe(1);
    expect(first.map((e) => e.stage)).toEqual(
      expect.arrayContaining(['building', 'reading-source', 'built', 'loaded']),
    );

    const second: GloveCacheProgress[] = [];
    await load(second);
    expect(second.map((e) => e.stage)).toEqual(['loaded']);
    // Only the finished file is left: the temporary file was renamed into place.
    expect(await readdir(path.join(dir, 'cache'))).toEqual([gloveCacheFileName(size)]);
  });

  it('removes caches of older format versions and old temporary files after a build', async () => {
    const cacheDir = path.join(dir, 'cache');
    const current = gloveCacheFileName(size);
    const older = current.replace(/-f\d+r\d+\.bin$/, '-f1r1.bin');
    const otherSize = gloveCacheFileName(size + 1);
    const oldTemp = `${current}.123.abcd.tmp`;
    const freshTemp = `${current}.456.ef01.tmp`;
    await mkdir(cacheDir, { recursive: true });
    for (const name of [older, otherSize, oldTemp, freshTemp])
      await writeFile(path.join(cacheDir, name), 'x');
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    await utimes(path.join(cacheDir, oldTemp), twoHoursAgo, twoHoursAgo);

    await load();
    expect((await readdir(cacheDir)).sort()).toEqual([current, freshTemp, otherSize].sort());
  });

  it('gives back every vector within the int8 quantization error', async () => {
    const embeddings = await load();
    source.words.forEach((word, rank) => {
      const original = source.vectors[rank]!;
      const restored = embeddings.wordVector(word);
      expect(restored).toBeDefined();
      const bound = Math.max(...original.map(Math.abs)) / 127 / 2 + 1e-6;
      restored!.forEach((value, i) =>
        expect(Math.abs(value - original[i]!)).toBeLessThanOrEqual(bound),
      );
    });
    expect(embeddings.wordVector('unheard-of')).toBeUndefined();
  });

  it('keeps only the most frequent words when the vocabulary is smaller than the source', async () => {
    const embeddings = await load([], 5);
    expect(embeddings.vocabularySize).toBe(5);
    expect(embeddings.wordVector('job')).toBeDefined(); // rank 4
    expect(embeddings.wordVector('work')).toBeUndefined(); // rank 5
    expect(embeddings.id).toMatch(/-n5$/);
  });

  it.each([
    ['a flipped byte', (file: Buffer) => ((file[file.length - 3]! ^= 0xff), file)],
    ['a truncated file', (file: Buffer) => file.subarray(0, file.length - 10)],
    ['a wrong magic', (file: Buffer) => (file.write('NOTGLOVE', 0, 'latin1'), file)],
    ['an empty file', () => Buffer.alloc(0)],
  ])('detects %s and rebuilds the cache', async (_label, damage) => {
    await load();
    const cachePath = path.join(dir, 'cache', gloveCacheFileName(size));
    await writeFile(cachePath, damage(await readFile(cachePath)));
    expect(() => readCacheFile(cachePath)).toThrow(CacheInvalidError);

    const events: GloveCacheProgress[] = [];
    const embeddings = await load(events);
    expect(events[0]).toMatchObject({ stage: 'building', reason: 'invalid' });
    expect(embeddings.wordVector('banana')).toBeDefined();
    expect(() => readCacheFile(cachePath)).not.toThrow();
  });

  it('rebuilds when the source file is not the one the cache was built from', async () => {
    await load();
    source = await writeSyntheticSource(sourcePath, { seed: 99, dimensions: 12 });
    const events: GloveCacheProgress[] = [];
    const embeddings = await load(events);
    expect(events[0]).toMatchObject({ stage: 'building', reason: 'source-changed' });
    expect(embeddings.dimensions).toBe(12);
  });

  it('keeps using a cache whose source has gone', async () => {
    await load();
    await rm(sourcePath);
    const events: GloveCacheProgress[] = [];
    const embeddings = await load(events);
    expect(events.map((e) => e.stage)).toEqual(['loaded']);
    expect(embeddings.wordVector('duty')).toBeDefined();
  });

  it('leaves no cache and no temporary file when the build fails', async () => {
    const text = await readFile(sourcePath, 'utf8');
    await writeFile(sourcePath, text.slice(0, Math.floor(text.length / 2)));
    await expect(load()).rejects.toThrow();
    const cacheDir = path.join(dir, 'cache');
    const left = await readdir(cacheDir).catch(() => []);
    expect(left).toEqual([]);
  });

  it('rejects a source whose size field disagrees with its contents', async () => {
    const body = JSON.parse(await readFile(sourcePath, 'utf8')) as { size: number };
    body.size += 1;
    await writeFile(sourcePath, JSON.stringify(body));
    await expect(load()).rejects.toThrow(WinkSourceError);
  });

  it('shares one build between concurrent loads of the same cache', async () => {
    const events: GloveCacheProgress[] = [];
    const [a, b] = await Promise.all([load(events), load(events)]);
    expect(a).toBe(b);
    expect(events.filter((e) => e.stage === 'built')).toHaveLength(1);
    expect((await stat(path.join(dir, 'cache', gloveCacheFileName(size)))).size).toBeGreaterThan(
      80,
    );
  });
});
