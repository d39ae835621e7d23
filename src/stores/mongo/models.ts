import type { Connection, Model } from 'mongoose';
import { auditSchema, type AuditDoc } from './schemas/audit-log.ts';
import { channelStateSchema, type ChannelStateDoc } from './schemas/channel-state.ts';
import { dataKeySchema, type DataKeyDoc } from './schemas/data-keys.ts';
import {
  addressSchema,
  identitySchema,
  type AddressDoc,
  type IdentityDoc,
} from './schemas/identities.ts';
import { enrollmentSchema, type EnrollmentDoc } from './schemas/journeys.ts';
import {
  linkAttemptSchema,
  linkCodeSchema,
  type LinkAttemptDoc,
  type LinkCodeDoc,
} from './schemas/links.ts';
import {
  nudgeDeliverySchema,
  verseOfDaySchema,
  type NudgeDeliveryDoc,
  type VerseOfDayDoc,
} from './schemas/nudges.ts';
import { pendingNudgeSchema, type PendingNudgeDoc } from './schemas/pending-nudges.ts';
import { processedSchema, type ProcessedDoc } from './schemas/processed.ts';
import { reflectionSchema, type ReflectionDoc } from './schemas/reflections.ts';
import { reminderSchema, type ReminderDoc } from './schemas/reminders.ts';
import { turnSchema, type TurnDoc } from './schemas/turns.ts';
import { userSchema, type UserDoc } from './schemas/users.ts';

/** Every collection of one connection, typed. */
export interface MongoModels {
  readonly users: Model<UserDoc>;
  readonly identities: Model<IdentityDoc>;
  readonly addresses: Model<AddressDoc>;
  readonly processed: Model<ProcessedDoc>;
  readonly turns: Model<TurnDoc>;
  readonly channelState: Model<ChannelStateDoc>;
  readonly dataKeys: Model<DataKeyDoc>;
  readonly reflections: Model<ReflectionDoc>;
  readonly auditLog: Model<AuditDoc>;
  readonly enrollments: Model<EnrollmentDoc>;
  readonly linkCodes: Model<LinkCodeDoc>;
  readonly linkAttempts: Model<LinkAttemptDoc>;
  readonly reminders: Model<ReminderDoc>;
  readonly nudgeDeliveries: Model<NudgeDeliveryDoc>;
  readonly versesOfDay: Model<VerseOfDayDoc>;
  readonly pendingNudges: Model<PendingNudgeDoc>;
}

/** The schemas by model name: `schema.indexes()` of each is what opening creates. */
export const MONGO_SCHEMAS = {
  User: userSchema,
  ChannelIdentity: identitySchema,
  ChannelAddress: addressSchema,
  ProcessedInbound: processedSchema,
  ConversationTurn: turnSchema,
  ChannelState: channelStateSchema,
  UserDataKey: dataKeySchema,
  Reflection: reflectionSchema,
  AuditEntry: auditSchema,
  JourneyEnrollment: enrollmentSchema,
  LinkCode: linkCodeSchema,
  LinkAttempt: linkAttemptSchema,
  Reminder: reminderSchema,
  NudgeDelivery: nudgeDeliverySchema,
  VerseOfDay: verseOfDaySchema,
  PendingNudge: pendingNudgeSchema,
} as const;

export function registerModels(connection: Connection): MongoModels {
  return {
    users: connection.model<UserDoc>('User', userSchema),
    identities: connection.model<IdentityDoc>('ChannelIdentity', identitySchema),
    addresses: connection.model<AddressDoc>('ChannelAddress', addressSchema),
    processed: connection.model<ProcessedDoc>('ProcessedInbound', processedSchema),
    turns: connection.model<TurnDoc>('ConversationTurn', turnSchema),
    channelState: connection.model<ChannelStateDoc>('ChannelState', channelStateSchema),
    dataKeys: connection.model<DataKeyDoc>('UserDataKey', dataKeySchema),
    reflections: connection.model<ReflectionDoc>('Reflection', reflectionSchema),
    auditLog: connection.model<AuditDoc>('AuditEntry', auditSchema),
    enrollments: connection.model<EnrollmentDoc>('JourneyEnrollment', enrollmentSchema),
    linkCodes: connection.model<LinkCodeDoc>('LinkCode', linkCodeSchema),
    linkAttempts: connection.model<LinkAttemptDoc>('LinkAttempt', linkAttemptSchema),
    reminders: connection.model<ReminderDoc>('Reminder', reminderSchema),
    nudgeDeliveries: connection.model<NudgeDeliveryDoc>('NudgeDelivery', nudgeDeliverySchema),
    versesOfDay: connection.model<VerseOfDayDoc>('VerseOfDay', verseOfDaySchema),
    pendingNudges: connection.model<PendingNudgeDoc>('PendingNudge', pendingNudgeSchema),
  };
}

/**
 * Creates every collection and index, awaited: the unique indexes must exist before the first
 * write, or concurrent first contacts could both succeed. Existing indexes are left as they
 * are (`createIndexes`, not `syncIndexes`, which would drop indexes an operator added).
 */
export async function ensureCollections(models: MongoModels): Promise<void> {
  for (const model of Object.values(models) as Model<unknown>[]) {
    await model.createCollection().catch((error: unknown) => {
      // 48 NamespaceExists: another process (or an earlier start) created it.
      if ((error as { code?: unknown } | null)?.code !== 48) throw error;
    });
    await model.createIndexes();
  }
}
