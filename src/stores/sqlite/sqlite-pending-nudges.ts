import { checkLocalDate, checkNudgeContent } from '../ports/index.ts';
import type { DatabaseSync } from 'node:sqlite';
import type { ChannelName } from '../../messages/index.ts';
import { StoreError } from '../errors.ts';
import type { NudgeContentRef, PendingNudge, PendingNudgeStore } from '../ports/index.ts';
import { storeCall } from './guard.ts';
import { changes, date, integer, millis, optionalDate, text, type Row } from './rows.ts';
import { inTransaction } from './transaction.ts';

function contentFromRow(row: Row): NudgeContentRef {
  const kind = text(row, 'kind');
  if (kind === 'journey') {
    return { kind, journeyId: text(row, 'journey_id'), day: integer(row, 'journey_day') };
  }
  if (kind === 'verse') return { kind, ref: text(row, 'verse_ref') };
  throw new TypeError('column kind is not a nudge content kind');
}

function pendingFromRow(row: Row): PendingNudge {
  const shownAt = optionalDate(row, 'shown_at');
  return {
    userId: text(row, 'user_id'),
    localDate: text(row, 'local_date'),
    content: contentFromRow(row),
    createdAt: date(row, 'created_at'),
    ...(shownAt === undefined ? {} : { shownAt }),
  };
}

export function createSqlitePendingNudgeStore(db: DatabaseSync): PendingNudgeStore {
  const userExists = db.prepare('SELECT 1 AS found FROM users WHERE id = ?');
  const insert = db.prepare(`
INSERT INTO pending_nudges (user_id, local_date, kind, journey_id, journey_day, verse_ref, created_at)
VALUES (:user_id, :local_date, :kind, :journey_id, :journey_day, :verse_ref, :now)
ON CONFLICT (user_id, local_date) DO NOTHING`);
  const newestWaiting = db.prepare(`
SELECT p.* FROM channel_addresses a
JOIN pending_nudges p ON p.user_id = a.user_id AND p.shown_at IS NULL
WHERE a.channel = ? AND a.address = ?
ORDER BY p.local_date DESC LIMIT 1`);
  const markShown = db.prepare(`
UPDATE pending_nudges SET shown_at = ? WHERE user_id = ? AND local_date <= ? AND shown_at IS NULL`);
  const unmark = db.prepare(
    'UPDATE pending_nudges SET shown_at = NULL WHERE user_id = ? AND local_date = ? AND shown_at = ?',
  );
  const select = db.prepare('SELECT * FROM pending_nudges WHERE user_id = ? AND local_date = ?');

  return {
    put: ({ userId, localDate, content, now }) =>
      storeCall(db, 'pendingNudges', 'put', () => {
        checkLocalDate(localDate);
        checkNudgeContent(content);
        return inTransaction(db, () => {
          if (userExists.get(userId) === undefined) {
            throw new StoreError('pendingNudges', 'put', { detail: 'no such user' });
          }
          const result = insert.run({
            user_id: userId,
            local_date: localDate,
            kind: content.kind,
            journey_id: content.kind === 'journey' ? content.journeyId : null,
            journey_day: content.kind === 'journey' ? content.day : null,
            verse_ref: content.kind === 'verse' ? content.ref : null,
            now: millis(now),
          });
          return changes(result) > 0;
        });
      }),
    takeForAddress: (channel: ChannelName, address: string, now: Date) =>
      storeCall(db, 'pendingNudges', 'takeForAddress', () => {
        const at = millis(now);
        return inTransaction(db, () => {
          const row = newestWaiting.get(channel, address);
          if (row === undefined) return undefined;
          const pending = pendingFromRow(row);
          markShown.run(at, pending.userId, pending.localDate);
          return { ...pending, shownAt: new Date(at) };
        });
      }),
    untake: (userId, localDate, shownAt) =>
      storeCall(db, 'pendingNudges', 'untake', () => {
        return changes(unmark.run(userId, localDate, millis(shownAt))) > 0;
      }),
    get: (userId, localDate) =>
      storeCall(db, 'pendingNudges', 'get', () => {
        const row = select.get(userId, localDate);
        return row && pendingFromRow(row);
      }),
  };
}
