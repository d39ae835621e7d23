import type { ChannelName } from '../../messages/index.ts';

/** A random UUID. Ids are opaque strings so a document store can use its own scheme. */
export type UserId = string;

/**
 * What a person chose (or a channel told us). Every field is optional: a new user has none.
 * The store keeps what it is given; checking that a zone is IANA or a region ISO is the
 * caller's job (the command that sets it), so both adapters agree on what they accept.
 */
export interface UserSettings {
  /** BCP 47 tag, e.g. "hi-IN". */
  readonly locale?: string;
  /** ISO 3166-1 alpha-2 country, e.g. "IN". */
  readonly region?: string;
  /** IANA zone, e.g. "Asia/Kolkata". */
  readonly timeZone?: string;
  readonly preferredChannel?: ChannelName;
}

/** A key with a value sets it, `null` clears it, an absent (or undefined) key leaves it as is. */
export type UserSettingsPatch = {
  readonly [K in keyof UserSettings]?: UserSettings[K] | null;
};

export interface User {
  readonly id: UserId;
  readonly createdAt: Date;
  readonly settings: UserSettings;
}

/**
 * Users are created only by `IdentityStore.findOrCreateByIdentity` (first contact), so this
 * port has no `create`: a user without an identity would be unreachable.
 */
export interface UserStore {
  get(id: UserId): Promise<User | undefined>;
  /** Returns the updated user, or `undefined` when there is no such user. */
  updateSettings(id: UserId, patch: UserSettingsPatch): Promise<User | undefined>;
  /**
   * Removes the user and everything of theirs (identities, addresses, turns, journey
   * enrollments and progress, link codes) at once, leaving
   * nothing recoverable behind where the adapter can ensure it. False when there is no such user.
   * A later message from the same channel account starts a new user.
   */
  delete(id: UserId): Promise<boolean>;
}
