/**
 * WAL checkpoints on their own thread, on a real SQLite file: under steady writes the WAL is
 * started over (it stays small), nothing written is lost, and a thread that cannot run hands
 * checkpoints back to SQLite.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import {
  type BackgroundCheckpoints,
  openSqliteDatabase,
  runInBatch,
  startBackgroundCheckpoints,
  whenIdle,
} from '../../src/stores/sqlite/index.ts';

const root = mkdtempSync(join(tmpdir(), 'sarathi-checkpoints-'));
let counter = 0;

// Stopped and closed even when a test fails half-way, so no thread outlives its test.
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function started(
  db: DatabaseSync,
  file: string,
  options: Parameters<typeof startBackgroundCheckpoints>[2],
): BackgroundCheckpoints {
  const checkpoints = startBackgroundCheckpoints(db, file, options);
  cleanups.push(async () => {
    await checkpoints.stop();
    if (db.isOpen) db.close();
  });
  return checkpoints;
}

function autocheckpoint(db: DatabaseSync): number {
  return Number(db.prepare('PRAGMA wal_autocheckpoint').get()?.['wal_autocheckpoint']);
}

function walBytes(file: string): number {
  try {
    return statSync(`${file}-wal`).size;
  } catch {
    return 0;
  }
}

it('keeps the WAL small under steady writes, loses nothing, and leaves no WAL after close', async () => {
  const file = join(root, `steady-${++counter}.db`);
  const db = openSqliteDatabase(file);
  db.exec('CREATE TABLE t (k TEXT PRIMARY KEY, v BLOB NOT NULL)');
  const quietAtFrames = 100;
  const checkpoints = started(db, file, { intervalMs: 5, quietAtFrames });
  await checkpoints.ready;
  // The answering connection checkpoints only as a far backstop while the thread runs.
  expect(autocheckpoint(db)).toBeGreaterThan(10_000);

  const insert = db.prepare('INSERT INTO t VALUES (?, ?)');
  const payload = new Uint8Array(2000);
  let written = 0;
  let largestWal = 0;
  // Batches back to back, each committing several pages, for well over the quiet mark many
  // times: without a restart the WAL would only grow.
  const deadline = Date.now() + 1_500;
  while (Date.now() < deadline) {
    await Promise.all(
      Array.from({ length: 20 }, () => {
        const key = `k${written++}`;
        return runInBatch(db, () => insert.run(key, payload));
      }),
    );
    largestWal = Math.max(largestWal, walBytes(file));
  }
  const pageSize = Number(db.prepare('PRAGMA page_size').get()?.['page_size']);
  const framesWritten = Math.ceil((written * payload.length) / pageSize);
  expect(framesWritten).toBeGreaterThan(10 * quietAtFrames);
  expect(checkpoints.quietMoments()).toBeGreaterThan(0);
  // Restarted: the file never held more than a few quiet marks' worth of frames.
  expect(largestWal).toBeLessThan(framesWritten * pageSize * 0.5);

  await whenIdle(db);
  await checkpoints.stop();
  await checkpoints.stop(); // safe twice
  db.close();
  expect(walBytes(file)).toBe(0);
  const reader = new DatabaseSync(file);
  expect(Number(reader.prepare('SELECT COUNT(*) AS n FROM t').get()?.['n'])).toBe(written);
  reader.close();
});

it('hands checkpoints back to SQLite when the thread cannot open the database', async () => {
  const file = join(root, `fails-${++counter}.db`);
  const db = openSqliteDatabase(file);
  const failures: unknown[] = [];
  const checkpoints = started(db, join(root, 'no-such-folder', 'x.db'), {
    onFailure: (error) => failures.push(error),
  });
  await expect(checkpoints.ready).rejects.toBeDefined();
  await checkpoints.stop();
  expect(failures).toHaveLength(1);
  expect(autocheckpoint(db)).toBe(1000);
  db.close();
});
