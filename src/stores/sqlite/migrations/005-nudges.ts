import type { SqliteMigration } from '../migrate.ts';

// Version 5, not 3: the reflections (3) and journeys (4) migrations are on other branches; the
// runner only needs increasing versions. Every table cascades from users, so /delete removes a
// person's reminder, verse-of-day history and delivery records with them.
export const nudges: SqliteMigration = {
  version: 5,
  name: 'reminders-verse-of-day-nudge-deliveries',
  sql: `
CREATE TABLE reminders (
  user_id TEXT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  time TEXT,
  quiet_hours TEXT,
  updated_at INTEGER NOT NULL
) STRICT;
CREATE INDEX reminders_active ON reminders (user_id) WHERE time IS NOT NULL;

-- One ref per (user, local date); a ref appears once per cycle.
CREATE TABLE verse_of_day (
  user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  local_date TEXT NOT NULL,
  cycle INTEGER NOT NULL,
  ref TEXT NOT NULL,
  PRIMARY KEY (user_id, local_date),
  UNIQUE (user_id, cycle, ref)
) STRICT;

CREATE TABLE nudge_deliveries (
  user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  local_date TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('claimed', 'released', 'sent', 'skipped', 'failed')),
  lease_owner TEXT,
  lease_until INTEGER,
  claims INTEGER NOT NULL DEFAULT 0,
  takeovers INTEGER NOT NULL DEFAULT 0,
  channel TEXT,
  reason TEXT,
  updated_at INTEGER NOT NULL,
  PRIMARY KEY (user_id, local_date)
) STRICT, WITHOUT ROWID;
`,
};
