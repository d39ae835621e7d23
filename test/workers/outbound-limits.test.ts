/**
 * Outbound limits against a real redis-server: the nudge processor waits for the channel's
 * limits before each send (the recording channel keeps the time each message was accepted), the
 * widget's pending nudges are not limited, one chat's sends are spaced by its per-address window,
 * and two limiters on the same Redis (two worker processes) share one budget.
 *
 * The limiter's windows are fixed and whole seconds (see workers/outbound-limits.ts): the first
 * window starts at the first send, so the first second holds at most `global` sends, and any
 * later second at most twice that (the end of one window and the start of the next).
 */
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { createChannelRegistry, createDelivery } from '../../channels/index.ts';
import {
  createNudgeContent,
  createNudgeProcessor,
  createNudgeScheduler,
  createOutboundLimiter,
  type NudgeOutcomeKind,
  type OutboundPolicies,
  createNudgeQueue,
} from '../../workers/index.ts';
import { jobAt, openNudgeWorld, recordingChannel, type NudgeWorld } from './nudge-fixtures.ts';

/** Timer and Redis TTL granularity: a window may end a few ms before our clock says it should. */
const SLACK_MS = 15;

let world: NudgeWorld;

beforeAll(async () => {
  world = await openNudgeWorld();
}, 120_000);

afterAll(async () => {
  await world.close();
});

/** The largest number of times falling in any `windowMs` span [t, t + windowMs). */
function busiestWindow(times: readonly number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let best = 0;
  for (let i = 0, j = 0; i < sorted.length; i++) {
    while (sorted[i]! - sorted[j]! >= windowMs) j++;
    best = Math.max(best, i - j + 1);
  }
  return best;
}

function firstSecond(times: readonly number[]): number {
  const first = Math.min(...times);
  return times.filter((t) => t < first + 1000 - SLACK_MS).length;
}

it('paces the nudge processor by the channel policy and leaves widget nudges alone', async () => {
  const policies: OutboundPolicies = { telegram: { global: { points: 5, seconds: 1 } } };
  const channel = recordingChannel('telegram');
  const queue = createNudgeQueue(`nudges-${randomUUID()}`, world.connection);
  const outcomes: [string, NudgeOutcomeKind][] = [];
  const process = createNudgeProcessor({
    stores: world.stores,
    channels: createChannelRegistry([channel]),
    deliver: createDelivery({
      markBlocked: (c, a, r, at) => world.stores.identities.markAddressBlocked(c, a, r, at),
    }),
    content: createNudgeContent({ knowledge: world.knowledge, nudges: world.stores.nudges }),
    scheduler: createNudgeScheduler(queue),
    workerId: 'limits-test',
    observer: { onOutcome: (name, outcome) => outcomes.push([name, outcome]) },
    limiter: createOutboundLimiter({
      redis: world.connection,
      policies,
      keyPrefix: `test-${randomUUID()}`,
    }),
  });
  const person = { timeZone: 'UTC', time: '07:30', quietHours: 'off' };
  const telegramPeople = await Promise.all(Array.from({ length: 12 }, () => world.addUser(person)));
  const widgetPerson = await world.addUser({ ...person, channel: 'web' });

  const dueAt = new Date();
  const started = Date.now();
  let widgetDoneAt = 0;
  await Promise.all([
    ...telegramPeople.map((p) => process(jobAt(p.userId, dueAt))),
    process(jobAt(widgetPerson.userId, dueAt)).then(() => (widgetDoneAt = Date.now())),
  ]);
  await queue.close();

  expect(outcomes.filter(([, o]) => o === 'sent')).toHaveLength(13);
  expect(new Set(channel.sent.map((s) => s.address))).toEqual(
    new Set(telegramPeople.map((p) => p.address)),
  );
  const times = channel.sent.map((s) => s.at.getTime());
  expect(firstSecond(times)).toBeLessThanOrEqual(5);
  expect(busiestWindow(times, 1000 - SLACK_MS)).toBeLessThanOrEqual(10);
  // 12 sends at 5 per window need three windows: the last starts at least 2 s after the first.
  expect(Math.max(...times) - Math.min(...times)).toBeGreaterThanOrEqual(2000 - SLACK_MS);
  // The widget's nudge is a store record: it did not queue behind Telegram's budget.
  expect(widgetDoneAt - started).toBeLessThan(1000);
  const utcDate = dueAt.toISOString().slice(0, 10);
  expect(await world.stores.pendingNudges.get(widgetPerson.userId, utcDate)).toBeDefined();
}, 20_000);

it('spaces the sends to one address by its per-address window', async () => {
  const limiter = createOutboundLimiter({
    redis: world.connection,
    policies: {
      telegram: { global: { points: 5, seconds: 1 }, perAddress: { points: 1, seconds: 1 } },
    },
    keyPrefix: `test-${randomUUID()}`,
  });
  const sends: { address: string; at: number }[] = [];
  const addresses = ['chat-a', 'chat-b', 'chat-c'];
  await Promise.all(
    addresses.flatMap((address) =>
      [0, 1, 2].map(async () => {
        await limiter.acquire('telegram', address);
        sends.push({ address, at: Date.now() });
      }),
    ),
  );

  expect(sends).toHaveLength(9);
  for (const address of addresses) {
    const times = sends
      .filter((s) => s.address === address)
      .map((s) => s.at)
      .sort((a, b) => a - b);
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(1000 - SLACK_MS);
    expect(times[2]! - times[1]!).toBeGreaterThanOrEqual(1000 - SLACK_MS);
  }
  expect(firstSecond(sends.map((s) => s.at))).toBeLessThanOrEqual(5);
  // A channel without a policy never waits.
  const before = Date.now();
  await Promise.all(Array.from({ length: 20 }, () => limiter.acquire('whatsapp', 'chat-a')));
  expect(Date.now() - before).toBeLessThan(500);
}, 20_000);

it('shares one budget between two limiters on the same Redis (two worker processes)', async () => {
  const other = new Redis(world.redis.url, { maxRetriesPerRequest: null });
  try {
    const keyPrefix = `test-${randomUUID()}`;
    const policies: OutboundPolicies = { botframework: { global: { points: 4, seconds: 1 } } };
    const limiters = [
      createOutboundLimiter({ redis: world.connection, policies, keyPrefix }),
      createOutboundLimiter({ redis: other, policies, keyPrefix }),
    ];
    const times: number[] = [];
    await Promise.all(
      limiters.flatMap((limiter, n) =>
        Array.from({ length: 6 }, async (_, i) => {
          await limiter.acquire('botframework', `conversation-${n}-${i}`);
          times.push(Date.now());
        }),
      ),
    );

    expect(times).toHaveLength(12);
    // Each alone would send its 6 within two windows (~1 s); sharing 4 per second, 12 need three.
    expect(firstSecond(times)).toBeLessThanOrEqual(4);
    expect(Math.max(...times) - Math.min(...times)).toBeGreaterThanOrEqual(2000 - SLACK_MS);
    expect(busiestWindow(times, 1000 - SLACK_MS)).toBeLessThanOrEqual(8);
  } finally {
    await other.quit();
  }
}, 20_000);

it('refuses a policy Redis cannot keep (windows are whole seconds)', () => {
  expect(() =>
    createOutboundLimiter({ policies: { telegram: { perAddress: { points: 1, seconds: 0.5 } } } }),
  ).toThrow(/whole number/);
});

it("applies no limit at all with policies 'none'", async () => {
  const limiter = createOutboundLimiter({ redis: world.connection, policies: 'none' });
  const before = Date.now();
  await Promise.all(Array.from({ length: 50 }, () => limiter.acquire('telegram', 'chat-a')));
  expect(Date.now() - before).toBeLessThan(500);
});
