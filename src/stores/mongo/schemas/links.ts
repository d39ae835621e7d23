import { Schema } from 'mongoose';
import { collectionOptions } from './options.ts';

export interface LinkCodeDoc {
  /** The SHA-256 of the code (hex); the code itself is never stored. */
  readonly _id: string;
  readonly userId: string;
  readonly createdAt: Date;
  readonly expiresAt: Date;
  readonly usedAt?: Date | null;
}

export interface LinkAttemptDoc {
  readonly userId: string;
  readonly at: Date;
}

export const linkCodeSchema = new Schema<LinkCodeDoc>(
  {
    _id: { type: String, required: true },
    userId: { type: String, required: true },
    createdAt: { type: Date, required: true },
    expiresAt: { type: Date, required: true },
    usedAt: Date,
  },
  collectionOptions('link_codes'),
);
linkCodeSchema.index({ userId: 1, createdAt: 1 });
linkCodeSchema.index({ expiresAt: 1 });

// Wrong codes entered, per person entering them: the brake on guessing.
export const linkAttemptSchema = new Schema<LinkAttemptDoc>(
  {
    userId: { type: String, required: true },
    at: { type: Date, required: true },
  },
  collectionOptions('link_attempts'),
);
linkAttemptSchema.index({ userId: 1, at: 1 });
linkAttemptSchema.index({ at: 1 });
