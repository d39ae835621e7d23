/**
 * The nudge worker: a BullMQ Worker running the processor, plus the queue the scheduler writes
 * to. `close()` lets jobs in flight finish (BullMQ waits for them), then closes the queue and
 * both Redis connections; it is safe to call twice and runs every step even if one fails.
 */
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { DelayedError, Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import type { ReminderScheduler } from '../src/reminders/index.ts';
import { NUDGE_QUEUE, type NudgeJobData } from './nudge-queue.ts';
import type { NudgeObserver } from './nudge-observer.ts';
import {
  createNudgeProcessor,
  NudgeDeliveryError,
  NudgeLeaseHeldError,
  type NudgeProcessorDeps,
  type NudgeResult,
} from './nudge-processor.ts';
import { reconcileNudgeSchedulers } from './nudge-reconcile.ts';
import { nudgeRepeatStrategy } from './nudge-repeat-strategy.ts';
import { createNudgeScheduler } from './nudge-scheduler.ts';
import { createOutboundLimiter, type OutboundPolicies } from './outbound-limits.ts';

export interface NudgeWorkerLog {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

export interface NudgeQueueHandle {
  readonly queue: Queue<NudgeJobData>;
  readonly scheduler: ReminderScheduler;
  close(): Promise<void>;
}

/**
 * A nudge queue on a connection. A scheduler's first run is computed by the queue and every later
 * one by the worker: both use `nudgeRepeatStrategy`.
 */
export function createNudgeQueue(name: string, connection: Redis): Queue<NudgeJobData> {
  return new Queue<NudgeJobData>(name, {
    connection,
    settings: { repeatStrategy: nudgeRepeatStrategy },
  });
}

/** The queue and scheduler alone: what the server needs when the worker runs elsewhere. */
export function openNudgeQueue(
  redisUrl: string,
  options: { queueName?: string; observer?: NudgeObserver } = {},
): NudgeQueueHandle {
  const connection = new Redis(redisUrl, { maxRetriesPerRequest: null });
  const queue = createNudgeQueue(options.queueName ?? NUDGE_QUEUE, connection);
  let closing: Promise<void> | undefined;
  return {
    queue,
    scheduler: createNudgeScheduler(queue, options.observer),
    close: () =>
      (closing ??= (async () => {
        await queue.close().catch(() => undefined);
        await connection.quit().catch(() => undefined);
      })()),
  };
}

export interface StartNudgeWorkerOptions extends Omit<
  NudgeProcessorDeps,
  'scheduler' | 'workerId' | 'limiter'
> {
  /**
   * Per-channel outbound limits, counted in this worker's Redis so every worker process shares
   * them (default: Telegram 30/s and 1/s per chat, Teams 50/s); `'none'` for no limits.
   */
  readonly outboundPolicies?: OutboundPolicies | 'none';
  readonly redisUrl: string;
  readonly logger: NudgeWorkerLog;
  readonly queueName?: string;
  readonly concurrency?: number;
  readonly workerId?: string;
  /**
   * How long a job's lock lives between renewals (BullMQ's default 30 000): a killed worker's
   * jobs are given back to the queue once their lock ran out.
   */
  readonly lockDurationMs?: number;
  /** How often jobs of a dead worker are looked for (BullMQ's default 30 000). */
  readonly stalledIntervalMs?: number;
  /**
   * At start, make Redis's schedulers match the reminders in the store (restoring any Redis
   * lost), in the background; the servers and `sarathi worker` turn this on.
   */
  readonly reconcileSchedules?: boolean;
}

export interface NudgeWorker extends NudgeQueueHandle {
  readonly worker: Worker<NudgeJobData, NudgeResult>;
}

export async function startNudgeWorker(options: StartNudgeWorkerOptions): Promise<NudgeWorker> {
  const handle = openNudgeQueue(options.redisUrl, {
    ...(options.queueName === undefined ? {} : { queueName: options.queueName }),
    ...(options.observer === undefined ? {} : { observer: options.observer }),
  });
  const connection = new Redis(options.redisUrl, { maxRetriesPerRequest: null });
  const processNudge = createNudgeProcessor({
    ...options,
    scheduler: handle.scheduler,
    workerId: options.workerId ?? `${hostname()}-${process.pid}-${randomUUID().slice(0, 8)}`,
    limiter: createOutboundLimiter({
      redis: connection,
      ...(options.outboundPolicies === undefined ? {} : { policies: options.outboundPolicies }),
    }),
  });
  const worker = new Worker<NudgeJobData, NudgeResult>(
    handle.queue.name,
    async (job, token) => {
      try {
        return await processNudge(job);
      } catch (error) {
        // Not a failure: the job waits (no attempt used) until the other claim's lease is over.
        if (error instanceof NudgeLeaseHeldError && token !== undefined) {
          await job.moveToDelayed(error.retryAt.getTime(), token);
          throw new DelayedError();
        }
        throw error;
      }
    },
    {
      connection,
      settings: { repeatStrategy: nudgeRepeatStrategy },
      concurrency: options.concurrency ?? 50,
      autorun: true,
      ...(options.lockDurationMs === undefined ? {} : { lockDuration: options.lockDurationMs }),
      ...(options.stalledIntervalMs === undefined
        ? {}
        : { stalledInterval: options.stalledIntervalMs }),
    },
  );
  worker.on('error', (error) => options.logger.warn({ err: error }, 'nudge worker problem'));
  worker.on('failed', (job, error) => {
    if (job === undefined) return;
    const exhausted = job.attemptsMade >= (job.opts.attempts ?? 1);
    // Ids and codes only: the error names the user id and date, never content.
    const details = { jobId: job.id, attempts: job.attemptsMade, err: error };
    if (exhausted) {
      if (!(error instanceof NudgeDeliveryError)) options.observer?.onOutcome?.('none', 'failed');
      options.logger.error(details, 'nudge job failed for good (kept in the failed set)');
    } else {
      options.logger.warn(details, 'nudge job will be retried');
    }
  });
  await worker.waitUntilReady();
  if (options.reconcileSchedules === true) {
    // Ids and counts only in the log.
    void reconcileNudgeSchedulers({
      queue: handle.queue,
      scheduler: handle.scheduler,
      stores: options.stores,
    }).then(
      (result) => options.logger.info(result, 'nudge schedulers reconciled with the reminders'),
      (error: unknown) =>
        options.logger.warn({ err: error }, 'nudge schedulers could not be reconciled'),
    );
  }
  let closing: Promise<void> | undefined;
  return {
    ...handle,
    worker,
    close: () =>
      (closing ??= (async () => {
        await worker.close().catch((error: unknown) => {
          options.logger.warn({ err: error }, 'nudge worker did not close cleanly');
        });
        await connection.quit().catch(() => undefined);
        await handle.close();
      })()),
  };
}

/** Failed (dead-lettered) nudge jobs, newest first: ids, attempts and the reason only. */
export async function listFailedNudges(
  queue: Queue<NudgeJobData>,
  limit = 100,
): Promise<{ id: string; userId: string; attempts: number; reason: string; failedAt?: Date }[]> {
  const jobs = await queue.getFailed(0, limit - 1);
  return jobs.map((job) => ({
    id: job.id ?? '',
    userId: job.data.userId,
    attempts: job.attemptsMade,
    reason: job.failedReason,
    ...(job.finishedOn === undefined ? {} : { failedAt: new Date(job.finishedOn) }),
  }));
}
