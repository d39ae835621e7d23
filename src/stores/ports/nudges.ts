import type { ChannelName } from '../../messages/index.ts';
import type { UserId } from './users.ts';

/**
 * One day's nudge for one person, keyed by (user, local date "YYYY-MM-DD"). The honest
 * guarantee (ARCHITECTURE.md, "What never lost means"): claim with a lease, send, confirm.
 *
 * - `claimed`: a worker holds the lease until `leaseUntil`; nobody else may send.
 * - `released`: the send failed before the channel took it; the next claim may send.
 * - `sent` (confirmed), `skipped` (late, quiet hours, nowhere to send), `failed` (gave up):
 *   final; every later claim is refused.
 * A claim taken over after an expired lease counts in `takeovers`: the one case where the
 * person may get the nudge twice (the holder died after the channel accepted it, before
 * confirming). Callers count these.
 */
export type NudgeStatus = 'claimed' | 'released' | 'sent' | 'skipped' | 'failed';

export interface NudgeDelivery {
  readonly userId: UserId;
  readonly localDate: string;
  readonly status: NudgeStatus;
  readonly leaseOwner?: string;
  readonly leaseUntil?: Date;
  /** Claims granted (the first, after a release, after an expired lease). */
  readonly claims: number;
  /** Claims granted over an unreleased, expired lease: possible duplicates. */
  readonly takeovers: number;
  readonly channel?: ChannelName;
  /** A short machine reason: "late", "quiet", "no-address", "telegram:403-blocked"… */
  readonly reason?: string;
  readonly updatedAt: Date;
}

export type ClaimResult =
  | { readonly granted: true; readonly takeover: boolean; readonly delivery: NudgeDelivery }
  | { readonly granted: false; readonly delivery: NudgeDelivery };

export interface NudgeClaim {
  readonly userId: UserId;
  readonly localDate: string;
  /** Who holds the lease (a worker id plus the job attempt); only they may confirm or release. */
  readonly owner: string;
  readonly now: Date;
  readonly leaseMs: number;
}

export interface NudgeOutcome {
  readonly userId: UserId;
  readonly localDate: string;
  readonly owner: string;
  readonly now: Date;
  readonly channel?: ChannelName;
  readonly reason?: string;
}

/**
 * Contract:
 * - `claim` is atomic across processes: of concurrent claims for one (user, date), at most one is
 *   granted; a claim while another lease is live, or after a final status, is refused (with the
 *   record, so the caller can say why). A claim for a user that does not exist is refused by a
 *   `StoreError`.
 * - `confirm`, `release` and `fail` succeed only for the current lease owner of a claimed record;
 *   they return false otherwise (the lease was lost; the caller must not assume anything).
 * - `skip` records a final skip unless the day was already sent or is leased; returns whether
 *   it did.
 * - Everything is removed with the user.
 */
export interface NudgeStore {
  claim(claim: NudgeClaim): Promise<ClaimResult>;
  confirm(outcome: NudgeOutcome): Promise<boolean>;
  release(outcome: NudgeOutcome): Promise<boolean>;
  fail(outcome: NudgeOutcome): Promise<boolean>;
  skip(outcome: Omit<NudgeOutcome, 'owner'> & { readonly reason: string }): Promise<boolean>;
  get(userId: UserId, localDate: string): Promise<NudgeDelivery | undefined>;
  /**
   * The verse of the day for (user, local date), chosen once and then remembered: the first ref
   * of `orderFor(cycle)` not yet given in the user's current cycle; when the cycle has given
   * every ref, the next cycle starts. `orderFor` must return the same refs for a cycle each time.
   */
  verseOfDay(
    userId: UserId,
    localDate: string,
    orderFor: (cycle: number) => readonly string[],
  ): Promise<{ readonly ref: string; readonly cycle: number }>;
}
