import type { UserId } from './users.ts';

/**
 * Someone's daily reminder: the local time ("HH:MM") and their quiet hours. The time zone is the
 * user's own setting (`UserSettings.timeZone`), shared with everything else that needs it.
 * `time` absent means reminders are off; `quietHours` absent means the default span applies and
 * `'off'` means the person turned quiet hours off.
 */
export interface ReminderSettings {
  readonly userId: UserId;
  readonly time?: string;
  /** "HH:MM-HH:MM" or "off". */
  readonly quietHours?: string;
  readonly updatedAt: Date;
}

/** A key with a value sets it, `null` clears it, an absent key leaves it as is. */
export interface ReminderPatch {
  readonly time?: string | null;
  readonly quietHours?: string | null;
}

/**
 * Contract: one record per user, removed with the user. Values are checked by the caller (the
 * commands parse times and spans); the store keeps what it is given, in the same form.
 */
export interface ReminderStore {
  get(userId: UserId): Promise<ReminderSettings | undefined>;
  /** Creates or updates; `undefined` when there is no such user. */
  update(userId: UserId, patch: ReminderPatch, at: Date): Promise<ReminderSettings | undefined>;
  /** Forgets the record (`/stop`); false when there was none. */
  remove(userId: UserId): Promise<boolean>;
  /** Users with a reminder time, in user id order, `limit` at a time after `afterUserId`. */
  listActive(page: { afterUserId?: UserId; limit: number }): Promise<ReminderSettings[]>;
}
