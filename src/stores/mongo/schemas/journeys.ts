import { Schema, type Types } from 'mongoose';
import type { DayCompletion, EnrollmentStatus, JourneyEnrollment } from '../../ports/index.ts';
import { dateOf, integerOf, optionalDateOf, textOf } from '../values.ts';
import { collectionOptions } from './options.ts';

const STATUSES: readonly EnrollmentStatus[] = ['active', 'paused', 'stopped', 'completed'];

export interface CompletionDoc {
  readonly day: number;
  readonly completedAt: Date;
}

/**
 * One enrollment with its completed days embedded: a day is completed by one conditional
 * update of this one document ("push day N unless it is there, while active"), which MongoDB
 * applies atomically, so two simultaneous completions of a day count once without a
 * transaction, and the completions go with the enrollment.
 */
export interface EnrollmentDoc {
  /** Insertion order: the tie-break in a user's history. */
  readonly _id: Types.ObjectId;
  readonly id: string;
  readonly userId: string;
  readonly journeyId: string;
  readonly status: string;
  /**
   * `true` while active or paused, absent otherwise. The partial unique index on
   * (userId) where inProgress is true is what allows one journey in progress per person;
   * an equality filter works on every MongoDB version, unlike `$in` in a partial index.
   */
  readonly inProgress?: boolean | null;
  readonly startedAt: Date;
  readonly updatedAt: Date;
  readonly paceDay: number;
  readonly paceAt: Date;
  readonly pausedAt?: Date | null;
  readonly endedAt?: Date | null;
  readonly completions: readonly CompletionDoc[];
  /** `completions.length`, kept in the same updates, so "has progress" is a plain filter. */
  readonly completedCount: number;
}

const completionSchema = new Schema<CompletionDoc>(
  {
    day: { type: Number, required: true, min: 1 },
    completedAt: { type: Date, required: true },
  },
  { _id: false },
);

export const enrollmentSchema = new Schema<EnrollmentDoc>(
  {
    id: { type: String, required: true },
    userId: { type: String, required: true },
    journeyId: { type: String, required: true },
    status: { type: String, required: true, enum: [...STATUSES] },
    inProgress: Boolean,
    startedAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
    paceDay: { type: Number, required: true, min: 1 },
    paceAt: { type: Date, required: true },
    pausedAt: Date,
    endedAt: Date,
    completions: { type: [completionSchema], default: [] },
    completedCount: { type: Number, required: true, default: 0 },
  },
  collectionOptions('journey_enrollments'),
);
enrollmentSchema.index({ id: 1 }, { unique: true });
enrollmentSchema.index(
  { userId: 1 },
  { unique: true, partialFilterExpression: { inProgress: true }, name: 'one_in_progress_per_user' },
);
enrollmentSchema.index({ userId: 1, startedAt: 1, _id: 1 });

function statusOf(value: unknown): EnrollmentStatus {
  const status = STATUSES.find((known) => known === value);
  if (status === undefined) throw new TypeError('field status is unknown');
  return status;
}

export function enrollmentFromDoc(doc: EnrollmentDoc): JourneyEnrollment {
  const pausedAt = optionalDateOf(doc.pausedAt, 'pausedAt');
  const endedAt = optionalDateOf(doc.endedAt, 'endedAt');
  return {
    id: textOf(doc.id, 'id'),
    userId: textOf(doc.userId, 'userId'),
    journeyId: textOf(doc.journeyId, 'journeyId'),
    status: statusOf(doc.status),
    startedAt: dateOf(doc.startedAt, 'startedAt'),
    updatedAt: dateOf(doc.updatedAt, 'updatedAt'),
    paceDay: integerOf(doc.paceDay, 'paceDay'),
    paceAt: dateOf(doc.paceAt, 'paceAt'),
    ...(pausedAt && { pausedAt }),
    ...(endedAt && { endedAt }),
  };
}

/** Ascending by day, as the port promises. */
export function completionsFromDoc(doc: Pick<EnrollmentDoc, 'completions'>): DayCompletion[] {
  return doc.completions
    .map((c) => ({
      day: integerOf(c.day, 'completions.day'),
      completedAt: dateOf(c.completedAt, 'completions.completedAt'),
    }))
    .sort((a, b) => a.day - b.day);
}

/** Completed days that belong to a journey of `totalDays` (as SQLite counts `day <= total`). */
export function countCompleted(doc: Pick<EnrollmentDoc, 'completions'>, totalDays: number): number {
  return doc.completions.filter((c) => c.day <= totalDays).length;
}
