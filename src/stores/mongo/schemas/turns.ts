import { Schema, type Types } from 'mongoose';
import type { ConversationTurn, TurnRole } from '../../ports/index.ts';
import { dateOf, optionalBytesOf, optionalTextOf, textOf } from '../values.ts';
import { collectionOptions } from './options.ts';

export interface TurnDoc {
  /** Also the turn's id (hex) and the tie-break between turns of the same millisecond. */
  readonly _id: Types.ObjectId;
  readonly userId: string;
  readonly role: string;
  readonly kind: string;
  readonly at: Date;
  readonly citations: readonly string[];
  readonly themeId?: string | null;
  /** Ciphertext under the user's data key; never plaintext. */
  readonly sealed?: unknown;
}

export const turnSchema = new Schema<TurnDoc>(
  {
    userId: { type: String, required: true },
    role: { type: String, required: true, enum: ['user', 'assistant'] },
    kind: { type: String, required: true },
    at: { type: Date, required: true },
    citations: { type: [String], required: true },
    themeId: String,
    sealed: Buffer,
  },
  collectionOptions('conversation_turns'),
);
turnSchema.index({ userId: 1, at: -1, _id: -1 });
turnSchema.index({ at: 1 });

function roleOf(value: unknown): TurnRole {
  if (value !== 'user' && value !== 'assistant') throw new TypeError('field role is unknown');
  return value;
}

export function turnFromDoc(doc: TurnDoc): ConversationTurn {
  if (!Array.isArray(doc.citations) || !doc.citations.every((ref) => typeof ref === 'string')) {
    throw new TypeError('field citations is not a list of refs');
  }
  const themeId = optionalTextOf(doc.themeId, 'themeId');
  const sealed = optionalBytesOf(doc.sealed, 'sealed');
  return {
    id: doc._id.toHexString(),
    userId: textOf(doc.userId, 'userId'),
    role: roleOf(doc.role),
    kind: textOf(doc.kind, 'kind'),
    at: dateOf(doc.at, 'at'),
    citations: [...doc.citations],
    ...(themeId !== undefined && { themeId }),
    ...(sealed !== undefined && { sealed }),
  };
}
