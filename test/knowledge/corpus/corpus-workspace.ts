// Test workspaces built at run time from ../shared/corpus/gita: the third-party text is copied
// into a temp dir for each suite and never lives in the repository.
import { chmod, cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '../../..');
export const MANIFEST_PATH = path.join(PROJECT_ROOT, 'corpus', 'manifest.json');
export const SHARED_GITA = path.resolve(PROJECT_ROOT, '..', 'shared', 'corpus', 'gita');
export const PINNED_FILES = [
  'verse.json',
  'chapters.json',
  'translation.json',
  'authors.json',
  'LICENSE',
] as const;

export interface Workspace {
  readonly root: string;
  /** A writable copy of the shared source folder, free to alter. */
  readonly sourceDir: string;
  /** `<root>/project/corpus/data`, not created until a sync. */
  readonly dataDir: string;
  readonly projectRoot: string;
  cleanup(): Promise<void>;
}

export async function makeWorkspace(): Promise<Workspace> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'sarathi-corpus-'));
  const sourceDir = path.join(root, 'source');
  await cp(SHARED_GITA, sourceDir, { recursive: true });
  // The shared copy is read-only; tests alter their own copy.
  for (const name of await readdir(sourceDir)) await chmod(path.join(sourceDir, name), 0o644);
  const projectRoot = path.join(root, 'project');
  return {
    root,
    sourceDir,
    projectRoot,
    dataDir: path.join(projectRoot, 'corpus', 'data'),
    cleanup: () => rm(root, { recursive: true, force: true }),
  };
}

/** Changes one byte in the middle of a file (an ASCII letter, so it stays valid text). */
export async function flipOneByte(file: string): Promise<void> {
  const bytes = await readFile(file);
  let at = Math.floor(bytes.length / 2);
  while (at < bytes.length && !isAsciiLetter(bytes[at])) at += 1;
  const byte = bytes[at];
  if (byte === undefined) throw new Error(`no ASCII letter to flip in ${file}`);
  bytes[at] = byte === 0x61 ? 0x62 : 0x61;
  await writeFile(file, bytes);
}

function isAsciiLetter(byte: number | undefined): boolean {
  return byte !== undefined && ((byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a));
}

/** Snapshot of every file in a folder (name → content), to prove it was left untouched. */
export async function snapshot(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const name of (await readdir(dir)).sort()) {
    files.set(name, (await readFile(path.join(dir, name))).toString('base64'));
  }
  return files;
}

/** Everything beside the data dir: a failed sync must leave no staging folder behind. */
export async function siblingsOf(dir: string): Promise<string[]> {
  return (await readdir(path.dirname(dir))).sort();
}
