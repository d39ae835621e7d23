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

  it('forgets link codes and wrong-code attempts a day after they expired', async () => {
    const now = new Date('2026-11-22T12:00:00Z');
    const ago = (hours: number) => new Date(now.getTime() - hours * 60 * 60_000);
    const { user } = await stores.identities.findOrCreateByIdentity({
      channel: 'telegram',
      channelUserId: 'linker',
      address: 'linker',
      now: ago(30),
    });
    const window = { maxPerWindow: 5, windowStart: ago(48) };
    await stores.links.issue({
      userId: user.id,
      codeHash: 'a'.repeat(64),
      now: ago(30),
      expiresAt: ago(29),
      ...window,
    });
    await stores.links.issue({
      userId: user.id,
      codeHash: 'b'.repeat(64),
      now: ago(1),
      expiresAt: ago(0.5),
      ...window,
    });
    await stores.links.recordFailedAttempt(user.id, ago(26));
    await stores.links.recordFailedAttempt(user.id, ago(2));

    const housekeeping = startHousekeeping(stores, logger, { now: () => now });
    await housekeeping.stop();

    expect(await stores.links.failedAttemptsSince(user.id, ago(100))).toBe(1);
    // The newer code is still known (as expired), the older one is gone entirely.
    const probe = { channel: 'telegram' as const, channelUserId: 'linker', now, dryRun: true };
    expect(await stores.links.link({ ...probe, codeHash: 'a'.repeat(64) })).toEqual({
      kind: 'unknown',
    });
    expect(await stores.links.link({ ...probe, codeHash: 'b'.repeat(64) })).toEqual({
      kind: 'already-linked',
      ownerId: user.id,
    });
  });

  it('reports what a pass removed and survives a failing store without throwing', async () => {
    const housekeeping = startHousekeeping(stores, logger, { now: () => new Date() });
    expect(await housekeeping.runOnce()).toEqual({ turns: 0, processedKeys: 0, linkRecords: 0 });
    await housekeeping.stop();
    await stores.close();
    const failing = startHousekeeping(stores, logger);
    await expect(failing.stop()).resolves.toBeUndefined();
  });
});
