import type { DatabaseSync } from 'node:sqlite';
import type { ChannelStateStore } from '../ports/index.ts';
import { storeCall } from './guard.ts';
import { millis } from './rows.ts';

export function createSqliteChannelStateStore(db: DatabaseSync): ChannelStateStore {
  const upsert = db.prepare(
    `INSERT INTO channel_state (channel, address, json, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (channel, address) DO UPDATE SET json = excluded.json, updated_at = excluded.updated_at`,
  );
  const select = db.prepare('SELECT json FROM channel_state WHERE channel = ? AND address = ?');
  return {
    put: (channel, address, json, at) =>
      storeCall(db, 'channelState', 'put', () => {
        JSON.parse(json); // only documents are stored; a caller bug fails here, loudly
        upsert.run(channel, address, json, millis(at));
      }),
    get: (channel, address) =>
      storeCall(db, 'channelState', 'get', () => {
        const row = select.get(channel, address);
        return row === undefined ? undefined : String(row['json']);
      }),
  };
}
