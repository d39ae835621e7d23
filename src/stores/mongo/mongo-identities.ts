import { checkContact } from '../ports/index.ts';
import { randomUUID } from 'node:crypto';
import type { ClientSession } from 'mongoose';
import type { FirstContact, FirstContactResult, IdentityStore } from '../ports/index.ts';
import type { MongoContext } from './context.ts';
import { mongoCall } from './guard.ts';
import type { MongoModels } from './models.ts';
import {
  addressFromDoc,
  identityFromDoc,
  type AddressDoc,
  type IdentityDoc,
} from './schemas/identities.ts';
import { userFromDoc, type UserDoc } from './schemas/users.ts';
import { inTransaction, retryOnDuplicate } from './transaction.ts';
import { validDate } from './values.ts';

/**
 * Records that `userId` was seen at (channel, address) at `now`: a new address is added, a
 * known one of theirs has lastSeenAt moved forward only and a block older than `now` lifted;
 * an address that belongs to someone else (a group chat) is left alone.
 */
async function recordAddress(
  models: MongoModels,
  contact: FirstContact,
  userId: string,
  session: ClientSession,
): Promise<void> {
  const { channel, address, now } = contact;
  const mine = { channel, address, userId };
  const seen = await models.addresses.updateOne(mine, { $max: { lastSeenAt: now } }, { session });
  if (seen.matchedCount === 0) {
    await models.addresses.updateOne(
      { channel, address },
      { $setOnInsert: { userId, createdAt: now, lastSeenAt: now } },
      { upsert: true, session },
    );
    return;
  }
  // A missing blockedAt never matches $lt, so only a real, older block is lifted.
  await models.addresses.updateOne(
    { ...mine, blockedAt: { $lt: now } },
    { $unset: { blockedAt: '', blockedReason: '' } },
    { session },
  );
}

export function createMongoIdentityStore({
  connection,
  models,
  state,
}: MongoContext): IdentityStore {
  function findOrCreate(contact: FirstContact): Promise<FirstContactResult> {
    return inTransaction(connection, async (session) => {
      const known = await models.identities
        .findOne({ channel: contact.channel, channelUserId: contact.channelUserId })
        .session(session)
        .lean<IdentityDoc>();
      let user: UserDoc | null;
      const created = known === null;
      if (known !== null) {
        user = await models.users.findById(known.userId).session(session).lean<UserDoc>();
      } else {
        // The unique (channel, channelUserId) index decides between concurrent creators: the
        // loser's transaction fails with a duplicate key (or a write conflict the driver
        // retries) and its next attempt finds the winner's identity.
        user = { _id: randomUUID(), createdAt: contact.now };
        await models.users.insertOne(user, { session });
        await models.identities.insertOne(
          {
            channel: contact.channel,
            channelUserId: contact.channelUserId,
            userId: user._id,
            createdAt: contact.now,
          },
          { session },
        );
      }
      if (user === null) throw new Error('identity points at a missing user');
      await recordAddress(models, contact, user._id, session);
      return { user: userFromDoc(user), created };
    });
  }

  return {
    findOrCreateByIdentity: (contact) =>
      mongoCall(state, 'identities', 'findOrCreateByIdentity', () => {
        checkContact(contact);
        validDate(contact.now);
        return retryOnDuplicate(() => findOrCreate(contact));
      }),

    identitiesOf: (userId) =>
      mongoCall(state, 'identities', 'identitiesOf', async () => {
        const docs = await models.identities
          .find({ userId })
          .sort({ createdAt: 1, channel: 1, channelUserId: 1 })
          .lean<IdentityDoc[]>();
        return docs.map(identityFromDoc);
      }),

    addressesOf: (userId) =>
      mongoCall(state, 'identities', 'addressesOf', async () => {
        const docs = await models.addresses
          .find({ userId })
          .sort({ createdAt: 1, channel: 1, address: 1 })
          .lean<AddressDoc[]>();
        return docs.map(addressFromDoc);
      }),

    markAddressBlocked: (channel, address, reason, at) =>
      mongoCall(state, 'identities', 'markAddressBlocked', async () => {
        validDate(at);
        // The first block wins: its time says since when the address has been failing.
        const first = await models.addresses.updateOne(
          { channel, address, blockedAt: null },
          { $set: { blockedAt: at, blockedReason: reason } },
        );
        if (first.matchedCount > 0) return true;
        return (await models.addresses.exists({ channel, address })) !== null;
      }),
  };
}
