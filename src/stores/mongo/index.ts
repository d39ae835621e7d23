export {
  checkTransactionsAvailable,
  databaseNameOf,
  DEFAULT_DATABASE,
  SERVER_SELECTION_TIMEOUT_MS,
} from './connection.ts';
export type { HelloReply } from './connection.ts';
export { MONGO_SCHEMAS } from './models.ts';
export { completeDayPipeline } from './mongo-journeys.ts';
export { finishUpdate, reclaimUpdate, reopenFilter, skipUpdate } from './mongo-nudges.ts';
export { openMongoStores } from './open-mongo-stores.ts';
export { isDuplicateKey } from './transaction.ts';
export { bytesOf } from './values.ts';
export { addressFromDoc, identityFromDoc } from './schemas/identities.ts';
export { auditEntryFromDoc } from './schemas/audit-log.ts';
export { dataKeyFromDoc } from './schemas/data-keys.ts';
export { completionsFromDoc, countCompleted, enrollmentFromDoc } from './schemas/journeys.ts';
export { deliveryFromDoc, verseFromDoc } from './schemas/nudges.ts';
export { reflectionFromDoc } from './schemas/reflections.ts';
export { ACTIVE_REMINDER, reminderFromDoc, reminderUpdate } from './schemas/reminders.ts';
export { turnFromDoc } from './schemas/turns.ts';
export { settingsUpdate, userFromDoc } from './schemas/users.ts';
