import type { ChannelName } from '../../messages/index.ts';

/**
 * What a channel must remember about an address to reach it later without an inbound message —
 * e.g. a Bot Framework conversation reference (ids and the connector URL, never message text).
 * One JSON document per (channel, address), replaced on every write. Deleting the user who owns
 * the address deletes it too.
 */
export interface ChannelStateStore {
  put(channel: ChannelName, address: string, json: string, at: Date): Promise<void>;
  get(channel: ChannelName, address: string): Promise<string | undefined>;
}
