import type { ReminderStore } from '../ports/index.ts';
import { claimUserIfExists, type MongoContext } from './context.ts';
import { mongoCall } from './guard.ts';
import {
  ACTIVE_REMINDER,
  reminderFromDoc,
  reminderUpdate,
  type ReminderDoc,
} from './schemas/reminders.ts';
import { inTransaction } from './transaction.ts';
import { checkLimit, validDate } from './values.ts';

export function createMongoReminderStore({
  connection,
  models,
  state,
}: MongoContext): ReminderStore {
  const { reminders } = models;
  return {
    get: (userId) =>
      mongoCall(state, 'reminders', 'get', async () => {
        const doc = await reminders.findById(userId).lean<ReminderDoc>();
        return doc === null ? undefined : reminderFromDoc(doc);
      }),

    update: (userId, patch, at) =>
      mongoCall(state, 'reminders', 'update', () => {
        const update = reminderUpdate(patch, validDate(at));
        // The user id is the primary key, so the upsert creates one record or changes it in
        // one atomic write. Claiming the user in the same transaction turns "no such user"
        // into `undefined` and keeps a record from outliving a concurrent deletion.
        return inTransaction(connection, async (session) => {
          if (!(await claimUserIfExists(models, userId, session))) return undefined;
          const doc = await reminders
            .findOneAndUpdate({ _id: userId }, update, {
              upsert: true,
              returnDocument: 'after',
              session,
            })
            .lean<ReminderDoc>();
          if (doc === null) throw new Error('reminder missing after upsert');
          return reminderFromDoc(doc);
        });
      }),

    remove: (userId) =>
      mongoCall(state, 'reminders', 'remove', async () => {
        const result = await reminders.deleteOne({ _id: userId });
        return result.deletedCount > 0;
      }),

    listActive: ({ afterUserId, limit }) =>
      mongoCall(state, 'reminders', 'listActive', async () => {
        checkLimit(limit);
        if (limit === 0) return [];
        const filter =
          afterUserId === undefined
            ? ACTIVE_REMINDER
            : { ...ACTIVE_REMINDER, _id: { $gt: afterUserId } };
        const docs = await reminders
          .find(filter)
          .sort({ _id: 1 })
          .limit(limit)
          .lean<ReminderDoc[]>();
        return docs.map(reminderFromDoc);
      }),
  };
}
