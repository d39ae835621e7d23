import type { SqliteMigration } from '../migrate.ts';

// A nudge waiting for the web widget, by reference (journey day or verse ref), never rendered
// text. Cascades from users, so /delete removes it with the person.
export const pendingNudges: SqliteMigration = {
  version: 6,
  name: 'pending-nudges',
  sql: `
CREATE TABLE pending_nudges (
  user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  local_date TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('journey', 'verse')),
  journey_id TEXT,
  journey_day INTEGER,
  verse_ref TEXT,
  created_at INTEGER NOT NULL,
  shown_at INTEGER,
  PRIMARY KEY (user_id, local_date),
  CHECK (
    (kind = 'journey' AND journey_id IS NOT NULL AND journey_day >= 1 AND verse_ref IS NULL)
    OR (kind = 'verse' AND verse_ref IS NOT NULL AND journey_id IS NULL AND journey_day IS NULL)
  )
) STRICT, WITHOUT ROWID;
CREATE INDEX pending_nudges_waiting ON pending_nudges (user_id, local_date) WHERE shown_at IS NULL;
`,
};
