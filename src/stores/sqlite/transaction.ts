import type { DatabaseSync } from 'node:sqlite';

/**
 * Runs `work` inside `BEGIN IMMEDIATE … COMMIT`, rolling back if it throws.
 *
 * IMMEDIATE takes the write lock up front: a deferred transaction that reads and then writes
 * can fail with SQLITE_BUSY even with a busy timeout when another connection wrote in
 * between, whereas waiting for the lock at BEGIN is covered by `busy_timeout`.
 * `work` must be synchronous; a promise would let the transaction span other callers' work.
 */
export function inTransaction<T>(db: DatabaseSync, work: () => T): T {
  if (db.isTransaction) throw new Error('transactions do not nest');
  db.exec('BEGIN IMMEDIATE');
  try {
    const result = work();
    if (result instanceof Promise) throw new TypeError('transaction work must be synchronous');
    db.exec('COMMIT');
    return result;
  } catch (error) {
    if (db.isTransaction) db.exec('ROLLBACK');
    throw error;
  }
}
