/**
 * WAL checkpoints on a thread of their own.
 *
 * SQLite checkpoints by itself every 1000 WAL pages, inside whichever COMMIT crosses that mark,
 * and with `synchronous = NORMAL` a checkpoint fsyncs the WAL and the database file. On the
 * thread that answers people that stalled every turn in flight, 15–27 ms at a time several
 * times a second under the widget benchmark, and took half of all commit time. Here a worker
 * thread with its own connection checkpoints instead (checkpoint-thread.ts). When it needs a
 * moment with no writer — to copy the last frames so that SQLite starts the WAL over — new
 * group-commit batches wait (`holdBatches`) while the event loop goes on with everything else.
 * The answering connection's own automatic checkpoint stays as a far backstop, and is put back
 * to SQLite's default should the thread fail. Nothing can be lost either way: a checkpoint
 * only copies frames already committed.
 */
import type { DatabaseSync } from 'node:sqlite';
import { Worker } from 'node:worker_threads';
import type { CheckpointThreadMessage, CheckpointThreadSettings } from './checkpoint-protocol.ts';
import { holdBatches } from './group-commit.ts';

/** SQLite's own automatic checkpoint interval, in WAL pages. */
const SQLITE_DEFAULT_AUTOCHECKPOINT = 1000;

/**
 * WAL size (frames, 4 KB each) at which the thread asks for a quiet moment, which holds every
 * store call for the length of a last checkpoint (its fsyncs, ~10–20 ms here). Rarely, then: at
 * the widget benchmark's write rate, every few seconds; the WAL file grows to ~64 MB for it.
 */
const QUIET_AT_FRAMES = 16_000;

/** The answering connection's automatic checkpoint while the thread runs: a backstop only. */
const BACKSTOP_AUTOCHECKPOINT = 40_000;

/** A quiet moment is given back after this long even if the thread has not answered. */
const QUIET_LIMIT_MS = 250;

/** How long stopping waits for the thread to close its connection before ending it. */
const STOP_TIMEOUT_MS = 5_000;

export interface BackgroundCheckpoints {
  /** Resolves once the thread has opened its connection (rejects if it could not). */
  readonly ready: Promise<void>;
  /** How many quiet moments the thread asked for and got. */
  readonly quietMoments: () => number;
  /** Stops the thread and closes its connection; safe to call twice. */
  stop(): Promise<void>;
}

export interface BackgroundCheckpointOptions {
  /** How often the thread checkpoints (default 50 ms). */
  readonly intervalMs?: number;
  /** WAL size in frames at which the thread asks for a quiet moment (default 16,000). */
  readonly quietAtFrames?: number;
  /** Called when the thread failed and SQLite's own checkpoints took over again. */
  readonly onFailure?: (error: unknown) => void;
}

export function startBackgroundCheckpoints(
  db: DatabaseSync,
  file: string,
  options: BackgroundCheckpointOptions = {},
): BackgroundCheckpoints {
  const settings: CheckpointThreadSettings = {
    file,
    intervalMs: options.intervalMs ?? 50,
    quietAtFrames: options.quietAtFrames ?? QUIET_AT_FRAMES,
  };
  const thread = new Worker(new URL('./checkpoint-thread.ts', import.meta.url), {
    workerData: settings,
    // A small thread: one connection, one prepared statement and a timer.
    resourceLimits: { maxOldGenerationSizeMb: 32, maxYoungGenerationSizeMb: 4 },
  });
  // Never the reason a process stays alive.
  thread.unref();
  db.exec(`PRAGMA wal_autocheckpoint = ${BACKSTOP_AUTOCHECKPOINT}`);

  let stopping = false;
  let quietMoments = 0;
  let releaseQuiet: (() => void) | undefined;
  let quietTimer: NodeJS.Timeout | undefined;
  const endQuiet = () => {
    clearTimeout(quietTimer);
    releaseQuiet?.();
    releaseQuiet = undefined;
  };
  const handBack = (error: unknown) => {
    endQuiet();
    if (stopping) return;
    stopping = true;
    if (db.isOpen) db.exec(`PRAGMA wal_autocheckpoint = ${SQLITE_DEFAULT_AUTOCHECKPOINT}`);
    options.onFailure?.(error);
  };

  let markReady: () => void = () => undefined;
  let failReady: (error: unknown) => void = () => undefined;
  const ready = new Promise<void>((resolve, reject) => {
    markReady = resolve;
    failReady = reject;
  });
  // Waiting on `ready` is optional; a failure is handled by `handBack` either way.
  ready.catch(() => undefined);

  thread.on('message', (message: CheckpointThreadMessage) => {
    if (message.type === 'ready') markReady();
    else if (message.type === 'need-quiet') {
      if (stopping || releaseQuiet !== undefined) return;
      releaseQuiet = holdBatches(db);
      quietTimer = setTimeout(endQuiet, QUIET_LIMIT_MS);
      quietMoments += 1;
      thread.postMessage('quiet');
    } else endQuiet();
  });
  thread.on('error', (error) => {
    failReady(error);
    handBack(error);
  });
  const exited = new Promise<void>((resolve) => {
    thread.once('exit', (code) => {
      const error = new Error(`the checkpoint thread ended (exit code ${code})`);
      failReady(error);
      handBack(error);
      resolve();
    });
  });

  let stopped: Promise<void> | undefined;
  return {
    ready,
    quietMoments: () => quietMoments,
    stop: () =>
      (stopped ??= (async () => {
        stopping = true;
        endQuiet();
        thread.postMessage('stop');
        const timer = setTimeout(() => void thread.terminate(), STOP_TIMEOUT_MS);
        await exited;
        clearTimeout(timer);
      })()),
  };
}
