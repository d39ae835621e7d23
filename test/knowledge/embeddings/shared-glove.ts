// The real word-vector cache for suites that need real embeddings but do not test the cache
// builder. It lives in the OS temp folder and is reused across test runs, exactly as the
// product reuses `<dataDir>/cache`: the first run on a machine builds it (about 6 s), later
// runs only load and checksum it. glove-embeddings.test.ts does a fresh build every run.
import os from 'node:os';
import path from 'node:path';
import { loadGloveEmbeddings, type GloveEmbeddings } from '../../../knowledge/embeddings/index.ts';

export const SHARED_GLOVE_CACHE_DIR = path.join(os.tmpdir(), 'sarathi-test-glove-cache');

/** Generous: a first build on a busy two-core machine. */
export const GLOVE_BUILD_TIMEOUT_MS = 180_000;

export function loadSharedGlove(): Promise<GloveEmbeddings> {
  return loadGloveEmbeddings({ cacheDir: SHARED_GLOVE_CACHE_DIR });
}
