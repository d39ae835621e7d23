import type { Stores } from '../ports/index.ts';
import { openMongoConnection } from './connection.ts';
import type { MongoContext } from './context.ts';
import { mongoCall, type MongoState } from './guard.ts';
import { ensureCollections, registerModels } from './models.ts';
import { createMongoAuditLog } from './mongo-audit-log.ts';
import { createMongoChannelStateStore } from './mongo-channel-state.ts';
import { createMongoDataKeyStore } from './mongo-data-keys.ts';
import { createMongoIdentityStore } from './mongo-identities.ts';
import { createMongoJourneyStore } from './mongo-journeys.ts';
import { createMongoLinkStore } from './mongo-links.ts';
import { createMongoNudgeStore } from './mongo-nudges.ts';
import { createMongoProcessedStore } from './mongo-processed.ts';
import { createMongoReflectionStore } from './mongo-reflections.ts';
import { createMongoPendingNudgeStore } from './mongo-pending-nudges.ts';
import { createMongoReminderStore } from './mongo-reminders.ts';
import { createMongoTurnStore } from './mongo-turns.ts';
import { createMongoUserStore } from './mongo-users.ts';

/**
 * Connects (the server must be a replica set: see `connection.ts`), creates the collections
 * and indexes, and returns every store on one connection. Each call has its own connection;
 * `close()` ends it.
 */
export function openMongoStores(uri: string, dbName?: string): Promise<Stores> {
  const opening: MongoState = { closed: false };
  return mongoCall(opening, 'mongodb', 'open', async () => {
    const connection = await openMongoConnection(uri, dbName);
    try {
      const models = registerModels(connection);
      await ensureCollections(models);
      const state: MongoState = { closed: false };
      const context: MongoContext = { connection, models, state };
      let closing: Promise<void> | undefined;
      const stores: Stores = {
        kind: 'mongodb',
        users: createMongoUserStore(context),
        identities: createMongoIdentityStore(context),
        processed: createMongoProcessedStore(context),
        turns: createMongoTurnStore(context),
        channelState: createMongoChannelStateStore(context),
        dataKeys: createMongoDataKeyStore(context),
        reflections: createMongoReflectionStore(context),
        auditLog: createMongoAuditLog(context),
        journeys: createMongoJourneyStore(context),
        links: createMongoLinkStore(context),
        reminders: createMongoReminderStore(context),
        pendingNudges: createMongoPendingNudgeStore(context),
        nudges: createMongoNudgeStore(context),
        close: () =>
          (closing ??= mongoCall(state, 'mongodb', 'close', async () => {
            state.closed = true;
            await connection.close();
          })),
      };
      return stores;
    } catch (error) {
      await connection.close(true).catch(() => undefined);
      throw error;
    }
  });
}
