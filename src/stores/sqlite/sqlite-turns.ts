import { randomUUID } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import { checkNewTurn } from '../ports/index.ts';
import type { ConversationTurn, NewTurn, TurnRole, TurnStore } from '../ports/index.ts';
import { storeCall } from './guard.ts';
import { changes, date, millis, optionalBytes, optionalText, text } from './rows.ts';
import type { Row } from './rows.ts';
import { inTransaction } from './transaction.ts';

function roleOf(row: Row): TurnRole {
  const role = text(row, 'role');
  if (role !== 'user' && role !== 'assistant') throw new TypeError('column role is unknown');
  return role;
}

function citationsOf(row: Row): string[] {
  const parsed: unknown = JSON.parse(text(row, 'citations'));
  if (!Array.isArray(parsed) || !parsed.every((ref) => typeof ref === 'string')) {
    throw new TypeError('column citations is not a list of refs');
  }
  return parsed;
}

function turnFromRow(row: Row): ConversationTurn {
  const themeId = optionalText(row, 'theme_id');
  const sealed = optionalBytes(row, 'sealed');
  return {
    id: text(row, 'id'),
    userId: text(row, 'user_id'),
    role: roleOf(row),
    kind: text(row, 'kind'),
    at: date(row, 'at'),
    citations: citationsOf(row),
    ...(themeId !== undefined && { themeId }),
    ...(sealed && { sealed }),
  };
}

export function createSqliteTurnStore(db: DatabaseSync): TurnStore {
  const insert = db.prepare(
    `INSERT INTO conversation_turns (id, user_id, role, kind, at, citations, theme_id, sealed)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING *`,
  );
  const selectRecent = db.prepare(
    'SELECT * FROM conversation_turns WHERE user_id = ? ORDER BY at DESC, seq DESC LIMIT ?',
  );
  const purge = db.prepare('DELETE FROM conversation_turns WHERE at < ?');
  const deleteForUser = db.prepare('DELETE FROM conversation_turns WHERE user_id = ?');

  function write(turn: NewTurn): ConversationTurn {
    checkNewTurn(turn);
    const row = insert.get(
      randomUUID(),
      turn.userId,
      turn.role,
      turn.kind,
      millis(turn.at),
      JSON.stringify(turn.citations),
      turn.themeId ?? null,
      turn.sealed ?? null,
    );
    if (!row) throw new Error('insert returned no row');
    return turnFromRow(row);
  }

  return {
    append: (turn) => storeCall(db, 'turns', 'append', () => write(turn)),
    appendAll: (newTurns) =>
      storeCall(db, 'turns', 'appendAll', () => {
        newTurns.forEach(checkNewTurn);
        return inTransaction(db, () => newTurns.map(write));
      }),
    recent: (userId, limit) =>
      storeCall(db, 'turns', 'recent', () => {
        if (!Number.isInteger(limit) || limit < 0) {
          throw new RangeError('limit must be a non-negative integer');
        }
        return selectRecent.all(userId, limit).map(turnFromRow);
      }),
    purgeOlderThan: (cutoff) =>
      storeCall(db, 'turns', 'purgeOlderThan', () => changes(purge.run(millis(cutoff)))),
    deleteAllFor: (userId) =>
      storeCall(db, 'turns', 'deleteAllFor', () => changes(deleteForUser.run(userId))),
  };
}
