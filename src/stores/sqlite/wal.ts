import type { DatabaseSync } from 'node:sqlite';
import { integer } from './rows.ts';

/**
 * Copies every WAL frame into the database file and truncates the WAL to zero bytes, so a
 * page that held a now-deleted secret (zeroed by secure_delete in its new version) leaves no
 * older copy in the WAL. Returns false when another connection's open read kept the checkpoint
 * from finishing; the next checkpoint (SQLite runs them on its own) completes it.
 */
export function checkpointWal(db: DatabaseSync): boolean {
  const row = db.prepare('PRAGMA wal_checkpoint(TRUNCATE)').get();
  return row !== undefined && integer(row, 'busy') === 0;
}
