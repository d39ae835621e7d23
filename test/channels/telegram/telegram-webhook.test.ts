/**
 * The Telegram channel end to end in webhook mode: real Telegram update JSON POSTed to a real
 * Express app on an ephemeral port, a real grammY Bot, the real engine on real SQLite, the
 * shared delivery; nock only at api.telegram.org, where each outbound request is asserted.
 */
import type { Server } from 'node:http';
import express from 'express';
import type { Update } from 'grammy/types';
import nock from 'nock';
import { createDelivery, type ChannelLog, type DeliveryOutcome } from '../../../channels/index.ts';
import {
  COMMAND_MENU,
  createTelegramChannel,
  TELEGRAM_WEBHOOK_PATH,
  TEXT_ONLY,
  type TelegramChannel,
} from '../../../channels/telegram/index.ts';
import type { EngineReply } from '../../../src/conversation/index.ts';
import type { InboundMessage, Reply, VersePart } from '../../../src/messages/index.ts';
import { openTestEngine, type TestEngine } from '../../helpers/engine.ts';
import { projectCorpus } from '../../helpers/project.ts';
import {
  API,
  BOT_INFO,
  callbackUpdate,
  editedUpdate,
  groupUpdate,
  person,
  stickerUpdate,
  textUpdate,
  TOKEN,
} from './updates.ts';

const SECRET = 'sarathi_webhook-secret-0123456789';
const PUBLIC_URL = 'https://sarathi.example.org';

/** Our own reading of Telegram's HTML rules, kept apart from the code under test. */
const esc = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

const path = (method: string) => `/bot${TOKEN}/${method}`;
const okMessage = {
  ok: true,
  result: { message_id: 9001, date: 1, chat: { id: 1, type: 'private' } },
};

let testEngine: TestEngine;
let adapter: TelegramChannel;
let server: Server;
let base: string;
const turns: Array<{ message: InboundMessage; reply: EngineReply }> = [];
const outcomes: DeliveryOutcome[] = [];
const waits: number[] = [];
const logs: Array<{ level: string; details: object; message: string }> = [];
const unmatched: string[] = [];
const registration: Array<[string, unknown]> = [];
let deliver: ReturnType<typeof createDelivery>;

const logger: ChannelLog = {
  info: (details, message) => logs.push({ level: 'info', details, message }),
  warn: (details, message) => logs.push({ level: 'warn', details, message }),
  error: (details, message) => logs.push({ level: 'error', details, message }),
};

/**
 * Records each body Telegram would receive for `method`, answering with `replies` in turn. (nock
 * runs a reply function only for the interceptor that matched, unlike a body matcher.)
 */
function expectCalls(method: string, ...replies: Array<[number, object]>) {
  const bodies: unknown[] = [];
  for (const [status, body] of replies) {
    nock(API)
      .post(path(method))
      .reply(async (request: Request) => {
        bodies.push(await request.json());
        return [status, body] as const;
      });
  }
  return { bodies };
}

function post(update: Update, secret: string | null = SECRET): Promise<Response> {
  return fetch(`${base}${TELEGRAM_WEBHOOK_PATH}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(secret === null ? {} : { 'x-telegram-bot-api-secret-token': secret }),
    },
    body: JSON.stringify(update),
  });
}

/** The one-message rendering of a reply of text, verse and choices parts, as Telegram gets it. */
function expectedSendMessage(chatId: number, reply: Reply) {
  const blocks: string[] = [];
  const keyboard: Array<Array<{ text: string; callback_data: string }>> = [];
  for (const part of reply.parts) {
    if (part.type === 'text') blocks.push(esc(part.text));
    if (part.type === 'verse') {
      blocks.push(
        `<b>Bhagavad Gita ${part.ref}</b>`,
        esc(part.sanskrit),
        `<i>${esc(part.transliteration)}</i>`,
        esc(part.translation),
        `— ${esc(part.translator)}`,
      );
    }
    if (part.type === 'choices') {
      for (const choice of part.choices) {
        keyboard.push([{ text: choice.label, callback_data: choice.payload }]);
      }
    }
  }
  return {
    chat_id: chatId,
    text: blocks.join('\n\n'),
    parse_mode: 'HTML',
    link_preview_options: { is_disabled: true },
    ...(keyboard.length === 0 ? {} : { reply_markup: { inline_keyboard: keyboard } }),
  };
}

const lastTurn = () => {
  const turn = turns.at(-1);
  if (turn === undefined) throw new Error('the engine saw no message');
  return turn;
};

beforeAll(async () => {
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
  nock.emitter.on('no match', (request: Request) => {
    if (request.url.includes('api.telegram.org'))
      unmatched.push(`${request.method} ${request.url}`);
  });
  testEngine = await openTestEngine();
  // The first turn warms the knowledge layer (seconds); the server pays this once at boot too.
  await testEngine.engine.handle({
    channel: 'cli',
    address: 'warm-up',
    channelUserId: 'warm-up',
    text: 'warm up',
    receivedAt: new Date(),
  });
  const stores = testEngine.stores;
  deliver = createDelivery({
    markBlocked: (channel, address, reason, at) =>
      stores.identities.markAddressBlocked(channel, address, reason, at),
    // The shared delivery's own clock: its waits are recorded instead of slept.
    wait: (ms) => {
      waits.push(ms);
      return Promise.resolve();
    },
  });
  adapter = createTelegramChannel({
    token: TOKEN,
    webhookUrl: PUBLIC_URL,
    webhookSecret: SECRET,
    botInfo: BOT_INFO,
  });
  for (const method of ['setMyCommands', 'setMyCommands', 'setWebhook']) {
    nock(API)
      .post(path(method))
      .reply(async (request: Request) => {
        registration.push([method, await request.json()]);
        return [200, { ok: true, result: true }] as const;
      });
  }
  await adapter.start({
    onMessage: async (message) => {
      if (message.text === 'make this turn fail') throw new Error('engine unavailable');
      const reply = await testEngine.engine.handle(message);
      turns.push({ message, reply });
      return reply;
    },
    deliver: async (channel, address, reply) => {
      const outcome = await deliver(channel, address, reply);
      outcomes.push(outcome);
      return outcome;
    },
    logger,
  });
  const app = express();
  app.use(express.json());
  adapter.mount?.(app);
  server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}`;
});

afterEach(() => {
  // Every request reached an interceptor and every interceptor was used: nothing more, nothing less.
  const stray = unmatched.splice(0);
  const pending = nock.pendingMocks();
  nock.cleanAll();
  waits.length = 0;
  expect(stray).toEqual([]);
  expect(pending).toEqual([]);
});

afterAll(async () => {
  await adapter.close();
  await new Promise((resolve) => server.close(resolve));
  await testEngine.close();
  nock.enableNetConnect();
  nock.restore();
});

describe('Telegram channel (webhook mode)', () => {
  it('registers the webhook with its secret, the updates it wants and the command menu', () => {
    expect(adapter.mode).toBe('webhook');
    expect(registration).toEqual([
      ['setMyCommands', { commands: COMMAND_MENU.en }],
      ['setMyCommands', { commands: COMMAND_MENU.hi, language_code: 'hi' }],
      [
        'setWebhook',
        {
          url: `${PUBLIC_URL}/telegram/webhook`,
          secret_token: SECRET,
          allowed_updates: ['message', 'callback_query'],
        },
      ],
    ]);
  });

  it('answers a message with <b> and & in it with one escaped HTML message and its keyboard', async () => {
    const asha = person();
    const text = '/verse 2.47 <b>karma</b> & duty';
    const update = textUpdate(asha, text);
    const { bodies } = expectCalls('sendMessage', [200, okMessage]);

    const response = await post(update);

    expect(response.status).toBe(200);
    const { message, reply } = lastTurn();
    expect(message).toEqual({
      channel: 'telegram',
      address: String(asha.id),
      channelUserId: String(asha.id),
      dedupeKey: String(update.update_id),
      text,
      locale: 'en',
      receivedAt: expect.any(Date),
    });
    // The card is the corpus's own 2.47, character for character.
    const record = (await projectCorpus()).get('2.47');
    const verse = reply.parts.find((part): part is VersePart => part.type === 'verse');
    expect(verse).toMatchObject({
      ref: '2.47',
      sanskrit: record?.sanskrit,
      transliteration: record?.transliteration,
    });
    expect(Object.values(record?.translations ?? {})).toContain(verse?.translation);
    expect(bodies).toEqual([expectedSendMessage(asha.id, reply)]);
    expect(bodies[0]).toMatchObject({
      reply_markup: {
        inline_keyboard: [[{ text: 'Another verse', callback_data: 'another-verse' }]],
      },
    });
    expect(JSON.stringify(bodies)).not.toContain('<b>karma</b>');
    expect(outcomes.at(-1)).toEqual({ status: 'sent', attempts: 1 });
  });

  it('escapes markup in any text it sends (a reply sent outside a turn, e.g. a nudge)', async () => {
    const { bodies } = expectCalls('sendMessage', [200, okMessage]);
    await adapter.send('4242', {
      parts: [
        { type: 'text', text: 'Tom <b>&</b> Jerry > "all"' },
        { type: 'choices', choices: [{ label: 'Another <verse>', payload: 'another-verse' }] },
      ],
    });
    expect(bodies).toEqual([
      {
        chat_id: 4242,
        text: 'Tom &lt;b&gt;&amp;&lt;/b&gt; Jerry &gt; "all"',
        parse_mode: 'HTML',
        link_preview_options: { is_disabled: true },
        reply_markup: {
          inline_keyboard: [[{ text: 'Another <verse>', callback_data: 'another-verse' }]],
        },
      },
    ]);
  });

  it('turns a button tap into an action, answers the callback query and replies', async () => {
    const ravi = person();
    expectCalls('sendMessage', [200, okMessage]);
    await post(textUpdate(ravi, '/verse 2.47'));

    const tap = callbackUpdate(ravi, 'another-verse');
    const answered = expectCalls('answerCallbackQuery', [200, { ok: true, result: true }]);
    const { bodies } = expectCalls('sendMessage', [200, okMessage]);
    const response = await post(tap);

    expect(response.status).toBe(200);
    expect(answered.bodies).toEqual([{ callback_query_id: tap.callback_query?.id }]);
    const { message, reply } = lastTurn();
    expect(message).toMatchObject({
      text: '',
      action: 'another-verse',
      replyTo: '4242',
      dedupeKey: String(tap.update_id),
    });
    const shown = reply.parts.find((part): part is VersePart => part.type === 'verse');
    expect(shown?.ref).not.toBe('2.47');
    expect(bodies).toEqual([expectedSendMessage(ravi.id, reply)]);
  });

  it('stays silent in groups and on edited messages, still acknowledging them', async () => {
    const asha = person();
    const before = turns.length;
    expect((await post(groupUpdate(asha, 'hello everyone'))).status).toBe(200);
    expect((await post(editedUpdate(asha, 'I meant to say hi'))).status).toBe(200);
    expect(turns.length).toBe(before);
  });

  it('tells someone who sent a sticker, in their language, that only text is read', async () => {
    const meera = person('hi');
    const { bodies } = expectCalls('sendMessage', [200, okMessage]);
    const before = turns.length;
    expect((await post(stickerUpdate(meera))).status).toBe(200);
    expect(turns.length).toBe(before);
    expect(bodies).toEqual([
      {
        chat_id: meera.id,
        text: esc(TEXT_ONLY.hi),
        parse_mode: 'HTML',
        link_preview_options: { is_disabled: true },
      },
    ]);
  });

  it('answers a redelivered update_id once', async () => {
    const asha = person();
    const update = textUpdate(asha, '/help');
    const { bodies } = expectCalls('sendMessage', [200, okMessage]);

    expect((await post(update)).status).toBe(200);
    expect((await post(update)).status).toBe(200);

    expect(bodies).toHaveLength(1);
    expect(turns.slice(-2).map((turn) => turn.reply.meta.duplicate === true)).toEqual([
      false,
      true,
    ]);
  });

  it('refuses a wrong or missing secret with 401 and never reaches the engine', async () => {
    const asha = person();
    const before = turns.length;
    const wrong = await post(textUpdate(asha, 'hello'), 'not-the-secret');
    const missing = await post(textUpdate(asha, 'hello'), null);
    expect([wrong.status, missing.status]).toEqual([401, 401]);
    expect(turns.length).toBe(before);
  });

  it('waits out a short 429 inside the API call (auto-retry) and sends once more', async () => {
    const asha = person();
    const tooMany = {
      ok: false,
      error_code: 429,
      description: 'Too Many Requests: retry after 1',
      parameters: { retry_after: 1 },
    };
    const { bodies } = expectCalls('sendMessage', [429, tooMany], [200, okMessage]);
    const started = Date.now();

    expect((await post(textUpdate(asha, '/help'))).status).toBe(200);

    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(bodies).toHaveLength(2);
    expect(bodies[1]).toEqual(bodies[0]);
    expect(outcomes.at(-1)).toEqual({ status: 'sent', attempts: 1 });
    expect(waits).toEqual([]);
  });

  it('hands a longer 429 to the shared delivery, which waits as long as Telegram asked', async () => {
    const asha = person();
    const tooMany = {
      ok: false,
      error_code: 429,
      description: 'Too Many Requests: retry after 20',
      parameters: { retry_after: 20 },
    };
    const { bodies } = expectCalls('sendMessage', [429, tooMany], [200, okMessage]);

    expect((await post(textUpdate(asha, '/help'))).status).toBe(200);

    expect(waits).toEqual([20_000]);
    expect(bodies).toHaveLength(2);
    expect(bodies[1]).toEqual(bodies[0]);
    expect(outcomes.at(-1)).toEqual({ status: 'sent', attempts: 2 });
  });

  it('marks the address blocked in the store when the person blocked the bot', async () => {
    const asha = person();
    const blocked = {
      ok: false,
      error_code: 403,
      description: 'Forbidden: bot was blocked by the user',
    };
    const { bodies } = expectCalls('sendMessage', [403, blocked]);

    expect((await post(textUpdate(asha, '/help'))).status).toBe(200);

    expect(bodies).toHaveLength(1);
    expect(outcomes.at(-1)).toEqual({ status: 'blocked', reason: 'telegram:403-blocked' });
    const userId = lastTurn().reply.meta.userId;
    if (userId === undefined) throw new Error('the engine did not identify the sender');
    const addresses = await testEngine.stores.identities.addressesOf(userId);
    expect(addresses).toEqual([
      expect.objectContaining({
        channel: 'telegram',
        address: String(asha.id),
        blockedReason: 'telegram:403-blocked',
        blockedAt: expect.any(Date),
      }),
    ]);
  });

  it('resumes a multi-message reply after the last message Telegram accepted', async () => {
    const first = 'a'.repeat(4000);
    const second = 'b'.repeat(4000);
    const tooMany = {
      ok: false,
      error_code: 429,
      description: 'Too Many Requests',
      parameters: { retry_after: 30 },
    };
    const { bodies } = expectCalls(
      'sendMessage',
      [200, okMessage],
      [429, tooMany],
      [200, okMessage],
    );

    const outcome = await deliver(adapter, '777', {
      parts: [
        { type: 'text', text: first },
        { type: 'text', text: second },
      ],
    });

    expect(outcome).toEqual({ status: 'sent', attempts: 2 });
    expect(waits).toEqual([30_000]);
    expect(bodies.map((body) => (body as { text: string }).text)).toEqual([first, second, second]);
  });

  it('sends a file part as a document', async () => {
    const received: string[] = [];
    nock(API)
      .post(path('sendDocument'))
      .reply(async (request: Request) => {
        received.push(await request.text());
        return [200, okMessage] as const;
      });
    const bytes = new TextEncoder().encode('{"export":"yours"}');

    await adapter.send('4242', {
      parts: [{ type: 'file', name: 'sarathi-export.json', mediaType: 'application/json', bytes }],
    });

    expect(received).toHaveLength(1);
    expect(received[0]).toMatch(/name="chat_id"\r\n\r\n4242\r\n/u);
    // grammY sends the file as a separate part and points `document` at it (attach://<id>).
    const attached = /name="document"\r\n\r\nattach:\/\/(\w+)\r\n/u.exec(received[0] ?? '')?.[1];
    expect(attached).toBeDefined();
    expect(received[0]).toContain(
      `name="${attached}";filename=sarathi-export.json\r\ncontent-type:application/octet-stream\r\n\r\n{"export":"yours"}\r\n`,
    );
  });

  it('acknowledges an update whose handling failed, so Telegram does not redeliver it forever', async () => {
    const asha = person();
    const update = textUpdate(asha, 'make this turn fail');
    const response = await post(update);
    expect(response.status).toBe(200);
    expect(logs.at(-1)).toEqual({
      level: 'error',
      details: { updateId: update.update_id, error: 'Error' },
      message: 'telegram update failed; acknowledged so Telegram does not redeliver it',
    });
  });

  it('logs ids and codes only: never the words people wrote, nor the token or secret', () => {
    const written = JSON.stringify(logs);
    for (const secret of ['<b>karma</b>', 'duty', 'hello', 'make this turn fail', TOKEN, SECRET]) {
      expect(written).not.toContain(secret);
    }
  });
});

describe('Telegram channel: reflections, export and delete end to end', () => {
  const textOf = (body: unknown) => String((body as { text?: string }).text ?? '');

  async function say(who: ReturnType<typeof person>, text: string): Promise<unknown[]> {
    const { bodies } = expectCalls('sendMessage', [200, okMessage]);
    expect((await post(textUpdate(who, text))).status).toBe(200);
    return bodies;
  }

  it('keeps a reflection for its owner, sends the export as a document, and deletes everything', async () => {
    const meera = person();
    const stranger = person();
    const marker = `telegram reflection ${Date.now().toString(36)} & more`;

    const saved = await say(meera, `/reflect ${marker}`);
    expect(textOf(saved[0])).toMatch(/^Kept\./);
    expect(JSON.stringify(saved)).not.toContain('telegram reflection');
    const userId = lastTurn().reply.meta.userId;
    expect(userId).toBeDefined();

    expect(textOf((await say(meera, '/reflections'))[0])).toContain(esc(marker));
    expect(JSON.stringify(await say(stranger, '/reflections'))).not.toContain(
      'telegram reflection',
    );

    // The export: its note as a message, then the JSON as a document.
    const note = expectCalls('sendMessage', [200, okMessage]);
    const documents: string[] = [];
    nock(API)
      .post(path('sendDocument'))
      .reply(async (request: Request) => {
        documents.push(await request.text());
        return [200, okMessage] as const;
      });
    expect((await post(textUpdate(meera, '/export'))).status).toBe(200);
    expect(textOf(note.bodies[0])).toMatch(/everything I keep about you/);
    expect(documents).toHaveLength(1);
    expect(documents[0]).toMatch(/filename=sarathi-export-\d{4}-\d{2}-\d{2}\.json\r\n/u);
    const json = /\r\n\r\n(\{\n {2}"format"[\s\S]*?\n\})\n\r\n/u.exec(documents[0] ?? '')?.[1];
    const data = JSON.parse(json ?? '{}') as {
      user?: { id: string };
      reflections?: Array<{ text: string }>;
    };
    expect(data.user?.id).toBe(userId);
    expect(data.reflections?.map((r) => r.text)).toEqual([marker]);

    // Delete: the code arrives with a button; confirming removes everything, the key first.
    const ask = await say(meera, '/delete');
    const code = /\/delete (\d{4})/.exec(textOf(ask[0]))?.[1];
    expect(code).toBeDefined();
    expect(ask[0]).toMatchObject({
      reply_markup: {
        inline_keyboard: [[{ text: `/delete ${code}`, callback_data: `/delete ${code}` }]],
      },
    });
    expect(textOf((await say(meera, `/delete ${code}`))[0])).toMatch(/^Done\./);
    const stores = testEngine.stores;
    expect(await stores.dataKeys.get(userId!)).toBeUndefined();
    expect(await stores.reflections.allFor(userId!)).toEqual([]);
    expect(await stores.users.get(userId!)).toBeUndefined();
    expect(await stores.identities.addressesOf(userId!)).toEqual([]);
    expect(textOf((await say(meera, '/reflections'))[0])).toMatch(/haven't kept a reflection yet/);
    // Nothing the person wrote reached a log line.
    expect(JSON.stringify(logs)).not.toContain('telegram reflection');
  });
});
