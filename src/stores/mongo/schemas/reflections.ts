import { Schema, type Types } from 'mongoose';
import type { SealedReflection } from '../../ports/index.ts';
import { bytesOf, dateOf, integerOf, optionalTextOf, textOf } from '../values.ts';
import { collectionOptions } from './options.ts';

// Ciphertext, IV and tag only: no field holds plaintext, a hash or any searchable derivative.
export interface ReflectionDoc {
  /** Insertion order: the tie-break between reflections of the same millisecond. */
  readonly _id: Types.ObjectId;
  /** The caller's id, which the ciphertext is bound to. */
  readonly id: string;
  readonly userId: string;
  readonly createdAt: Date;
  readonly iv: unknown;
  readonly tag: unknown;
  readonly ciphertext: unknown;
  readonly journeyId?: string | null;
  readonly journeyDay?: number | null;
}

export const reflectionSchema = new Schema<ReflectionDoc>(
  {
    id: { type: String, required: true },
    userId: { type: String, required: true },
    createdAt: { type: Date, required: true },
    iv: { type: Buffer, required: true },
    tag: { type: Buffer, required: true },
    ciphertext: { type: Buffer, required: true },
    journeyId: String,
    journeyDay: Number,
  },
  collectionOptions('reflections'),
);
reflectionSchema.index({ id: 1 }, { unique: true });
reflectionSchema.index({ userId: 1, createdAt: -1, _id: -1 });

export function reflectionFromDoc(doc: ReflectionDoc): SealedReflection {
  const journeyId = optionalTextOf(doc.journeyId, 'journeyId');
  const journeyDay =
    doc.journeyDay === undefined || doc.journeyDay === null
      ? undefined
      : integerOf(doc.journeyDay, 'journeyDay');
  return {
    id: textOf(doc.id, 'id'),
    userId: textOf(doc.userId, 'userId'),
    createdAt: dateOf(doc.createdAt, 'createdAt'),
    iv: bytesOf(doc.iv, 'iv'),
    tag: bytesOf(doc.tag, 'tag'),
    ciphertext: bytesOf(doc.ciphertext, 'ciphertext'),
    ...(journeyId !== undefined && { journeyId }),
    ...(journeyDay !== undefined && { journeyDay }),
  };
}
