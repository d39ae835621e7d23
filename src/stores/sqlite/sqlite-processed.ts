import type { DatabaseSync } from 'node:sqlite';
import type { ProcessedInboundStore } from '../ports/index.ts';
import { storeCall } from './guard.ts';
import { changes, millis } from './rows.ts';

export function createSqliteProcessedStore(db: DatabaseSync): ProcessedInboundStore {
  // One statement decides: the primary key makes the second insert a no-op, atomically,
  // whichever connection or process it comes from.
  const insert = db.prepare(
    'INSERT INTO processed_inbound (channel, dedupe_key, seen_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
  );
  const purge = db.prepare('DELETE FROM processed_inbound WHERE seen_at < ?');
  return {
    markFirstSeen: (channel, dedupeKey, at) =>
      storeCall(db, 'processed', 'markFirstSeen', () => {
        if (typeof dedupeKey !== 'string' || dedupeKey === '') {
          throw new RangeError('dedupeKey must be a non-empty string');
        }
        return changes(insert.run(channel, dedupeKey, millis(at))) === 1;
      }),
    purgeOlderThan: (cutoff) =>
      storeCall(db, 'processed', 'purgeOlderThan', () => changes(purge.run(millis(cutoff)))),
  };
}
