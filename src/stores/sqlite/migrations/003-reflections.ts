import type { SqliteMigration } from '../migrate.ts';

// Reflections and the keys that seal them. No column holds plaintext, a hash or any other
// searchable derivative of what someone wrote: reflections are AES-256-GCM ciphertext under the
// user's data key, and that key is stored only wrapped by a master key (named by its id).
// Both go with the user (ON DELETE CASCADE); /delete destroys the key first.
//
// The audit log has no foreign key on purpose: "user.delete" must outlive the user it names.
// It holds ids and times only. journey_id/journey_day link a reflection to the journey day it
// answers; they stay NULL until journeys exist, and are not a foreign key so the two issues
// can land in either order.
export const reflections: SqliteMigration = {
  version: 3,
  name: 'data-keys-reflections-audit-log',
  sql: `
CREATE TABLE user_data_keys (
  user_id TEXT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  master_key_id TEXT NOT NULL,
  wrapped BLOB NOT NULL,
  created_at INTEGER NOT NULL,
  wrapped_at INTEGER NOT NULL
) STRICT;
CREATE INDEX user_data_keys_by_master_key ON user_data_keys (master_key_id);

CREATE TABLE reflections (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at INTEGER NOT NULL,
  iv BLOB NOT NULL,
  tag BLOB NOT NULL,
  ciphertext BLOB NOT NULL,
  journey_id TEXT,
  journey_day INTEGER
) STRICT;
CREATE INDEX reflections_by_user_created ON reflections (user_id, created_at, seq);

CREATE TABLE audit_log (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  at INTEGER NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  record_type TEXT NOT NULL,
  record_id TEXT NOT NULL
) STRICT;
CREATE INDEX audit_log_by_actor ON audit_log (actor, at);
CREATE INDEX audit_log_by_record ON audit_log (record_id, at);
`,
};
