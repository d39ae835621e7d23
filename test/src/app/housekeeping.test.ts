import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { startHousekeeping } from '../../../src/app/index.ts';
import { createLogger } from '../../../src/logger/index.ts';
import { openStores, type Stores } from '../../../src/stores/index.ts';

const DAY = 24 * 60 * 60_000;

describe('housekeeping', () => {
  let dir: string;
  let stores: Stores;
  const logger = createLogger({
    level: 'silent',
    stream: new Writable({ write: (_c, _e, done) => done() }),
  });

  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'sarathi-housekeeping-'));
    stores = await openStores({ driver: 'sqlite', file: path.join(dir, 'sarathi.db') });
  });

  afterEach(async () => {
    await stores.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('forgets turns after 30 days and delivery ids after 7, keeping newer ones', async () => {
    const now = new Date('2026-11-22T12:00:00Z');
    const ago = (days: number) => new Date(now.getTime() - days * DAY);
    const { user } = await stores.identities.findOrCreateByIdentity({
      channel: 'telegram',
      channelUserId: '1',
      address: '1',
      now: ago(40),
    });
    for (const days of [31, 29]) {
      await stores.turns.append({
        userId: user.id,
        role: 'assistant',
        kind: 'extractive',
        at: ago(days),
        citations: ['2.47'],
      });
    }
    await stores.processed.markFirstSeen('telegram', 'old', ago(8));
    await stores.processed.markFirstSeen('telegram', 'new', ago(6));

    const housekeeping = startHousekeeping(stores, logger, { now: () => now });
    await housekeeping.stop();

    const left = await stores.turns.recent(user.id, 10);
    expect(left.map((turn) => turn.at)).toEqual([ago(29)]);
    expect(await stores.processed.markFirstSeen('telegram', 'old', now)).toBe(true);
    expect(await stores.processed.markFirstSeen('telegram', 'new', now)).toBe(false);
  });

  it('reports what a pass removed and survives a failing store without throwing', async () => {
    const housekeeping = startHousekeeping(stores, logger, { now: () => new Date() });
    expect(await housekeeping.runOnce()).toEqual({ turns: 0, processedKeys: 0 });
    await housekeeping.stop();
    await stores.close();
    const failing = startHousekeeping(stores, logger);
    await expect(failing.stop()).resolves.toBeUndefined();
  });
});
