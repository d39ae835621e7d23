import type { UserStore } from '../ports/index.ts';
import type { MongoContext } from './context.ts';
import { deleteUserEverywhere } from './erase-user.ts';
import { mongoCall } from './guard.ts';
import { settingsUpdate, userFromDoc, type UserDoc } from './schemas/users.ts';
import { inTransaction } from './transaction.ts';

export function createMongoUserStore({ connection, models, state }: MongoContext): UserStore {
  return {
    get: (id) =>
      mongoCall(state, 'users', 'get', async () => {
        const doc = await models.users.findById(id).lean<UserDoc>();
        return doc === null ? undefined : userFromDoc(doc);
      }),
    updateSettings: (id, patch) =>
      mongoCall(state, 'users', 'updateSettings', async () => {
        const { $set, $unset } = settingsUpdate(patch);
        const update = {
          ...(Object.keys($set).length > 0 && { $set }),
          ...(Object.keys($unset).length > 0 && { $unset }),
        };
        // One atomic update of one document; an empty patch only reads.
        const doc =
          Object.keys(update).length === 0
            ? await models.users.findById(id).lean<UserDoc>()
            : await models.users
                .findOneAndUpdate({ _id: id }, update, { returnDocument: 'after' })
                .lean<UserDoc>();
        return doc === null ? undefined : userFromDoc(doc);
      }),
    delete: (id) =>
      mongoCall(state, 'users', 'delete', () =>
        inTransaction(connection, (session) => deleteUserEverywhere(models, id, session)),
      ),
  };
}
