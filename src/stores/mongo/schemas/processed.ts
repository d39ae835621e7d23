import { Schema } from 'mongoose';
import { collectionOptions } from './options.ts';

export interface ProcessedDoc {
  readonly channel: string;
  readonly dedupeKey: string;
  readonly seenAt: Date;
}

export const processedSchema = new Schema<ProcessedDoc>(
  {
    channel: { type: String, required: true },
    dedupeKey: { type: String, required: true },
    seenAt: { type: Date, required: true },
  },
  collectionOptions('processed_inbound'),
);
// The unique index decides between concurrent deliveries: the second insert fails, atomically.
processedSchema.index({ channel: 1, dedupeKey: 1 }, { unique: true });
// Expiry is the port's explicit purge (housekeeping picks the cutoff), not a TTL index: one
// rule for both adapters, and the cutoff stays the caller's.
processedSchema.index({ seenAt: 1 });
