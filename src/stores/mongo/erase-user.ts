import type { ClientSession } from 'mongoose';
import type { MongoModels } from './models.ts';

/**
 * Deletes a user and everything SQLite's ON DELETE CASCADE removes with them (identities,
 * addresses, turns, data key, reflections, journey enrollments with their completed days,
 * link codes and attempts, reminder settings, nudge deliveries and verses of the day), plus the channel state of their addresses, all inside the
 * caller's transaction. A fixed number of queries however much the user had. The audit log
 * is kept on purpose (ids only; "user.delete" must outlive the user).
 *
 * MongoDB does not zero deleted documents on disk the way SQLite's secure_delete does; what
 * makes a deleted user's reflections and turns unrecoverable there is that `/delete` destroys
 * their data key first (crypto-shredding).
 */
export async function deleteUserEverywhere(
  models: MongoModels,
  userId: string,
  session: ClientSession,
): Promise<boolean> {
  const removed = await models.users.deleteOne({ _id: userId }, { session });
  if (removed.deletedCount !== 1) return false;
  const addresses = await models.addresses
    .find({ userId }, { channel: 1, address: 1, _id: 0 })
    .session(session)
    .lean<{ channel: string; address: string }[]>();
  if (addresses.length > 0) {
    await models.channelState.deleteMany(
      { $or: addresses.map(({ channel, address }) => ({ channel, address })) },
      { session },
    );
  }
  const byUser = { userId };
  await models.identities.deleteMany(byUser, { session });
  await models.addresses.deleteMany(byUser, { session });
  await models.turns.deleteMany(byUser, { session });
  await models.reflections.deleteMany(byUser, { session });
  await models.dataKeys.deleteOne({ _id: userId }, { session });
  await models.enrollments.deleteMany(byUser, { session });
  await models.linkCodes.deleteMany(byUser, { session });
  await models.linkAttempts.deleteMany(byUser, { session });
  await models.reminders.deleteOne({ _id: userId }, { session });
  await models.nudgeDeliveries.deleteMany(byUser, { session });
  await models.versesOfDay.deleteMany(byUser, { session });
  await models.pendingNudges.deleteMany(byUser, { session });
  return true;
}
