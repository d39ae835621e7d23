import { checkSealedReflection } from '../ports/index.ts';
import type { DatabaseSync } from 'node:sqlite';
import type { ReflectionStore, SealedReflection } from '../ports/index.ts';
import { userActor } from '../ports/index.ts';
import { storeCall } from './guard.ts';
import { bytes, changes, date, integer, millis, optionalText, text } from './rows.ts';
import type { Row } from './rows.ts';
import { createAuditWriter } from './sqlite-audit-log.ts';
import { inTransaction } from './transaction.ts';

function reflectionFromRow(row: Row): SealedReflection {
  const journeyId = optionalText(row, 'journey_id');
  const journeyDay = row['journey_day'] === null ? undefined : integer(row, 'journey_day');
  return {
    id: text(row, 'id'),
    userId: text(row, 'user_id'),
    createdAt: date(row, 'created_at'),
    iv: bytes(row, 'iv'),
    tag: bytes(row, 'tag'),
    ciphertext: bytes(row, 'ciphertext'),
    ...(journeyId !== undefined && { journeyId }),
    ...(journeyDay !== undefined && { journeyDay }),
  };
}

export function createSqliteReflectionStore(db: DatabaseSync): ReflectionStore {
  const audit = createAuditWriter(db);
  const insert = db.prepare(
    `INSERT INTO reflections (id, user_id, created_at, iv, tag, ciphertext, journey_id, journey_day)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const selectRecent = db.prepare(
    'SELECT * FROM reflections WHERE user_id = ? ORDER BY created_at DESC, seq DESC LIMIT ?',
  );
  const deleteForUser = db.prepare('DELETE FROM reflections WHERE user_id = ?');

  return {
    add: (reflection) =>
      storeCall(db, 'reflections', 'add', () => {
        checkSealedReflection(reflection);
        inTransaction(db, () => {
          insert.run(
            reflection.id,
            reflection.userId,
            millis(reflection.createdAt),
            reflection.iv,
            reflection.tag,
            reflection.ciphertext,
            reflection.journeyId ?? null,
            reflection.journeyDay ?? null,
          );
          audit({
            at: reflection.createdAt,
            actor: userActor(reflection.userId),
            action: 'reflection.create',
            recordType: 'reflection',
            recordId: reflection.id,
          });
        });
      }),
    recent: (userId, limit) =>
      storeCall(db, 'reflections', 'recent', () => {
        if (!Number.isInteger(limit) || limit < 0) {
          throw new RangeError('limit must be a non-negative integer');
        }
        return selectRecent.all(userId, limit).map(reflectionFromRow);
      }),
    allFor: (userId) =>
      storeCall(db, 'reflections', 'allFor', () =>
        selectRecent.all(userId, -1).map(reflectionFromRow),
      ),
    deleteAllFor: (userId) =>
      storeCall(db, 'reflections', 'deleteAllFor', () => changes(deleteForUser.run(userId))),
  };
}
