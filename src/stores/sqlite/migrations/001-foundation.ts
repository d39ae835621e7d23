import type { SqliteMigration } from '../migrate.ts';

// Times are INTEGER milliseconds since the epoch. STRICT tables reject a value of the wrong
// type instead of storing it. ON DELETE CASCADE lets deleting a user remove everything of
// theirs in one statement; secure_delete (set per connection) zeroes what is removed.
export const foundation: SqliteMigration = {
  version: 1,
  name: 'users-identities-addresses-dedupe-turns',
  sql: `
CREATE TABLE users (
  id TEXT PRIMARY KEY,
  created_at INTEGER NOT NULL,
  locale TEXT,
  region TEXT,
  time_zone TEXT,
  preferred_channel TEXT
) STRICT;

-- One row per (channel, channel user); linking will move a row to another user_id.
CREATE TABLE channel_identities (
  channel TEXT NOT NULL,
  channel_user_id TEXT NOT NULL,
  user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (channel, channel_user_id)
) STRICT;
CREATE INDEX channel_identities_by_user ON channel_identities (user_id);

CREATE TABLE channel_addresses (
  channel TEXT NOT NULL,
  address TEXT NOT NULL,
  user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at INTEGER NOT NULL,
  last_seen_at INTEGER NOT NULL,
  blocked_at INTEGER,
  blocked_reason TEXT,
  PRIMARY KEY (channel, address)
) STRICT;
CREATE INDEX channel_addresses_by_user ON channel_addresses (user_id);

CREATE TABLE processed_inbound (
  channel TEXT NOT NULL,
  dedupe_key TEXT NOT NULL,
  seen_at INTEGER NOT NULL,
  PRIMARY KEY (channel, dedupe_key)
) STRICT, WITHOUT ROWID;
CREATE INDEX processed_inbound_by_seen_at ON processed_inbound (seen_at);

-- Metadata only: no column holds what anyone wrote. sealed is ciphertext under the user's key.
-- seq orders turns written in the same millisecond.
CREATE TABLE conversation_turns (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN ('user', 'assistant')),
  kind TEXT NOT NULL,
  at INTEGER NOT NULL,
  citations TEXT NOT NULL,
  theme_id TEXT,
  sealed BLOB
) STRICT;
CREATE INDEX conversation_turns_by_user_at ON conversation_turns (user_id, at, seq);
CREATE INDEX conversation_turns_by_at ON conversation_turns (at);
`,
};
