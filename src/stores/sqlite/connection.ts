import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';

/** How long a connection waits for another one's write lock before failing. */
export const BUSY_TIMEOUT_MS = 5_000;

function isBusy(error: unknown): boolean {
  const code = (error as { errcode?: unknown } | null)?.errcode;
  // SQLITE_BUSY with any extended code (BUSY_RECOVERY, BUSY_SNAPSHOT…).
  return typeof code === 'number' && (code & 0xff) === 5;
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Switching a fresh file to WAL needs an exclusive lock, and SQLite answers "database is
 * locked" at once instead of calling the busy handler when another process holds the file
 * (seen when several processes open a new file together). So this retries until the busy
 * timeout. A file already in WAL returns at the first try.
 */
function switchToWal(db: DatabaseSync): void {
  const deadline = Date.now() + BUSY_TIMEOUT_MS;
  for (;;) {
    try {
      const mode = db.prepare('PRAGMA journal_mode = WAL').get()?.['journal_mode'];
      if (mode !== 'wal') throw new Error('the file system refused WAL journaling');
      return;
    } catch (error) {
      if (!isBusy(error) || Date.now() >= deadline) throw error;
      sleepSync(5 + Math.random() * 20);
    }
  }
}

/**
 * Opens the database file (creating its folder) with the settings every connection needs.
 * These pragmas are per connection, so they are set here and nowhere else.
 */
export function openSqliteDatabase(file: string): DatabaseSync {
  if (file === '' || file === ':memory:') {
    // A memory database has no WAL and is invisible to a second connection: tests would pass
    // against something unlike production.
    throw new RangeError('the SQLite store needs a file path');
  }
  mkdirSync(dirname(file), { recursive: true });
  const db = new DatabaseSync(file, { enableForeignKeyConstraints: true });
  try {
    db.exec(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`);
    switchToWal(db);
    // NORMAL is durable with WAL except for the last commits on power loss, not on a crash.
    db.exec('PRAGMA synchronous = NORMAL');
    db.exec('PRAGMA foreign_keys = ON');
    // Deleted rows are overwritten with zeros: "delete" must mean unrecoverable.
    db.exec('PRAGMA secure_delete = ON');
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
