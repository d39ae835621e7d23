import { checkLinkCodeHash } from '../ports/index.ts';
import type { LinkIdentity, LinkOutcome, LinkStore } from '../ports/index.ts';
import { claimUser, type MongoContext } from './context.ts';
import { deleteUserEverywhere } from './erase-user.ts';
import { mongoCall } from './guard.ts';
import type { IdentityDoc } from './schemas/identities.ts';
import type { LinkCodeDoc } from './schemas/links.ts';
import { inTransaction } from './transaction.ts';
import { validDate } from './values.ts';

export function createMongoLinkStore({ connection, models, state }: MongoContext): LinkStore {
  const { enrollments, identities, linkAttempts, linkCodes } = models;

  /**
   * One transaction: check the code and the identity, spend the code, move the identity and
   * its addresses on that channel, delete an orphaned previous user. Two callers racing for
   * one code both write its document, so MongoDB lets one commit and retries the other, which
   * then finds the code used.
   */
  function link(input: LinkIdentity): Promise<LinkOutcome> {
    const now = input.now;
    return inTransaction(connection, async (session): Promise<LinkOutcome> => {
      const code = await linkCodes.findById(input.codeHash).session(session).lean<LinkCodeDoc>();
      if (code === null) return { kind: 'unknown' };
      const ownerId = code.userId;
      const identity = { channel: input.channel, channelUserId: input.channelUserId };
      const current = await identities.findOne(identity).session(session).lean<IdentityDoc>();
      if (current === null) return { kind: 'unknown-identity' };
      const previousUserId = current.userId;
      // Before "used": a second tap on the confirmation finds the link already made.
      if (previousUserId === ownerId) return { kind: 'already-linked', ownerId };
      if (code.usedAt !== undefined && code.usedAt !== null) return { kind: 'used' };
      if (code.expiresAt.getTime() <= now.getTime()) return { kind: 'expired' };

      const others = await identities
        .countDocuments({ userId: previousUserId, $nor: [identity] })
        .session(session);
      const previousUserDeleted = others === 0;
      if (previousUserDeleted) {
        const progress = await enrollments
          .exists({
            userId: previousUserId,
            $or: [{ inProgress: true }, { completedCount: { $gt: 0 } }],
          })
          .session(session);
        if (progress !== null) return { kind: 'has-journey-progress', previousUserId };
      }
      if (input.dryRun) {
        return { kind: 'would-link', ownerId, previousUserId, previousUserDeleted };
      }

      const spent = await linkCodes.updateOne(
        { _id: input.codeHash, usedAt: null },
        { $set: { usedAt: now } },
        { session },
      );
      if (spent.modifiedCount !== 1) return { kind: 'used' };
      await identities.updateOne(identity, { $set: { userId: ownerId } }, { session });
      await models.addresses.updateMany(
        { userId: previousUserId, channel: input.channel },
        { $set: { userId: ownerId } },
        { session },
      );
      if (previousUserDeleted) await deleteUserEverywhere(models, previousUserId, session);
      return { kind: 'linked', ownerId, previousUserId, previousUserDeleted };
    });
  }

  return {
    issue: (input) =>
      mongoCall(state, 'links', 'issue', () => {
        checkLinkCodeHash(input.codeHash);
        if (!Number.isInteger(input.maxPerWindow) || input.maxPerWindow < 1) {
          throw new RangeError('maxPerWindow must be a positive integer');
        }
        const now = validDate(input.now);
        validDate(input.expiresAt);
        validDate(input.windowStart);
        // Claiming the user serialises one person's concurrent issues, so the count holds.
        return inTransaction(connection, async (session) => {
          await claimUser(models, input.userId, session);
          const issued = await linkCodes
            .countDocuments({ userId: input.userId, createdAt: { $gte: input.windowStart } })
            .session(session);
          if (issued >= input.maxPerWindow) return false;
          // A new code retires the user's earlier unused ones: one live code at a time.
          await linkCodes.updateMany(
            { userId: input.userId, usedAt: null, expiresAt: { $gt: now } },
            { $set: { expiresAt: now } },
            { session },
          );
          await linkCodes.insertOne(
            {
              _id: input.codeHash,
              userId: input.userId,
              createdAt: now,
              expiresAt: input.expiresAt,
            },
            { session },
          );
          return true;
        });
      }),

    link: (input) =>
      mongoCall(state, 'links', 'link', () => {
        checkLinkCodeHash(input.codeHash);
        validDate(input.now);
        return link(input);
      }),

    recordFailedAttempt: (userId, at) =>
      mongoCall(state, 'links', 'recordFailedAttempt', async () => {
        validDate(at);
        await inTransaction(connection, async (session) => {
          await claimUser(models, userId, session);
          await linkAttempts.insertOne({ userId, at }, { session });
        });
      }),

    failedAttemptsSince: (userId, since) =>
      mongoCall(state, 'links', 'failedAttemptsSince', () =>
        linkAttempts.countDocuments({ userId, at: { $gte: validDate(since) } }),
      ),

    purgeOlderThan: (cutoff) =>
      mongoCall(state, 'links', 'purgeOlderThan', async () => {
        validDate(cutoff);
        const codes = await linkCodes.deleteMany({ expiresAt: { $lt: cutoff } });
        const attempts = await linkAttempts.deleteMany({ at: { $lt: cutoff } });
        return codes.deletedCount + attempts.deletedCount;
      }),
  };
}
