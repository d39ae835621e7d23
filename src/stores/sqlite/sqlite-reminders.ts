import type { DatabaseSync } from 'node:sqlite';
import type { ReminderSettings, ReminderStore } from '../ports/index.ts';
import { storeCall } from './guard.ts';
import { date, millis, optionalText, text, type Row } from './rows.ts';

function reminderFromRow(row: Row): ReminderSettings {
  const time = optionalText(row, 'time');
  const quietHours = optionalText(row, 'quiet_hours');
  return {
    userId: text(row, 'user_id'),
    ...(time === undefined ? {} : { time }),
    ...(quietHours === undefined ? {} : { quietHours }),
    updatedAt: date(row, 'updated_at'),
  };
}

export function createSqliteReminderStore(db: DatabaseSync): ReminderStore {
  const select = db.prepare('SELECT * FROM reminders WHERE user_id = ?');
  // Inserting only when the user exists turns "no such user" into no row, not a foreign-key error.
  const upsert = db.prepare(`
INSERT INTO reminders (user_id, time, quiet_hours, updated_at)
SELECT :user_id, IIF(:set_time, :time, NULL), IIF(:set_quiet, :quiet, NULL), :at
FROM users WHERE id = :user_id
ON CONFLICT (user_id) DO UPDATE SET
  time = IIF(:set_time, :time, time),
  quiet_hours = IIF(:set_quiet, :quiet, quiet_hours),
  updated_at = :at
RETURNING *`);
  const remove = db.prepare('DELETE FROM reminders WHERE user_id = ?');
  const active = db.prepare(
    `SELECT * FROM reminders WHERE time IS NOT NULL AND user_id > ? ORDER BY user_id LIMIT ?`,
  );
  return {
    get: (userId) =>
      storeCall(db, 'reminders', 'get', () => {
        const row = select.get(userId);
        return row && reminderFromRow(row);
      }),
    update: (userId, patch, at) =>
      storeCall(db, 'reminders', 'update', () => {
        const row = upsert.get({
          user_id: userId,
          set_time: patch.time === undefined ? 0 : 1,
          time: patch.time ?? null,
          set_quiet: patch.quietHours === undefined ? 0 : 1,
          quiet: patch.quietHours ?? null,
          at: millis(at),
        });
        return row && reminderFromRow(row);
      }),
    remove: (userId) =>
      storeCall(db, 'reminders', 'remove', () => Number(remove.run(userId).changes) > 0),
    listActive: ({ afterUserId, limit }) =>
      storeCall(db, 'reminders', 'listActive', () =>
        active.all(afterUserId ?? '', limit).map(reminderFromRow),
      ),
  };
}
