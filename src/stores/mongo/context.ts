import type { ClientSession, Connection } from 'mongoose';
import type { MongoState } from './guard.ts';
import type { MongoModels } from './models.ts';

/** What every MongoDB store of one `openStores` call shares. */
export interface MongoContext {
  readonly connection: Connection;
  readonly models: MongoModels;
  readonly state: MongoState;
}

/**
 * Inside a transaction, proves the user exists and marks their document written (see
 * `UserDoc.writes`), so this transaction and a concurrent deletion of the user conflict and
 * one retries: MongoDB's stand-in for SQLite's foreign keys.
 */
export async function claimUser(
  models: MongoModels,
  userId: string,
  session: ClientSession,
): Promise<void> {
  if (!(await claimUserIfExists(models, userId, session))) throw new RangeError('no such user');
}

/**
 * `claimUser` for ports that answer a missing user with `undefined` or `false` (as SQLite's
 * `INSERT … SELECT … FROM users` does) rather than an error: false when there is no such user.
 */
export async function claimUserIfExists(
  models: MongoModels,
  userId: string,
  session: ClientSession,
): Promise<boolean> {
  const result = await models.users.updateOne(
    { _id: userId },
    { $inc: { writes: 1 } },
    { session },
  );
  return result.matchedCount === 1;
}
