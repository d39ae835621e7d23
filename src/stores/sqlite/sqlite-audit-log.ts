import { randomUUID } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import { AUDIT_ACTIONS, checkAuditEntry } from '../ports/index.ts';
import type { AuditAction, AuditEntry, AuditLog, NewAuditEntry } from '../ports/index.ts';
import { storeCall } from './guard.ts';
import { date, millis, text } from './rows.ts';
import type { Row } from './rows.ts';

const DEFAULT_LIMIT = 1000;

function actionOf(row: Row): AuditAction {
  const value = text(row, 'action');
  const action = AUDIT_ACTIONS.find((known) => known === value);
  if (action === undefined) throw new TypeError('column action holds an unknown action');
  return action;
}

function entryFromRow(row: Row): AuditEntry {
  return {
    id: text(row, 'id'),
    at: date(row, 'at'),
    actor: text(row, 'actor'),
    action: actionOf(row),
    recordType: text(row, 'record_type'),
    recordId: text(row, 'record_id'),
  };
}

/**
 * The audit writer other SQLite stores call inside their own transactions, so a change and its
 * entry commit together.
 */
export function createAuditWriter(db: DatabaseSync): (entry: NewAuditEntry) => void {
  const insert = db.prepare(
    'INSERT INTO audit_log (id, at, actor, action, record_type, record_id) VALUES (?, ?, ?, ?, ?, ?)',
  );
  return (entry) => {
    checkAuditEntry(entry);
    insert.run(
      randomUUID(),
      millis(entry.at),
      entry.actor,
      entry.action,
      entry.recordType,
      entry.recordId,
    );
  };
}

export function createSqliteAuditLog(db: DatabaseSync): AuditLog {
  const write = createAuditWriter(db);
  // One statement for every filter: an absent field matches everything.
  const select = db.prepare(
    `SELECT * FROM audit_log
     WHERE (:actor IS NULL OR actor = :actor) AND (:record_id IS NULL OR record_id = :record_id)
     ORDER BY at DESC, seq DESC LIMIT :limit`,
  );
  return {
    record: (entry) => storeCall(db, 'auditLog', 'record', () => write(entry)),
    list: (filter) =>
      storeCall(db, 'auditLog', 'list', () => {
        const limit = filter.limit ?? DEFAULT_LIMIT;
        if (!Number.isInteger(limit) || limit < 0) {
          throw new RangeError('limit must be a non-negative integer');
        }
        return select
          .all({ actor: filter.actor ?? null, record_id: filter.recordId ?? null, limit })
          .map(entryFromRow);
      }),
  };
}
