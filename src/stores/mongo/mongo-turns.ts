import { checkNewTurn } from '../ports/index.ts';
import type { TurnStore } from '../ports/index.ts';
import { claimUser, type MongoContext } from './context.ts';
import { mongoCall } from './guard.ts';
import { turnFromDoc, type TurnDoc } from './schemas/turns.ts';
import { inTransaction } from './transaction.ts';
import { checkLimit, toBuffer, validDate } from './values.ts';

export function createMongoTurnStore({ connection, models, state }: MongoContext): TurnStore {
  return {
    append: (turn) =>
      mongoCall(state, 'turns', 'append', async () => {
        checkNewTurn(turn);
        validDate(turn.at);
        // With the user claimed in the same transaction, as SQLite's foreign key does: no
        // turn is written for a user who is gone or being deleted.
        const doc = await inTransaction(connection, async (session) => {
          await claimUser(models, turn.userId, session);
          const inserted = await models.turns.insertOne(
            {
              userId: turn.userId,
              role: turn.role,
              kind: turn.kind,
              at: turn.at,
              citations: [...turn.citations],
              ...(turn.themeId !== undefined && { themeId: turn.themeId }),
              ...(turn.sealed !== undefined && { sealed: toBuffer(turn.sealed) }),
            },
            { session },
          );
          return inserted.toObject<TurnDoc>();
        });
        return turnFromDoc(doc);
      }),
    recent: (userId, limit) =>
      mongoCall(state, 'turns', 'recent', async () => {
        checkLimit(limit);
        if (limit === 0) return [];
        const docs = await models.turns
          .find({ userId })
          .sort({ at: -1, _id: -1 })
          .limit(limit)
          .lean<TurnDoc[]>();
        return docs.map(turnFromDoc);
      }),
    purgeOlderThan: (cutoff) =>
      mongoCall(state, 'turns', 'purgeOlderThan', async () => {
        const result = await models.turns.deleteMany({ at: { $lt: validDate(cutoff) } });
        return result.deletedCount;
      }),
    deleteAllFor: (userId) =>
      mongoCall(state, 'turns', 'deleteAllFor', async () => {
        const result = await models.turns.deleteMany({ userId });
        return result.deletedCount;
      }),
  };
}
