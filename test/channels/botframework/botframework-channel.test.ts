/**
 * The Bot Framework channel end to end: a real Express app on an ephemeral port, the real
 * botbuilder CloudAdapter (anonymous, loopback-only, as in the embedded mode), the real engine on
 * SQLite, the shared delivery. nock stands in for the Bot Connector at the `serviceUrl`.
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import os from 'node:os';
import express from 'express';
import nock from 'nock';
import {
  createBotFrameworkChannel,
  createMemoryConversationReferenceStore,
  type BotFrameworkChannel,
  type BotFrameworkChannelOptions,
} from '../../../channels/botframework/index.ts';
import { ChannelSendError, createDelivery } from '../../../channels/index.ts';
import type { InboundMessage, Reply } from '../../../src/messages/index.ts';
import { openTestEngine, type TestEngine } from '../../helpers/engine.ts';
import { projectCorpus } from '../../helpers/project.ts';

// The fake connector lives on loopback (nock intercepts it; nothing listens there).
const SERVICE_URL = 'http://127.0.0.1:3979/';
const TEAMS_SERVICE_URL = 'https://smba.trafficmanager.net/in/';
const BOT = { id: '28:sarathi', name: 'Sarathi' };

let engine: TestEngine;
let activityCounter = 0;

beforeAll(async () => {
  engine = await openTestEngine();
});

afterAll(async () => {
  await engine.close();
  // nock patches Node's shared http module; a later test file in this Jest worker must not
  // have its requests answered (and refused) by this file's interceptors.
  nock.restore();
});

const openHarnesses = new Set<Harness>();

afterEach(async () => {
  // A failed expectation must not leave a server (and Jest) hanging.
  await Promise.all([...openHarnesses].map((harness) => harness.close()));
  nock.cleanAll();
  nock.enableNetConnect();
});

interface LogLine {
  readonly level: string;
  readonly details: object;
  readonly message: string;
}

interface Harness {
  readonly channel: BotFrameworkChannel;
  readonly url: string;
  readonly seen: InboundMessage[];
  readonly logs: LogLine[];
  readonly waits: number[];
  readonly blocked: Array<{ address: string; reason: string; known: boolean }>;
  post(body: object, headers?: Record<string, string>): Promise<Response>;
  close(): Promise<void>;
}

async function startHarness(
  options: Partial<BotFrameworkChannelOptions> = {},
  listenOn = '127.0.0.1',
): Promise<Harness> {
  const channel = createBotFrameworkChannel({ loopbackOnly: true, ...options });
  const seen: InboundMessage[] = [];
  const logs: LogLine[] = [];
  const waits: number[] = [];
  const blocked: Harness['blocked'] = [];
  const log = (level: string) => (details: object, message: string) => {
    logs.push({ level, details, message });
  };
  const deliver = createDelivery({
    markBlocked: async (channelName, address, reason, at) => {
      const known = await engine.stores.identities.markAddressBlocked(
        channelName,
        address,
        reason,
        at,
      );
      blocked.push({ address, reason, known });
      return known;
    },
    wait: (ms) => {
      waits.push(ms);
      return Promise.resolve();
    },
  });
  await channel.start({
    onMessage: (message) => {
      seen.push(message);
      return engine.engine.handle(message);
    },
    deliver,
    logger: { info: log('info'), warn: log('warn'), error: log('error') },
  });
  const app = express();
  app.use(express.json());
  channel.mount(app);
  const server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, listenOn, () => resolve(listening));
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${listenOn}:${port}/api/messages`;
  // Only the app itself may be reached for real; everything else must hit an interceptor.
  nock.disableNetConnect();
  nock.enableNetConnect((host) => host.endsWith(`:${port}`));
  let closed: Promise<void> | undefined;
  const harness: Harness = {
    channel,
    url,
    seen,
    logs,
    waits,
    blocked,
    post: (body, headers = {}) =>
      fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(body),
      }),
    close: () =>
      (closed ??= (async () => {
        openHarnesses.delete(harness);
        await channel.close();
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
      })()),
  };
  openHarnesses.add(harness);
  return harness;
}

function activity(overrides: Record<string, unknown> = {}) {
  activityCounter += 1;
  return {
    type: 'message',
    id: `activity-${activityCounter}`,
    channelId: 'msteams',
    serviceUrl: SERVICE_URL,
    from: { id: '29:asha', name: 'Asha' },
    recipient: BOT,
    conversation: { id: `a:conversation-${activityCounter}`, conversationType: 'personal' },
    text: '/verse 2.47',
    locale: 'en-US',
    ...overrides,
  };
}

interface Posted {
  readonly path: string;
  readonly body: Record<string, unknown>;
  readonly authorization: string | null;
}

/** nock 15 hands a reply function the request as a fetch `Request` (one argument only). */
async function record(request: Request): Promise<Posted> {
  return {
    path: new URL(request.url).pathname,
    body: (await request.json()) as Record<string, unknown>,
    authorization: request.headers.get('authorization'),
  };
}

/** The fake Bot Connector: records every activity posted to the conversation API. */
function fakeConnector(): Posted[] {
  const posted: Posted[] = [];
  nock(SERVICE_URL)
    .persist()
    .post(/^\/v3\/conversations\//u)
    .reply(async (request: Request) => {
      posted.push(await record(request));
      return [200, { id: `sent-${posted.length}` }];
    });
  return posted;
}

async function expectedCard(ref: string) {
  const corpus = await projectCorpus();
  const verse = corpus.get(ref)!;
  const translatorId = corpus.defaultShown.find((id) => (verse.translations[id] ?? '') !== '')!;
  const translator = corpus.translators.find((t) => t.id === translatorId)!;
  const run = (text: string, style: object = {}) => ({
    type: 'RichTextBlock',
    inlines: [{ type: 'TextRun', text, ...style }],
  });
  return {
    contentType: 'application/vnd.microsoft.card.adaptive',
    content: {
      type: 'AdaptiveCard',
      $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
      version: '1.2',
      body: [
        run(`Bhagavad Gita ${ref}`, { weight: 'bolder', size: 'medium' }),
        run(verse.sanskrit),
        run(verse.transliteration, { italic: true }),
        run(verse.translations[translatorId]!),
        run(`— ${translator.name}`, { isSubtle: true, size: 'small' }),
      ],
    },
  };
}

describe('the Bot Framework channel', () => {
  it('answers a Teams message with the exact activity: text, verse card, suggested actions', async () => {
    const harness = await startHarness();
    const posted = fakeConnector();
    const inbound = activity({ text: '/verse 2.47' });
    const response = await harness.post(inbound);
    expect(response.status).toBe(200);

    expect(harness.seen).toEqual([
      expect.objectContaining({
        channel: 'botframework',
        address: inbound.conversation.id,
        channelUserId: '29:asha',
        dedupeKey: `${inbound.conversation.id}|${inbound.id}`,
        text: '/verse 2.47',
        locale: 'en-US',
      }),
    ]);
    expect(posted).toHaveLength(1);
    expect(posted[0]!.path).toBe(
      `/v3/conversations/${encodeURIComponent(inbound.conversation.id)}/activities/${inbound.id}`,
    );
    // The anonymous mode has no app credentials, so it sends no token.
    expect(posted[0]!.authorization).toBeNull();
    expect(posted[0]!.body).toEqual({
      type: 'message',
      serviceUrl: SERVICE_URL,
      channelId: 'msteams',
      from: BOT,
      recipient: { id: '29:asha', name: 'Asha' },
      conversation: inbound.conversation,
      locale: 'en-US',
      replyToId: inbound.id,
      text: 'Bhagavad Gita 2.47:',
      textFormat: 'markdown',
      attachments: [await expectedCard('2.47')],
      attachmentLayout: 'list',
      suggestedActions: {
        actions: [{ type: 'imBack', title: 'Another verse', value: 'another-verse' }],
      },
    });
    await harness.close();
  });

  it('takes a tapped messageBack as an action and answers with messageBack choices', async () => {
    const harness = await startHarness();
    const posted = fakeConnector();
    const conversation = { id: 'a:webchat-actions', conversationType: 'personal' };
    await harness.post(activity({ channelId: 'webchat', conversation, text: '/verse 2.47' }));
    const response = await harness.post(
      activity({
        channelId: 'webchat',
        conversation,
        text: 'another-verse',
        value: { action: 'another-verse' },
      }),
    );
    expect(response.status).toBe(200);
    expect(harness.seen[1]).toMatchObject({ action: 'another-verse' });
    // "Another verse" on the same thread: a different card than the first reply's.
    const cards = posted.map(
      (p) => p.body['attachments'] as Array<{ content: { body: unknown[] } }>,
    );
    expect(cards[1]?.[0]?.content.body[0]).not.toEqual(cards[0]?.[0]?.content.body[0]);
    const actions = posted.map((p) => p.body['suggestedActions']);
    expect(actions[0]).toEqual({
      actions: [
        {
          type: 'messageBack',
          title: 'Another verse',
          displayText: 'Another verse',
          text: 'another-verse',
          value: { action: 'another-verse' },
        },
      ],
    });
    await harness.close();
  });

  it('answers a redelivered activity once', async () => {
    const harness = await startHarness();
    const posted = fakeConnector();
    const inbound = activity({ text: '/help' });
    expect((await harness.post(inbound)).status).toBe(200);
    expect((await harness.post(inbound)).status).toBe(200);
    expect(harness.seen).toHaveLength(2);
    expect(posted).toHaveLength(1);
    await harness.close();
  });

  it('welcomes a person when the bot joins a one-to-one chat', async () => {
    const harness = await startHarness();
    const posted = fakeConnector();
    const update = activity({ type: 'conversationUpdate', text: undefined, membersAdded: [BOT] });
    expect((await harness.post(update)).status).toBe(200);
    expect(posted).toHaveLength(1);
    expect(posted[0]!.body['text']).toMatch(/^Namaste, I'm Sarathi/u);
    expect(posted[0]!.body['replyToId']).toBe(update.id);
    await harness.close();
  });

  it('ignores activities that are not someone talking to us', async () => {
    const harness = await startHarness();
    const posted = fakeConnector();
    expect((await harness.post(activity({ type: 'typing', text: undefined }))).status).toBe(200);
    expect(harness.seen).toEqual([]);
    expect(posted).toEqual([]);
    await harness.close();
  });

  it('refuses a serviceUrl that is not loopback: 403, no engine turn, nothing posted', async () => {
    const harness = await startHarness();
    const teams = nock(TEAMS_SERVICE_URL).post(/.*/u).reply(200, {});
    const response = await harness.post(
      activity({ serviceUrl: TEAMS_SERVICE_URL, text: 'I feel anxious about my exams' }),
    );
    expect(response.status).toBe(403);
    expect(harness.seen).toEqual([]);
    expect(teams.isDone()).toBe(false);
    expect(harness.logs).toEqual([
      {
        level: 'warn',
        details: { channel: 'botframework', reason: 'service-url-not-loopback' },
        message: 'botframework request refused',
      },
    ]);
    expect(JSON.stringify(harness.logs)).not.toMatch(/anxious/u);
    await harness.close();
  });

  it('refuses a caller that came through a proxy or tunnel', async () => {
    const harness = await startHarness();
    const posted = fakeConnector();
    const response = await harness.post(activity(), { 'x-forwarded-for': '203.0.113.9' });
    expect(response.status).toBe(403);
    expect(harness.seen).toEqual([]);
    expect(posted).toEqual([]);
    expect(harness.logs[0]?.details).toEqual({
      channel: 'botframework',
      reason: 'caller-not-loopback',
    });
    await harness.close();
  });

  const externalAddress = Object.values(os.networkInterfaces())
    .flat()
    .find((entry) => entry !== undefined && entry.family === 'IPv4' && !entry.internal)?.address;
  const withExternalAddress = externalAddress === undefined ? it.skip : it;
  if (externalAddress === undefined) {
    console.info('skipping the remote-caller test: this machine has no non-loopback IPv4 address');
  }
  withExternalAddress('refuses a caller whose socket is not loopback', async () => {
    const harness = await startHarness({}, '0.0.0.0');
    const posted = fakeConnector();
    const port = new URL(harness.url).port;
    const response = await fetch(`http://${externalAddress}:${port}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity()),
    });
    expect(response.status).toBe(403);
    expect(harness.seen).toEqual([]);
    expect(posted).toEqual([]);
    await harness.close();
  });

  it('sends proactively through the stored reference, escaping the text', async () => {
    const harness = await startHarness();
    const posted = fakeConnector();
    const inbound = activity({ text: '/help' });
    await harness.post(inbound);
    const nudge: Reply = {
      parts: [{ type: 'text', text: 'Your *daily* verse: [tap](http://evil.example) <b>now</b>' }],
    };
    await harness.channel.send(inbound.conversation.id, nudge);

    expect(posted).toHaveLength(2);
    const proactive = posted[1]!;
    expect(proactive.path).toMatch(
      new RegExp(
        `^/v3/conversations/${encodeURIComponent(inbound.conversation.id)}/activities/`,
        'u',
      ),
    );
    expect(proactive.body).toEqual({
      type: 'message',
      serviceUrl: SERVICE_URL,
      channelId: 'msteams',
      from: BOT,
      // The stored reference keeps ids only: the person's display name was dropped.
      recipient: { id: '29:asha' },
      conversation: inbound.conversation,
      locale: 'en-US',
      replyToId: expect.any(String),
      text: 'Your \\*daily\\* verse: \\[tap\\](http://evil.example) \\<b\\>now\\</b\\>',
      textFormat: 'markdown',
    });
    await harness.close();
  });

  it('maps a 429 to retryAfterMs from Retry-After, with no hidden retries by the SDK', async () => {
    const harness = await startHarness();
    const posted = fakeConnector();
    const inbound = activity({ text: '/help' });
    await harness.post(inbound);
    nock.cleanAll();
    let attempts = 0;
    nock(SERVICE_URL)
      .persist()
      .post(/^\/v3\/conversations\//u)
      .reply((_request: Request) => {
        attempts += 1;
        return [429, { error: { code: 'Throttled' } }, { 'Retry-After': '7' }];
      });
    const failure = await harness.channel
      .send(inbound.conversation.id, { parts: [{ type: 'text', text: 'hello' }] })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ChannelSendError);
    expect(failure).toMatchObject({
      reason: 'botframework:429',
      retryAfterMs: 7000,
      permanent: false,
    });
    expect(attempts).toBe(1);
    expect(posted).toHaveLength(1);
    await harness.close();
  });

  it.each([
    [403, 'botframework:403'],
    [404, 'botframework:404'],
  ])('treats a %s from the connector as permanent', async (status, reason) => {
    const harness = await startHarness();
    fakeConnector();
    const inbound = activity({ text: '/help' });
    await harness.post(inbound);
    nock.cleanAll();
    nock(SERVICE_URL)
      .post(/^\/v3\/conversations\//u)
      .reply(status, { error: { code: 'ConversationNotFound' } });
    const failure = await harness.channel
      .send(inbound.conversation.id, { parts: [{ type: 'text', text: 'hello' }] })
      .catch((error: unknown) => error);
    expect(failure).toMatchObject({ reason, permanent: true });
    await harness.close();
  });

  it('blocks the address when the reply to a message finds the bot removed', async () => {
    const harness = await startHarness();
    nock(SERVICE_URL)
      .post(/^\/v3\/conversations\//u)
      .reply(403, { error: { code: 'BotRemoved' } });
    const inbound = activity({ text: '/help' });
    expect((await harness.post(inbound)).status).toBe(200);
    expect(harness.blocked).toEqual([
      { address: inbound.conversation.id, reason: 'botframework:403', known: true },
    ]);
    await harness.close();
  });

  it('after a 429 in the middle of a reply, resumes without repeating what was sent', async () => {
    const harness = await startHarness();
    const posted: Array<Record<string, unknown>> = [];
    let calls = 0;
    nock(SERVICE_URL)
      .persist()
      .post(/^\/v3\/conversations\//u)
      .reply(async (request: Request) => {
        calls += 1;
        if (calls === 2) return [429, {}, { 'Retry-After': '2' }];
        posted.push((await record(request)).body);
        return [200, { id: `sent-${calls}` }];
      });
    const response = await harness.post(activity({ text: 'I am anxious about my exams' }));
    expect(response.status).toBe(200);
    expect(harness.waits).toEqual([2000]);
    // Opening text with its verse cards, then the closing text with the choices: each once.
    expect(
      posted.map((body) => [
        body['attachments'] !== undefined,
        body['suggestedActions'] !== undefined,
      ]),
    ).toEqual([
      [true, false],
      [false, true],
    ]);
    await harness.close();
  });

  it('refuses to send to a stored serviceUrl that is not loopback', async () => {
    const references = createMemoryConversationReferenceStore();
    await references.save('a:elsewhere', {
      channelId: 'msteams',
      serviceUrl: TEAMS_SERVICE_URL,
      conversation: { id: 'a:elsewhere' },
      bot: BOT,
      user: { id: '29:asha' },
    });
    const harness = await startHarness({ references });
    const teams = nock(TEAMS_SERVICE_URL).post(/.*/u).reply(200, {});
    const failure = await harness.channel
      .send('a:elsewhere', { parts: [{ type: 'text', text: 'hello' }] })
      .catch((error: unknown) => error);
    expect(failure).toMatchObject({
      reason: 'botframework:service-url-not-loopback',
      permanent: true,
    });
    expect(teams.isDone()).toBe(false);
    await harness.close();
  });

  it('cannot send to a conversation it has no reference for', async () => {
    const harness = await startHarness();
    const failure = await harness.channel
      .send('a:never-seen', { parts: [{ type: 'text', text: 'hello' }] })
      .catch((error: unknown) => error);
    expect(failure).toMatchObject({ reason: 'botframework:no-reference', permanent: true });
    await harness.close();
  });

  it('answers 503 before start and after close', async () => {
    const channel = createBotFrameworkChannel({ loopbackOnly: true });
    const app = express();
    app.use(express.json());
    channel.mount(app);
    const server = await new Promise<Server>((resolve) => {
      const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
    });
    const { port } = server.address() as AddressInfo;
    const post = () =>
      fetch(`http://127.0.0.1:${port}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(activity()),
      });
    expect((await post()).status).toBe(503);
    await channel.start({
      onMessage: () => Promise.reject(new Error('not reached')),
      deliver: () => Promise.resolve(),
      logger: { info: () => undefined, warn: () => undefined, error: () => undefined },
    });
    await channel.close();
    await channel.close();
    expect((await post()).status).toBe(503);
    await expect(
      channel.send('a:x', { parts: [{ type: 'text', text: 'x' }] }),
    ).rejects.toMatchObject({
      reason: 'botframework:closed',
    });
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('with an app id, rejects a request that carries no Bot Framework token', async () => {
    const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const harness = await startHarness({
      appId: 'app-id',
      appPassword: 'app-secret',
      loopbackOnly: false,
    });
    const posted = fakeConnector();
    const response = await harness.post(activity());
    expect(response.status).toBe(401);
    expect(harness.seen).toEqual([]);
    expect(posted).toEqual([]);
    quiet.mockRestore();
    await harness.close();
  });
});

describe('createBotFrameworkChannel', () => {
  it('refuses the anonymous mode off loopback', () => {
    expect(() => createBotFrameworkChannel({ loopbackOnly: false })).toThrow(
      /MICROSOFT_APP_ID is not set/u,
    );
  });

  it('names the settings a single-tenant app still needs, never their values', () => {
    expect(() =>
      createBotFrameworkChannel({ appId: 'app-id', appType: 'SingleTenant', loopbackOnly: false }),
    ).toThrow(
      'MICROSOFT_APP_TYPE=SingleTenant needs MICROSOFT_APP_PASSWORD and MICROSOFT_APP_TENANT_ID as well as MICROSOFT_APP_ID',
    );
  });
});
