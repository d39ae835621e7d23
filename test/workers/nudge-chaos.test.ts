/**
 * Chaos: 300 people due in the same minute (three time zones), a SQLite file and a real
 * redis-server, the worker in its own process delivering through the real Telegram channel to a
 * fake Bot API in another process that records every message it accepts. The worker is
 * SIGKILLed mid-batch four times — twice while the fake API holds its answer to a message it has
 * already accepted (the send→confirm window) — and started again each time.
 *
 * What must hold: everyone gets their nudge; a person gets it twice only when their delivery
 * record shows a takeover (a claim taken over after a dead worker's lease expired), and the
 * number of duplicates and their cause are printed; every scheduler still has its next run.
 */
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { startLocalRedis, type LocalRedis } from '../../src/infra/index.ts';
import { localClock } from '../../src/reminders/index.ts';
import { openStores, type Stores } from '../../src/stores/index.ts';
import { openNudgeQueue, type NudgeQueueHandle } from '../../workers/index.ts';
import { PROJECT_ROOT, projectCorpus } from '../helpers/project.ts';

const USERS = 300;
const ZONES = ['Asia/Kolkata', 'America/New_York', 'Europe/London'];
const TOKEN = '4242:chaos-test-token';
// Shorter timings than production's (a 5 min lease, BullMQ's 30 s lock and stalled check) in the
// same order: a killed worker's jobs come back (lock + check, ~3 s) well before its leases
// expire (12 s), so the restarted worker meets live leases of a dead worker, as it would in
// production.
const TIMINGS = { CHAOS_LEASE_MS: '12000', CHAOS_LOCK_MS: '2000', CHAOS_STALLED_MS: '1000' };
const WORKER_ENTRY = path.join(import.meta.dirname, 'chaos-worker.ts');
const FAKE_API_ENTRY = path.join(import.meta.dirname, 'fake-telegram-api.ts');

interface Recorded {
  readonly seq: number;
  readonly chatId: string;
  readonly textSha256: string;
  readonly at: number;
  readonly held: boolean;
}

interface Person {
  readonly userId: string;
  readonly chatId: string;
  readonly localDate: string;
}

let dir: string;
let redis: LocalRedis;
let stores: Stores;
let queue: NudgeQueueHandle;
let fakeApi: ChildProcess;
let apiRoot: string;
let recordFile: string;
let accepted = 0;
const apiListeners = new Set<(message: Record<string, unknown>) => void>();
const workers = new Set<ChildProcess>();

function fromApi<T>(pick: (message: Record<string, unknown>) => T | undefined, ms = 30_000) {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      apiListeners.delete(listener);
      reject(new Error('the fake Telegram API did not report in time'));
    }, ms);
    const listener = (message: Record<string, unknown>) => {
      const picked = pick(message);
      if (picked === undefined) return;
      clearTimeout(timer);
      apiListeners.delete(listener);
      resolve(picked);
    };
    apiListeners.add(listener);
  });
}

function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

async function startWorker(): Promise<ChildProcess> {
  const child = spawn(process.execPath, [WORKER_ENTRY], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      SARATHI_MODE: 'embedded',
      DATA_DIR: dir,
      REDIS_URL: redis.url,
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: apiRoot,
      NUDGE_CONCURRENCY: '10',
      ...TIMINGS,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  workers.add(child);
  child.once('exit', () => workers.delete(child));
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) resolve();
    });
    child.once('exit', (code) =>
      reject(new Error(`worker exited (${code}) before ready: ${stderr}`)),
    );
  });
  return child;
}

async function kill(child: ChildProcess): Promise<void> {
  child.kill('SIGKILL');
  await exited(child);
}

beforeAll(async () => {
  await projectCorpus();
  dir = await mkdtemp(path.join(os.tmpdir(), 'sarathi-chaos-'));
  redis = await startLocalRedis({ dataDir: dir });
  stores = await openStores({ driver: 'sqlite', file: path.join(dir, 'sarathi.db') });
  queue = openNudgeQueue(redis.url);
  recordFile = path.join(dir, 'telegram-accepted.jsonl');
  fakeApi = fork(FAKE_API_ENTRY, [recordFile], { execArgv: [], stdio: 'inherit' });
  fakeApi.on('message', (message: Record<string, unknown>) => {
    if (typeof message['accepted'] === 'number') accepted = message['accepted'];
    for (const listener of [...apiListeners]) listener(message);
  });
  const port = await fromApi((m) => (typeof m['port'] === 'number' ? m['port'] : undefined));
  apiRoot = `http://127.0.0.1:${port}`;
}, 60_000);

afterAll(async () => {
  await Promise.all([...workers].map((child) => kill(child)));
  if (fakeApi !== undefined && fakeApi.connected) {
    fakeApi.disconnect();
    await exited(fakeApi);
  }
  await queue?.close();
  await stores?.close();
  await redis?.stop();
  await rm(dir, { recursive: true, force: true });
});

/** Everyone due at `dueAt` on their own clock, with a real BullMQ scheduler each. */
async function seedPeople(dueAt: Date): Promise<Person[]> {
  const people: Person[] = [];
  for (let i = 0; i < USERS; i++) {
    const chatId = String(7_000_000 + i);
    const timeZone = ZONES[i % ZONES.length]!;
    const { user } = await stores.identities.findOrCreateByIdentity({
      channel: 'telegram',
      channelUserId: chatId,
      address: chatId,
      now: new Date(),
    });
    const local = localClock(dueAt, timeZone);
    const time = `${String(local.hour).padStart(2, '0')}:${String(local.minute).padStart(2, '0')}`;
    await stores.users.updateSettings(user.id, { timeZone });
    // Quiet hours off: the test runs at whatever hour the machine's clock says.
    await stores.reminders.update(user.id, { time, quietHours: 'off' }, new Date());
    await queue.scheduler.schedule(user.id, { hour: local.hour, minute: local.minute }, timeZone);
    people.push({ userId: user.id, chatId, localDate: local.date });
  }
  // The schedulers' jobs wait for the minute; promoting them makes that minute now.
  for (const job of await queue.queue.getDelayed(0, -1)) await job.promote();
  return people;
}

async function allSettled(people: readonly Person[]): Promise<boolean> {
  for (const person of people) {
    const delivery = await stores.nudges.get(person.userId, person.localDate);
    if (delivery === undefined || delivery.status === 'claimed' || delivery.status === 'released') {
      return false;
    }
  }
  const counts = await queue.queue.getJobCounts('active', 'wait', 'prioritized');
  return counts['active'] === 0 && counts['wait'] === 0 && counts['prioritized'] === 0;
}

it('delivers every nudge through repeated SIGKILLs, with duplicates only where a takeover is recorded', async () => {
  const dueAt = new Date(Math.ceil((Date.now() + 1_000) / 60_000) * 60_000);
  const people = await seedPeople(dueAt);
  const heldChats: string[] = [];

  // Four kills: two at a random point of the batch (claims in flight, some not yet accepted by
  // Telegram), two while Telegram holds its answer to a message it already accepted.
  const plan = ['mid-batch', 'send-confirm', 'mid-batch', 'send-confirm'] as const;
  for (const kind of plan) {
    const worker = await startWorker();
    const startedAt = accepted;
    if (kind === 'mid-batch') {
      await fromApi((m) =>
        typeof m['accepted'] === 'number' && m['accepted'] >= startedAt + 30 ? true : undefined,
      );
    } else {
      await fromApi((m) =>
        typeof m['accepted'] === 'number' && m['accepted'] >= startedAt + 10 ? true : undefined,
      );
      const held = fromApi((m) =>
        typeof m['held'] === 'number' ? String(m['chatId']) : undefined,
      );
      fakeApi.send({ hold: 20_000 });
      heldChats.push(await held);
    }
    await kill(worker);
  }

  const last = await startWorker();
  const deadline = Date.now() + 40_000;
  while (!(await allSettled(people)) && Date.now() < deadline) await sleep(250);
  last.kill('SIGTERM');
  expect(await exited(last)).toBe(0);

  const records = (await readFile(recordFile, 'utf8'))
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Recorded);
  const byChat = Map.groupBy(records, (record) => record.chatId);
  const deliveries = new Map(
    await Promise.all(
      people.map(
        async (p) => [p.chatId, (await stores.nudges.get(p.userId, p.localDate))!] as const,
      ),
    ),
  );

  // Everyone got their nudge, and the records say so.
  const missing = people.filter((p) => (byChat.get(p.chatId) ?? []).length === 0);
  expect(missing).toEqual([]);
  expect([...deliveries.values()].map((d) => d.status)).toEqual(people.map(() => 'sent'));

  // Duplicates only where the record shows a takeover, never more copies than takeovers.
  const duplicated = people.filter((p) => byChat.get(p.chatId)!.length > 1);
  const outsideWindow = duplicated.filter(
    (p) => byChat.get(p.chatId)!.length - 1 > deliveries.get(p.chatId)!.takeovers,
  );
  expect(outsideWindow).toEqual([]);
  // A copy is the same nudge again, not some other message.
  for (const p of duplicated) {
    expect(new Set(byChat.get(p.chatId)!.map((r) => r.textSha256)).size).toBe(1);
  }
  // Each kill inside a held answer is a real send→confirm window: taken over and sent again
  // (a later kill may catch the second copy in the window too).
  expect(heldChats).toHaveLength(2);
  for (const chatId of heldChats) {
    expect(deliveries.get(chatId)!.takeovers).toBeGreaterThanOrEqual(1);
    expect(byChat.get(chatId)!.length).toBeGreaterThanOrEqual(2);
  }

  // Every scheduler still has its next run: one delayed job per person, a day later.
  const next = await queue.queue.getDelayed(0, -1);
  expect(new Set(next.map((job) => job.data.userId)).size).toBe(USERS);
  expect(next.every((job) => (job.opts.prevMillis ?? 0) >= dueAt.getTime() + 23 * 3_600_000)).toBe(
    true,
  );

  const takeovers = [...deliveries.values()].reduce((sum, d) => sum + d.takeovers, 0);
  const heldDuplicates = duplicated.filter((p) => heldChats.includes(p.chatId)).length;
  console.log(
    [
      `nudge chaos: ${USERS} people, ${plan.length} SIGKILLs, ${records.length} messages accepted by the fake Telegram API`,
      `duplicates: ${duplicated.length} (all inside the send→confirm window: the worker was killed after Telegram accepted the message and before the confirmation was written; ${heldDuplicates} from the two kills during a held answer, ${duplicated.length - heldDuplicates} from mid-batch kills)`,
      `takeovers recorded: ${takeovers} (${takeovers - (records.length - USERS)} of them after a worker died before Telegram accepted its message: no duplicate)`,
      `duplicates outside the window: ${outsideWindow.length}`,
    ].join('\n'),
  );
}, 150_000);
