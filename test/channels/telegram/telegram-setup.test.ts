/**
 * Setting the channel up: which URL is registered, what a missing or malformed secret does, and
 * that a Telegram that refuses registration leaves the server running (degrade, don't fail).
 */
import type { Server } from 'node:http';
import express from 'express';
import nock from 'nock';
import type { ChannelLog } from '../../../channels/index.ts';
import {
  createTelegramChannel,
  TELEGRAM_WEBHOOK_PATH,
  TelegramConfigError,
  webhookEndpoint,
  type TelegramChannel,
} from '../../../channels/telegram/index.ts';
import { API, BOT_INFO, groupUpdate, person, TOKEN } from './updates.ts';

const path = (method: string) => `/bot${TOKEN}/${method}`;

function recordingLogger() {
  const lines: Array<[string, object, string]> = [];
  const logger: ChannelLog = {
    info: (details, message) => lines.push(['info', details, message]),
    warn: (details, message) => lines.push(['warn', details, message]),
    error: (details, message) => lines.push(['error', details, message]),
  };
  return { lines, logger };
}

/** A context for setups where no message reaches the engine. */
function context(logger: ChannelLog) {
  return {
    onMessage: () => Promise.reject(new Error('no message should reach the engine here')),
    deliver: () => Promise.reject(new Error('nothing should be sent here')),
    logger,
  };
}

async function listen(adapter: TelegramChannel): Promise<{ url: string; server: Server }> {
  const app = express();
  app.use(express.json());
  adapter.mount?.(app);
  const server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return { url: `http://127.0.0.1:${port}${TELEGRAM_WEBHOOK_PATH}`, server };
}

beforeAll(() => {
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
});

afterEach(() => {
  nock.cleanAll();
});

afterAll(() => {
  nock.enableNetConnect();
  nock.restore();
});

describe('webhookEndpoint', () => {
  it.each([
    ['https://sarathi.example.org', 'https://sarathi.example.org/telegram/webhook'],
    ['https://sarathi.example.org/', 'https://sarathi.example.org/telegram/webhook'],
    [
      'https://sarathi.example.org/telegram/webhook',
      'https://sarathi.example.org/telegram/webhook',
    ],
    ['https://proxy.example.org/hooks/tg', 'https://proxy.example.org/hooks/tg'],
  ])('%s → %s', (given, registered) => {
    expect(webhookEndpoint(given)).toBe(registered);
  });
});

describe('Telegram channel setup', () => {
  it('refuses a secret Telegram would reject, without echoing it', () => {
    const make = () =>
      createTelegramChannel({
        token: TOKEN,
        webhookUrl: 'https://sarathi.example.org',
        webhookSecret: 'has spaces & symbols!',
        botInfo: BOT_INFO,
      });
    expect(make).toThrow(TelegramConfigError);
    expect(make).not.toThrow(/spaces/u);
  });

  it('without a configured secret, registers a random one, warns, and checks it', async () => {
    const registered: Array<Record<string, unknown>> = [];
    nock(API).post(path('setMyCommands')).times(2).reply(200, { ok: true, result: true });
    nock(API)
      .post(path('setWebhook'))
      .reply(async (request: Request) => {
        registered.push((await request.json()) as Record<string, unknown>);
        return [200, { ok: true, result: true }] as const;
      });
    const { lines, logger } = recordingLogger();
    const adapter = createTelegramChannel({
      token: TOKEN,
      webhookUrl: 'https://sarathi.example.org',
      botInfo: BOT_INFO,
    });
    await adapter.start(context(logger));
    const { url, server } = await listen(adapter);
    try {
      const secret = registered[0]?.['secret_token'];
      expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/u);
      expect(lines).toContainEqual([
        'warn',
        {},
        'TELEGRAM_WEBHOOK_SECRET is not set: using a per-process secret (run one instance only)',
      ]);
      const update = JSON.stringify(groupUpdate(person(), 'hi all'));
      const post = (header: string) =>
        fetch(url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-telegram-bot-api-secret-token': header,
          },
          body: update,
        });
      expect((await post(String(secret))).status).toBe(200);
      expect((await post('guessed')).status).toBe(401);
    } finally {
      await adapter.close();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('answers 503 to updates that arrive before start, so Telegram delivers them again', async () => {
    const adapter = createTelegramChannel({
      token: TOKEN,
      webhookUrl: 'https://sarathi.example.org',
      webhookSecret: 'secret_1',
      botInfo: BOT_INFO,
    });
    const { url, server } = await listen(adapter);
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-telegram-bot-api-secret-token': 'secret_1',
        },
        body: JSON.stringify(groupUpdate(person(), 'early')),
      });
      expect(response.status).toBe(503);
    } finally {
      await adapter.close();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('keeps running when Telegram refuses the webhook and the menu, and says why', async () => {
    const unauthorized = { ok: false, error_code: 401, description: 'Unauthorized' };
    nock(API).post(path('setMyCommands')).reply(401, unauthorized);
    nock(API).post(path('setWebhook')).reply(401, unauthorized);
    const { lines, logger } = recordingLogger();
    const adapter = createTelegramChannel({
      token: TOKEN,
      webhookUrl: 'https://sarathi.example.org',
      webhookSecret: 'secret_1',
      botInfo: BOT_INFO,
    });

    await adapter.start(context(logger));
    await adapter.close();

    expect(lines).toEqual([
      ['warn', { error: 'GrammyError', code: 401 }, 'telegram command menu not set'],
      ['error', { error: 'GrammyError', code: 401 }, 'telegram webhook not registered'],
    ]);
    expect(nock.pendingMocks()).toEqual([]);
  });

  it('reports long polling that cannot start, without taking the caller down', async () => {
    nock(API).post(path('setMyCommands')).times(2).reply(200, { ok: true, result: true });
    nock(API)
      .post(path('deleteWebhook'))
      .reply(401, { ok: false, error_code: 401, description: 'Unauthorized' });
    const { lines, logger } = recordingLogger();
    const adapter = createTelegramChannel({ token: TOKEN, botInfo: BOT_INFO });

    await adapter.start(context(logger));
    while (!lines.some(([, , message]) => message === 'telegram long polling stopped')) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await adapter.close();

    expect(lines).toEqual([
      ['error', { error: 'GrammyError', code: 401 }, 'telegram long polling stopped'],
    ]);
  });
});
