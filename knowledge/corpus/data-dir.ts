/**
 * The layout of corpus/data and how it is replaced. A new corpus is built in a sibling folder
 * and renamed into place, so readers see the old corpus or the new one, never half of each;
 * a failure before the rename leaves the old one untouched.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { isNotFound } from './error-details.ts';

export const NORMALIZED_FILE = 'gita.json';

/** The project's default locations: `corpus/manifest.json` and the git-ignored `corpus/data`. */
export function corpusPaths(projectRoot: string): { dataDir: string; manifestPath: string } {
  return {
    dataDir: path.resolve(projectRoot, 'corpus', 'data'),
    manifestPath: path.resolve(projectRoot, 'corpus', 'manifest.json'),
  };
}
export const STATE_FILE = 'sync-state.json';

const stateSchema = z.object({
  format: z.number().int(),
  version: z.string(),
  source: z.object({ kind: z.string(), location: z.string(), origin: z.string() }),
  syncedAt: z.string(),
  files: z.record(z.string(), z.string()),
  normalized: z.object({ file: z.string(), sha256: z.string() }),
});

/** sync-state.json: what the last successful sync used and produced. */
export type SyncState = z.infer<typeof stateSchema>;

/** The state file, or undefined when it is missing or unreadable (the corpus is then rebuilt). */
export async function readSyncState(dataDir: string): Promise<SyncState | undefined> {
  try {
    const parsed = stateSchema.safeParse(
      JSON.parse(await readFile(path.join(dataDir, STATE_FILE), 'utf8')),
    );
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** A fresh folder next to `dataDir`, on the same file system so a rename can move it. */
export async function createStagingDir(dataDir: string): Promise<string> {
  const staging = siblingPath(dataDir, 'staging');
  await mkdir(staging, { recursive: true });
  return staging;
}

export async function replaceDataDir(staging: string, dataDir: string): Promise<void> {
  const old = siblingPath(dataDir, 'old');
  let movedAside = false;
  try {
    await rename(dataDir, old);
    movedAside = true;
  } catch (error) {
    if (!isNotFound(error)) throw error;
  }
  try {
    await rename(staging, dataDir);
  } catch (error) {
    if (movedAside) await rename(old, dataDir);
    throw error;
  }
  if (movedAside) await rm(old, { recursive: true, force: true });
}

function siblingPath(dataDir: string, purpose: string): string {
  const resolved = path.resolve(dataDir);
  const name = `.${path.basename(resolved)}-${purpose}-${randomBytes(6).toString('hex')}`;
  return path.join(path.dirname(resolved), name);
}
