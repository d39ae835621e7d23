/**
 * A raw Telegram update → what the adapter should do with it. Pure: no grammY runtime, no I/O,
 * so every kind of update is a row in a table test.
 *
 * Sarathi is a one-to-one companion: only private chats are answered. In groups it stays silent
 * (a person's worries are not for a room, and a reply there would be read by everyone).
 */
import type { CallbackQuery, Message, Update } from 'grammy/types';
import type { InboundMessage } from '../../src/messages/index.ts';

/** Message kinds a person sends that carry no text we can read (answered with a short note). */
const MEDIA_KINDS = [
  'sticker',
  'photo',
  'voice',
  'video',
  'video_note',
  'audio',
  'document',
  'animation',
  'location',
  'venue',
  'contact',
  'poll',
  'dice',
  'story',
] as const;

export type UnsupportedKind = (typeof MEDIA_KINDS)[number];

export type IgnoredReason =
  'group-chat' | 'edited' | 'from-bot' | 'service-message' | 'no-callback-data' | 'other-update';

export type NormalizedUpdate =
  /** Hand to the engine; for a tapped button, also answer the callback query. */
  | {
      readonly kind: 'message';
      readonly message: InboundMessage;
      readonly callbackQueryId?: string;
    }
  /** A private message without text (a sticker, a voice note…): say that only text is read. */
  | {
      readonly kind: 'unsupported';
      readonly what: UnsupportedKind;
      readonly address: string;
      readonly channelUserId: string;
      readonly dedupeKey: string;
      readonly locale?: string;
    }
  | { readonly kind: 'ignored'; readonly reason: IgnoredReason };

export function normalizeUpdate(update: Update, receivedAt: Date): NormalizedUpdate {
  const dedupeKey = String(update.update_id);
  if (update.message !== undefined) return fromMessage(update.message, dedupeKey, receivedAt);
  if (update.callback_query !== undefined) {
    return fromCallbackQuery(update.callback_query, dedupeKey, receivedAt);
  }
  // An edit is a correction to something already answered; answering again would repeat us.
  if (update.edited_message !== undefined) return { kind: 'ignored', reason: 'edited' };
  return { kind: 'ignored', reason: 'other-update' };
}

function fromMessage(message: Message, dedupeKey: string, receivedAt: Date): NormalizedUpdate {
  if (message.chat.type !== 'private') return { kind: 'ignored', reason: 'group-chat' };
  const from = message.from;
  if (from === undefined || from.is_bot) return { kind: 'ignored', reason: 'from-bot' };
  const address = String(message.chat.id);
  const channelUserId = String(from.id);
  const locale = from.language_code;
  // A caption is the person's own words (a photo captioned "I can't go on" must still reach the
  // safety gate), so it is read like text.
  const text = message.text ?? message.caption;
  if (text !== undefined) {
    const replyTo = message.reply_to_message;
    return {
      kind: 'message',
      message: {
        channel: 'telegram',
        address,
        channelUserId,
        dedupeKey,
        text,
        receivedAt,
        ...(locale === undefined ? {} : { locale }),
        ...(replyTo?.from?.is_bot === true ? { replyTo: String(replyTo.message_id) } : {}),
      },
    };
  }
  const what = MEDIA_KINDS.find((kind) => message[kind] !== undefined);
  // Service messages (a pinned message, a payment…) are not something a person said.
  if (what === undefined) return { kind: 'ignored', reason: 'service-message' };
  return {
    kind: 'unsupported',
    what,
    address,
    channelUserId,
    dedupeKey,
    ...(locale === undefined ? {} : { locale }),
  };
}

function fromCallbackQuery(
  query: CallbackQuery,
  dedupeKey: string,
  receivedAt: Date,
): NormalizedUpdate {
  const origin = query.message;
  // Without the message the button was on we do not know the chat (inline-mode buttons).
  if (origin === undefined) return { kind: 'ignored', reason: 'other-update' };
  if (origin.chat.type !== 'private') return { kind: 'ignored', reason: 'group-chat' };
  if (query.data === undefined || query.data === '') {
    return { kind: 'ignored', reason: 'no-callback-data' };
  }
  const locale = query.from.language_code;
  return {
    kind: 'message',
    callbackQueryId: query.id,
    message: {
      channel: 'telegram',
      address: String(origin.chat.id),
      channelUserId: String(query.from.id),
      dedupeKey,
      // The tap carries no typed words; the engine reads `action`.
      text: '',
      action: query.data,
      replyTo: String(origin.message_id),
      receivedAt,
      ...(locale === undefined ? {} : { locale }),
    },
  };
}
