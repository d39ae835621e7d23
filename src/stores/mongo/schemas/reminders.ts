import { Schema } from 'mongoose';
import type { ReminderPatch, ReminderSettings } from '../../ports/index.ts';
import { dateOf, optionalTextOf, textOf } from '../values.ts';
import { collectionOptions } from './options.ts';

export interface ReminderDoc {
  /** The user id: one record per user, enforced by the primary key itself. */
  readonly _id: string;
  /** "HH:MM"; absent means reminders are off. A cleared field is removed, never null. */
  readonly time?: string | null;
  /** "HH:MM-HH:MM" or "off"; absent means the default span. */
  readonly quietHours?: string | null;
  readonly updatedAt: Date;
}

/**
 * "Has a reminder time": the filter of `listActive` and of the partial index that serves it
 * (SQLite's `reminders_active … WHERE time IS NOT NULL`). The query must repeat the index's
 * filter exactly for MongoDB to use the index.
 */
export const ACTIVE_REMINDER = { time: { $type: 'string' } } as const;

export const reminderSchema = new Schema<ReminderDoc>(
  {
    _id: { type: String, required: true },
    time: String,
    quietHours: String,
    updatedAt: { type: Date, required: true },
  },
  collectionOptions('reminders'),
);
// Pages of users with a time, in user id order; people who turned reminders off are not in it.
reminderSchema.index(
  { _id: 1, time: 1 },
  { partialFilterExpression: ACTIVE_REMINDER, name: 'reminders_active' },
);

export function reminderFromDoc(doc: ReminderDoc): ReminderSettings {
  const time = optionalTextOf(doc.time, 'time');
  const quietHours = optionalTextOf(doc.quietHours, 'quietHours');
  return {
    userId: textOf(doc._id, '_id'),
    ...(time !== undefined && { time }),
    ...(quietHours !== undefined && { quietHours }),
    updatedAt: dateOf(doc.updatedAt, 'updatedAt'),
  };
}

export interface ReminderUpdate {
  readonly $set: Record<string, string | Date>;
  readonly $unset?: Record<string, ''>;
}

/**
 * A patch as one update (also the upsert that creates the record): a value sets the field,
 * `null` removes it, absent keeps it; `updatedAt` always moves to `at`.
 */
export function reminderUpdate(patch: ReminderPatch, at: Date): ReminderUpdate {
  const $set: Record<string, string | Date> = { updatedAt: at };
  const $unset: Record<string, ''> = {};
  for (const field of ['time', 'quietHours'] as const) {
    const value = patch[field];
    if (value === null) $unset[field] = '';
    else if (value !== undefined) $set[field] = value;
  }
  return Object.keys($unset).length === 0 ? { $set } : { $set, $unset };
}
