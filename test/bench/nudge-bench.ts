/**
 * `npm run bench:nudges -- --users 100000 [--concurrency 50]`: that many people due in the same
 * minute, each with a real BullMQ job scheduler, run by the real nudge worker in this process
 * (processor, SQLite stores, verse-of-day content from the corpus, the shared channel delivery)
 * into a recording stub channel with no rate limit, on a real redis-server. In the same run, on
 * the same Redis, a BullMQ worker with a no-op processor runs the same number of plain jobs at
 * the same concurrency; the ratio of the two is the target's measure. A second no-op runs on
 * job-scheduler jobs, one scheduler per person like the pipeline's: each such job also makes
 * BullMQ schedule its next run, so that no-op is BullMQ's ceiling for our job shape, and the
 * pipeline's ratio to it is our processor's own cost.
 * Targets on a 2-core machine: at least half the no-op throughput; 100 000 nudges within 60 s.
 * The pipeline runs with outbound limits off (`outboundPolicies: 'none'`: the stub is no platform);
 * the limiter's own cost is measured apart: `acquire` calls against the same Redis with limits so
 * high they never wait, one at a time (latency) and at the worker's concurrency (throughput).
 * Prints figures; asserts nothing (benchmarks are not tests).
 *
 * Seeding writes the people straight into the SQLite file in one transaction (the store API
 * commits per call, which would make seeding the slowest part of the bench); the rows are the
 * ones `findOrCreateByIdentity`, `updateSettings` and `reminders.update` write.
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { DatabaseSync } from 'node:sqlite';
import { parseArgs } from 'node:util';
import { Queue, Worker, type WorkerOptions } from 'bullmq';
import { Redis } from 'ioredis';
import {
  createChannelRegistry,
  createDelivery,
  type ChannelAdapter,
} from '../../channels/index.ts';
import { openKnowledge } from '../../knowledge/index.ts';
import { startLocalRedis } from '../../src/infra/index.ts';
import { localClock } from '../../src/reminders/index.ts';
import { openStores } from '../../src/stores/index.ts';
import {
  createNudgeContent,
  createNudgeQueue,
  createNudgeScheduler,
  createOutboundLimiter,
  NUDGE_JOB_OPTIONS,
  nudgeRepeatStrategy,
  openNudgeQueue,
  startNudgeWorker,
  type NudgeJobData,
  type NudgeOutcomeKind,
} from '../../workers/index.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const ZONES = ['Asia/Kolkata', 'America/New_York', 'Europe/London', 'UTC'];

const { values } = parseArgs({
  options: {
    users: { type: 'string', default: '100000' },
    concurrency: { type: 'string', default: '50' },
  },
});
const USERS = Number(values.users);
const CONCURRENCY = Number(values.concurrency);
if (!Number.isInteger(USERS) || USERS < 1 || !Number.isInteger(CONCURRENCY) || CONCURRENCY < 1) {
  throw new Error('usage: npm run bench:nudges -- --users N [--concurrency C]');
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
const perSecond = (count: number, ms: number) => Math.round(count / (ms / 1000));

/** Peak RSS while `work` runs, sampled every 50 ms (and at both ends). */
async function withPeakRss<T>(work: () => Promise<T>): Promise<{ result: T; peakRss: number }> {
  let peakRss = process.memoryUsage.rss();
  const timer = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 50);
  try {
    const result = await work();
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
    return { result, peakRss };
  } finally {
    clearInterval(timer);
  }
}

function waitFor(done: () => boolean, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const deadline = Date.now() + timeoutMs;
    const timer = setInterval(() => {
      if (done()) {
        clearInterval(timer);
        resolve();
      } else if (Date.now() > deadline) {
        clearInterval(timer);
        reject(new Error('timed out'));
      }
    }, 5);
  });
}

interface Person {
  readonly id: string;
  readonly timeZone: string;
  readonly hour: number;
  readonly minute: number;
}

function seedPeople(file: string, dueAt: Date): Person[] {
  const db = new DatabaseSync(file, { enableForeignKeyConstraints: true });
  const now = Date.now();
  const insertUser = db.prepare('INSERT INTO users (id, created_at, time_zone) VALUES (?, ?, ?)');
  const insertIdentity = db.prepare(
    "INSERT INTO channel_identities (channel, channel_user_id, user_id, created_at) VALUES ('telegram', ?, ?, ?)",
  );
  const insertAddress = db.prepare(
    "INSERT INTO channel_addresses (channel, address, user_id, created_at, last_seen_at) VALUES ('telegram', ?, ?, ?, ?)",
  );
  const insertReminder = db.prepare(
    "INSERT INTO reminders (user_id, time, quiet_hours, updated_at) VALUES (?, ?, 'off', ?)",
  );
  const people: Person[] = [];
  db.exec('BEGIN IMMEDIATE');
  try {
    for (let i = 0; i < USERS; i++) {
      const id = randomUUID();
      const timeZone = ZONES[i % ZONES.length]!;
      const { hour, minute } = localClock(dueAt, timeZone);
      const chatId = String(100_000_000 + i);
      insertUser.run(id, now, timeZone);
      insertIdentity.run(chatId, id, now);
      insertAddress.run(chatId, id, now, now);
      insertReminder.run(
        id,
        `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`,
        now,
      );
      people.push({ id, timeZone, hour, minute });
    }
    db.exec('COMMIT');
  } catch (error) {
    db.exec('ROLLBACK');
    throw error;
  } finally {
    db.close();
  }
  return people;
}

/**
 * Runs a worker with a no-op processor until `count` jobs of `queue` completed, then removes the
 * queue: the time from the worker's start to the last completion, and this process's CPU.
 */
async function drainWithNoOpWorker(
  queue: Queue,
  redisUrl: string,
  count: number,
  settings?: WorkerOptions['settings'],
): Promise<{ ms: number; cpuMs: number }> {
  const workerConnection = new Redis(redisUrl, { maxRetriesPerRequest: null });
  let completed = 0;
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  let last = started;
  const worker = new Worker(queue.name, () => Promise.resolve(), {
    connection: workerConnection,
    concurrency: CONCURRENCY,
    ...(settings === undefined ? {} : { settings }),
  });
  worker.on('completed', () => {
    completed++;
    last = performance.now();
  });
  await waitFor(() => completed >= count, 30 * 60_000);
  await worker.close();
  const cpuMs = cpuMillis(process.cpuUsage(cpuBefore));
  await queue.obliterate({ force: true });
  await queue.close();
  await workerConnection.quit();
  return { ms: last - started, cpuMs };
}

/** The no-op baseline: plain jobs, same options and concurrency, a processor that does nothing. */
async function noOpThroughput(redisUrl: string): Promise<{ ms: number; cpuMs: number }> {
  const connection = new Redis(redisUrl, { maxRetriesPerRequest: null });
  const queue = new Queue(`bench-noop-${randomUUID()}`, { connection });
  for (let start = 0; start < USERS; start += 1000) {
    const count = Math.min(1000, USERS - start);
    await queue.addBulk(
      Array.from({ length: count }, (_, i) => ({
        name: 'noop',
        data: { userId: `user-${start + i}` },
        opts: NUDGE_JOB_OPTIONS,
      })),
    );
  }
  const result = await drainWithNoOpWorker(queue, redisUrl, USERS);
  await connection.quit();
  return result;
}

/**
 * The same no-op processor on job-scheduler jobs: one scheduler per person, as the pipeline has,
 * so each job also schedules its next run (the extra Redis work BullMQ does for a scheduler).
 * This is BullMQ's own ceiling for our job shape; the target is judged against the plain no-op.
 */
async function schedulerNoOpThroughput(
  redisUrl: string,
  people: readonly Person[],
): Promise<{ ms: number; cpuMs: number }> {
  const connection = new Redis(redisUrl, { maxRetriesPerRequest: null });
  const queue = createNudgeQueue(`bench-noop-schedulers-${randomUUID()}`, connection);
  await upsertSchedulers(queue, people);
  const result = await drainWithNoOpWorker(queue, redisUrl, people.length, {
    repeatStrategy: nudgeRepeatStrategy,
  });
  await connection.quit();
  return result;
}

/** Upserts everyone's scheduler, then makes their first jobs due now. */
async function upsertSchedulers(
  queue: Queue<NudgeJobData>,
  people: readonly Person[],
): Promise<void> {
  const scheduler = createNudgeScheduler(queue);
  for (let start = 0; start < people.length; start += 1000) {
    await Promise.all(
      people
        .slice(start, start + 1000)
        .map((p) => scheduler.schedule(p.id, { hour: p.hour, minute: p.minute }, p.timeZone)),
    );
  }
  // The schedulers' jobs wait for the minute; promoting them makes that minute now.
  await queue.promoteJobs({ count: 5000 });
}

/** The limiter's own cost: `acquire` with a Telegram-shaped policy whose limits are never reached. */
async function limiterOverhead(
  redisUrl: string,
  count: number,
): Promise<{ sequentialUs: number; concurrentPerSecond: number }> {
  const connection = new Redis(redisUrl, { maxRetriesPerRequest: null });
  try {
    const never = { points: 1_000_000_000, seconds: 3600 };
    const limiter = createOutboundLimiter({
      redis: connection,
      policies: { telegram: { global: never, perAddress: never } },
      keyPrefix: `bench-${randomUUID()}`,
    });
    await limiter.acquire('telegram', 'warm-up');
    let started = performance.now();
    for (let i = 0; i < count; i++) await limiter.acquire('telegram', `chat-${i}`);
    const sequentialUs = ((performance.now() - started) * 1000) / count;
    started = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < count) await limiter.acquire('telegram', `chat-${next++}`);
      }),
    );
    return { sequentialUs, concurrentPerSecond: perSecond(count, performance.now() - started) };
  } finally {
    await connection.quit();
  }
}

function cpuMillis(usage: NodeJS.CpuUsage): number {
  return (usage.user + usage.system) / 1000;
}

async function main(): Promise<void> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'sarathi-nudge-bench-'));
  const redis = await startLocalRedis({ dataDir: dir });
  const file = path.join(dir, 'sarathi.db');
  const stores = await openStores({ driver: 'sqlite', file });
  try {
    process.stdout.write(
      `nudge bench: ${USERS} people due in one minute, concurrency ${CONCURRENCY}, ` +
        `${os.cpus().length} cores, load average ${os.loadavg()[0]!.toFixed(1)} at start\n`,
    );
    const dueAt = new Date(Math.ceil((Date.now() + 1_000) / 60_000) * 60_000);
    let t = performance.now();
    const people = seedPeople(file, dueAt);
    process.stdout.write(`  seeded SQLite in one transaction: ${seconds(performance.now() - t)}\n`);

    const knowledge = await openKnowledge({
      projectRoot: ROOT,
      dataDir: dir,
      cacheDir: path.join(os.tmpdir(), 'sarathi-test-glove-cache'),
      vectorStore: 'off',
    });

    const noOp = await noOpThroughput(redis.url);
    const noOpRate = perSecond(USERS, noOp.ms);
    process.stdout.write(
      `  BullMQ no-op worker: ${USERS} jobs in ${seconds(noOp.ms)} = ${noOpRate}/s (this process's CPU ${(noOp.cpuMs / USERS).toFixed(2)} ms per job)\n`,
    );

    const schedulerNoOp = await schedulerNoOpThroughput(redis.url, people);
    const schedulerNoOpRate = perSecond(USERS, schedulerNoOp.ms);
    process.stdout.write(
      `  BullMQ no-op worker on job-scheduler jobs (one per person, as the pipeline): ${USERS} in ${seconds(schedulerNoOp.ms)} = ${schedulerNoOpRate}/s (this process's CPU ${(schedulerNoOp.cpuMs / USERS).toFixed(2)} ms per job)\n`,
    );

    const queue = openNudgeQueue(redis.url);
    t = performance.now();
    await upsertSchedulers(queue.queue, people);
    const waiting = await queue.queue.getJobCounts('wait', 'delayed');
    process.stdout.write(
      `  ${USERS} job schedulers upserted and their jobs made due: ${seconds(performance.now() - t)} (waiting ${waiting['wait']}, delayed ${waiting['delayed']})\n`,
    );

    let delivered = 0;
    const sent: ChannelAdapter = {
      name: 'telegram',
      start: () => Promise.resolve(),
      close: () => Promise.resolve(),
      send: () => {
        delivered++;
        return Promise.resolve();
      },
    };
    const outcomes = new Map<NudgeOutcomeKind, number>();
    let problems = 0;
    const rssBefore = process.memoryUsage.rss();
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    let lastDelivery = started;
    const { peakRss } = await withPeakRss(async () => {
      const worker = await startNudgeWorker({
        redisUrl: redis.url,
        stores,
        channels: createChannelRegistry([sent]),
        deliver: createDelivery({
          markBlocked: (c, a, r, at) => stores.identities.markAddressBlocked(c, a, r, at),
        }),
        content: createNudgeContent({ knowledge, nudges: stores.nudges }),
        logger: { info: () => undefined, warn: () => problems++, error: () => problems++ },
        concurrency: CONCURRENCY,
        outboundPolicies: 'none',
        observer: {
          onOutcome: (_channel, outcome) => {
            outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
            if (outcome === 'sent') lastDelivery = performance.now();
          },
        },
      });
      const settled = () => [...outcomes.values()].reduce((a, b) => a + b, 0) >= USERS;
      await waitFor(settled, 30 * 60_000);
      await worker.close();
    });
    const cpuMs = cpuMillis(process.cpuUsage(cpuBefore));
    await queue.close();
    await knowledge.close();

    const acquires = Math.min(USERS, 20_000);
    const overhead = await limiterOverhead(redis.url, acquires);

    const ms = lastDelivery - started;
    const rate = perSecond(delivered, ms);
    const ratio = rate / noOpRate;
    process.stdout.write(
      [
        `  nudge pipeline: ${delivered} delivered (outcomes: ${[...outcomes].map(([k, v]) => `${k} ${v}`).join(', ')}; worker warnings ${problems})`,
        `    last delivery ${seconds(ms)} after the worker started = ${rate} delivered/s (this process's CPU ${(cpuMs / USERS).toFixed(2)} ms per nudge)`,
        `    peak RSS ${mb(peakRss)} (${mb(rssBefore)} before the worker started; process max ${mb(process.resourceUsage().maxRSS * 1024)})`,
        `  ratio to the no-op worker: ${ratio.toFixed(2)} (target ≥ 0.50: ${ratio >= 0.5 ? 'met' : 'NOT met'})`,
        `    BullMQ's own no-op on job-scheduler jobs (one scheduler per person, as the issue requires) reaches ${(schedulerNoOpRate / noOpRate).toFixed(2)} of the plain no-op;`,
        `    the pipeline reaches ${(rate / schedulerNoOpRate).toFixed(2)} of that no-op on the same job shape`,
        `  ${USERS} nudges in ${seconds(ms)} (target for 100000: ≤ 60 s${USERS === 100_000 ? `: ${ms <= 60_000 ? 'met' : 'NOT met'}` : ''})`,
        `  outbound limiter (Redis, global + per-address, limits never reached), ${acquires} acquires:`,
        `    one at a time ${overhead.sequentialUs.toFixed(0)} µs per acquire; at concurrency ${CONCURRENCY} ${overhead.concurrentPerSecond} acquires/s`,
        '',
      ].join('\n'),
    );
  } finally {
    await stores.close();
    await redis.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
