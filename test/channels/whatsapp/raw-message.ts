/**
 * Incoming messages as whatsapp-web.js hands them to `message` listeners: the library's own
 * `Message` class, patched from a model shaped like the one WhatsApp Web's page returns
 * (`window.WWebJS.getMessageModel`), so normalize sees exactly the fields production sees.
 */
import wwebjs from 'whatsapp-web.js';
import type { WhatsAppRawMessage } from '../../../channels/whatsapp/index.ts';

export const BOT_ID = '15550001111@c.us';

export interface RawMessageFields {
  readonly from: string;
  readonly body?: string;
  /** WhatsApp's own message id (the part after the chat in `_serialized`). */
  readonly id?: string;
  readonly type?: string;
  readonly fromMe?: boolean;
  /** Who wrote it, in a group or a status update. */
  readonly author?: string;
}

// The typings declare `Message` as an interface; at run time it is the class the client uses.
const MessageClass = (
  wwebjs as unknown as { Message: new (client: unknown, data: object) => WhatsAppRawMessage }
).Message;

let counter = 0;

export function rawMessage(fields: RawMessageFields, client: unknown = {}): WhatsAppRawMessage {
  const messageId = fields.id ?? `3EB0${(++counter).toString(16).toUpperCase().padStart(16, '0')}`;
  const fromMe = fields.fromMe ?? false;
  const remote = fields.from;
  const serialized =
    fields.author === undefined
      ? `${fromMe}_${remote}_${messageId}`
      : `${fromMe}_${remote}_${messageId}_${fields.author}`;
  const model = {
    id: { fromMe, remote, id: messageId, _serialized: serialized },
    body: fields.body ?? '',
    type: fields.type ?? 'chat',
    t: 1767225600,
    from: fromMe ? BOT_ID : remote,
    to: fromMe ? remote : BOT_ID,
    ...(fields.author === undefined ? {} : { author: fields.author }),
    ack: 1,
    isNewMsg: true,
    star: false,
    broadcast: false,
    isForwarded: false,
    forwardingScore: 0,
    mentionedJidList: [],
    groupMentions: [],
    links: [],
  };
  return new MessageClass(client, model);
}
