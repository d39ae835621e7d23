import type { Update } from 'grammy/types';
import { normalizeUpdate, type NormalizedUpdate } from '../../../channels/telegram/index.ts';
import {
  BOT_ID,
  callbackUpdate,
  editedUpdate,
  groupUpdate,
  person,
  photoUpdate,
  stickerUpdate,
  textUpdate,
} from './updates.ts';

const at = new Date('2026-11-22T10:00:00Z');
const asha = person('hi');
const ravi = person(null);

describe('normalizeUpdate', () => {
  const cases: Array<[string, Update, NormalizedUpdate]> = [
    [
      'a private text message becomes an inbound message keyed by its update_id',
      textUpdate(asha, 'I feel lost', 900_001),
      {
        kind: 'message',
        message: {
          channel: 'telegram',
          address: String(asha.id),
          channelUserId: String(asha.id),
          dedupeKey: '900001',
          text: 'I feel lost',
          locale: 'hi',
          receivedAt: at,
        },
      },
    ],
    [
      'a command keeps its text for the engine (and no locale when Telegram sends none)',
      textUpdate(ravi, '/verse 2.47', 900_002),
      {
        kind: 'message',
        message: {
          channel: 'telegram',
          address: String(ravi.id),
          channelUserId: String(ravi.id),
          dedupeKey: '900002',
          text: '/verse 2.47',
          receivedAt: at,
        },
      },
    ],
    [
      'a caption is read as the person’s words',
      { ...photoUpdate(asha, 'cannot sleep'), update_id: 900_003 },
      {
        kind: 'message',
        message: {
          channel: 'telegram',
          address: String(asha.id),
          channelUserId: String(asha.id),
          dedupeKey: '900003',
          text: 'cannot sleep',
          locale: 'hi',
          receivedAt: at,
        },
      },
    ],
    [
      'a sticker is a message without text',
      { ...stickerUpdate(asha), update_id: 900_004 },
      {
        kind: 'unsupported',
        what: 'sticker',
        address: String(asha.id),
        channelUserId: String(asha.id),
        dedupeKey: '900004',
        locale: 'hi',
      },
    ],
    [
      'a photo without caption is a message without text',
      { ...photoUpdate(ravi), update_id: 900_005 },
      {
        kind: 'unsupported',
        what: 'photo',
        address: String(ravi.id),
        channelUserId: String(ravi.id),
        dedupeKey: '900005',
      },
    ],
    [
      'a group message is left alone',
      groupUpdate(asha, 'hello all'),
      { kind: 'ignored', reason: 'group-chat' },
    ],
    [
      'an edited message is not answered again',
      editedUpdate(asha, 'edit'),
      { kind: 'ignored', reason: 'edited' },
    ],
    [
      'a message from another bot is ignored',
      textUpdate({ ...asha, from: { ...asha.from, is_bot: true } }, 'beep'),
      { kind: 'ignored', reason: 'from-bot' },
    ],
    [
      'a service message in a private chat is ignored',
      {
        update_id: 900_006,
        message: {
          message_id: 5,
          from: asha.from,
          chat: asha.chat,
          date: 1,
          write_access_allowed: {},
        },
      },
      { kind: 'ignored', reason: 'service-message' },
    ],
    [
      'a channel post is another kind of update',
      {
        update_id: 900_007,
        channel_post: {
          message_id: 1,
          date: 1,
          chat: { id: -100, title: 'News', type: 'channel' },
          text: 'x',
        },
      },
      { kind: 'ignored', reason: 'other-update' },
    ],
  ];

  it.each(cases)('%s', (_name, update, expected) => {
    expect(normalizeUpdate(update, at)).toEqual(expected);
  });

  it('turns a button tap into an action on the message it was attached to', () => {
    const update = callbackUpdate(asha, 'another-verse');
    expect(normalizeUpdate(update, at)).toEqual({
      kind: 'message',
      callbackQueryId: update.callback_query?.id,
      message: {
        channel: 'telegram',
        address: String(asha.id),
        channelUserId: String(asha.id),
        dedupeKey: String(update.update_id),
        text: '',
        action: 'another-verse',
        replyTo: '4242',
        locale: 'hi',
        receivedAt: at,
      },
    });
  });

  it('ignores taps without data, in groups, or on inline-mode messages', () => {
    const tap = callbackUpdate(asha, 'x');
    const query = tap.callback_query;
    if (query?.message === undefined) throw new Error('fixture has no message');
    const variants: Array<[Update, string]> = [
      [{ ...tap, callback_query: { ...query, data: '' } }, 'no-callback-data'],
      [
        {
          ...tap,
          callback_query: {
            ...query,
            message: { ...query.message, chat: { id: -5, title: 'G', type: 'group' } },
          },
        },
        'group-chat',
      ],
      [
        {
          ...tap,
          callback_query: {
            id: 'q',
            from: asha.from,
            chat_instance: '1',
            inline_message_id: 'AAA',
            data: 'x',
          },
        },
        'other-update',
      ],
    ];
    for (const [update, reason] of variants) {
      expect(normalizeUpdate(update, at)).toEqual({ kind: 'ignored', reason });
    }
  });

  it('notes which bot message a reply answers, and only a bot message', () => {
    const base = textUpdate(asha, 'yes');
    const message = base.message;
    if (message === undefined) throw new Error('fixture has no message');
    const botMessage = {
      message_id: 321,
      from: { id: BOT_ID, is_bot: true, first_name: 'Sarathi' },
      chat: asha.chat,
      date: 1,
      text: 'How was today?',
      reply_to_message: undefined,
    };
    const toBot = normalizeUpdate(
      { ...base, message: { ...message, reply_to_message: botMessage } },
      at,
    );
    expect(toBot.kind === 'message' && toBot.message.replyTo).toBe('321');
    const toSelf = normalizeUpdate(
      {
        ...base,
        message: { ...message, reply_to_message: { ...botMessage, from: asha.from } },
      },
      at,
    );
    expect(toSelf.kind === 'message' && toSelf.message.replyTo).toBeUndefined();
  });
});
