import type { ProcessedInboundStore } from '../ports/index.ts';
import type { MongoContext } from './context.ts';
import { mongoCall } from './guard.ts';
import { isDuplicateKey } from './transaction.ts';
import { validDate } from './values.ts';

export function createMongoProcessedStore({ models, state }: MongoContext): ProcessedInboundStore {
  return {
    markFirstSeen: (channel, dedupeKey, at) =>
      mongoCall(state, 'processed', 'markFirstSeen', async () => {
        if (typeof dedupeKey !== 'string' || dedupeKey === '') {
          throw new RangeError('dedupeKey must be a non-empty string');
        }
        validDate(at);
        // One insert decides: the unique index refuses every later one, whichever process
        // or connection it comes from.
        try {
          await models.processed.insertOne({ channel, dedupeKey, seenAt: at });
          return true;
        } catch (error) {
          if (isDuplicateKey(error)) return false;
          throw error;
        }
      }),
    purgeOlderThan: (cutoff) =>
      mongoCall(state, 'processed', 'purgeOlderThan', async () => {
        const result = await models.processed.deleteMany({ seenAt: { $lt: validDate(cutoff) } });
        return result.deletedCount;
      }),
  };
}
