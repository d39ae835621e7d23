import type { SqliteMigration } from '../migrate.ts';

// Keyed by the address, not linked to channel_addresses by a foreign key: a channel saves its
// state while the first message is still on its way to the engine, before the address exists.
// Deleting a user removes the state of their addresses explicitly (sqlite-users.ts).
export const channelState: SqliteMigration = {
  version: 2,
  name: 'channel-state',
  sql: `
CREATE TABLE channel_state (
  channel TEXT NOT NULL,
  address TEXT NOT NULL,
  json TEXT NOT NULL,
  updated_at INTEGER NOT NULL,
  PRIMARY KEY (channel, address)
) STRICT;
`,
};
