/**
 * The nudge worker's heartbeat on a real redis-server, and `sarathi worker --health` reading it:
 * healthy while beats are fresh, unhealthy (exit 1, one line) when missing or stale.
 */
import { hostname } from 'node:os';
import { Redis } from 'ioredis';
import { startLocalRedis, type LocalRedis } from '../../src/infra/index.ts';
import { checkHeartbeat, heartbeatKey, startHeartbeat } from '../../workers/index.ts';
import { makeAppDataDir, runSarathi, type SarathiRun } from '../helpers/project.ts';

let data: Awaited<ReturnType<typeof makeAppDataDir>>;
let redis: LocalRedis;
let client: Redis;

beforeAll(async () => {
  data = await makeAppDataDir('sarathi-heartbeat-');
  redis = await startLocalRedis({ dataDir: data.dir });
  client = new Redis(redis.url, { maxRetriesPerRequest: null });
}, 60_000);

afterAll(async () => {
  await client.quit();
  await redis.stop();
  await data.remove();
});

it('beats on a timer, is fresh, goes stale without beats, and is gone after stop', async () => {
  let clock = 1_000_000;
  const heartbeat = await startHeartbeat({
    redis: client,
    host: 'test-host',
    intervalMs: 50,
    now: () => clock,
  });
  expect(await checkHeartbeat({ redis: client, host: 'test-host', now: () => clock })).toEqual({
    healthy: true,
    ageMs: 0,
  });
  clock += 20_000;
  // The timer writes the new time: the beat follows the clock.
  await new Promise((resolve) => setTimeout(resolve, 200));
  expect(await client.get(heartbeatKey('test-host'))).toBe(String(clock));
  // Read 31 s after the last beat: stale.
  expect(
    await checkHeartbeat({ redis: client, host: 'test-host', now: () => clock + 31_000 }),
  ).toEqual({ healthy: false, reason: "the nudge worker's last heartbeat is 31 s old" });
  await heartbeat.stop();
  expect(await checkHeartbeat({ redis: client, host: 'test-host' })).toEqual({
    healthy: false,
    reason: 'no heartbeat from the nudge worker',
  });
});

function health(): Promise<SarathiRun> {
  return runSarathi(['worker', '--health'], {
    env: { DATA_DIR: data.dir, SECRETS_DIR: data.secretsDir, REDIS_URL: redis.url },
  });
}

it('sarathi worker --health exits 0 with a fresh beat from this host and 1 without', async () => {
  const heartbeat = await startHeartbeat({ redis: client });
  try {
    const healthy = await health();
    expect(healthy).toMatchObject({ code: 0, stderr: '' });
    expect(healthy.stdout).toMatch(/^nudge worker healthy \(last heartbeat \d+ s ago\)\n$/u);
  } finally {
    await heartbeat.stop();
  }
  expect(await client.exists(heartbeatKey(hostname()))).toBe(0);
  expect(await health()).toEqual({
    code: 1,
    stdout: '',
    stderr: 'no heartbeat from the nudge worker\n',
  });
}, 60_000);
