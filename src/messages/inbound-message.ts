/**
 * The channel-neutral shape of one message a person sent. Every channel adapter normalizes
 * its raw update into this; the engine never sees a channel's own payload.
 */

/** Channels that can deliver messages to the engine. `cli` is the terminal (`sarathi ask|chat`). */
export type ChannelName = 'cli' | 'web' | 'telegram' | 'whatsapp' | 'botframework';

export const CHANNEL_NAMES: readonly ChannelName[] = [
  'cli',
  'web',
  'telegram',
  'whatsapp',
  'botframework',
];

export interface InboundMessage {
  readonly channel: ChannelName;
  /** Where replies go: chat id, conversation reference key, widget session. */
  readonly address: string;
  /** The sender's id on that channel. */
  readonly channelUserId: string;
  /** Unique per delivery (Telegram update_id, WhatsApp message id, …); absent for the CLI. */
  readonly dedupeKey?: string;
  readonly text: string;
  /** A quick-reply or button payload, when the person tapped one instead of typing. */
  readonly action?: string;
  /** The id of the bot message being answered (e.g. a journey prompt). */
  readonly replyTo?: string;
  /** BCP 47 tag the channel reports, e.g. "hi-IN". */
  readonly locale?: string;
  /** ISO 3166-1 alpha-2 country, when the channel knows it. */
  readonly region?: string;
  /** IANA time zone, when the channel knows it. */
  readonly timeZone?: string;
  readonly receivedAt: Date;
}
