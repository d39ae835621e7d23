/**
 * Daily nudges against a real redis-server: the BullMQ schedulers fire at the person's own local
 * minute, daylight-saving days in New York give one 07:30 nudge each, quiet hours and lateness
 * are honoured, duplicates of a job never double-send, and a person who deletes their data gets
 * nothing more.
 */
import { randomUUID } from 'node:crypto';
import { getNextMillis, type Queue } from 'bullmq';
import { createChannelRegistry, createDelivery } from '../../channels/index.ts';
import { createConversationEngine } from '../../src/conversation/index.ts';
import type { InboundMessage } from '../../src/messages/index.ts';
import { localClock } from '../../src/reminders/index.ts';
import {
  createNudgeContent,
  createNudgeProcessor,
  createNudgeScheduler,
  NudgeLeaseHeldError,
  nudgeSchedulerId,
  startNudgeWorker,
  type NudgeJobData,
  type NudgeOutcomeKind,
  createNudgeQueue,
  nudgeRepeatStrategy,
} from '../../workers/index.ts';
import { silentLogger, testMasterKeys } from '../helpers/engine.ts';
import { projectJourneys } from '../helpers/project.ts';
import { journeyNudgeSource } from '../../src/app/index.ts';
import { jobAt, openNudgeWorld, recordingChannel, type NudgeWorld } from './nudge-fixtures.ts';

let world: NudgeWorld;

beforeAll(async () => {
  world = await openNudgeWorld();
}, 120_000);

afterAll(async () => {
  await world.close();
});

function queueFor(): Queue<NudgeJobData> {
  return createNudgeQueue(`nudges-${randomUUID()}`, world.connection);
}

function processorWith(
  now: () => Date,
  outcomes: NudgeOutcomeKind[] = [],
  journeys?: Parameters<typeof createNudgeContent>[0]['journeys'],
) {
  const channel = recordingChannel('telegram', now);
  const queue = queueFor();
  const process = createNudgeProcessor({
    stores: world.stores,
    channels: createChannelRegistry([channel]),
    deliver: createDelivery({
      markBlocked: (c, a, r, at) => world.stores.identities.markAddressBlocked(c, a, r, at),
    }),
    content: createNudgeContent({
      knowledge: world.knowledge,
      nudges: world.stores.nudges,
      ...(journeys === undefined ? {} : { journeys }),
    }),
    scheduler: createNudgeScheduler(queue),
    workerId: 'test',
    now,
    observer: { onOutcome: (_channel, outcome) => outcomes.push(outcome) },
  });
  return { channel, queue, process };
}

it('fires at the chosen local minute for people in three time zones', async () => {
  // The next whole minute (at least 5 s away), written on each person's own clock.
  const fireAt = new Date(Math.ceil((Date.now() + 5_000) / 60_000) * 60_000);
  const zones = ['Asia/Kolkata', 'America/New_York', 'Europe/London'];
  const people = await Promise.all(
    zones.map(async (timeZone) => {
      const local = localClock(fireAt, timeZone);
      const time = `${String(local.hour).padStart(2, '0')}:${String(local.minute).padStart(2, '0')}`;
      // Quiet hours off: this test runs at whatever hour the machine's clock says.
      return { timeZone, time, ...(await world.addUser({ timeZone, time, quietHours: 'off' })) };
    }),
  );
  const channel = recordingChannel('telegram');
  const worker = await startNudgeWorker({
    redisUrl: world.redis.url,
    queueName: `nudges-${randomUUID()}`,
    stores: world.stores,
    channels: createChannelRegistry([channel]),
    deliver: createDelivery({
      markBlocked: (c, a, r, at) => world.stores.identities.markAddressBlocked(c, a, r, at),
    }),
    content: createNudgeContent({ knowledge: world.knowledge, nudges: world.stores.nudges }),
    logger: silentLogger,
  });
  try {
    for (const person of people) {
      const [hour, minute] = person.time.split(':').map(Number);
      await worker.scheduler.schedule(
        person.userId,
        { hour: hour!, minute: minute! },
        person.timeZone,
      );
    }
    const deadline = fireAt.getTime() + 20_000;
    while (channel.sent.length < people.length && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }

    expect(channel.sent).toHaveLength(3);
    for (const person of people) {
      const got = channel.sent.filter((s) => s.address === person.address);
      expect(got).toHaveLength(1);
      const local = localClock(got[0]!.at, person.timeZone);
      const shown = `${String(local.hour).padStart(2, '0')}:${String(local.minute).padStart(2, '0')}`;
      expect(shown).toBe(person.time);
      // The content is a verse card from the corpus, framed by our words.
      expect(got[0]!.reply.parts.map((p) => p.type)).toEqual(['text', 'verse', 'text']);
      const localDate = localClock(fireAt, person.timeZone).date;
      expect(await world.stores.nudges.get(person.userId, localDate)).toMatchObject({
        status: 'sent',
        channel: 'telegram',
      });
    }
  } finally {
    await worker.queue.obliterate({ force: true });
    await worker.close();
  }
}, 90_000);

describe('daylight saving in America/New_York', () => {
  const zone = 'America/New_York';
  const pattern = '30 7 * * *';
  // 2027: clocks go forward on 14 March at 02:00 and back on 7 November at 02:00.
  const windows = [
    {
      name: 'spring forward',
      from: '2027-03-12T15:00:00Z',
      dates: ['2027-03-13', '2027-03-14', '2027-03-15'],
    },
    {
      name: 'fall back',
      from: '2027-11-05T15:00:00Z',
      dates: ['2027-11-06', '2027-11-07', '2027-11-08'],
    },
  ];

  it.each(windows)(
    "the nudge repeat strategy gives one 07:30 per day, as BullMQ's cron strategy does ($name)",
    async ({ from, dates }) => {
      const runs: number[] = [];
      let millis = new Date(from).getTime();
      for (let i = 0; i < dates.length; i++) {
        const next = (await nudgeRepeatStrategy(millis, { pattern, tz: zone }))!;
        expect(next).toBe(getNextMillis(millis, { pattern, tz: zone }));
        millis = next;
        runs.push(millis);
      }
      expect(runs.map((m) => localClock(new Date(m), zone))).toEqual(
        dates.map((date) => ({ date, hour: 7, minute: 30 })),
      );
      // 23 h across spring-forward and 25 h across fall-back: the offset really changed.
      const gaps = runs.slice(1).map((m, i) => (m - runs[i]!) / 3_600_000);
      expect(gaps.some((g) => g === 23 || g === 25)).toBe(true);
    },
  );

  it.each(windows)(
    'a real scheduler in Redis fires 07:30 local on the change day, and a repeat of the job sends nothing ($name)',
    async ({ from, dates }) => {
      const { userId, address } = await world.addUser({ timeZone: zone, time: '07:30' });
      const changeDay = dates[1]!;
      const queue = queueFor();
      try {
        // startDate moves "now" to the day before the change; BullMQ computes the next run.
        await queue.upsertJobScheduler(
          nudgeSchedulerId(userId),
          { pattern, tz: zone, startDate: new Date(new Date(from).getTime() + 86_400_000) },
          { name: 'nudge', data: { userId } },
        );
        const [job] = await queue.getDelayed();
        const scheduled = new Date(job!.opts.prevMillis!);
        expect(localClock(scheduled, zone)).toEqual({ date: changeDay, hour: 7, minute: 30 });

        const outcomes: NudgeOutcomeKind[] = [];
        const run = processorWith(() => new Date(scheduled.getTime() + 2_000), outcomes);
        try {
          await run.process(job!);
          await run.process(job!); // the same job again (a retry, a duplicate scheduler)
          await run.process(jobAt(userId, scheduled)); // a second worker's copy
        } finally {
          await run.queue.close();
        }
        expect(run.channel.sent.map((s) => s.address)).toEqual([address]);
        expect(outcomes).toEqual(['sent', 'skipped_already', 'skipped_already']);
      } finally {
        await queue.obliterate({ force: true });
        await queue.close();
      }
    },
  );
});

describe('quiet hours and lateness', () => {
  it('skips a late nudge that would land in quiet hours, and records why', async () => {
    const { userId } = await world.addUser({ timeZone: 'Asia/Kolkata', time: '20:30' });
    const scheduled = new Date('2027-01-10T15:00:00Z'); // 20:30 IST
    const outcomes: NudgeOutcomeKind[] = [];
    // Two hours late (a long outage): 22:30 IST, inside the default 22:00-07:00.
    const run = processorWith(() => new Date(scheduled.getTime() + 2 * 3_600_000), outcomes);
    await run.process(jobAt(userId, scheduled));
    await run.queue.close();

    expect(run.channel.sent).toEqual([]);
    expect(outcomes).toEqual(['skipped_quiet']);
    expect(await world.stores.nudges.get(userId, '2027-01-10')).toMatchObject({
      status: 'skipped',
      reason: 'quiet',
    });
  });

  it('sends at a time the person chose inside their quiet hours', async () => {
    const { userId, address } = await world.addUser({
      timeZone: 'Europe/London',
      time: '23:15',
      quietHours: '22:00-07:00',
    });
    const scheduled = new Date('2027-01-10T23:15:00Z');
    const run = processorWith(() => new Date(scheduled.getTime() + 1_000));
    await run.process(jobAt(userId, scheduled));
    await run.queue.close();

    expect(run.channel.sent.map((s) => s.address)).toEqual([address]);
  });

  it('skips a nudge more than three hours late, and records it', async () => {
    const { userId } = await world.addUser({ timeZone: 'UTC', time: '09:00', quietHours: 'off' });
    const scheduled = new Date('2027-02-01T09:00:00Z');
    const outcomes: NudgeOutcomeKind[] = [];
    const run = processorWith(() => new Date(scheduled.getTime() + 3 * 3_600_000 + 1), outcomes);
    await run.process(jobAt(userId, scheduled));
    await run.queue.close();

    expect(run.channel.sent).toEqual([]);
    expect(outcomes).toEqual(['skipped_late']);
    expect(await world.stores.nudges.get(userId, '2027-02-01')).toMatchObject({
      status: 'skipped',
      reason: 'late',
    });
  });
});

it("sends the day's journey card to someone on a journey, through the engine", async () => {
  const engine = createConversationEngine({
    knowledge: world.knowledge,
    stores: world.stores,
    masterKeys: testMasterKeys(),
    journeys: await projectJourneys(),
    logger: silentLogger,
    maxMessageLength: 2000,
  });
  const channelUserId = randomUUID();
  const started = new Date('2027-05-01T06:00:00Z');
  const reply = await engine.handle({
    channel: 'telegram',
    address: `chat-${channelUserId}`,
    channelUserId,
    dedupeKey: randomUUID(),
    text: '/journey start calmer-mind',
    receivedAt: started,
  });
  const user = { id: reply.meta.userId ?? '' };
  await world.stores.users.updateSettings(user.id, { timeZone: 'UTC' });
  await world.stores.reminders.update(user.id, { time: '07:30', quietHours: 'off' }, started);

  const scheduled = new Date('2027-05-01T07:30:00Z');
  const run = processorWith(
    () => new Date(scheduled.getTime() + 1_000),
    [],
    journeyNudgeSource(engine, () => scheduled),
  );
  await run.process(jobAt(user.id, scheduled));
  await run.queue.close();

  expect(run.channel.sent).toHaveLength(1);
  const parts = run.channel.sent[0]?.reply.parts ?? [];
  const heading = parts.find((p) => p.type === 'text');
  expect(heading?.type === 'text' ? heading.text : '').toContain('1');
  const journeys = await projectJourneys();
  const dayOne = journeys.get('calmer-mind')?.days[0];
  expect(
    parts.filter((p) => p.type === 'verse').map((p) => (p.type === 'verse' ? p.ref : '')),
  ).toEqual(dayOne?.refs);
});

it('gives no verse twice in a row of days until the cycle ends', async () => {
  const { userId } = await world.addUser({ timeZone: 'UTC', time: '08:00', quietHours: 'off' });
  let now = new Date('2027-04-01T08:00:01Z');
  const run = processorWith(() => now);
  for (let day = 0; day < 30; day++) {
    const scheduled = new Date(Date.UTC(2027, 3, 1 + day, 8, 0));
    now = new Date(scheduled.getTime() + 1_000);
    await run.process(jobAt(userId, scheduled));
  }
  await run.queue.close();
  const refs = run.channel.sent.map((s) => s.reply.parts.find((p) => p.type === 'verse'));
  expect(refs).toHaveLength(30);
  expect(new Set(refs.map((p) => (p?.type === 'verse' ? p.ref : ''))).size).toBe(30);
});

it('sends nothing more to someone who set a reminder and then deleted their data', async () => {
  const queue = queueFor();
  const scheduler = createNudgeScheduler(queue);
  const engine = createConversationEngine({
    knowledge: world.knowledge,
    stores: world.stores,
    masterKeys: testMasterKeys(),
    journeys: await projectJourneys(),
    logger: silentLogger,
    maxMessageLength: 2000,
    reminderScheduler: scheduler,
  });
  const session = randomUUID();
  let n = 0;
  const say = (text: string, receivedAt = new Date()): Promise<unknown> => {
    const message: InboundMessage = {
      channel: 'telegram',
      address: `chat-${session}`,
      channelUserId: session,
      dedupeKey: `${session}-${++n}`,
      text,
      timeZone: 'Asia/Kolkata',
      receivedAt,
    };
    return engine.handle(message);
  };
  try {
    const set = (await say('/remind 7:30')) as { meta: { userId: string } };
    const userId = set.meta.userId;
    expect(await queue.getJobScheduler(nudgeSchedulerId(userId))).toMatchObject({
      pattern: '30 7 * * *',
      tz: 'Asia/Kolkata',
    });
    const [pending] = await queue.getDelayed();
    expect(pending?.data).toEqual({ userId });

    const ask = (await say('/delete')) as {
      parts: { type: string; choices?: { payload: string }[] }[];
    };
    const confirm = ask.parts.find((p) => p.type === 'choices')!.choices![0]!.payload;
    await say(confirm);

    expect(await world.stores.users.get(userId)).toBeUndefined();
    expect(await queue.getJobScheduler(nudgeSchedulerId(userId))).toBeUndefined();
    expect(await queue.getDelayed()).toEqual([]);
    // A job already taken by a worker before the delete still sends nothing.
    const run = processorWith(() => new Date(pending!.opts.prevMillis! + 1_000));
    const result = await run.process(pending!);
    await run.queue.close();
    expect(result.outcome).toBe('user_gone');
    expect(run.channel.sent).toEqual([]);
  } finally {
    await queue.obliterate({ force: true });
    await queue.close();
  }
});

it("waits out a dead worker's live lease instead of finishing, then takes the day over", async () => {
  const { userId, address } = await world.addUser({ timeZone: 'UTC', time: '08:00' });
  const scheduled = new Date('2027-02-01T08:00:00Z');
  // A worker claimed the day and died before confirming; its job comes back while the lease lives.
  await world.stores.nudges.claim({
    userId,
    localDate: '2027-02-01',
    owner: 'dead-worker:job:0',
    now: new Date(scheduled.getTime() + 1_000),
    leaseMs: 60_000,
  });
  let now = new Date(scheduled.getTime() + 20_000);
  const outcomes: NudgeOutcomeKind[] = [];
  const run = processorWith(() => now, outcomes);
  try {
    const waiting = run.process(jobAt(userId, scheduled, 1));
    await expect(waiting).rejects.toBeInstanceOf(NudgeLeaseHeldError);
    // Told to come back just after the lease ends (a second of margin for clocks).
    await expect(waiting).rejects.toMatchObject({
      retryAt: new Date(scheduled.getTime() + 62_000),
    });
    expect(run.channel.sent).toEqual([]);

    now = new Date(scheduled.getTime() + 62_000);
    await run.process(jobAt(userId, scheduled, 1));
  } finally {
    await run.queue.close();
  }
  expect(run.channel.sent.map((s) => s.address)).toEqual([address]);
  expect(outcomes).toEqual(['possible_duplicate', 'sent']);
  expect(await world.stores.nudges.get(userId, '2027-02-01')).toMatchObject({
    status: 'sent',
    takeovers: 1,
  });
});
