import { toInboundMessage, WELCOME_COMMAND } from '../../../channels/botframework/index.ts';
import type { IncomingActivity } from '../../../channels/botframework/index.ts';

const receivedAt = new Date('2026-11-22T10:00:00Z');

const message: IncomingActivity = {
  type: 'message',
  id: '1700000000000',
  channelId: 'msteams',
  serviceUrl: 'https://smba.trafficmanager.net/in/',
  from: { id: '29:person', name: 'Asha', aadObjectId: 'aad-1' },
  recipient: { id: '28:sarathi', name: 'Sarathi' },
  conversation: { id: 'a:conversation-1', conversationType: 'personal', tenantId: 'tenant-1' },
  text: 'I feel lost',
  locale: 'en-US',
};

const base = {
  channel: 'botframework',
  address: 'a:conversation-1',
  channelUserId: '29:person',
  dedupeKey: 'a:conversation-1|1700000000000',
  receivedAt,
};

describe('toInboundMessage', () => {
  const cases: Array<[string, IncomingActivity, object | undefined]> = [
    ['a typed message', message, { ...base, text: 'I feel lost', locale: 'en-US' }],
    [
      'a tapped messageBack carries its payload as the action',
      { ...message, text: 'another-verse', value: { action: 'another-verse' } },
      { ...base, text: 'another-verse', action: 'another-verse', locale: 'en-US' },
    ],
    [
      'an Adaptive Card submit (no text) carries its data.action',
      { ...message, text: undefined, value: { action: '/help', msteams: { type: 'messageBack' } } },
      { ...base, text: '', action: '/help', locale: 'en-US' },
    ],
    [
      'a bare string value is an action too',
      { ...message, value: 'another-verse' },
      { ...base, text: 'I feel lost', action: 'another-verse', locale: 'en-US' },
    ],
    [
      'an empty or non-string action is ignored',
      { ...message, value: { action: 42 } },
      { ...base, text: 'I feel lost', locale: 'en-US' },
    ],
    [
      'the reply-to id of a card the person answered',
      { ...message, replyToId: 'bot-message-7' },
      { ...base, text: 'I feel lost', replyTo: 'bot-message-7', locale: 'en-US' },
    ],
    [
      'the bot mention Teams puts in group messages is removed',
      {
        ...message,
        text: '<at>Sarathi</at> I feel lost',
        entities: [
          {
            type: 'mention',
            mentioned: { id: '28:sarathi', name: 'Sarathi' },
            text: '<at>Sarathi</at>',
          },
          { type: 'mention', mentioned: { id: '29:other' }, text: '<at>Ravi</at>' },
        ],
      },
      { ...base, text: 'I feel lost', locale: 'en-US' },
    ],
    [
      'time zone, country and locale from Teams clientInfo when the activity lacks them',
      {
        ...message,
        locale: undefined,
        entities: [
          {
            type: 'clientInfo',
            locale: 'hi-IN',
            country: 'in',
            timezone: 'Asia/Kolkata',
            platform: 'Android',
          },
        ],
      },
      { ...base, text: 'I feel lost', locale: 'hi-IN', region: 'IN', timeZone: 'Asia/Kolkata' },
    ],
    [
      'invalid locale, zone and country are dropped rather than passed on',
      {
        ...message,
        locale: 'not a locale!',
        localTimezone: 'Mars/Olympus',
        entities: [{ type: 'clientInfo', country: 'India' }],
      },
      { ...base, text: 'I feel lost' },
    ],
    [
      'the bot joining a one-to-one chat becomes the welcome command',
      {
        ...message,
        type: 'conversationUpdate',
        text: undefined,
        membersAdded: [{ id: '28:sarathi' }],
      },
      { ...base, text: WELCOME_COMMAND, locale: 'en-US' },
    ],
    [
      'a member joining a group chat gets no welcome',
      {
        ...message,
        type: 'conversationUpdate',
        conversation: { id: 'a:conversation-1', isGroup: true },
        membersAdded: [{ id: '28:sarathi' }],
      },
      undefined,
    ],
    [
      'a conversation update without the bot joining is ignored',
      { ...message, type: 'conversationUpdate', membersAdded: [{ id: '29:person' }] },
      undefined,
    ],
    ['typing is ignored', { ...message, type: 'typing' }, undefined],
    ['an invoke is ignored', { ...message, type: 'invoke' }, undefined],
    ['the bot’s own message is ignored', { ...message, from: { id: '28:sarathi' } }, undefined],
    ['no activity id: nothing to dedupe by', { ...message, id: undefined }, undefined],
    ['no conversation: nowhere to answer', { ...message, conversation: undefined }, undefined],
    [
      'fields of the wrong type do not crash it',
      { ...message, text: 7, entities: 'x', membersAdded: 'y' } as unknown as IncomingActivity,
      { ...base, text: '', locale: 'en-US' },
    ],
  ];

  it.each(cases)('%s', (_name, activity, expected) => {
    expect(toInboundMessage(activity, receivedAt)).toEqual(expected);
  });

  it('scopes the dedupe key by conversation: Teams reuses timestamp ids across chats', () => {
    const first = toInboundMessage(message, receivedAt);
    const second = toInboundMessage(
      { ...message, conversation: { id: 'a:conversation-2' } },
      receivedAt,
    );
    expect(first?.dedupeKey).not.toBe(second?.dedupeKey);
  });
});
