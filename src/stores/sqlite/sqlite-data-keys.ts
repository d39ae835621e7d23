import type { DatabaseSync } from 'node:sqlite';
import type { DataKeyStore, WrappedDataKey } from '../ports/index.ts';
import { storeCall } from './guard.ts';
import { bytes, changes, date, integer, millis, text } from './rows.ts';
import type { Row } from './rows.ts';
import { createAuditWriter } from './sqlite-audit-log.ts';
import { inTransaction } from './transaction.ts';
import { afterCommit } from './group-commit.ts';
import { checkpointWal } from './wal.ts';

function keyFromRow(row: Row): WrappedDataKey {
  return {
    userId: text(row, 'user_id'),
    masterKeyId: text(row, 'master_key_id'),
    wrapped: bytes(row, 'wrapped'),
    createdAt: date(row, 'created_at'),
    wrappedAt: date(row, 'wrapped_at'),
  };
}

function checkLimit(limit: number): void {
  if (!Number.isInteger(limit) || limit < 0) {
    throw new RangeError('limit must be a non-negative integer');
  }
}

export function createSqliteDataKeyStore(db: DatabaseSync): DataKeyStore {
  const audit = createAuditWriter(db);
  const select = db.prepare('SELECT * FROM user_data_keys WHERE user_id = ?');
  // The primary key decides between concurrent creators: the second insert is a no-op.
  const insert = db.prepare(
    `INSERT INTO user_data_keys (user_id, master_key_id, wrapped, created_at, wrapped_at)
     VALUES (?, ?, ?, ?, ?) ON CONFLICT (user_id) DO NOTHING`,
  );
  const rewrap = db.prepare(
    `UPDATE user_data_keys SET master_key_id = ?, wrapped = ?, wrapped_at = ?
     WHERE user_id = ? AND master_key_id = ?`,
  );
  const others = db.prepare(
    `SELECT * FROM user_data_keys WHERE master_key_id <> ?
     ORDER BY created_at, user_id LIMIT ?`,
  );
  const counts = db.prepare(
    'SELECT master_key_id, COUNT(*) AS n FROM user_data_keys GROUP BY master_key_id',
  );
  const remove = db.prepare('DELETE FROM user_data_keys WHERE user_id = ?');

  return {
    get: (userId) =>
      storeCall(db, 'dataKeys', 'get', () => {
        const row = select.get(userId);
        return row && keyFromRow(row);
      }),
    putIfAbsent: (key) =>
      storeCall(db, 'dataKeys', 'putIfAbsent', () => {
        if (!(key.wrapped instanceof Uint8Array) || key.wrapped.byteLength === 0) {
          throw new RangeError('key.wrapped must be bytes');
        }
        return inTransaction(db, () => {
          insert.run(
            key.userId,
            key.masterKeyId,
            key.wrapped,
            millis(key.createdAt),
            millis(key.wrappedAt),
          );
          const row = select.get(key.userId);
          if (!row) throw new Error('data key missing after insert');
          return keyFromRow(row);
        });
      }),
    rewrap: (change) =>
      storeCall(db, 'dataKeys', 'rewrap', () =>
        inTransaction(db, () => {
          const at = millis(change.at);
          const result = rewrap.run(
            change.toMasterKeyId,
            change.wrapped,
            at,
            change.userId,
            change.fromMasterKeyId,
          );
          if (changes(result) === 0) return false;
          audit({
            at: change.at,
            actor: change.actor,
            action: 'data-key.rewrap',
            recordType: 'data-key',
            recordId: change.userId,
          });
          return true;
        }),
      ),
    wrappedByOtherThan: (masterKeyId, limit) =>
      storeCall(db, 'dataKeys', 'wrappedByOtherThan', () => {
        checkLimit(limit);
        return others.all(masterKeyId, limit).map(keyFromRow);
      }),
    countByMasterKey: () =>
      storeCall(db, 'dataKeys', 'countByMasterKey', () => {
        const result: Record<string, number> = {};
        for (const row of counts.all()) result[text(row, 'master_key_id')] = integer(row, 'n');
        return result;
      }),
    destroy: (userId, actor, at) =>
      storeCall(db, 'dataKeys', 'destroy', () => {
        const removed = inTransaction(db, () => {
          if (changes(remove.run(userId)) === 0) return false;
          audit({
            at,
            actor,
            action: 'data-key.destroy',
            recordType: 'data-key',
            recordId: userId,
          });
          return true;
        });
        // secure_delete zeroed the row in the new page version; the checkpoint drops the WAL's
        // older copy that still held the wrapped key.
        if (removed) afterCommit(db, () => checkpointWal(db));
        return removed;
      }),
  };
}
