import { checkLocalDate } from '../ports/index.ts';
import type {
  ClaimResult,
  NudgeClaim,
  NudgeDelivery,
  NudgeOutcome,
  NudgeStatus,
  NudgeStore,
} from '../ports/index.ts';
import { StoreError } from '../errors.ts';
import { claimUser, claimUserIfExists, type MongoContext } from './context.ts';
import { mongoCall } from './guard.ts';
import {
  deliveryFromDoc,
  verseFromDoc,
  type NudgeDeliveryDoc,
  type VerseOfDayDoc,
} from './schemas/nudges.ts';
import { inTransaction, isDuplicateKey, retryOnDuplicate } from './transaction.ts';
import { integerOf, textOf, validDate } from './values.ts';

/**
 * How often `claim` and `skip` read again after losing a race (a record created, released or
 * expired between their read and their conditional write). Each loss means someone else's
 * write landed, so a few rounds settle it; the bound only keeps a bug from looping.
 */
const ROUNDS = 5;

/**
 * The filter under which a day's record may be claimed or skipped again, as read in
 * `delivery`: released, or claimed with a lease that has run out (a missing lease counts as
 * run out, as in SQLite). `undefined` when it may not (sent, skipped, failed, or leased).
 * It goes into a conditional update, so the rule is checked again by the write itself.
 */
export function reopenFilter(
  delivery: Pick<NudgeDelivery, 'status' | 'leaseUntil'>,
  now: Date,
): { readonly takeover: boolean; readonly filter: Record<string, unknown> } | undefined {
  if (delivery.status === 'released') return { takeover: false, filter: { status: 'released' } };
  const expired = (delivery.leaseUntil?.getTime() ?? 0) <= now.getTime();
  if (delivery.status === 'claimed' && expired) {
    return { takeover: true, filter: { status: 'claimed', leaseUntil: { $not: { $gt: now } } } };
  }
  return undefined;
}

/** The update that grants a claim over a released or expired record. */
export function reclaimUpdate(owner: string, leaseUntil: Date, now: Date, takeover: boolean) {
  return {
    $set: { status: 'claimed', leaseOwner: owner, leaseUntil, updatedAt: now },
    $inc: { claims: 1, takeovers: takeover ? 1 : 0 },
    $unset: { reason: '' },
  } as const;
}

/**
 * The update that ends the lease holder's claim: the lease time goes, the owner stays (who
 * sent it), and channel and reason are what this outcome says (absent ones are removed, as
 * SQLite sets them to NULL).
 */
export function finishUpdate(
  status: NudgeStatus,
  outcome: Pick<NudgeOutcome, 'now' | 'channel' | 'reason'>,
) {
  return {
    $set: {
      status,
      updatedAt: outcome.now,
      ...(outcome.channel !== undefined && { channel: outcome.channel }),
      ...(outcome.reason !== undefined && { reason: outcome.reason }),
    },
    $unset: {
      leaseUntil: '',
      ...(outcome.channel === undefined && { channel: '' }),
      ...(outcome.reason === undefined && { reason: '' }),
    },
  } as const;
}

/** The update that records a skip over a released or expired record. */
export function skipUpdate(reason: string, now: Date) {
  return {
    $set: { status: 'skipped', reason, updatedAt: now },
    $unset: { leaseOwner: '', leaseUntil: '' },
  } as const;
}

export function createMongoNudgeStore({ connection, models, state }: MongoContext): NudgeStore {
  const { nudgeDeliveries: deliveries, versesOfDay: verses } = models;

  async function read(userId: string, localDate: string): Promise<NudgeDelivery | undefined> {
    const doc = await deliveries.findOne({ userId, localDate }).lean<NudgeDeliveryDoc>();
    return doc === null ? undefined : deliveryFromDoc(doc);
  }

  /**
   * The first record of a day, inserted in a transaction that claims the user (a missing user
   * fails it, a concurrent deletion conflicts with it). `undefined` when the unique index
   * refused it: a concurrent caller created the day first.
   */
  async function insertFirst(
    userId: string,
    doc: NudgeDeliveryDoc,
    ifUserMissing: 'throw' | 'refuse',
  ): Promise<NudgeDelivery | false | undefined> {
    try {
      return await inTransaction(connection, async (session) => {
        if (ifUserMissing === 'throw') await claimUser(models, userId, session);
        else if (!(await claimUserIfExists(models, userId, session))) return false;
        const inserted = await deliveries.insertOne(doc, { session });
        return deliveryFromDoc(inserted.toObject<NudgeDeliveryDoc>());
      });
    } catch (error) {
      if (isDuplicateKey(error)) return undefined;
      throw error;
    }
  }

  /**
   * Read, then write under a condition that re-checks what was read, so every grant is one
   * atomic write (a conditional update of the record, or the insert the unique index lets
   * through once): of concurrent claims, at most one is granted, across processes.
   */
  async function claim(c: NudgeClaim, leaseUntil: Date): Promise<ClaimResult> {
    const key = { userId: c.userId, localDate: c.localDate };
    let seen: NudgeDelivery | undefined;
    for (let round = 0; round < ROUNDS; round++) {
      seen = await read(c.userId, c.localDate);
      if (seen === undefined) {
        const created = await insertFirst(
          c.userId,
          {
            ...key,
            status: 'claimed',
            leaseOwner: c.owner,
            leaseUntil,
            claims: 1,
            takeovers: 0,
            updatedAt: c.now,
          },
          'throw',
        );
        if (created) return { granted: true, takeover: false, delivery: created };
        continue;
      }
      const reopen = reopenFilter(seen, c.now);
      if (reopen === undefined) return { granted: false, delivery: seen };
      const doc = await deliveries
        .findOneAndUpdate(
          { ...key, ...reopen.filter },
          reclaimUpdate(c.owner, leaseUntil, c.now, reopen.takeover),
          { returnDocument: 'after' },
        )
        .lean<NudgeDeliveryDoc>();
      if (doc !== null) {
        return { granted: true, takeover: reopen.takeover, delivery: deliveryFromDoc(doc) };
      }
    }
    if (seen !== undefined) return { granted: false, delivery: seen };
    throw new Error('the claim lost every race for the record');
  }

  async function skip(
    o: Omit<NudgeOutcome, 'owner'> & { readonly reason: string },
  ): Promise<boolean> {
    const key = { userId: o.userId, localDate: o.localDate };
    for (let round = 0; round < ROUNDS; round++) {
      const seen = await read(o.userId, o.localDate);
      if (seen === undefined) {
        const created = await insertFirst(
          o.userId,
          {
            ...key,
            status: 'skipped',
            claims: 0,
            takeovers: 0,
            reason: o.reason,
            updatedAt: o.now,
          },
          'refuse',
        );
        if (created !== undefined) return created !== false;
        continue;
      }
      const reopen = reopenFilter(seen, o.now);
      if (reopen === undefined) return false;
      const result = await deliveries.updateOne(
        { ...key, ...reopen.filter },
        skipUpdate(o.reason, o.now),
      );
      if (result.matchedCount > 0) return true;
    }
    return false;
  }

  function finishAs(status: NudgeStatus, op: string, o: NudgeOutcome): Promise<boolean> {
    return mongoCall(state, 'nudges', op, async () => {
      validDate(o.now);
      // Only the current lease owner of a claimed record: one conditional write decides.
      const result = await deliveries.updateOne(
        { userId: o.userId, localDate: o.localDate, status: 'claimed', leaseOwner: o.owner },
        finishUpdate(status, o),
      );
      return result.matchedCount > 0;
    });
  }

  /**
   * Chooses the day's verse in a transaction that claims the user: concurrent calls for one
   * person conflict and run one after another, so the second finds the first one's choice.
   * The unique indexes ((user, date) and (user, cycle, ref)) are the last word.
   */
  function chooseVerse(
    userId: string,
    localDate: string,
    orderFor: (cycle: number) => readonly string[],
  ): Promise<{ ref: string; cycle: number }> {
    return inTransaction(connection, async (session) => {
      await claimUser(models, userId, session);
      const chosen = await verses
        .findOne({ userId, localDate }, { ref: 1, cycle: 1 })
        .session(session)
        .lean<Pick<VerseOfDayDoc, 'ref' | 'cycle'>>();
      if (chosen !== null) return verseFromDoc(chosen);
      const latest = await verses
        .findOne({ userId }, { cycle: 1 })
        .sort({ cycle: -1 })
        .session(session)
        .lean<Pick<VerseOfDayDoc, 'cycle'>>();
      let cycle = Math.max(1, latest === null ? 0 : integerOf(latest.cycle, 'cycle'));
      for (let attempt = 0; attempt < 2; attempt++, cycle++) {
        const given = await verses
          .find({ userId, cycle }, { ref: 1, _id: 0 })
          .session(session)
          .lean<Pick<VerseOfDayDoc, 'ref'>[]>();
        const givenRefs = new Set(given.map((doc) => textOf(doc.ref, 'ref')));
        const ref = orderFor(cycle).find((candidate) => !givenRefs.has(candidate));
        if (ref !== undefined) {
          await verses.insertOne({ userId, localDate, cycle, ref }, { session });
          return { ref, cycle };
        }
      }
      throw new StoreError('nudges', 'verseOfDay', { detail: 'orderFor gave no refs' });
    });
  }

  return {
    claim: (c) =>
      mongoCall(state, 'nudges', 'claim', () => {
        checkLocalDate(c.localDate);
        if (!(c.leaseMs > 0)) throw new RangeError('leaseMs must be positive');
        const leaseUntil = validDate(new Date(validDate(c.now).getTime() + c.leaseMs));
        return claim(c, leaseUntil);
      }),
    confirm: (o) => finishAs('sent', 'confirm', o),
    release: (o) => finishAs('released', 'release', o),
    fail: (o) => finishAs('failed', 'fail', o),
    skip: (o) =>
      mongoCall(state, 'nudges', 'skip', () => {
        checkLocalDate(o.localDate);
        validDate(o.now);
        return skip(o);
      }),
    get: (userId, localDate) => mongoCall(state, 'nudges', 'get', () => read(userId, localDate)),
    verseOfDay: (userId, localDate, orderFor) =>
      mongoCall(state, 'nudges', 'verseOfDay', async () => {
        checkLocalDate(localDate);
        // A day already chosen is read without a transaction (the common case).
        const known = await verses
          .findOne({ userId, localDate }, { ref: 1, cycle: 1 })
          .lean<Pick<VerseOfDayDoc, 'ref' | 'cycle'>>();
        if (known !== null) return verseFromDoc(known);
        return retryOnDuplicate(() => chooseVerse(userId, localDate, orderFor));
      }),
  };
}
