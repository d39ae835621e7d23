/**
 * Keeps the promises the welcome and /privacy make: conversation turns are kept 30 days,
 * delivery ids (for dedupe) a week, spent or expired link codes and wrong-code attempts a day. Runs at start-up and then hourly; the timer never keeps the
 * process alive on its own.
 */
import type { Logger } from '../logger/index.ts';
import type { Stores } from '../stores/index.ts';

const DAY_MS = 24 * 60 * 60_000;

export const RETENTION = {
  turnsDays: 30,
  processedKeysDays: 7,
  /** Long past the codes' 10 minutes and the 1-hour and 15-minute limit windows. */
  linkRecordsDays: 1,
  intervalMs: 60 * 60_000,
} as const;

export interface Housekeeping {
  /** One pass now; resolves with how many records each store removed. */
  runOnce(): Promise<{ turns: number; processedKeys: number; linkRecords: number }>;
  /** Stops the timer and waits for a pass in flight, so stores can close after it. */
  stop(): Promise<void>;
}

export function startHousekeeping(
  stores: Stores,
  logger: Logger,
  options: { now?: () => Date; intervalMs?: number } = {},
): Housekeeping {
  const now = options.now ?? (() => new Date());
  let running: Promise<unknown> = Promise.resolve();

  async function runOnce() {
    const at = now().getTime();
    const turns = await stores.turns.purgeOlderThan(new Date(at - RETENTION.turnsDays * DAY_MS));
    const processedKeys = await stores.processed.purgeOlderThan(
      new Date(at - RETENTION.processedKeysDays * DAY_MS),
    );
    const linkRecords = await stores.links.purgeOlderThan(
      new Date(at - RETENTION.linkRecordsDays * DAY_MS),
    );
    if (turns + processedKeys + linkRecords > 0) {
      logger.info({ turns, processedKeys, linkRecords }, 'expired records removed');
    }
    return { turns, processedKeys, linkRecords };
  }

  function tick() {
    running = runOnce().catch((error: unknown) => {
      logger.warn({ err: error }, 'housekeeping failed; will try again next hour');
    });
  }

  tick();
  const timer = setInterval(tick, options.intervalMs ?? RETENTION.intervalMs);
  timer.unref();
  return {
    runOnce: async () => {
      await running;
      return runOnce();
    },
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
