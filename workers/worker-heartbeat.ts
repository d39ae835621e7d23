/**
 * A nudge worker's heartbeat in Redis, for health checks of a process that has no HTTP port.
 * Written from a timer on the worker's event loop, so a fresh beat proves the loop still turns
 * and Redis is reachable from it, not merely that the process exists. One key per host name:
 * the container's health check runs on the same host as its worker.
 */
import { hostname } from 'node:os';
import type { Redis } from 'ioredis';

export const HEARTBEAT_INTERVAL_MS = 10_000;
/** A beat older than this means the worker is stuck (three missed beats). */
export const HEARTBEAT_STALE_MS = 3 * HEARTBEAT_INTERVAL_MS;

export function heartbeatKey(host: string = hostname()): string {
  return `sarathi:nudge-worker:heartbeat:${host}`;
}

export interface Heartbeat {
  stop(): Promise<void>;
}

export async function startHeartbeat(options: {
  readonly redis: Redis;
  readonly host?: string;
  readonly intervalMs?: number;
  readonly now?: () => number;
}): Promise<Heartbeat> {
  const key = heartbeatKey(options.host);
  const intervalMs = options.intervalMs ?? HEARTBEAT_INTERVAL_MS;
  const now = options.now ?? Date.now;
  // Expires by itself a little after it goes stale, so a dead worker leaves no beat behind.
  const beat = () => options.redis.set(key, String(now()), 'PX', 3 * intervalMs + 5_000);
  await beat();
  const timer = setInterval(() => void beat().catch(() => undefined), intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await options.redis.del(key).catch(() => 0);
    },
  };
}

export type HeartbeatStatus =
  | { readonly healthy: true; readonly ageMs: number }
  | { readonly healthy: false; readonly reason: string };

/** Whether this host's worker beat recently. */
export async function checkHeartbeat(options: {
  readonly redis: Redis;
  readonly host?: string;
  readonly staleMs?: number;
  readonly now?: () => number;
}): Promise<HeartbeatStatus> {
  const value = await options.redis.get(heartbeatKey(options.host));
  if (value === null) return { healthy: false, reason: 'no heartbeat from the nudge worker' };
  const ageMs = (options.now ?? Date.now)() - Number(value);
  const staleMs = options.staleMs ?? HEARTBEAT_STALE_MS;
  if (!Number.isFinite(ageMs) || ageMs > staleMs) {
    return {
      healthy: false,
      reason: `the nudge worker's last heartbeat is ${Math.round(ageMs / 1000)} s old`,
    };
  }
  return { healthy: true, ageMs };
}
