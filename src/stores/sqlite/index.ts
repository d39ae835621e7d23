export { BUSY_TIMEOUT_MS, openSqliteDatabase } from './connection.ts';
export { applyMigrations } from './migrate.ts';
export type { SqliteMigration } from './migrate.ts';
export { SQLITE_MIGRATIONS } from './migrations/index.ts';
export { openSqliteStores } from './open-sqlite-stores.ts';
export { inTransaction } from './transaction.ts';
export { afterCommit, runInBatch, whenIdle } from './group-commit.ts';
