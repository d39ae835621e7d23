import { Schema } from 'mongoose';
import type { NudgeContentRef, PendingNudge } from '../../ports/index.ts';
import { dateOf, integerOf, optionalDateOf, textOf } from '../values.ts';
import { collectionOptions } from './options.ts';

/** A nudge waiting for the web widget: the content by reference only, never rendered text. */
export interface PendingNudgeDoc {
  readonly userId: string;
  readonly localDate: string;
  readonly kind: 'journey' | 'verse';
  readonly journeyId?: string | null;
  readonly journeyDay?: number | null;
  readonly verseRef?: string | null;
  readonly createdAt: Date;
  readonly shownAt?: Date | null;
}

export const pendingNudgeSchema = new Schema<PendingNudgeDoc>(
  {
    userId: { type: String, required: true },
    localDate: { type: String, required: true },
    kind: { type: String, required: true, enum: ['journey', 'verse'] },
    journeyId: String,
    journeyDay: Number,
    verseRef: String,
    createdAt: { type: Date, required: true },
    shownAt: Date,
  },
  collectionOptions('pending_nudges'),
);
// One per (user, local date): a retried job's second insert is refused.
pendingNudgeSchema.index(
  { userId: 1, localDate: 1 },
  { unique: true, name: 'pending_nudges_user_date' },
);
// The newest waiting nudge of a person (the widget's take).
pendingNudgeSchema.index(
  { userId: 1, localDate: -1 },
  { partialFilterExpression: { shownAt: null }, name: 'pending_nudges_waiting' },
);

export function contentToDoc(content: NudgeContentRef): {
  kind: 'journey' | 'verse';
  journeyId?: string;
  journeyDay?: number;
  verseRef?: string;
} {
  return content.kind === 'journey'
    ? { kind: 'journey', journeyId: content.journeyId, journeyDay: content.day }
    : { kind: 'verse', verseRef: content.ref };
}

export function pendingNudgeFromDoc(doc: PendingNudgeDoc): PendingNudge {
  const content: NudgeContentRef =
    doc.kind === 'journey'
      ? {
          kind: 'journey',
          journeyId: textOf(doc.journeyId, 'journeyId'),
          day: integerOf(doc.journeyDay, 'journeyDay'),
        }
      : { kind: 'verse', ref: textOf(doc.verseRef, 'verseRef') };
  const shownAt = optionalDateOf(doc.shownAt, 'shownAt');
  return {
    userId: textOf(doc.userId, 'userId'),
    localDate: textOf(doc.localDate, 'localDate'),
    content,
    createdAt: dateOf(doc.createdAt, 'createdAt'),
    ...(shownAt === undefined ? {} : { shownAt }),
  };
}
