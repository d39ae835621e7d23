import { Schema } from 'mongoose';
import type { User, UserSettings, UserSettingsPatch } from '../../ports/index.ts';
import { CHANNEL_NAMES } from '../../../messages/index.ts';
import { dateOf, optionalTextOf, textOf } from '../values.ts';
import { collectionOptions } from './options.ts';

export interface UserDoc {
  /** The user id (a UUID). */
  readonly _id: string;
  readonly createdAt: Date;
  readonly locale?: string | null;
  readonly region?: string | null;
  readonly timeZone?: string | null;
  readonly preferredChannel?: string | null;
  /**
   * Bumped by every write that needs its user to exist (a reflection, a data key, a journey…),
   * in the same transaction. MongoDB has no foreign keys: the bump makes such a write and the
   * user's deletion conflict, so one of them retries and no record outlives its user.
   */
  readonly writes?: number;
}

export const userSchema = new Schema<UserDoc>(
  {
    _id: { type: String, required: true },
    createdAt: { type: Date, required: true },
    locale: String,
    region: String,
    timeZone: String,
    preferredChannel: String,
    writes: Number,
  },
  collectionOptions('users'),
);

export function userFromDoc(doc: UserDoc): User {
  const settings: { -readonly [K in keyof UserSettings]: UserSettings[K] } = {};
  const locale = optionalTextOf(doc.locale, 'locale');
  const region = optionalTextOf(doc.region, 'region');
  const timeZone = optionalTextOf(doc.timeZone, 'timeZone');
  // A channel since removed from the code reads as "no preference" rather than failing.
  const preferredChannel = CHANNEL_NAMES.find((name) => name === doc.preferredChannel);
  if (locale !== undefined) settings.locale = locale;
  if (region !== undefined) settings.region = region;
  if (timeZone !== undefined) settings.timeZone = timeZone;
  if (preferredChannel !== undefined) settings.preferredChannel = preferredChannel;
  return { id: textOf(doc._id, '_id'), createdAt: dateOf(doc.createdAt, 'createdAt'), settings };
}

export interface SettingsUpdate {
  readonly $set: Record<string, string>;
  readonly $unset: Record<string, ''>;
}

/** A patch as one update: a value sets the field, `null` removes it, absent keeps it. */
export function settingsUpdate(patch: UserSettingsPatch): SettingsUpdate {
  const $set: Record<string, string> = {};
  const $unset: Record<string, ''> = {};
  for (const field of ['locale', 'region', 'timeZone', 'preferredChannel'] as const) {
    const value = patch[field];
    if (value === null) $unset[field] = '';
    else if (value !== undefined) $set[field] = value;
  }
  return { $set, $unset };
}
