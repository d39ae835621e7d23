import { checkSealedReflection } from '../ports/index.ts';
import type { ReflectionStore, SealedReflection } from '../ports/index.ts';
import { userActor } from '../ports/index.ts';
import { claimUser, type MongoContext } from './context.ts';
import { mongoCall } from './guard.ts';
import { writeAudit } from './mongo-audit-log.ts';
import { reflectionFromDoc, type ReflectionDoc } from './schemas/reflections.ts';
import { inTransaction } from './transaction.ts';
import { checkLimit, toBuffer, validDate } from './values.ts';

/** The shared check, plus a valid date (MongoDB would store an invalid one as null). */
function checkReflection(reflection: SealedReflection): void {
  checkSealedReflection(reflection);
  validDate(reflection.createdAt);
}

export function createMongoReflectionStore({
  connection,
  models,
  state,
}: MongoContext): ReflectionStore {
  async function list(userId: string, limit?: number): Promise<SealedReflection[]> {
    const query = models.reflections.find({ userId }).sort({ createdAt: -1, _id: -1 });
    if (limit !== undefined) query.limit(limit);
    const docs = await query.lean<ReflectionDoc[]>();
    return docs.map(reflectionFromDoc);
  }

  return {
    add: (reflection) =>
      mongoCall(state, 'reflections', 'add', async () => {
        checkReflection(reflection);
        // The reflection, its user's existence and its audit entry in one transaction; a
        // known id fails on the unique index and nothing is written.
        await inTransaction(connection, async (session) => {
          await claimUser(models, reflection.userId, session);
          await models.reflections.insertOne(
            {
              id: reflection.id,
              userId: reflection.userId,
              createdAt: reflection.createdAt,
              iv: toBuffer(reflection.iv),
              tag: toBuffer(reflection.tag),
              ciphertext: toBuffer(reflection.ciphertext),
              ...(reflection.journeyId !== undefined && {
                journeyId: reflection.journeyId,
                journeyDay: reflection.journeyDay,
              }),
            },
            { session },
          );
          await writeAudit(
            models,
            {
              at: reflection.createdAt,
              actor: userActor(reflection.userId),
              action: 'reflection.create',
              recordType: 'reflection',
              recordId: reflection.id,
            },
            session,
          );
        });
      }),
    recent: (userId, limit) =>
      mongoCall(state, 'reflections', 'recent', async () => {
        checkLimit(limit);
        return limit === 0 ? [] : list(userId, limit);
      }),
    allFor: (userId) => mongoCall(state, 'reflections', 'allFor', () => list(userId)),
    deleteAllFor: (userId) =>
      mongoCall(state, 'reflections', 'deleteAllFor', async () => {
        const result = await models.reflections.deleteMany({ userId });
        return result.deletedCount;
      }),
  };
}
