/**
 * Which channels run, from configuration: the web widget always; Telegram when a bot token is
 * set; WhatsApp only when explicitly enabled; Teams when an app id is set (or, in the embedded
 * mode, on loopback only). Channel adapters join this list as they land.
 */
import type { ChannelAdapter } from '../../channels/index.ts';
import type { Config } from '../config/index.ts';

export interface ChannelDeps {
  readonly config: Config;
}

export function buildChannels(_deps: ChannelDeps): ChannelAdapter[] {
  return [];
}
