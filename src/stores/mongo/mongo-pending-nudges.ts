import { checkLocalDate, checkNudgeContent } from '../ports/index.ts';
import { StoreError } from '../errors.ts';
import type { PendingNudgeStore } from '../ports/index.ts';
import { claimUserIfExists, type MongoContext } from './context.ts';
import { mongoCall } from './guard.ts';
import type { AddressDoc } from './schemas/identities.ts';
import {
  contentToDoc,
  pendingNudgeFromDoc,
  type PendingNudgeDoc,
} from './schemas/pending-nudges.ts';
import { inTransaction, isDuplicateKey } from './transaction.ts';
import { validDate } from './values.ts';

export function createMongoPendingNudgeStore({
  connection,
  models,
  state,
}: MongoContext): PendingNudgeStore {
  const { pendingNudges, addresses } = models;
  return {
    put: ({ userId, localDate, content, now }) =>
      mongoCall(state, 'pendingNudges', 'put', async () => {
        checkLocalDate(localDate);
        checkNudgeContent(content);
        const at = validDate(now);
        try {
          return await inTransaction(connection, async (session) => {
            if (!(await claimUserIfExists(models, userId, session))) {
              throw new StoreError('pendingNudges', 'put', { detail: 'no such user' });
            }
            await pendingNudges.create(
              [{ userId, localDate, ...contentToDoc(content), createdAt: at }],
              { session },
            );
            return true;
          });
        } catch (error) {
          // The unique (user, date) index: that day is recorded already; a retry keeps the first.
          if (isDuplicateKey(error)) return false;
          throw error;
        }
      }),

    takeForAddress: (channel, address, now) =>
      mongoCall(state, 'pendingNudges', 'takeForAddress', () => {
        const at = validDate(now);
        return inTransaction(connection, async (session) => {
          const owner = await addresses
            .findOne({ channel, address }, { userId: 1 }, { session })
            .lean<Pick<AddressDoc, 'userId'>>();
          if (owner === null) return undefined;
          const newest = await pendingNudges
            .findOne({ userId: owner.userId, shownAt: null }, undefined, { session })
            .sort({ localDate: -1 })
            .lean<PendingNudgeDoc>();
          if (newest === null) return undefined;
          // Older waiting ones go with it (superseded); the transaction makes one take win.
          await pendingNudges.updateMany(
            { userId: owner.userId, shownAt: null, localDate: { $lte: newest.localDate } },
            { $set: { shownAt: at } },
            { session },
          );
          return { ...pendingNudgeFromDoc(newest), shownAt: at };
        });
      }),

    untake: (userId, localDate, shownAt) =>
      mongoCall(state, 'pendingNudges', 'untake', async () => {
        const result = await pendingNudges.updateOne(
          { userId, localDate, shownAt: validDate(shownAt) },
          { $set: { shownAt: null } },
        );
        return result.modifiedCount > 0;
      }),

    get: (userId, localDate) =>
      mongoCall(state, 'pendingNudges', 'get', async () => {
        const doc = await pendingNudges.findOne({ userId, localDate }).lean<PendingNudgeDoc>();
        return doc === null ? undefined : pendingNudgeFromDoc(doc);
      }),
  };
}
