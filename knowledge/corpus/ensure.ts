/**
 * Sync only when needed (`npm start`, `npm test`). The check is cheap — hashes of the files on
 * disk against the manifest and the last sync's record, no normalization — so a good corpus
 * costs a few tens of milliseconds. `verifyCorpus` is the thorough check.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { NORMALIZED_FILE, readSyncState } from './data-dir.ts';
import { sha256Hex } from './hash.ts';
import { manifestVersion, readManifest } from './manifest.ts';
import type { Manifest } from './manifest.ts';
import { NORMALIZED_FORMAT } from './normalize.ts';
import { syncCorpus } from './sync.ts';
import type { SyncCorpusOptions, SyncCorpusResult } from './sync.ts';

export interface EnsureCorpusResult {
  readonly action: 'kept' | 'synced';
  /** Why a sync ran, or "current". */
  readonly reason: string;
  readonly version: string;
  readonly sync: SyncCorpusResult | undefined;
}

export async function ensureCorpus(options: SyncCorpusOptions): Promise<EnsureCorpusResult> {
  const manifest = await readManifest(options.manifestPath);
  const reason = await whyResync(path.resolve(options.dataDir), manifest);
  if (reason === undefined) {
    return {
      action: 'kept',
      reason: 'current',
      version: manifestVersion(manifest),
      sync: undefined,
    };
  }
  const sync = await syncCorpus(options);
  return { action: 'synced', reason, version: sync.version, sync };
}

async function whyResync(dataDir: string, manifest: Manifest): Promise<string | undefined> {
  const state = await readSyncState(dataDir);
  if (state === undefined) return 'no synced corpus';
  if (state.format !== NORMALIZED_FORMAT) return 'normalization changed since the last sync';
  if (state.version !== manifestVersion(manifest)) return 'the manifest pins other sources';
  for (const file of manifest.files) {
    if ((await hashOf(path.join(dataDir, file.name))) !== file.sha256) {
      return `${file.name} is missing or changed`;
    }
  }
  if ((await hashOf(path.join(dataDir, NORMALIZED_FILE))) !== state.normalized.sha256) {
    return `${NORMALIZED_FILE} is missing or changed`;
  }
  return undefined;
}

async function hashOf(file: string): Promise<string | undefined> {
  try {
    return sha256Hex(await readFile(file));
  } catch {
    return undefined;
  }
}
