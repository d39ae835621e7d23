/**
 * One nudge job: load the person, work out their local date, skip when late or in quiet hours,
 * claim (user, local date), build the content, deliver through the shared channel delivery,
 * confirm. A plain function of its dependencies and a clock, so tests run it on chosen times.
 *
 * The guarantee (ARCHITECTURE.md): the claim's lease keeps a second worker, a retry or a
 * duplicate scheduler from sending the same day twice; a send that failed before the channel
 * took it releases the claim and the job retries; a worker that dies between its claim and the
 * confirmation leaves a lease that expires; a job meeting a live lease waits for it to end
 * (`NudgeLeaseHeldError`) rather than finishing, and the next claim is a counted takeover —
 * the only way a person can get a day's nudge twice (when the dead worker's send had gone out).
 *
 * The web widget has no push. A nudge for a widget address is recorded as pending (the day's
 * content by reference, see `PendingNudgeStore`) and shown when the widget next opens; this
 * needs only the store, so a separate `sarathi worker` with no web channel records it too. It
 * counts as `sent` on channel `web`: the day is delivered as far as the worker can deliver it.
 */
import type { ChannelAdapter, Deliver } from '../channels/index.ts';
import type { ChannelName, Reply } from '../src/messages/index.ts';
import {
  DEFAULT_QUIET_HOURS,
  isQuietAt,
  localClock,
  parseClockTime,
  parseQuietHours,
  type QuietHours,
  type ReminderScheduler,
} from '../src/reminders/index.ts';
import type { ChannelAddress, Stores, User } from '../src/stores/index.ts';
import type { NudgeContent } from './nudge-content.ts';
import type { NudgeObserver, NudgeOutcomeKind } from './nudge-observer.ts';
import type { NudgeJobData } from './nudge-queue.ts';
import type { OutboundLimiter } from './outbound-limits.ts';

/** The slice of a BullMQ job the processor reads. */
export interface NudgeJobLike {
  readonly id?: string | undefined;
  readonly data: NudgeJobData;
  readonly attemptsMade: number;
  readonly timestamp: number;
  readonly delay?: number;
  readonly opts: { readonly prevMillis?: number; readonly delay?: number };
}

export interface NudgeProcessorDeps {
  readonly stores: Pick<Stores, 'users' | 'identities' | 'reminders' | 'nudges' | 'pendingNudges'>;
  readonly channels: { get(name: ChannelName): ChannelAdapter | undefined };
  readonly deliver: Deliver;
  readonly content: NudgeContent;
  /** Cancels the scheduler of someone who left or turned reminders off meanwhile. */
  readonly scheduler: Pick<ReminderScheduler, 'cancel'>;
  /** Names the lease owner; unique per process. */
  readonly workerId: string;
  readonly now?: () => Date;
  readonly leaseMs?: number;
  /** Later than this after its time, a nudge is skipped rather than sent at an odd hour. */
  readonly maxLateMs?: number;
  readonly observer?: NudgeObserver;
  /** Per-channel outbound limits, waited for right before each channel send (not for the widget). */
  readonly limiter?: OutboundLimiter;
}

export interface NudgeResult {
  readonly outcome: NudgeOutcomeKind | 'user_gone';
  readonly localDate?: string;
  readonly channel?: ChannelName;
}

/** A send failed for now (the channel is down); the job should be retried later. */
export class NudgeDeliveryError extends Error {
  readonly userId: string;
  readonly localDate: string;

  constructor(userId: string, localDate: string, reason: string) {
    super(`nudge for ${userId} on ${localDate} not delivered yet (${reason})`);
    this.name = 'NudgeDeliveryError';
    this.userId = userId;
    this.localDate = localDate;
  }
}

/**
 * Another claim on (user, local date) holds a live lease: its holder may be sending right now, or
 * may have died (a killed worker's job comes back long before its lease runs out). Completing the
 * job here would lose the nudge in the second case, so the job waits until `retryAt`, when the
 * lease has expired: the claim then finds the day sent, or takes it over.
 */
export class NudgeLeaseHeldError extends Error {
  readonly userId: string;
  readonly localDate: string;
  readonly retryAt: Date;

  constructor(userId: string, localDate: string, retryAt: Date) {
    super(
      `nudge for ${userId} on ${localDate} is leased by another claim until ${retryAt.toISOString()}`,
    );
    this.name = 'NudgeLeaseHeldError';
    this.userId = userId;
    this.localDate = localDate;
    this.retryAt = retryAt;
  }
}

/** Past the lease's end, so clocks a little apart between hosts still see it expired. */
const LEASE_MARGIN_MS = 1_000;

export const DEFAULT_LEASE_MS = 5 * 60_000;
export const MAX_LATE_MS = 3 * 3600_000;

/** When the scheduler meant the job to run: BullMQ records it as `prevMillis`. */
export function scheduledTimeOf(job: NudgeJobLike): Date {
  const millis = job.opts.prevMillis ?? job.timestamp + (job.delay ?? job.opts.delay ?? 0);
  return new Date(millis);
}

function quietHoursOf(setting: string | undefined): QuietHours | undefined {
  if (setting === 'off') return undefined;
  return (setting === undefined ? undefined : parseQuietHours(setting)) ?? DEFAULT_QUIET_HOURS;
}

/** Addresses to try, best first: the preferred channel, then the most recently used. */
export function deliveryTargets(
  user: User,
  addresses: readonly ChannelAddress[],
  canSend: (channel: ChannelName) => boolean,
): ChannelAddress[] {
  const preferred = user.settings.preferredChannel;
  return addresses
    .filter((a) => a.blockedAt === undefined && a.channel !== 'cli' && canSend(a.channel))
    .sort(
      (a, b) =>
        Number(b.channel === preferred) - Number(a.channel === preferred) ||
        b.lastSeenAt.getTime() - a.lastSeenAt.getTime(),
    );
}

export function createNudgeProcessor(deps: NudgeProcessorDeps) {
  const now = deps.now ?? (() => new Date());
  const leaseMs = deps.leaseMs ?? DEFAULT_LEASE_MS;
  const maxLateMs = deps.maxLateMs ?? MAX_LATE_MS;
  const { stores, observer } = deps;

  function report(channel: string, outcome: NudgeOutcomeKind, localDate?: string): NudgeResult {
    observer?.onOutcome?.(channel, outcome);
    return {
      outcome,
      ...(localDate === undefined ? {} : { localDate }),
      ...(channel === 'none' ? {} : { channel: channel as ChannelName }),
    };
  }

  return async function processNudge(job: NudgeJobLike): Promise<NudgeResult> {
    const { userId } = job.data;
    const user = await stores.users.get(userId);
    if (user === undefined) {
      // Deleted meanwhile (the command cancels too; this covers a cancel that failed).
      await deps.scheduler.cancel(userId);
      return { outcome: 'user_gone' };
    }
    const reminder = await stores.reminders.get(userId);
    const time = reminder?.time === undefined ? undefined : parseClockTime(reminder.time);
    const timeZone = user.settings.timeZone;
    if (time === undefined || timeZone === undefined) {
      await deps.scheduler.cancel(userId);
      return report('none', 'skipped_off');
    }

    const scheduledAt = scheduledTimeOf(job);
    const localDate = localClock(scheduledAt, timeZone).date;
    const at = now();
    if (at.getTime() - scheduledAt.getTime() > maxLateMs) {
      await stores.nudges.skip({ userId, localDate, now: at, reason: 'late' });
      return report('none', 'skipped_late', localDate);
    }
    const quiet = quietHoursOf(reminder?.quietHours);
    // A time the person chose inside their quiet hours is honoured; a late one is not pushed in.
    if (
      quiet !== undefined &&
      isQuietAt(quiet, localClock(at, timeZone)) &&
      !isQuietAt(quiet, time)
    ) {
      await stores.nudges.skip({ userId, localDate, now: at, reason: 'quiet' });
      return report('none', 'skipped_quiet', localDate);
    }

    const targets = deliveryTargets(
      user,
      await stores.identities.addressesOf(userId),
      // The widget's pending nudge is a store record: no web adapter needed in this process.
      (channel) => channel === 'web' || deps.channels.get(channel) !== undefined,
    );
    if (targets.length === 0) {
      await stores.nudges.skip({ userId, localDate, now: at, reason: 'no-address' });
      return report('none', 'skipped_no_address', localDate);
    }

    const owner = `${deps.workerId}:${job.id ?? 'direct'}:${job.attemptsMade}`;
    const claim = await stores.nudges.claim({ userId, localDate, owner, now: at, leaseMs });
    if (!claim.granted) {
      const { status, leaseUntil } = claim.delivery;
      if (status === 'claimed' && leaseUntil !== undefined) {
        throw new NudgeLeaseHeldError(
          userId,
          localDate,
          new Date(leaseUntil.getTime() + LEASE_MARGIN_MS),
        );
      }
      return report('none', 'skipped_already', localDate);
    }
    if (claim.takeover) observer?.onOutcome?.(targets[0]!.channel, 'possible_duplicate');

    const outcome = { userId, localDate, owner };
    let reply: Reply | undefined;
    let lastBlock = 'blocked';
    // Once a channel may have accepted the nudge, a failure must leave the lease to expire (a
    // counted takeover), never release it: a release would let a retry send it again uncounted.
    let handedToChannel = false;
    try {
      const content = await deps.content.choose(user, localDate);
      for (const target of targets) {
        if (target.channel === 'web') {
          await stores.pendingNudges.put({ userId, localDate, content, now: now() });
          await stores.nudges.confirm({ ...outcome, now: now(), channel: 'web' });
          return report('web', 'sent', localDate);
        }
        reply ??= await deps.content.render(user, content, localDate);
        const adapter = deps.channels.get(target.channel)!;
        // Before the hand-over: a limiter error (Redis down) releases the claim like any other
        // failure before the send. The wait is inside the lease (five minutes), far from its end.
        await deps.limiter?.acquire(target.channel, target.address);
        handedToChannel = true;
        const delivered = await deps.deliver(adapter, target.address, reply);
        if (delivered.status === 'sent') {
          await stores.nudges.confirm({ ...outcome, now: now(), channel: target.channel });
          return report(target.channel, 'sent', localDate);
        }
        if (delivered.status === 'failed') {
          await stores.nudges.release({ ...outcome, now: now(), reason: delivered.reason });
          observer?.onOutcome?.(target.channel, 'retried');
          throw new NudgeDeliveryError(userId, localDate, delivered.reason);
        }
        // Blocked: the delivery disabled this address; the next one may still reach them.
        lastBlock = delivered.reason;
      }
    } catch (error) {
      if (!handedToChannel) {
        // The content or the widget's pending record failed before anything reached the
        // person (recording it again is a no-op): a retry may claim the day at once.
        await stores.nudges.release({ ...outcome, now: now() }).catch(() => false);
      }
      throw error;
    }
    await stores.nudges.fail({ ...outcome, now: now(), reason: lastBlock });
    return report(targets.at(-1)!.channel, 'failed', localDate);
  };
}
