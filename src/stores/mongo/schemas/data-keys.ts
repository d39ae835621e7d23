import { Schema } from 'mongoose';
import type { WrappedDataKey } from '../../ports/index.ts';
import { bytesOf, dateOf, textOf } from '../values.ts';
import { collectionOptions } from './options.ts';

export interface DataKeyDoc {
  /** The user id: one key per user, enforced by the primary key itself. */
  readonly _id: string;
  readonly masterKeyId: string;
  /** Only ever the wrapped key (see src/crypto), never the key itself. */
  readonly wrapped: unknown;
  readonly createdAt: Date;
  readonly wrappedAt: Date;
}

export const dataKeySchema = new Schema<DataKeyDoc>(
  {
    _id: { type: String, required: true },
    masterKeyId: { type: String, required: true },
    wrapped: { type: Buffer, required: true },
    createdAt: { type: Date, required: true },
    wrappedAt: { type: Date, required: true },
  },
  collectionOptions('user_data_keys'),
);
dataKeySchema.index({ masterKeyId: 1 });
// Rotation pages through keys oldest first.
dataKeySchema.index({ createdAt: 1, _id: 1 });

export function dataKeyFromDoc(doc: DataKeyDoc): WrappedDataKey {
  return {
    userId: textOf(doc._id, '_id'),
    masterKeyId: textOf(doc.masterKeyId, 'masterKeyId'),
    wrapped: bytesOf(doc.wrapped, 'wrapped'),
    createdAt: dateOf(doc.createdAt, 'createdAt'),
    wrappedAt: dateOf(doc.wrappedAt, 'wrappedAt'),
  };
}
