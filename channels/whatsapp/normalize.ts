/**
 * A whatsapp-web.js message → the engine's `InboundMessage`. Only text written in a one-to-one
 * chat is answered: groups, status updates, newsletters, our own messages and non-text messages
 * (media, calls, reactions, notifications) are ignored, so the bot never speaks where it was
 * not personally addressed.
 */
import type { InboundMessage } from '../../src/messages/index.ts';
import type { WhatsAppRawMessage } from './client-port.ts';
import { regionFromPhoneNumber } from './region.ts';

/** A phone-number chat ("15551234567@c.us") or a privacy-id chat ("…@lid", no number shown). */
const PRIVATE_CHAT = /^(\d{5,20})@(c\.us|lid)$/u;

export function toInboundMessage(
  message: WhatsAppRawMessage,
  receivedAt: Date,
): InboundMessage | undefined {
  if (message.fromMe || message.isStatus === true || message.type !== 'chat') return undefined;
  const chat = PRIVATE_CHAT.exec(message.from);
  if (chat === null) return undefined;
  const [, digits = '', server] = chat;
  // A @lid id is not a phone number, so it says nothing about the country.
  const region = server === 'c.us' ? regionFromPhoneNumber(digits) : undefined;
  return {
    channel: 'whatsapp',
    address: message.from,
    channelUserId: message.from,
    dedupeKey: message.id._serialized,
    text: message.body,
    ...(region === undefined ? {} : { region }),
    receivedAt,
  };
}
