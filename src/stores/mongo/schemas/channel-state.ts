import { Schema } from 'mongoose';
import { collectionOptions } from './options.ts';

export interface ChannelStateDoc {
  readonly channel: string;
  readonly address: string;
  /** The channel's JSON document, kept as text exactly as given (as SQLite does). */
  readonly json: string;
  readonly updatedAt: Date;
}

// Keyed by the address, not tied to channel_addresses: a channel saves its state before the
// first message has created the address. Deleting a user removes their addresses' state.
export const channelStateSchema = new Schema<ChannelStateDoc>(
  {
    channel: { type: String, required: true },
    address: { type: String, required: true },
    json: { type: String, required: true },
    updatedAt: { type: Date, required: true },
  },
  collectionOptions('channel_state'),
);
channelStateSchema.index({ channel: 1, address: 1 }, { unique: true });
