import type { DatabaseSync } from 'node:sqlite';
import { isInBatch } from './group-commit.ts';

/**
 * Runs `work` inside `BEGIN IMMEDIATE … COMMIT`, rolling back if it throws.
 *
 * IMMEDIATE takes the write lock up front: a deferred transaction that reads and then writes
 * can fail with SQLITE_BUSY even with a busy timeout when another connection wrote in
 * between, whereas waiting for the lock at BEGIN is covered by `busy_timeout`.
 * `work` must be synchronous; a promise would let the transaction span other callers' work.
 * Inside a store call's batch (group-commit.ts) the call already runs in its own savepoint of
 * the batch's immediate transaction, which gives the same all-or-nothing: `work` just runs.
 */
export function inTransaction<T>(db: DatabaseSync, work: () => T): T {
  if (isInBatch(db)) {
    const result = work();
    if (result instanceof Promise) throw new TypeError('transaction work must be synchronous');
    return result;
  }
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
