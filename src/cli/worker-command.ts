/**
 * `sarathi worker`: the nudge worker as its own process (production runs it beside the server).
 * It sends through Telegram and Teams like the server does. A nudge for the web widget (no push)
 * is recorded in the store as pending, which the server's widget shows when it next opens, so it
 * needs no web channel here. WhatsApp (one linked session, held by the server) is not reachable
 * from here: people reachable only there are skipped with reason "no-address".
 * `sarathi nudges failed` lists the dead-letter queue: jobs that used up their retries.
 */
import {
  createChannelRegistry,
  createDelivery,
  type ChannelAdapter,
} from '../../channels/index.ts';
import { journeyNudgeSource, openApp } from '../app/index.ts';
import { ConfigError, type Config } from '../config/index.ts';
import { createMetrics } from '../metrics/index.ts';
import { buildChannels } from '../server/index.ts';
import { Redis } from 'ioredis';
import {
  checkHeartbeat,
  createNudgeContent,
  listFailedNudges,
  openNudgeQueue,
  startHeartbeat,
  startNudgeWorker,
} from '../../workers/index.ts';
import type { CliContext } from './cli-context.ts';

function redisUrlOf(config: Config, command: string): string {
  if (config.redisUrl !== undefined) return config.redisUrl;
  throw new ConfigError([
    `REDIS_URL is required for sarathi ${command} (the embedded server's own Redis is private ` +
      'to it; npm start already runs the nudge worker in-process)',
  ]);
}

export async function runWorker(context: CliContext): Promise<void> {
  const { config, logger } = context;
  const redisUrl = redisUrlOf(config, 'worker');
  const metrics = createMetrics();
  const queue = openNudgeQueue(redisUrl, { observer: metrics.nudgeObserver });
  const app = await openApp({
    config,
    logger,
    onProgress: context.progress,
    reminderScheduler: queue.scheduler,
    // Nudges need the corpus, not retrieval: no Chroma here (in the embedded mode a second one
    // would open the server's own data folder).
    vectorStore: 'off',
  });
  const adapters: ChannelAdapter[] = buildChannels({
    config: { ...config, whatsappEnabled: false },
    stores: app.stores,
    widgetSecrets: [],
    web: false,
  });
  const channels = createChannelRegistry(adapters);
  const deliver = createDelivery({
    markBlocked: (channel, address, reason, at) =>
      app.stores.identities.markAddressBlocked(channel, address, reason, at),
    observer: metrics.deliveryObserver,
  });
  const worker = await startNudgeWorker({
    redisUrl,
    stores: app.stores,
    channels,
    deliver,
    content: createNudgeContent({
      knowledge: app.knowledge,
      nudges: app.stores.nudges,
      journeys: journeyNudgeSource(app.engine),
    }),
    logger,
    observer: metrics.nudgeObserver,
    concurrency: config.nudgeConcurrency,
    reconcileSchedules: true,
  });
  // For the container's health check (`sarathi worker --health`): proves the loop still turns.
  const heartbeatRedis = new Redis(redisUrl, { maxRetriesPerRequest: null });
  const heartbeat = await startHeartbeat({ redis: heartbeatRedis });
  const stopped = new Promise<void>((resolve) => {
    const shutdown = (signal: NodeJS.Signals) => {
      logger.info({ signal }, 'signal received: letting nudges in flight finish');
      void (async () => {
        await heartbeat.stop();
        await heartbeatRedis.quit().catch(() => undefined);
        await worker.close();
        await channels.closeAll().catch(() => undefined);
        await app.close();
        await queue.close();
        resolve();
      })();
    };
    process.once('SIGTERM', shutdown);
    process.once('SIGINT', shutdown);
  });
  // Announced only once the signal handlers are in place: whoever waits for this line (an
  // orchestrator, a test) may send SIGTERM at once, and before them Node's default would kill us.
  process.stderr.write(
    `Sarathi nudge worker running (channels: ${adapters.map((a) => a.name).join(', ') || 'none'})\n`,
  );
  await stopped;
}

export async function runNudgesFailed(context: CliContext, limit: number): Promise<void> {
  const queue = openNudgeQueue(redisUrlOf(context.config, 'nudges failed'));
  try {
    const failed = await listFailedNudges(queue.queue, limit);
    if (failed.length === 0) process.stdout.write('no failed nudges\n');
    for (const job of failed) {
      process.stdout.write(
        `${job.failedAt?.toISOString() ?? '-'}  user ${job.userId}  attempts ${job.attempts}  ${job.reason}\n`,
      );
    }
  } finally {
    await queue.close();
  }
}

/** `sarathi worker --health`: exit 0 when this host's worker beat recently, 1 with a line if not. */
export async function runWorkerHealth(context: CliContext): Promise<void> {
  const redis = new Redis(redisUrlOf(context.config, 'worker --health'), {
    maxRetriesPerRequest: 1,
    connectTimeout: 3_000,
  });
  try {
    const status = await checkHeartbeat({ redis });
    if (status.healthy) {
      process.stdout.write(
        `nudge worker healthy (last heartbeat ${Math.round(status.ageMs / 1000)} s ago)\n`,
      );
    } else {
      process.stderr.write(`${status.reason}\n`);
      process.exitCode = 1;
    }
  } finally {
    redis.disconnect();
  }
}
