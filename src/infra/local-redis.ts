/**
 * The embedded mode's Redis: the machine's own `redis-server`, bound to loopback, with
 * append-only persistence in `<dataDir>/redis` so queued work survives restarts. When no
 * redis-server is installed the caller gets a clear `RedisUnavailableError` and turns the
 * features that need Redis off instead of failing.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Redis } from 'ioredis';
import { findFreePort } from './free-port.ts';

export const INSTALL_REDIS_HINT =
  'redis-server not found: install it (Debian/Ubuntu: sudo apt-get install redis-server; macOS: brew install redis)';

export class RedisUnavailableError extends Error {
  readonly reason: 'binary-missing' | 'start-failed';

  constructor(
    reason: 'binary-missing' | 'start-failed',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'RedisUnavailableError';
    this.reason = reason;
  }
}

export interface LocalRedis {
  readonly url: string;
  stop(): Promise<void>;
}

export function redisServerBinary(): string | undefined {
  const found = spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' });
  const binary = found.stdout.trim();
  return found.status === 0 && binary !== '' ? binary : undefined;
}

export async function startLocalRedis(options: {
  dataDir: string;
  port?: number;
  startTimeoutMs?: number;
}): Promise<LocalRedis> {
  const binary = redisServerBinary();
  if (binary === undefined) throw new RedisUnavailableError('binary-missing', INSTALL_REDIS_HINT);
  const dir = path.resolve(options.dataDir, 'redis');
  await mkdir(dir, { recursive: true });
  const pidFile = path.join(dir, 'redis.pid');
  await stopLeftover(pidFile);
  const port = options.port ?? (await findFreePort());
  const child = spawn(
    binary,
    [
      '--bind',
      '127.0.0.1',
      '--port',
      String(port),
      '--dir',
      dir,
      '--appendonly',
      'yes',
      '--save',
      '',
      '--pidfile',
      pidFile,
      '--daemonize',
      'no',
      '--loglevel',
      'warning',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let output = '';
  child.stderr.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-2000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const killOnExit = () => child.kill('SIGKILL');
  process.on('exit', killOnExit);

  const url = `redis://127.0.0.1:${port}`;
  const deadline = Date.now() + (options.startTimeoutMs ?? 10_000);
  for (;;) {
    if (child.exitCode !== null) {
      process.off('exit', killOnExit);
      throw new RedisUnavailableError(
        'start-failed',
        `redis-server exited: ${output.trim().split('\n').at(-1) ?? ''}`,
      );
    }
    if (await pings(url)) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      process.off('exit', killOnExit);
      throw new RedisUnavailableError('start-failed', 'redis-server did not answer in time');
    }
    await sleep(50);
  }

  let stopping: Promise<void> | undefined;
  return {
    url,
    stop: () =>
      (stopping ??= (async () => {
        if (child.exitCode === null) {
          child.kill('SIGTERM');
          await exited;
        }
        process.off('exit', killOnExit);
      })()),
  };
}

async function pings(url: string): Promise<boolean> {
  const client = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  // Connection refusals while the server starts are expected; they are answered by `false`.
  client.on('error', () => undefined);
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

/** A redis-server left running by a process that was killed outright is stopped first. */
async function stopLeftover(pidFile: string): Promise<void> {
  let pid: number;
  try {
    pid = Number((await readFile(pidFile, 'utf8')).trim());
  } catch {
    return;
  }
  if (!Number.isInteger(pid) || pid <= 1) return;
  try {
    const command = await readFile(`/proc/${pid}/cmdline`, 'utf8');
    if (!command.includes('redis-server')) return;
    process.kill(pid, 'SIGTERM');
    for (let i = 0; i < 50; i++) {
      await sleep(50);
      process.kill(pid, 0);
    }
  } catch {
    // Gone (or never ours): nothing to stop.
  }
}
