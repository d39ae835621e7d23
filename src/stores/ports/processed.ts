import type { ChannelName } from '../../messages/index.ts';

/**
 * Inbound delivery keys already handled, so a webhook retried by its channel is answered once.
 * Durable across restarts; atomic under concurrency (exactly one caller sees `true`).
 */
export interface ProcessedInboundStore {
  /** `true` the first time (channel, dedupeKey) is seen, `false` on every later call. */
  markFirstSeen(channel: ChannelName, dedupeKey: string, at: Date): Promise<boolean>;
  /** Forgets keys first seen before `cutoff`; returns how many were removed. */
  purgeOlderThan(cutoff: Date): Promise<number>;
}
