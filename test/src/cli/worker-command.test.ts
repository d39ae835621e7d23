/**
 * `sarathi worker` as production runs it: its own process on a real redis-server. It used to die
 * at start (it built the web widget channel without session secrets); it must start with the
 * Telegram channel, spawn no Chroma of its own, beat its heartbeat, and stop cleanly on SIGTERM.
 */
import { spawn } from 'node:child_process';
import { access } from 'node:fs/promises';
import path from 'node:path';
import { Redis } from 'ioredis';
import { startLocalRedis, type LocalRedis } from '../../../src/infra/index.ts';
import { checkHeartbeat } from '../../../workers/index.ts';
import { makeAppDataDir, PROJECT_ROOT } from '../../helpers/project.ts';

let data: Awaited<ReturnType<typeof makeAppDataDir>>;
let redis: LocalRedis;

beforeAll(async () => {
  data = await makeAppDataDir('sarathi-worker-cli-');
  redis = await startLocalRedis({ dataDir: data.dir });
}, 60_000);

afterAll(async () => {
  await redis.stop();
  await data.remove();
});

it('starts with the Telegram channel, without Chroma, and stops on SIGTERM', async () => {
  const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'bin/sarathi.js'), 'worker'], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      DATA_DIR: data.dir,
      SECRETS_DIR: data.secretsDir,
      REDIS_URL: redis.url,
      TELEGRAM_BOT_TOKEN: '4242:worker-cli-test',
      // Nothing listens here: the worker must not call Telegram before it has a nudge to send.
      TELEGRAM_API_ROOT: 'http://127.0.0.1:9',
      LOG_LEVEL: 'error',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  // The signal too: a crash at shutdown shows as code null with the signal that ended it.
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  let stderr = '';
  const running = await new Promise<boolean>((resolve) => {
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      if (stderr.includes('nudge worker running')) resolve(true);
    });
    void exited.then(() => resolve(false));
  });
  expect({ running, stderr: running ? '' : stderr }).toEqual({ running: true, stderr: '' });
  expect(stderr).toMatch(/channels: [^)]*telegram/u);
  expect(stderr).not.toMatch(/channels: [^)]*web/u);
  // Its heartbeat is what `sarathi worker --health` (the container's health check) reads.
  const client = new Redis(redis.url, { maxRetriesPerRequest: null });
  try {
    expect(await checkHeartbeat({ redis: client })).toMatchObject({ healthy: true });
  } finally {
    await client.quit();
  }

  child.kill('SIGTERM');
  const ended = await exited;
  expect({ ...ended, stderr: ended.code === 0 ? '' : stderr }).toEqual({
    code: 0,
    signal: null,
    stderr: '',
  });
  await expect(access(path.join(data.dir, 'chroma'))).rejects.toThrow();
}, 90_000);
