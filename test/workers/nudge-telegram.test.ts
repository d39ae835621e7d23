/**
 * Nudges through the real Telegram channel, with nock playing the Bot API: a 429 delays the
 * nudge and then delivers it once; a 403 "bot was blocked by the user" disables the address and
 * no later nudge is sent there.
 */
import nock from 'nock';
import { createChannelRegistry, createDelivery } from '../../channels/index.ts';
import { createTelegramChannel } from '../../channels/telegram/index.ts';
import type { Queue } from 'bullmq';
import {
  createNudgeContent,
  createNudgeProcessor,
  createNudgeScheduler,
  type NudgeJobData,
  type NudgeOutcomeKind,
  createNudgeQueue,
} from '../../workers/index.ts';
import { API, BOT_INFO, TOKEN } from '../channels/telegram/updates.ts';
import { jobAt, openNudgeWorld, type NudgeWorld } from './nudge-fixtures.ts';

let world: NudgeWorld;
let queue: Queue<NudgeJobData>;

beforeAll(async () => {
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
  world = await openNudgeWorld();
  queue = createNudgeQueue(`nudges-telegram-${Date.now()}`, world.connection);
}, 120_000);

afterAll(async () => {
  await queue.obliterate({ force: true });
  await queue.close();
  await world.close();
  nock.cleanAll();
  nock.enableNetConnect();
  nock.restore();
});

function telegramProcessor(now: () => Date, outcomes: NudgeOutcomeKind[]) {
  const telegram = createTelegramChannel({ token: TOKEN, botInfo: BOT_INFO });
  return createNudgeProcessor({
    stores: world.stores,
    channels: createChannelRegistry([telegram]),
    deliver: createDelivery({
      markBlocked: (c, a, r, at) => world.stores.identities.markAddressBlocked(c, a, r, at),
    }),
    content: createNudgeContent({ knowledge: world.knowledge, nudges: world.stores.nudges }),
    scheduler: createNudgeScheduler(queue),
    workerId: 'telegram-test',
    now,
    observer: { onOutcome: (_channel, outcome) => outcomes.push(outcome) },
  });
}

const sendPath = `/bot${TOKEN}/sendMessage`;

function accepted(chatId: number) {
  return [
    200,
    { ok: true, result: { message_id: 1, date: 0, chat: { id: chatId, type: 'private' } } },
  ] as const;
}

it('waits out a 429 and then delivers the nudge once', async () => {
  const chatId = 5_550_001;
  // Telegram addresses are numeric chat ids.
  const { user } = await world.stores.identities.findOrCreateByIdentity({
    channel: 'telegram',
    channelUserId: String(chatId),
    address: String(chatId),
    now: new Date('2027-01-01T00:00:00Z'),
  });
  await world.stores.users.updateSettings(user.id, { timeZone: 'UTC' });
  await world.stores.reminders.update(user.id, { time: '08:00', quietHours: 'off' }, new Date());

  const requests: number[] = [];
  nock(API)
    .post(sendPath)
    .reply(() => {
      requests.push(Date.now());
      return [
        429,
        {
          ok: false,
          error_code: 429,
          description: 'Too Many Requests: retry after 1',
          parameters: { retry_after: 1 },
        },
      ] as const;
    })
    .post(sendPath)
    .reply(() => {
      requests.push(Date.now());
      return accepted(chatId);
    });

  const scheduled = new Date('2027-01-05T08:00:00Z');
  const outcomes: NudgeOutcomeKind[] = [];
  const process = telegramProcessor(() => new Date(scheduled.getTime() + 1_000), outcomes);
  await process(jobAt(user.id, scheduled));

  expect(outcomes).toEqual(['sent']);
  // One refused attempt, then the nudge (Telegram gets it as one message), a second later.
  expect(requests).toHaveLength(2);
  expect(requests[1]! - requests[0]!).toBeGreaterThanOrEqual(900);
  expect(await world.stores.nudges.get(user.id, '2027-01-05')).toMatchObject({
    status: 'sent',
    channel: 'telegram',
  });
  expect(nock.isDone()).toBe(true);
}, 30_000);

it('stops nudging an address after 403 "bot was blocked by the user"', async () => {
  const chatId = 5_550_002;
  const { user } = await world.stores.identities.findOrCreateByIdentity({
    channel: 'telegram',
    channelUserId: String(chatId),
    address: String(chatId),
    now: new Date('2027-01-01T00:00:00Z'),
  });
  await world.stores.users.updateSettings(user.id, { timeZone: 'UTC' });
  await world.stores.reminders.update(user.id, { time: '08:00', quietHours: 'off' }, new Date());
  let calls = 0;
  nock(API)
    .post(sendPath)
    .reply(() => {
      calls++;
      return [
        403,
        { ok: false, error_code: 403, description: 'Forbidden: bot was blocked by the user' },
      ] as const;
    });

  const outcomes: NudgeOutcomeKind[] = [];
  let now = new Date('2027-01-05T08:00:01Z');
  const process = telegramProcessor(() => now, outcomes);
  await process(jobAt(user.id, new Date('2027-01-05T08:00:00Z')));
  now = new Date('2027-01-06T08:00:01Z');
  await process(jobAt(user.id, new Date('2027-01-06T08:00:00Z')));

  expect(calls).toBe(1);
  expect(outcomes).toEqual(['failed', 'skipped_no_address']);
  expect(await world.stores.identities.addressesOf(user.id)).toEqual([
    expect.objectContaining({ blockedReason: 'telegram:403-blocked' }),
  ]);
  expect(await world.stores.nudges.get(user.id, '2027-01-05')).toMatchObject({
    status: 'failed',
    reason: 'telegram:403-blocked',
  });
});
