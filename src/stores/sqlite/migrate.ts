import type { DatabaseSync } from 'node:sqlite';
import { StoreError, StoreSchemaError } from '../errors.ts';
import { integer, text } from './rows.ts';
import { inTransaction } from './transaction.ts';

/**
 * One schema step. `sql` may hold several statements but no BEGIN/COMMIT (the runner wraps
 * all pending steps in one transaction) and no PRAGMA foreign_keys (ignored inside one).
 * A shipped migration is never edited: change the schema with a new version.
 */
export interface SqliteMigration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

const LEDGER = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  applied_at INTEGER NOT NULL
) STRICT`;

function checkOrder(migrations: readonly SqliteMigration[]): void {
  let previous = 0;
  for (const migration of migrations) {
    if (!Number.isInteger(migration.version) || migration.version <= previous) {
      throw new RangeError(
        `migration versions must increase; ${migration.version} is out of order`,
      );
    }
    previous = migration.version;
  }
}

/**
 * Brings the schema up to the last of `migrations`, all pending steps in one IMMEDIATE
 * transaction (so two processes opening a fresh file cannot both migrate it). Returns the
 * versions it applied: none when the file is current. Refuses a file that records a version
 * this code does not know, rather than running old code on a newer schema.
 */
export function applyMigrations(
  db: DatabaseSync,
  migrations: readonly SqliteMigration[],
  location: string,
  now: Date = new Date(),
): number[] {
  checkOrder(migrations);
  const latest = migrations.at(-1)?.version ?? 0;
  return inTransaction(db, () => {
    db.exec(LEDGER);
    const recorded = db
      .prepare('SELECT version, name FROM schema_migrations ORDER BY version')
      .all()
      .map((row) => ({ version: integer(row, 'version'), name: text(row, 'name') }));
    const newest = recorded.at(-1)?.version ?? 0;
    if (newest > latest) throw new StoreSchemaError(location, newest, latest);

    const byVersion = new Map(migrations.map((m) => [m.version, m]));
    for (const { version, name } of recorded) {
      if (byVersion.get(version)?.name !== name) {
        throw new StoreError('schema', 'migrate', {
          detail: `${location} records migration ${version} "${name}", which this Sarathi does not have`,
        });
      }
    }

    const done = new Set(recorded.map((r) => r.version));
    const record = db.prepare(
      'INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)',
    );
    const applied: number[] = [];
    for (const migration of migrations) {
      if (done.has(migration.version)) continue;
      db.exec(migration.sql);
      record.run(migration.version, migration.name, now.getTime());
      applied.push(migration.version);
    }
    return applied;
  });
}
