import type { DatabaseSync } from 'node:sqlite';
import { CHANNEL_NAMES } from '../../messages/index.ts';
import type { ChannelName } from '../../messages/index.ts';
import type { User, UserSettings, UserSettingsPatch, UserStore } from '../ports/index.ts';
import { storeCall } from './guard.ts';
import { inTransaction } from './transaction.ts';
import { afterCommit } from './group-commit.ts';
import { checkpointWal } from './wal.ts';
import { date, optionalText, text } from './rows.ts';
import type { Row } from './rows.ts';

function asChannel(value: string | undefined): ChannelName | undefined {
  // A channel since removed from the code reads as "no preference" rather than failing.
  return CHANNEL_NAMES.find((name) => name === value);
}

export function userFromRow(row: Row): User {
  const settings: { -readonly [K in keyof UserSettings]: UserSettings[K] } = {};
  const locale = optionalText(row, 'locale');
  const region = optionalText(row, 'region');
  const timeZone = optionalText(row, 'time_zone');
  const preferredChannel = asChannel(optionalText(row, 'preferred_channel'));
  if (locale !== undefined) settings.locale = locale;
  if (region !== undefined) settings.region = region;
  if (timeZone !== undefined) settings.timeZone = timeZone;
  if (preferredChannel !== undefined) settings.preferredChannel = preferredChannel;
  return { id: text(row, 'id'), createdAt: date(row, 'created_at'), settings };
}

// One fixed statement for every patch (so it is prepared once): each column has a "set"
// flag; an unset column keeps its value.
const UPDATE_SETTINGS = `
UPDATE users SET
  locale = IIF(:set_locale, :locale, locale),
  region = IIF(:set_region, :region, region),
  time_zone = IIF(:set_time_zone, :time_zone, time_zone),
  preferred_channel = IIF(:set_preferred_channel, :preferred_channel, preferred_channel)
WHERE id = :id
RETURNING *`;

function patchParams(patch: UserSettingsPatch): Record<string, string | number | null> {
  const params: Record<string, string | number | null> = {};
  const columns = [
    ['locale', patch.locale],
    ['region', patch.region],
    ['time_zone', patch.timeZone],
    ['preferred_channel', patch.preferredChannel],
  ] as const;
  for (const [column, value] of columns) {
    params[`set_${column}`] = value === undefined ? 0 : 1;
    params[column] = value ?? null;
  }
  return params;
}

export function createSqliteUserStore(db: DatabaseSync): UserStore {
  const select = db.prepare('SELECT * FROM users WHERE id = ?');
  const update = db.prepare(UPDATE_SETTINGS);
  const remove = db.prepare('DELETE FROM users WHERE id = ?');
  const removeChannelState = db.prepare(
    `DELETE FROM channel_state WHERE (channel, address) IN
       (SELECT channel, address FROM channel_addresses WHERE user_id = ?)`,
  );
  return {
    get: (id) =>
      storeCall(db, 'users', 'get', () => {
        const row = select.get(id);
        return row && userFromRow(row);
      }),
    updateSettings: (id, patch) =>
      storeCall(db, 'users', 'updateSettings', () => {
        const row = update.get({ id, ...patchParams(patch) });
        return row && userFromRow(row);
      }),
    delete: (id) =>
      storeCall(db, 'users', 'delete', () => {
        // Foreign keys cascade to identities, addresses, turns, reflections and the data key
        // (which /delete destroys first, on its own). secure_delete zeroes the
        // freed pages; the checkpoint moves them out of the WAL so no old copy lingers there.
        const removed = inTransaction(db, () => {
          removeChannelState.run(id);
          return remove.run(id).changes > 0;
        });
        if (removed) afterCommit(db, () => checkpointWal(db));
        return removed;
      }),
  };
}
