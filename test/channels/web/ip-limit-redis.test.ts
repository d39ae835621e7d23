/**
 * The per-IP limit with shared counters in a real redis-server (production's setting), so two
 * instances of the channel spend one budget.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import { startLocalRedis, type LocalRedis } from '../../../src/infra/index.ts';
import { openTestEngine, type TestEngine } from '../../helpers/engine.ts';
import { newSession, startWidgetServer } from './widget-server.ts';

let test: TestEngine;
let local: LocalRedis;
let redis: Redis;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'sarathi-widget-redis-'));
  local = await startLocalRedis({ dataDir: dir });
  redis = new Redis(local.url, { maxRetriesPerRequest: null, lazyConnect: true });
  await redis.connect();
  await redis.flushall();
  test = await openTestEngine();
}, 120_000);

afterAll(async () => {
  await test.close();
  await redis.quit();
  await local.stop();
  await rm(dir, { recursive: true, force: true });
});

it('shares one per-IP budget across two instances through Redis', async () => {
  const a = await startWidgetServer(test.engine, { ipRateLimitPerMinute: 4, redis });
  const b = await startWidgetServer(test.engine, { ipRateLimitPerMinute: 4, redis });
  try {
    const statuses: number[] = [];
    for (const url of [a.url, b.url, a.url, b.url, a.url, b.url]) {
      statuses.push((await newSession(url)).status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 429, 429]);
    expect(await redis.keys('sarathi:widget-ip*')).toHaveLength(1);
  } finally {
    await a.close();
    await b.close();
  }
});
