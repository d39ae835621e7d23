import type { ChannelName } from '../../messages/index.ts';
import type { User, UserId } from './users.ts';

/**
 * Who someone is on a channel: (channel, channelUserId) points at exactly one user.
 * Only a consented link (`LinkStore.link`, with a one-time code) moves an identity to another
 * user; nothing ever merges users by guessing.
 */
export interface ChannelIdentity {
  readonly channel: ChannelName;
  readonly channelUserId: string;
  readonly userId: UserId;
  readonly createdAt: Date;
}

/**
 * Where replies and nudges go: (channel, address) belongs to one user. A permanent send
 * failure blocks it; the person writing from it again (after the block) unblocks it.
 */
export interface ChannelAddress {
  readonly channel: ChannelName;
  readonly address: string;
  readonly userId: UserId;
  readonly createdAt: Date;
  readonly lastSeenAt: Date;
  readonly blockedAt?: Date;
  /** A short machine reason such as "telegram:403", never message text. */
  readonly blockedReason?: string;
}

export interface FirstContact {
  readonly channel: ChannelName;
  readonly channelUserId: string;
  readonly address: string;
  readonly now: Date;
}

export interface FirstContactResult {
  readonly user: User;
  /** True only for the one call that created the user. */
  readonly created: boolean;
}

/**
 * Contract:
 * - `findOrCreateByIdentity` is atomic: concurrent calls for one identity, from one process or
 *   several, create exactly one user, one identity and one address.
 * - A known identity gets its address recorded (a new address is added, a known one has
 *   `lastSeenAt` moved forward and a block older than `now` lifted).
 * - An address that already belongs to another user (a shared group chat) is left with that
 *   user: ownership never moves by guesswork.
 */
export interface IdentityStore {
  findOrCreateByIdentity(contact: FirstContact): Promise<FirstContactResult>;
  /** Every channel identity of one user, oldest first (for export). */
  identitiesOf(userId: UserId): Promise<ChannelIdentity[]>;
  /** Oldest first; blocked addresses included (callers skip them when sending). */
  addressesOf(userId: UserId): Promise<ChannelAddress[]>;
  /**
   * Marks an address as permanently failing. The first block's time and reason are kept.
   * Returns false when the address is unknown.
   */
  markAddressBlocked(
    channel: ChannelName,
    address: string,
    reason: string,
    at: Date,
  ): Promise<boolean>;
}
