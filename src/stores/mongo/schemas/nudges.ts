import { Schema } from 'mongoose';
import { CHANNEL_NAMES, type ChannelName } from '../../../messages/index.ts';
import type { NudgeDelivery, NudgeStatus } from '../../ports/index.ts';
import { dateOf, integerOf, optionalDateOf, optionalTextOf, textOf } from '../values.ts';
import { collectionOptions } from './options.ts';

const STATUSES: readonly NudgeStatus[] = ['claimed', 'released', 'sent', 'skipped', 'failed'];

/** One day's nudge for one person; `(userId, localDate)` is unique, as SQLite's primary key. */
export interface NudgeDeliveryDoc {
  readonly userId: string;
  /** "YYYY-MM-DD" in the user's time zone. */
  readonly localDate: string;
  readonly status: string;
  readonly leaseOwner?: string | null;
  /** Present while `claimed` (every grant sets it); removed when the claim finishes. */
  readonly leaseUntil?: Date | null;
  readonly claims: number;
  readonly takeovers: number;
  readonly channel?: string | null;
  readonly reason?: string | null;
  readonly updatedAt: Date;
}

/** The verse given to one person on one local date, in a cycle through the order. */
export interface VerseOfDayDoc {
  readonly userId: string;
  readonly localDate: string;
  readonly cycle: number;
  readonly ref: string;
}

export const nudgeDeliverySchema = new Schema<NudgeDeliveryDoc>(
  {
    userId: { type: String, required: true },
    localDate: { type: String, required: true },
    status: { type: String, required: true, enum: [...STATUSES] },
    leaseOwner: String,
    leaseUntil: Date,
    claims: { type: Number, required: true, min: 0 },
    takeovers: { type: Number, required: true, min: 0 },
    channel: String,
    reason: String,
    updatedAt: { type: Date, required: true },
  },
  collectionOptions('nudge_deliveries'),
);
// The unique index decides between concurrent first claims of a day: the second insert fails.
nudgeDeliverySchema.index({ userId: 1, localDate: 1 }, { unique: true });

export const verseOfDaySchema = new Schema<VerseOfDayDoc>(
  {
    userId: { type: String, required: true },
    localDate: { type: String, required: true },
    cycle: { type: Number, required: true, min: 1 },
    ref: { type: String, required: true },
  },
  collectionOptions('verse_of_day'),
);
// One ref per (user, local date); a ref appears once per cycle. The second index also serves
// "the user's latest cycle" and "the refs given in a cycle".
verseOfDaySchema.index({ userId: 1, localDate: 1 }, { unique: true });
verseOfDaySchema.index({ userId: 1, cycle: 1, ref: 1 }, { unique: true });

function statusOf(value: unknown): NudgeStatus {
  const status = STATUSES.find((known) => known === value);
  if (status === undefined) throw new TypeError('field status is not a nudge status');
  return status;
}

export function deliveryFromDoc(doc: NudgeDeliveryDoc): NudgeDelivery {
  const leaseOwner = optionalTextOf(doc.leaseOwner, 'leaseOwner');
  const leaseUntil = optionalDateOf(doc.leaseUntil, 'leaseUntil');
  // As in SQLite: a channel since removed from the code reads as "no channel", not a failure.
  const channel: ChannelName | undefined = CHANNEL_NAMES.find((name) => name === doc.channel);
  const reason = optionalTextOf(doc.reason, 'reason');
  return {
    userId: textOf(doc.userId, 'userId'),
    localDate: textOf(doc.localDate, 'localDate'),
    status: statusOf(doc.status),
    ...(leaseOwner !== undefined && { leaseOwner }),
    ...(leaseUntil && { leaseUntil }),
    claims: integerOf(doc.claims, 'claims'),
    takeovers: integerOf(doc.takeovers, 'takeovers'),
    ...(channel !== undefined && { channel }),
    ...(reason !== undefined && { reason }),
    updatedAt: dateOf(doc.updatedAt, 'updatedAt'),
  };
}

export function verseFromDoc(doc: Pick<VerseOfDayDoc, 'ref' | 'cycle'>): {
  ref: string;
  cycle: number;
} {
  return { ref: textOf(doc.ref, 'ref'), cycle: integerOf(doc.cycle, 'cycle') };
}
