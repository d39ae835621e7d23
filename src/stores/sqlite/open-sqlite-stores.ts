import type { Stores } from '../ports/index.ts';
import { openSqliteDatabase } from './connection.ts';
import { storeCallNow } from './guard.ts';
import { whenIdle } from './group-commit.ts';
import { applyMigrations } from './migrate.ts';
import { SQLITE_MIGRATIONS } from './migrations/index.ts';
import { createSqliteAuditLog } from './sqlite-audit-log.ts';
import { createSqliteChannelStateStore } from './sqlite-channel-state.ts';
import { createSqliteDataKeyStore } from './sqlite-data-keys.ts';
import { createSqliteIdentityStore } from './sqlite-identities.ts';
import { createSqliteJourneyStore } from './sqlite-journeys.ts';
import { createSqliteLinkStore } from './sqlite-links.ts';
import { createSqliteNudgeStore } from './sqlite-nudges.ts';
import { createSqlitePendingNudgeStore } from './sqlite-pending-nudges.ts';
import { createSqliteProcessedStore } from './sqlite-processed.ts';
import { createSqliteReflectionStore } from './sqlite-reflections.ts';
import { createSqliteReminderStore } from './sqlite-reminders.ts';
import { createSqliteTurnStore } from './sqlite-turns.ts';
import { createSqliteUserStore } from './sqlite-users.ts';

/**
 * Opens (creating if needed) the database file, migrates it, and returns every store on one
 * connection. Each process opens its own; WAL and the busy timeout let several share a file.
 */
export function openSqliteStores(file: string): Promise<Stores> {
  return storeCallNow('sqlite', 'open', () => {
    const db = openSqliteDatabase(file);
    try {
      applyMigrations(db, SQLITE_MIGRATIONS, file);
      let closing: Promise<void> | undefined;
      const stores: Stores = {
        kind: 'sqlite',
        users: createSqliteUserStore(db),
        identities: createSqliteIdentityStore(db),
        processed: createSqliteProcessedStore(db),
        turns: createSqliteTurnStore(db),
        channelState: createSqliteChannelStateStore(db),
        dataKeys: createSqliteDataKeyStore(db),
        reflections: createSqliteReflectionStore(db),
        auditLog: createSqliteAuditLog(db),
        journeys: createSqliteJourneyStore(db),
        links: createSqliteLinkStore(db),
        reminders: createSqliteReminderStore(db),
        nudges: createSqliteNudgeStore(db),
        pendingNudges: createSqlitePendingNudgeStore(db),
        // Calls already made finish (and commit) before the connection closes.
        close: () =>
          (closing ??= whenIdle(db).then(() => storeCallNow('sqlite', 'close', () => db.close()))),
      };
      return stores;
    } catch (error) {
      db.close();
      throw error;
    }
  });
}
