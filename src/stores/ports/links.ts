import type { ChannelName } from '../../messages/index.ts';
import type { UserId } from './users.ts';

export interface IssueLinkCode {
  readonly userId: UserId;
  /** A hash of the code; the code itself is never stored. */
  readonly codeHash: string;
  readonly now: Date;
  readonly expiresAt: Date;
  /** At most this many codes per user since `windowStart`, or the issue is refused. */
  readonly maxPerWindow: number;
  readonly windowStart: Date;
}

export interface LinkIdentity {
  readonly codeHash: string;
  /** The identity that entered the code: it moves to the code's owner. */
  readonly channel: ChannelName;
  readonly channelUserId: string;
  readonly now: Date;
  /** Check everything and say what would happen, changing nothing (the "are you sure?" step). */
  readonly dryRun: boolean;
}

export type LinkOutcome =
  | {
      readonly kind: 'linked' | 'would-link';
      readonly ownerId: UserId;
      /** The user the identity belonged to before. */
      readonly previousUserId: UserId;
      /**
       * True when the identity was the previous user's last one, so that user (and everything
       * kept about them) is deleted rather than left unreachable.
       */
      readonly previousUserDeleted: boolean;
    }
  | { readonly kind: 'unknown' | 'expired' | 'used' | 'unknown-identity' }
  /** The identity already belongs to the code's owner. */
  | { readonly kind: 'already-linked'; readonly ownerId: UserId }
  /**
   * Linking would delete the previous user, who has journey progress: refused, so nothing is
   * lost by surprise. (Linking the other way round keeps it.)
   */
  | { readonly kind: 'has-journey-progress'; readonly previousUserId: UserId };

/**
 * One-time codes for consented identity linking, and the link itself.
 *
 * Contract:
 * - `issue` makes the new code the user's only live one (earlier unused codes stop working) and
 *   refuses with `false` when the user already issued `maxPerWindow` codes since `windowStart`.
 * - `link` is atomic: the code is checked and spent, the identity and its addresses on that
 *   channel move, and an orphaned previous user is deleted, all in one transaction. A code links
 *   once, however many callers race for it. A dry run spends nothing.
 * - Identities only ever move by a valid code: never by guessing.
 */
export interface LinkStore {
  issue(input: IssueLinkCode): Promise<boolean>;
  link(input: LinkIdentity): Promise<LinkOutcome>;
  /** Records a wrong code entered by `userId` (for the guessing brake). */
  recordFailedAttempt(userId: UserId, at: Date): Promise<void>;
  failedAttemptsSince(userId: UserId, since: Date): Promise<number>;
  /** Forgets codes that expired, and attempts made, before `cutoff`; returns how many. */
  purgeOlderThan(cutoff: Date): Promise<number>;
}
