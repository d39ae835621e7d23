import type { DataKeyStore } from '../ports/index.ts';
import { claimUser, type MongoContext } from './context.ts';
import { mongoCall } from './guard.ts';
import { writeAudit } from './mongo-audit-log.ts';
import { dataKeyFromDoc, type DataKeyDoc } from './schemas/data-keys.ts';
import { inTransaction } from './transaction.ts';
import { checkLimit, toBuffer, validDate } from './values.ts';

export function createMongoDataKeyStore({ connection, models, state }: MongoContext): DataKeyStore {
  return {
    get: (userId) =>
      mongoCall(state, 'dataKeys', 'get', async () => {
        const doc = await models.dataKeys.findById(userId).lean<DataKeyDoc>();
        return doc === null ? undefined : dataKeyFromDoc(doc);
      }),

    putIfAbsent: (key) =>
      mongoCall(state, 'dataKeys', 'putIfAbsent', async () => {
        if (!(key.wrapped instanceof Uint8Array) || key.wrapped.byteLength === 0) {
          throw new RangeError('key.wrapped must be bytes');
        }
        validDate(key.createdAt);
        validDate(key.wrappedAt);
        // The user id is the primary key, so of concurrent creators only the first insert
        // lands ($setOnInsert); everyone reads back that one. The user is claimed in the same
        // transaction so no key is kept for a user being deleted.
        const doc = await inTransaction(connection, async (session) => {
          await claimUser(models, key.userId, session);
          await models.dataKeys.updateOne(
            { _id: key.userId },
            {
              $setOnInsert: {
                masterKeyId: key.masterKeyId,
                wrapped: toBuffer(key.wrapped),
                createdAt: key.createdAt,
                wrappedAt: key.wrappedAt,
              },
            },
            { upsert: true, session },
          );
          return models.dataKeys.findById(key.userId).session(session).lean<DataKeyDoc>();
        });
        if (doc === null) throw new Error('data key missing after insert');
        return dataKeyFromDoc(doc);
      }),

    rewrap: (change) =>
      mongoCall(state, 'dataKeys', 'rewrap', () => {
        validDate(change.at);
        // The compare-and-set is one conditional update of one document (only while still
        // wrapped by `from`); the transaction is there so its audit entry commits with it.
        return inTransaction(connection, async (session) => {
          const result = await models.dataKeys.updateOne(
            { _id: change.userId, masterKeyId: change.fromMasterKeyId },
            {
              $set: {
                masterKeyId: change.toMasterKeyId,
                wrapped: toBuffer(change.wrapped),
                wrappedAt: change.at,
              },
            },
            { session },
          );
          if (result.matchedCount === 0) return false;
          await writeAudit(
            models,
            {
              at: change.at,
              actor: change.actor,
              action: 'data-key.rewrap',
              recordType: 'data-key',
              recordId: change.userId,
            },
            session,
          );
          return true;
        });
      }),

    wrappedByOtherThan: (masterKeyId, limit) =>
      mongoCall(state, 'dataKeys', 'wrappedByOtherThan', async () => {
        checkLimit(limit);
        if (limit === 0) return [];
        const docs = await models.dataKeys
          .find({ masterKeyId: { $ne: masterKeyId } })
          .sort({ createdAt: 1, _id: 1 })
          .limit(limit)
          .lean<DataKeyDoc[]>();
        return docs.map(dataKeyFromDoc);
      }),

    countByMasterKey: () =>
      mongoCall(state, 'dataKeys', 'countByMasterKey', async () => {
        const groups = await models.dataKeys.aggregate<{ _id: string; n: number }>([
          { $group: { _id: '$masterKeyId', n: { $sum: 1 } } },
        ]);
        const result: Record<string, number> = {};
        for (const group of groups) result[group._id] = group.n;
        return result;
      }),

    destroy: (userId, actor, at) =>
      mongoCall(state, 'dataKeys', 'destroy', () => {
        validDate(at);
        return inTransaction(connection, async (session) => {
          const removed = await models.dataKeys.deleteOne({ _id: userId }, { session });
          if (removed.deletedCount !== 1) return false;
          await writeAudit(
            models,
            { at, actor, action: 'data-key.destroy', recordType: 'data-key', recordId: userId },
            session,
          );
          return true;
        });
      }),
  };
}
