import type { SqliteMigration } from '../migrate.ts';

// Version 4, not 3: the reflections work (data keys, reflections, audit log) takes 3 on its own
// branch. The runner only needs increasing versions, so a file that got 4 before 3 existed
// still receives 3 later (the two touch different tables).
//
// Everything here hangs off users with ON DELETE CASCADE, so deleting a user removes their
// enrollments, day completions, link codes and link attempts in the same statement.
export const journeys: SqliteMigration = {
  version: 4,
  name: 'journeys-and-identity-links',
  sql: `
-- pace_day/pace_at anchor the calendar unlock rule: day pace_day counted as open at pace_at.
-- Starting sets (1, start); resuming after a pause moves the anchor so paused days do not count.
CREATE TABLE journey_enrollments (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  journey_id TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('active', 'paused', 'stopped', 'completed')),
  started_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  pace_day INTEGER NOT NULL CHECK (pace_day >= 1),
  pace_at INTEGER NOT NULL,
  paused_at INTEGER,
  ended_at INTEGER
) STRICT;
-- One journey in progress (active or paused) per person, enforced by the database itself.
CREATE UNIQUE INDEX journey_enrollments_one_open ON journey_enrollments (user_id)
  WHERE status IN ('active', 'paused');
CREATE INDEX journey_enrollments_by_user ON journey_enrollments (user_id, started_at);

-- The primary key is what makes two simultaneous "day complete" count once.
CREATE TABLE journey_day_completions (
  enrollment_id TEXT NOT NULL REFERENCES journey_enrollments (id) ON DELETE CASCADE,
  day INTEGER NOT NULL CHECK (day >= 1),
  completed_at INTEGER NOT NULL,
  PRIMARY KEY (enrollment_id, day)
) STRICT, WITHOUT ROWID;

-- Only a hash of each code is kept; a stolen file does not reveal live codes.
CREATE TABLE link_codes (
  code_hash TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  used_at INTEGER
) STRICT;
CREATE INDEX link_codes_by_user ON link_codes (user_id, created_at);

-- Wrong codes entered, per person entering them: the brake on guessing.
CREATE TABLE link_attempts (
  seq INTEGER PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  at INTEGER NOT NULL
) STRICT;
CREATE INDEX link_attempts_by_user ON link_attempts (user_id, at);
CREATE INDEX link_attempts_by_at ON link_attempts (at);
`,
};
