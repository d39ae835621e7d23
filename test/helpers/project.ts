/**
 * Shared test fixtures built from the real project files: the synced, verified corpus (npm test
 * syncs it first; tests sync it here too when run alone) and the theme map.
 */
import { mkdir, mkdtemp, rm, symlink } from 'node:fs/promises';
import os from 'node:os';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { openKnowledge, type Knowledge, type OpenKnowledgeOptions } from '../../knowledge/index.ts';
import { loadJourneys, type JourneyCatalog } from '../../src/journeys/index.ts';
import {
  corpusPaths,
  ensureCorpus,
  loadCorpus,
  type LoadedCorpus,
} from '../../knowledge/corpus/index.ts';
import {
  loadOpenings,
  loadThemeMap,
  type Openings,
  type ThemeMap,
} from '../../knowledge/themes/index.ts';

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '..', '..');
export const SHARED_CORPUS = path.resolve(PROJECT_ROOT, '..', 'shared', 'corpus', 'gita');

let corpusPromise: Promise<LoadedCorpus> | undefined;

export function projectCorpus(): Promise<LoadedCorpus> {
  corpusPromise ??= (async () => {
    const paths = corpusPaths(PROJECT_ROOT);
    await ensureCorpus({
      ...paths,
      projectRoot: PROJECT_ROOT,
      corpusSource: process.env['CORPUS_SOURCE'],
    });
    return loadCorpus({ dataDir: paths.dataDir });
  })();
  return corpusPromise;
}

export async function projectThemes(): Promise<ThemeMap> {
  return loadThemeMap(path.join(PROJECT_ROOT, 'corpus', 'themes.json'), await projectCorpus());
}

export async function projectJourneys(): Promise<JourneyCatalog> {
  return loadJourneys(path.join(PROJECT_ROOT, 'corpus', 'journeys'), await projectCorpus());
}

export function projectOpenings(): Promise<Openings> {
  return loadOpenings(path.join(PROJECT_ROOT, 'corpus', 'openings.json'));
}

/**
 * The whole knowledge layer as the product boots it, in a temp data dir (its own spawned Chroma),
 * reusing the word-vector cache the embeddings tests keep in the OS temp folder.
 */
export async function openTestKnowledge(
  options: {
    vectorStore?: 'chroma' | 'off';
    translators?: string[];
    /** Knowledge options under test (the LLM composer, its clock, embeddings…). */
    extra?: Partial<OpenKnowledgeOptions>;
  } = {},
): Promise<{ knowledge: Knowledge; dataDir: string; close(): Promise<void> }> {
  await projectCorpus();
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'sarathi-knowledge-'));
  const knowledge = await openKnowledge({
    projectRoot: PROJECT_ROOT,
    dataDir,
    cacheDir: path.join(os.tmpdir(), 'sarathi-test-glove-cache'),
    vectorStore: options.vectorStore ?? 'chroma',
    translators: options.translators ?? [],
    ...options.extra,
  });
  return {
    knowledge,
    dataDir,
    close: async () => {
      await knowledge.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * A temp data dir for a whole app (SQLite, Chroma, Redis) that reuses the word-vector cache the
 * embeddings tests keep, so each test file does not build its own.
 */
export async function makeAppDataDir(
  prefix: string,
): Promise<{ dir: string; secretsDir: string; remove(): Promise<void> }> {
  await projectCorpus();
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  const shared = path.join(os.tmpdir(), 'sarathi-test-glove-cache');
  await mkdir(shared, { recursive: true });
  await symlink(shared, path.join(dir, 'cache'));
  // Beside the data dir, never inside it: the app refuses a master key inside DATA_DIR.
  const secretsDir = `${dir}-secrets`;
  return {
    dir,
    /** Pass as SECRETS_DIR so tests never write secrets into the project. */
    secretsDir,
    remove: async () => {
      await rm(dir, { recursive: true, force: true });
      await rm(secretsDir, { recursive: true, force: true });
    },
  };
}

export interface SarathiRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs `bin/sarathi.js` to completion as a person or a supervisor would: `input` on stdin, the
 * given environment over this process's (errors-only logs unless `env` says otherwise).
 */
export function runSarathi(
  args: readonly string[],
  options: { readonly input?: string; readonly env?: Record<string, string> } = {},
): Promise<SarathiRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'bin/sarathi.js'), ...args], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, LOG_LEVEL: 'error', ...options.env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

export interface SarathiExit {
  readonly code: number | null;
  /** The signal that ended it: a crash at shutdown shows as code null with its signal. */
  readonly signal: NodeJS.Signals | null;
}

export interface LongRunningSarathi {
  /** True once `readyLine` appeared on stderr; false if the process ended first. */
  readonly ready: boolean;
  /** Everything it wrote to stderr so far. */
  stderr(): string;
  /** Sends `signal` and resolves with how the process ended. */
  stop(signal?: NodeJS.Signals): Promise<SarathiExit>;
  /** SIGKILL if it is still running (for clean-up after a failed test). */
  kill(): void;
}

/**
 * Starts a long-running `bin/sarathi.js` command (serve, worker) as a supervisor would, and
 * waits until it writes `readyLine` to stderr or ends. Same environment rule as `runSarathi`.
 */
export async function startSarathi(
  args: readonly string[],
  options: { readonly readyLine: string; readonly env?: Record<string, string> },
): Promise<LongRunningSarathi> {
  const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'bin/sarathi.js'), ...args], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, LOG_LEVEL: 'error', ...options.env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const exited = new Promise<SarathiExit>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  let stderr = '';
  const ready = await new Promise<boolean>((resolve) => {
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      if (stderr.includes(options.readyLine)) resolve(true);
    });
    void exited.then(() => resolve(false));
  });
  return {
    ready,
    stderr: () => stderr,
    stop: (signal = 'SIGTERM') => {
      child.kill(signal);
      return exited;
    },
    kill: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
  };
}
