/**
 * The WhatsApp channel end to end: a fake client at the port emits the library's own `Message`
 * objects, the REAL engine (real SQLite, real knowledge layer) answers, the shared delivery path
 * sends, and the fake records exactly what would have gone to whatsapp-web.js. No Chromium.
 */
import { Writable } from 'node:stream';
import wwebjs from 'whatsapp-web.js';
import { ChannelSendError, createDelivery, type ChannelContext } from '../../../channels/index.ts';
import {
  createWhatsAppChannel,
  WORD_JOINER as J,
  type WhatsAppChannel,
  type WhatsAppChannelOptions,
} from '../../../channels/whatsapp/index.ts';
import type { EngineReply } from '../../../src/conversation/index.ts';
import { createLogger } from '../../../src/logger/index.ts';
import type { InboundMessage, Reply } from '../../../src/messages/index.ts';
import { openTestEngine, type TestEngine } from '../../helpers/engine.ts';
import { projectCorpus } from '../../helpers/project.ts';
import { FakeWhatsAppClient } from './fake-client.ts';
import { flush, manualClock } from './manual-clock.ts';

let testEngine: TestEngine;
/** What the engine logged at error level: a turn that failed would otherwise pass unnoticed. */
const engineErrors: string[] = [];

beforeAll(async () => {
  const logger = createLogger({
    level: 'error',
    stream: new Writable({
      write: (chunk, _encoding, done) => {
        engineErrors.push(String(chunk));
        done();
      },
    }),
  });
  testEngine = await openTestEngine({ logger });
}, 120_000);

afterAll(async () => {
  await testEngine.close();
});

interface LogLine {
  readonly level: 'info' | 'warn' | 'error';
  readonly details: object;
  readonly message: string;
}

const channels: WhatsAppChannel[] = [];

afterEach(async () => {
  await Promise.all(channels.splice(0).map((channel) => channel.close()));
  expect(engineErrors.splice(0)).toEqual([]);
});

/** A started channel on a fake client, answering through the real engine and delivery path. */
async function setup(
  options: Partial<WhatsAppChannelOptions> & {
    prepare?: (client: FakeWhatsAppClient) => void;
  } = {},
) {
  const clients: FakeWhatsAppClient[] = [];
  const seen: InboundMessage[] = [];
  const replies: EngineReply[] = [];
  const logs: LogLine[] = [];
  const printed: string[] = [];
  const { prepare, ...channelOptions } = options;
  const channel = createWhatsAppChannel({
    createClient: () => {
      const client = new FakeWhatsAppClient();
      prepare?.(client);
      clients.push(client);
      return Promise.resolve(client);
    },
    governor: { perChatIntervalMs: 0 },
    printQr: (qr) => printed.push(qr),
    ...channelOptions,
  });
  channels.push(channel);
  const context: ChannelContext = {
    onMessage: async (message) => {
      seen.push(message);
      const reply = await testEngine.engine.handle(message);
      replies.push(reply);
      return reply;
    },
    deliver: createDelivery({
      markBlocked: (name, address, reason, at) =>
        testEngine.stores.identities.markAddressBlocked(name, address, reason, at),
      wait: () => Promise.resolve(),
    }),
    logger: {
      info: (details, message) => logs.push({ level: 'info', details, message }),
      warn: (details, message) => logs.push({ level: 'warn', details, message }),
      error: (details, message) => logs.push({ level: 'error', details, message }),
    },
  };
  await channel.start(context);
  const client = () => {
    const last = clients.at(-1);
    if (last === undefined) throw new Error('no client was created');
    return last;
  };
  return { channel, clients, client, seen, replies, logs, printed, context };
}

let phone = 919800000000;
/** A fresh Indian number per use, so tests never share a person. */
const nextChat = () => `${++phone}@c.us`;

const textReply = (text: string): Reply => ({ parts: [{ type: 'text', text }] });

describe('the WhatsApp channel', () => {
  it('answers a message with exactly one escaped message: lead-in, verse card, numbered choices', async () => {
    const { client, channel, seen, replies } = await setup();
    const chat = nextChat();
    client().receive({ from: chat, body: '/verse 8.23', id: '3EB0VERSE823' });
    await channel.settled();

    expect(seen).toEqual([
      expect.objectContaining({
        channel: 'whatsapp',
        address: chat,
        channelUserId: chat,
        dedupeKey: `false_${chat}_3EB0VERSE823`,
        text: '/verse 8.23',
        region: 'IN',
      }),
    ]);
    const corpus = await projectCorpus();
    const verse = corpus.get('8.23');
    const translation = verse?.translations['purohit'] ?? '';
    // The Purohit text opens with a stray "*" that would otherwise start bold text.
    expect(translation.startsWith('*')).toBe(true);
    const [lead] = replies[0]?.parts ?? [];
    const leadText = lead?.type === 'text' ? lead.text : '';
    expect(leadText).not.toBe('');

    expect(client().sends).toEqual([
      {
        chatId: chat,
        content: [
          leadText,
          `*Bhagavad Gita 8.23*\n${verse?.sanskrit ?? ''}`,
          (verse?.transliteration ?? '')
            .split('\n')
            .map((line) => `_${line}_`)
            .join('\n'),
          `${J}*${J}${translation.slice(1)}\n— Shri Purohit Swami`,
          'Reply *1* for Another verse',
        ].join('\n\n'),
        options: { linkPreview: false, parseVCards: false },
        at: expect.any(Number),
      },
    ]);
  });

  it('maps a typed number back to the choice it stands for', async () => {
    const { client, channel, seen } = await setup();
    const chat = nextChat();
    client().receive({ from: chat, body: '/verse 2.47' });
    await channel.settled();
    client().receive({ from: chat, body: '1' });
    await channel.settled();

    expect(seen[1]).toMatchObject({ text: '1', action: 'another-verse' });
    const [, another = ''] = client().texts(chat);
    expect(another).toContain('*Bhagavad Gita ');
    expect(another).not.toContain('*Bhagavad Gita 2.47*');
  });

  it('treats a number as text when no list was offered to that chat', async () => {
    const { client, channel, seen } = await setup();
    client().receive({ from: nextChat(), body: '1' });
    await channel.settled();
    expect(seen[0]?.action).toBeUndefined();
  });

  it('ignores groups, status updates and its own messages', async () => {
    const { client, channel, seen } = await setup();
    const person = nextChat();
    client().receive({ from: '120363025246125486@g.us', author: person, body: 'I feel lost' });
    client().receive({ from: 'status@broadcast', author: person, body: 'I feel lost' });
    client().receive({ from: person, body: 'I feel lost', fromMe: true });
    client().receive({ from: person, type: 'image' });
    await channel.settled();
    expect(seen).toEqual([]);
    expect(client().sends).toEqual([]);
  });

  it('answers a redelivered message (same id) once', async () => {
    const { client, channel, replies } = await setup();
    const chat = nextChat();
    client().receive({ from: chat, body: '/help', id: '3EB0DUPLICATE1' });
    await channel.settled();
    client().receive({ from: chat, body: '/help', id: '3EB0DUPLICATE1' });
    await channel.settled();
    expect(replies.map((reply) => reply.meta.duplicate === true)).toEqual([false, true]);
    expect(client().sends).toHaveLength(1);
  });

  it('keeps one chat to one message per interval, and replies to it in order', async () => {
    const { client, channel } = await setup({ governor: { perChatIntervalMs: 150 } });
    const chat = nextChat();
    const bytes = new TextEncoder().encode('{}');
    await Promise.all([
      channel.send(chat, {
        parts: [
          { type: 'text', text: 'A1' },
          { type: 'file', name: 'a.json', mediaType: 'application/json', bytes },
          { type: 'text', text: 'A2' },
        ],
      }),
      channel.send(chat, textReply('B1')),
    ]);
    const sends = client().sends;
    expect(sends.map((send) => (typeof send.content === 'string' ? send.content : 'file'))).toEqual(
      ['A1', 'file', 'A2', 'B1'],
    );
    for (let index = 1; index < sends.length; index++) {
      const gap = (sends[index]?.at ?? 0) - (sends[index - 1]?.at ?? 0);
      expect(gap).toBeGreaterThanOrEqual(145);
    }
  });

  it('holds sends beyond the global cap until the window allows them', async () => {
    const { client, channel } = await setup({
      governor: { perChatIntervalMs: 0, globalMax: 2, globalWindowMs: 300 },
    });
    const started = Date.now();
    await Promise.all(
      [nextChat(), nextChat(), nextChat()].map((chat) => channel.send(chat, textReply('hi'))),
    );
    const offsets = client().sends.map((send) => send.at - started);
    expect(offsets).toHaveLength(3);
    // The second is within the cap (sent at once; slack for a busy machine), the third waits.
    expect(offsets[1]).toBeLessThan(250);
    expect(offsets[2]).toBeGreaterThanOrEqual(295);
  });

  it('kill switch: stops outbound at once, refuses what waits, leaves inbound unanswered', async () => {
    const { client, channel, seen, logs } = await setup({
      governor: { perChatIntervalMs: 60_000 },
    });
    const chat = nextChat();
    await channel.send(chat, textReply('first'));
    const waiting = channel.send(chat, textReply('second')).catch((error: unknown) => error);
    await flush();

    channel.pause();
    expect(channel.paused).toBe(true);
    expect(await waiting).toMatchObject({ reason: 'whatsapp:paused', permanent: false });
    await expect(channel.send(nextChat(), textReply('third'))).rejects.toBeInstanceOf(
      ChannelSendError,
    );
    client().receive({ from: nextChat(), body: 'hello' });
    await channel.settled();
    expect(seen).toEqual([]);
    expect(client().texts()).toEqual(['first']);
    expect(logs).toContainEqual(
      expect.objectContaining({ level: 'warn', message: expect.stringMatching(/kill switch/u) }),
    );

    channel.resume();
    await channel.send(nextChat(), textReply('after'));
    expect(client().texts()).toEqual(['first', 'after']);
  });

  it('can start with the kill switch on', async () => {
    const { channel, client } = await setup({ paused: true });
    await expect(channel.send(nextChat(), textReply('no'))).rejects.toMatchObject({
      reason: 'whatsapp:paused',
    });
    expect(client().sends).toEqual([]);
  });

  it.each([
    ['not on WhatsApp', new Error('Evaluation failed: Error: No LID for user')],
    ['no chat found', 'no-chat' as const],
  ])('marks the address blocked when the number is %s', async (_name, failure) => {
    const { client, channel, replies } = await setup({ prepare: (c) => c.failures.push(failure) });
    const chat = nextChat();
    client().receive({ from: chat, body: '/help' });
    await channel.settled();
    const userId = replies[0]?.meta.userId ?? '';
    const addresses = await testEngine.stores.identities.addressesOf(userId);
    expect(addresses).toEqual([
      expect.objectContaining({
        channel: 'whatsapp',
        address: chat,
        blockedReason: 'whatsapp:unknown-chat',
        blockedAt: expect.any(Date),
      }),
    ]);
    expect(client().sends).toEqual([]);
  });

  it('retries a send that failed because the page went away', async () => {
    const closed = new Error('Protocol error (Runtime.callFunctionOn): Session closed.');
    const { client, channel, replies } = await setup({ prepare: (c) => c.failures.push(closed) });
    const chat = nextChat();
    client().receive({ from: chat, body: '/help' });
    await channel.settled();
    expect(client().texts(chat)).toHaveLength(1);
    const addresses = await testEngine.stores.identities.addressesOf(replies[0]?.meta.userId ?? '');
    expect(addresses[0]?.blockedAt).toBeUndefined();
  });

  it('resumes a retried reply after the messages that already went out', async () => {
    const { client, channel, context } = await setup();
    const chat = nextChat();
    client().failures.push(null, new Error('Protocol error: Target closed'));
    const bytes = new TextEncoder().encode('{}');
    const reply: Reply = {
      parts: [
        { type: 'text', text: 'before' },
        { type: 'file', name: 'export.json', mediaType: 'application/json', bytes },
      ],
    };
    expect(await context.deliver(channel, chat, reply)).toEqual({ status: 'sent', attempts: 2 });
    expect(client().sends.map((send) => typeof send.content)).toEqual(['string', 'object']);
  });

  it('sends a file as a WhatsApp document', async () => {
    const { client, channel } = await setup();
    const chat = nextChat();
    const bytes = new TextEncoder().encode('{"reflections":[]}');
    await channel.send(chat, {
      parts: [{ type: 'file', name: 'sarathi-export.json', mediaType: 'application/json', bytes }],
    });
    const [sent] = client().sends;
    expect(sent?.content).toBeInstanceOf(wwebjs.MessageMedia);
    expect(sent?.content).toMatchObject({
      mimetype: 'application/json',
      data: Buffer.from(bytes).toString('base64'),
      filename: 'sarathi-export.json',
      filesize: bytes.byteLength,
    });
    expect(sent?.options).toEqual({ sendMediaAsDocument: true });
  });

  it('refuses to send before the account is connected, as a retryable failure', async () => {
    const { channel, client } = await setup({
      prepare: (c) => {
        c.readyOnInitialize = false;
      },
    });
    expect(channel.connection).toBe('connecting');
    await expect(channel.send(nextChat(), textReply('early'))).rejects.toMatchObject({
      reason: 'whatsapp:disconnected',
      permanent: false,
    });
    expect(client().sends).toEqual([]);
  });

  it('prints the login QR code to the terminal and keeps it out of the logs', async () => {
    const { printed, logs } = await setup({
      prepare: (c) => {
        c.qrOnInitialize = '2@secretref,key1,key2,adv';
      },
    });
    expect(printed).toEqual(['2@secretref,key1,key2,adv']);
    expect(JSON.stringify(logs)).not.toContain('secretref');
    expect(logs).toContainEqual(
      expect.objectContaining({ message: expect.stringMatching(/QR code/u) }),
    );
  });

  it('never logs message text or phone numbers', async () => {
    const { client, channel, logs } = await setup({
      prepare: (c) => c.failures.push(new Error('Evaluation failed: Error: No LID for user')),
    });
    const chat = nextChat();
    client().receive({ from: chat, body: 'my secret worry' });
    await channel.settled();
    const logged = JSON.stringify(logs);
    expect(logs).toContainEqual(
      expect.objectContaining({ details: { status: 'blocked', reason: 'whatsapp:unknown-chat' } }),
    );
    expect(logged).not.toContain('secret worry');
    expect(logged).not.toContain(chat.split('@')[0]);
  });

  it('reconnects after a disconnect with a fresh client, backing off while attempts fail', async () => {
    const time = manualClock();
    let made = 0;
    const { channel, clients, logs } = await setup({
      clock: time.clock,
      reconnect: { initialDelayMs: 1000, maxDelayMs: 3000 },
      prepare: (c) => {
        made++;
        if (made === 2) c.initializeError = new Error('Failed to launch the browser process');
      },
    });
    expect(channel.connection).toBe('ready');
    const first = clients[0];
    first?.emit('disconnected', 'CONFLICT');
    await flush();
    expect(first?.destroyed).toBe(1);
    expect(channel.connection).toBe('reconnecting');
    expect(time.pending()).toEqual([1000]);
    expect(logs).toContainEqual(
      expect.objectContaining({ level: 'warn', details: { reason: 'CONFLICT' } }),
    );

    await time.advance(999);
    expect(clients).toHaveLength(1);
    await time.advance(1);
    // The second client fails to start: it is destroyed and the wait doubles.
    expect(clients).toHaveLength(2);
    expect(clients[1]?.destroyed).toBe(1);
    expect(time.pending()).toEqual([2000]);

    await time.advance(2000);
    expect(clients).toHaveLength(3);
    expect(channel.connection).toBe('ready');

    // A message the old client still emits is not answered twice over.
    first?.receive({ from: nextChat(), body: 'hello' });
    await channel.settled();
    expect(first?.sends).toEqual([]);

    // Once connected, the backoff starts over.
    clients[2]?.emit('disconnected', 'LOGOUT');
    await flush();
    expect(time.pending()).toEqual([1000]);
  });

  it('tries again later when the client cannot even be built', async () => {
    const time = manualClock();
    let attempts = 0;
    const client = new FakeWhatsAppClient();
    const channel = createWhatsAppChannel({
      createClient: () =>
        ++attempts === 1
          ? Promise.reject(new Error('Cannot find module whatsapp-web.js'))
          : Promise.resolve(client),
      clock: time.clock,
      reconnect: { initialDelayMs: 500 },
    });
    channels.push(channel);
    const errors: string[] = [];
    await channel.start({
      onMessage: () => Promise.reject(new Error('not used')),
      deliver: () => Promise.resolve(),
      logger: { info: () => undefined, warn: () => undefined, error: (_d, m) => errors.push(m) },
    });
    expect(channel.connection).toBe('reconnecting');
    expect(errors).toEqual(['whatsapp client could not be created']);
    await time.advance(500);
    expect(attempts).toBe(2);
    expect(channel.connection).toBe('ready');
  });

  it('close destroys the client, stops reconnecting, and is safe to repeat', async () => {
    const time = manualClock();
    const { channel, clients } = await setup({ clock: time.clock });
    await channel.close();
    await channel.close();
    expect(clients[0]?.destroyed).toBe(1);
    expect(channel.connection).toBe('closed');
    expect(time.pending()).toEqual([]);
    await expect(channel.send(nextChat(), textReply('late'))).rejects.toMatchObject({
      reason: 'whatsapp:closed',
    });
  });

  it("closes what the client factory keeps (RemoteAuth's MongoDB connection) after the client", async () => {
    const order: string[] = [];
    const client = new FakeWhatsAppClient();
    const destroy = client.destroy.bind(client);
    client.destroy = async () => {
      order.push('client destroyed');
      await destroy();
    };
    const createClient = Object.assign(() => Promise.resolve(client), {
      close: () => {
        order.push('factory closed');
        return Promise.resolve();
      },
    });
    const channel = createWhatsAppChannel({ createClient });
    channels.push(channel);
    await channel.start({
      onMessage: () => Promise.reject(new Error('not used')),
      deliver: () => Promise.resolve(),
      logger: { info: () => undefined, warn: () => undefined, error: () => undefined },
    });
    await channel.close();
    await channel.close();
    expect(order).toEqual(['client destroyed', 'factory closed']);
  });
});
