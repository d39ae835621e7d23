/**
 * `sarathi worker` as production runs it: its own process on a real redis-server. It used to die
 * at start (it built the web widget channel without session secrets); it must start with the
 * Telegram channel, spawn no Chroma of its own, beat its heartbeat, and stop cleanly on SIGTERM.
 */
import { access } from 'node:fs/promises';
import path from 'node:path';
import { Redis } from 'ioredis';
import { startLocalRedis, type LocalRedis } from '../../../src/infra/index.ts';
import { checkHeartbeat } from '../../../workers/index.ts';
import { makeAppDataDir, startSarathi, type LongRunningSarathi } from '../../helpers/project.ts';

let data: Awaited<ReturnType<typeof makeAppDataDir>>;
let redis: LocalRedis;
let worker: LongRunningSarathi | undefined;

beforeAll(async () => {
  data = await makeAppDataDir('sarathi-worker-cli-');
  redis = await startLocalRedis({ dataDir: data.dir });
}, 60_000);

afterAll(async () => {
  // A worker that failed to stop must not outlive the test (nor hold its Redis).
  worker?.kill();
  await redis.stop();
  await data.remove();
});

it('starts with the Telegram channel, without Chroma, and stops on SIGTERM', async () => {
  worker = await startSarathi(['worker'], {
    readyLine: 'nudge worker running',
    env: {
      DATA_DIR: data.dir,
      SECRETS_DIR: data.secretsDir,
      REDIS_URL: redis.url,
      TELEGRAM_BOT_TOKEN: '4242:worker-cli-test',
      // Nothing listens here: the worker must not call Telegram before it has a nudge to send.
      TELEGRAM_API_ROOT: 'http://127.0.0.1:9',
    },
  });
  const { ready } = worker;
  const stderr = worker.stderr();
  expect({ ready, stderr: ready ? '' : stderr }).toEqual({ ready: true, stderr: '' });
  expect(stderr).toMatch(/channels: [^)]*telegram/u);
  expect(stderr).not.toMatch(/channels: [^)]*web/u);
  // Its heartbeat is what `sarathi worker --health` (the container's health check) reads.
  const client = new Redis(redis.url, { maxRetriesPerRequest: null });
  try {
    expect(await checkHeartbeat({ redis: client })).toMatchObject({ healthy: true });
  } finally {
    await client.quit();
  }

  const ended = await worker.stop();
  expect({ ...ended, stderr: ended.code === 0 ? '' : worker.stderr() }).toEqual({
    code: 0,
    signal: null,
    stderr: '',
  });
  await expect(access(path.join(data.dir, 'chroma'))).rejects.toThrow();
}, 90_000);
