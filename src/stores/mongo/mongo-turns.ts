import type { ClientSession } from 'mongoose';
import { checkNewTurn } from '../ports/index.ts';
import type { NewTurn, TurnStore } from '../ports/index.ts';
import { claimUser, type MongoContext } from './context.ts';
import { mongoCall } from './guard.ts';
import { turnFromDoc, type TurnDoc } from './schemas/turns.ts';
import { inTransaction } from './transaction.ts';
import { checkLimit, toBuffer, validDate } from './values.ts';

export function createMongoTurnStore({ connection, models, state }: MongoContext): TurnStore {
  function checkTurn(turn: NewTurn): void {
    checkNewTurn(turn);
    validDate(turn.at);
  }

  async function insert(turns: readonly NewTurn[], session: ClientSession): Promise<TurnDoc[]> {
    const docs: TurnDoc[] = [];
    for (const userId of new Set(turns.map((turn) => turn.userId))) {
      await claimUser(models, userId, session);
    }
    for (const turn of turns) {
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
      docs.push(inserted.toObject<TurnDoc>());
    }
    return docs;
  }

  return {
    append: (turn) =>
      mongoCall(state, 'turns', 'append', async () => {
        checkTurn(turn);
        // With the user claimed in the same transaction, as SQLite's foreign key does: no
        // turn is written for a user who is gone or being deleted.
        const [doc] = await inTransaction(connection, (session) => insert([turn], session));
        return turnFromDoc(doc!);
      }),
    appendAll: (turns) =>
      mongoCall(state, 'turns', 'appendAll', async () => {
        turns.forEach(checkTurn);
        if (turns.length === 0) return [];
        const docs = await inTransaction(connection, (session) => insert(turns, session));
        return docs.map(turnFromDoc);
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
