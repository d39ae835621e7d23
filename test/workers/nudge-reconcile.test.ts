/**
 * Restoring the job schedulers from the store's reminders, on a real redis-server: after Redis
 * lost its data every person with a reminder has their scheduler back, wrong ones are corrected,
 * schedulers of people without a reminder go, and a second run changes nothing.
 */
import { randomUUID } from 'node:crypto';
import {
  createNudgeQueue,
  createNudgeScheduler,
  nudgeSchedulerId,
  reconcileNudgeSchedulers,
  startNudgeWorker,
} from '../../workers/index.ts';
import { createChannelRegistry, createDelivery } from '../../channels/index.ts';
import { createNudgeContent } from '../../workers/index.ts';
import { openNudgeWorld, recordingChannel, type NudgeWorld } from './nudge-fixtures.ts';

let world: NudgeWorld;

beforeAll(async () => {
  world = await openNudgeWorld();
}, 120_000);

afterAll(async () => {
  await world.close();
});

async function schedulersOf(queue: ReturnType<typeof createNudgeQueue>) {
  const all = await queue.getJobSchedulers(0, -1, true);
  return new Map(all.map((s) => [s.key, { pattern: s.pattern, tz: s.tz }]));
}

it('restores lost schedulers, corrects wrong ones, removes orphans, and is idempotent', async () => {
  const queue = createNudgeQueue(`nudges-${randomUUID()}`, world.connection);
  const scheduler = createNudgeScheduler(queue);
  try {
    const lost = await world.addUser({ timeZone: 'Asia/Kolkata', time: '07:30' });
    const wrong = await world.addUser({ timeZone: 'America/New_York', time: '08:05' });
    const right = await world.addUser({ timeZone: 'Europe/London', time: '21:00' });
    const noZone = await world.addUser({ time: '06:00' });
    const stopped = await world.addUser({ timeZone: 'UTC' });
    // Redis as an old backup left it: one scheduler with last month's time, one for a person
    // who has since stopped their reminders, one right, one missing.
    await scheduler.schedule(wrong.userId, { hour: 9, minute: 0 }, 'America/New_York');
    await scheduler.schedule(stopped.userId, { hour: 7, minute: 0 }, 'UTC');
    await scheduler.schedule(right.userId, { hour: 21, minute: 0 }, 'Europe/London');

    const first = await reconcileNudgeSchedulers({
      queue,
      scheduler,
      stores: world.stores,
      pageSize: 2,
    });

    const after = await schedulersOf(queue);
    expect(after.get(nudgeSchedulerId(lost.userId))).toEqual({
      pattern: '30 7 * * *',
      tz: 'Asia/Kolkata',
    });
    expect(after.get(nudgeSchedulerId(wrong.userId))).toEqual({
      pattern: '5 8 * * *',
      tz: 'America/New_York',
    });
    expect(after.get(nudgeSchedulerId(right.userId))).toEqual({
      pattern: '0 21 * * *',
      tz: 'Europe/London',
    });
    expect(after.has(nudgeSchedulerId(noZone.userId))).toBe(false);
    expect(after.has(nudgeSchedulerId(stopped.userId))).toBe(false);
    // Other tests' users in this file's store may add to these counts; ours are at least these.
    expect(first).toEqual({
      unchanged: expect.any(Number) as number,
      restored: expect.any(Number) as number,
      removed: 1,
    });
    expect(first.restored).toBeGreaterThanOrEqual(2);
    expect(first.unchanged).toBeGreaterThanOrEqual(1);

    const second = await reconcileNudgeSchedulers({ queue, scheduler, stores: world.stores });
    expect(second).toEqual({
      unchanged: first.unchanged + first.restored,
      restored: 0,
      removed: 0,
    });
    expect(await schedulersOf(queue)).toEqual(after);
  } finally {
    await queue.obliterate({ force: true });
    await queue.close();
  }
});

it('a worker started with reconcileSchedules restores them by itself', async () => {
  const person = await world.addUser({ timeZone: 'Asia/Kolkata', time: '05:45' });
  const infos: object[] = [];
  const worker = await startNudgeWorker({
    redisUrl: world.redis.url,
    queueName: `nudges-${randomUUID()}`,
    stores: world.stores,
    channels: createChannelRegistry([recordingChannel('telegram')]),
    deliver: createDelivery({
      markBlocked: (c, a, r, at) => world.stores.identities.markAddressBlocked(c, a, r, at),
    }),
    content: createNudgeContent({ knowledge: world.knowledge, nudges: world.stores.nudges }),
    logger: {
      info: (details) => infos.push(details),
      warn: () => undefined,
      error: () => undefined,
    },
    reconcileSchedules: true,
  });
  try {
    const deadline = Date.now() + 10_000;
    while (infos.length === 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(infos).toHaveLength(1);
    const restored = await worker.queue.getJobScheduler(nudgeSchedulerId(person.userId));
    expect(restored).toMatchObject({ pattern: '45 5 * * *', tz: 'Asia/Kolkata' });
  } finally {
    await worker.queue.obliterate({ force: true });
    await worker.close();
  }
});
