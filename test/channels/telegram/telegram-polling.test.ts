/**
 * Long-polling mode (no public URL, local development): `start()` returns while polling goes on
 * in the background; updates from `getUpdates` take the same path as webhook ones; `close()`
 * stops polling and confirms the last update to Telegram. nock plays the Bot API.
 */
import nock from 'nock';
import { createDelivery, type ChannelLog } from '../../../channels/index.ts';
import { createTelegramChannel } from '../../../channels/telegram/index.ts';
import type { EngineReply } from '../../../src/conversation/index.ts';
import { openTestEngine, type TestEngine } from '../../helpers/engine.ts';
import { API, BOT_INFO, person, textUpdate, TOKEN } from './updates.ts';

const path = (method: string) => `/bot${TOKEN}/${method}`;
const esc = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

let testEngine: TestEngine;

beforeAll(async () => {
  nock.disableNetConnect();
  testEngine = await openTestEngine();
});

afterAll(async () => {
  await testEngine.close();
  nock.cleanAll();
  nock.enableNetConnect();
  nock.restore();
});

const silent: ChannelLog = { info: () => undefined, warn: () => undefined, error: () => undefined };

describe('Telegram channel (long polling)', () => {
  it('polls in the background, answers what arrives, and confirms the last update on close', async () => {
    const asha = person();
    const update = textUpdate(asha, '/help');
    // Recorded in the reply callbacks, which nock runs only for the interceptor that matched.
    const calls: Array<[string, unknown]> = [];
    const ok = (method: string, result: unknown) => async (request: Request) => {
      calls.push([method, await request.json()]);
      return [200, { ok: true, result }] as const;
    };
    nock(API)
      .post(path('setMyCommands'))
      .times(2)
      .reply(ok('setMyCommands', true))
      .post(path('deleteWebhook'))
      .reply(ok('deleteWebhook', true))
      .post(path('getUpdates'))
      .reply(ok('getUpdates', [update]));
    // Later polls find nothing new; each answers after a short wait, as a long poll would.
    nock(API).persist().post(path('getUpdates')).delay(100).reply(ok('getUpdates', []));
    const sent = new Promise<unknown>((resolve) => {
      nock(API)
        .post(path('sendMessage'))
        .reply(async (request: Request) => {
          resolve(await request.json());
          return [
            200,
            {
              ok: true,
              result: { message_id: 1, date: 1, chat: { id: asha.id, type: 'private' } },
            },
          ] as const;
        });
    });

    const adapter = createTelegramChannel({ token: TOKEN, botInfo: BOT_INFO });
    expect(adapter.mode).toBe('polling');
    expect(adapter.mount).toBeUndefined();
    const replies: EngineReply[] = [];
    // Resolving at all shows start() does not wait for polling to end.
    await adapter.start({
      onMessage: async (message) => {
        const reply = await testEngine.engine.handle(message);
        replies.push(reply);
        return reply;
      },
      deliver: createDelivery({
        markBlocked: (channel, address, reason, at) =>
          testEngine.stores.identities.markAddressBlocked(channel, address, reason, at),
      }),
      logger: silent,
    });

    const body = await sent;
    const helpText = replies[0]?.parts[0];
    expect(helpText?.type).toBe('text');
    expect(body).toEqual({
      chat_id: asha.id,
      text: esc(helpText?.type === 'text' ? helpText.text : ''),
      parse_mode: 'HTML',
      link_preview_options: { is_disabled: true },
    });

    await adapter.close();
    await adapter.close(); // a second close is harmless

    const methods = calls.map(([method]) => method);
    expect(methods.slice(0, 4)).toEqual([
      'setMyCommands',
      'setMyCommands',
      'deleteWebhook',
      'getUpdates',
    ]);
    expect(new Set(methods.slice(4))).toEqual(new Set(['getUpdates']));
    expect(calls[3]?.[1]).toMatchObject({ allowed_updates: ['message', 'callback_query'] });
    // The last call confirms the update we handled by moving the offset past it.
    expect(calls.at(-1)?.[1]).toEqual({ offset: update.update_id + 1, limit: 1 });
    const before = calls.length;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(calls.length).toBe(before); // polling really stopped
  });
});
