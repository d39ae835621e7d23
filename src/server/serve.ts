/**
 * `sarathi serve` (and `npm start`): the whole product in one process. In the embedded mode it
 * spawns what it needs (Chroma through knowledge, a local redis-server here); in production it
 * connects to the configured services. SIGTERM/SIGINT shut it down gracefully: stop accepting,
 * finish turns in flight (up to SHUTDOWN_GRACE_MS), close channels, stores and services.
 */
import type { Server } from 'node:http';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Redis } from 'ioredis';
import {
  RateLimiterMemory,
  RateLimiterRedis,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import {
  createChannelRegistry,
  createDelivery,
  loadOrCreateWidgetSecret,
  parseWidgetSecrets,
  type ChannelRegistry,
} from '../../channels/index.ts';
import { journeyNudgeSource, openApp, type App } from '../app/index.ts';
import type { Config } from '../config/index.ts';
import { RedisUnavailableError, startLocalRedis, type LocalRedis } from '../infra/index.ts';
import type { Logger } from '../logger/index.ts';
import { createMetrics } from '../metrics/index.ts';
import {
  createNudgeContent,
  createWidgetPendingNudges,
  openNudgeQueue,
  startNudgeWorker,
} from '../../workers/index.ts';
import { buildChannels } from './build-channels.ts';
import { createHttpApp } from './create-http-app.ts';

export interface RunningServer {
  readonly url: string;
  readonly app: App;
  readonly channels: ChannelRegistry;
  /** Graceful shutdown; safe to call twice. */
  stop(): Promise<void>;
}

export interface StartServerOptions {
  readonly config: Config;
  readonly logger: Logger;
  readonly onProgress?: (line: string) => void;
}

export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const { config, logger } = options;
  const cleanups: Array<() => Promise<unknown>> = [];
  try {
    const connected = await connectRedis(config, logger, cleanups);
    const redis = connected?.client;
    const metrics = createMetrics();
    // The queue's scheduler is what /remind talks to; without Redis, reminders are off.
    const nudgeQueue =
      connected === undefined
        ? undefined
        : openNudgeQueue(connected.url, { observer: metrics.nudgeObserver });
    if (nudgeQueue !== undefined) cleanups.push(() => nudgeQueue.close());
    const rateLimiter: RateLimiterAbstract =
      redis === undefined || config.mode === 'embedded'
        ? new RateLimiterMemory({ points: config.rateLimitPerMinute, duration: 60 })
        : new RateLimiterRedis({
            storeClient: redis,
            points: config.rateLimitPerMinute,
            duration: 60,
            keyPrefix: 'sarathi:rate',
          });
    const app = await openApp({
      config,
      logger,
      rateLimiter,
      observer: metrics.engineObserver,
      ...(nudgeQueue === undefined ? {} : { reminderScheduler: nudgeQueue.scheduler }),
      guardObserver: metrics.guardObserver,
      ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
    });
    cleanups.push(() => app.close());

    const widgetSecrets =
      config.widget.sessionSecret !== undefined
        ? parseWidgetSecrets(config.widget.sessionSecret)
        : // Embedded: a generated secret kept outside the data folder, so sessions survive restarts.
          [await loadOrCreateWidgetSecret(path.join(config.secretsDir, 'widget-session-secret'))];
    // One content source for nudges sent now and for those the widget shows when it opens.
    const nudgeContent = createNudgeContent({
      knowledge: app.knowledge,
      nudges: app.stores.nudges,
      journeys: journeyNudgeSource(app.engine),
    });
    const channels = createChannelRegistry(
      buildChannels({
        config,
        stores: app.stores,
        widgetSecrets,
        widgetPending: createWidgetPendingNudges({ stores: app.stores, content: nudgeContent }),
        ...(redis !== undefined && config.mode === 'production' ? { redis } : {}),
      }),
    );
    const deliver = createDelivery({
      markBlocked: (channel, address, reason, at) =>
        app.stores.identities.markAddressBlocked(channel, address, reason, at),
      observer: metrics.deliveryObserver,
    });
    await channels.startAll({
      onMessage: (message) => app.engine.handle(message),
      onStream: (message) => app.engine.stream(message),
      deliver,
      logger,
    });
    cleanups.push(() => channels.closeAll());
    if (connected !== undefined && config.nudgeWorker === 'in-process') {
      // Closed before the channels (cleanups run in reverse): nudges in flight finish sending.
      const worker = await startNudgeWorker({
        redisUrl: connected.url,
        stores: app.stores,
        channels,
        deliver,
        content: nudgeContent,
        logger,
        observer: metrics.nudgeObserver,
        concurrency: config.nudgeConcurrency,
        reconcileSchedules: true,
      });
      cleanups.push(() => worker.close());
    }

    let shuttingDown = false;
    const http = createHttpApp({
      logger,
      registry: metrics.registry,
      channels,
      operatorToken: config.metricsToken,
      trustProxy: config.trustProxy,
      isShuttingDown: () => shuttingDown,
      readinessChecks: {
        store: async () => {
          await app.stores.users.get('readiness-probe');
        },
        vectorStore: app.knowledge.checkVectorStore,
        redis:
          redis === undefined
            ? 'off'
            : async () => {
                await redis.ping();
              },
      },
    });
    const server = await listen(http, config.port, config.host);
    const address = server.address();
    const port = typeof address === 'object' && address !== null ? address.port : config.port;
    const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;

    let stopping: Promise<void> | undefined;
    const stop = () =>
      (stopping ??= (async () => {
        shuttingDown = true;
        logger.info({}, 'shutting down: no new connections, finishing turns in flight');
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        // Unref'd: once the turns are drained, the grace timer must not keep the process alive.
        await Promise.race([
          app.engine.drain(),
          sleep(config.shutdownGraceMs, undefined, { ref: false }),
        ]);
        server.closeAllConnections();
        await closed;
        await runCleanups(cleanups, logger);
      })());
    return { url, app, channels, stop };
  } catch (error) {
    await runCleanups(cleanups, logger);
    throw error;
  }
}

async function connectRedis(
  config: Config,
  logger: Logger,
  cleanups: Array<() => Promise<unknown>>,
): Promise<{ client: Redis; url: string } | undefined> {
  let url = config.redisUrl;
  if (url === undefined) {
    let local: LocalRedis;
    try {
      local = await startLocalRedis({ dataDir: config.dataDir });
    } catch (error) {
      if (!(error instanceof RedisUnavailableError)) throw error;
      // Features that need Redis are off, not broken; the line says how to turn them on.
      logger.warn({ reason: error.reason }, `${error.message}; features that need Redis are off`);
      return undefined;
    }
    cleanups.push(() => local.stop());
    url = local.url;
  }
  const client = new Redis(url, { maxRetriesPerRequest: null, lazyConnect: true });
  client.on('error', (error) => logger.warn({ err: error }, 'redis connection problem'));
  await client.connect();
  cleanups.push(() => client.quit());
  return { client, url };
}

function listen(
  app: ReturnType<typeof createHttpApp>,
  port: number,
  host: string,
): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host, (error?: Error) =>
      error ? reject(error) : resolve(server),
    );
  });
}

async function runCleanups(cleanups: Array<() => Promise<unknown>>, logger: Logger): Promise<void> {
  for (const cleanup of cleanups.reverse()) {
    try {
      await cleanup();
    } catch (error) {
      logger.warn({ err: error }, 'a shutdown step failed; continuing with the rest');
    }
  }
  cleanups.length = 0;
}
