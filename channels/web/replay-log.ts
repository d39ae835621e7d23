/**
 * The answer to each (session, client id), kept briefly so a retry after a dropped connection
 * gets the same events instead of a second answer — or, if the first request is still being
 * answered, waits for it. The engine's durable dedupe would refuse the retry anyway; this record
 * is what lets the person still see the reply.
 *
 * Bounded: entries live `ttlMs` (default 10 minutes) and at most `maxEntries` (default 10,000,
 * oldest dropped first). It is memory of one process: with several instances, a retry that lands
 * on another instance finds nothing here and is told the message was already received. Production
 * behind a load balancer needs this record in Redis (SET NX with the same TTL, the events as a
 * value, and a pub/sub or short poll for a retry that arrives while the first is in flight).
 */

export interface ReplayLogOptions {
  readonly ttlMs?: number;
  readonly maxEntries?: number;
  readonly now?: () => number;
}

export interface ReplayOutcome<T> {
  readonly value: T;
  /** True when this call did not produce the value itself (a retry). */
  readonly replayed: boolean;
}

export interface ReplayLog<T> {
  /**
   * Runs `produce` once per key within the TTL; concurrent and later calls get its result.
   * A failed `produce` is forgotten, so the next retry tries again.
   */
  run(key: string, produce: () => Promise<T>): Promise<ReplayOutcome<T>>;
  readonly size: number;
}

export const DEFAULT_REPLAY_TTL_MS = 10 * 60 * 1000;
export const DEFAULT_REPLAY_MAX_ENTRIES = 10_000;

interface Entry<T> {
  readonly result: Promise<T>;
  readonly expiresAt: number;
}

export function createReplayLog<T>(options: ReplayLogOptions = {}): ReplayLog<T> {
  const ttlMs = options.ttlMs ?? DEFAULT_REPLAY_TTL_MS;
  const maxEntries = Math.max(1, options.maxEntries ?? DEFAULT_REPLAY_MAX_ENTRIES);
  const now = options.now ?? Date.now;
  // A Map iterates in insertion order and every entry has the same TTL, so the oldest (and the
  // first to expire) are always at the front.
  const entries = new Map<string, Entry<T>>();

  function prune(at: number): void {
    for (const [key, entry] of entries) {
      if (entry.expiresAt > at && entries.size < maxEntries) break;
      entries.delete(key);
    }
  }

  return {
    async run(key, produce) {
      const at = now();
      const known = entries.get(key);
      if (known !== undefined && known.expiresAt > at) {
        return { value: await known.result, replayed: true };
      }
      if (known !== undefined) entries.delete(key);
      prune(at);
      const result = produce();
      const entry: Entry<T> = { result, expiresAt: at + ttlMs };
      entries.set(key, entry);
      try {
        return { value: await result, replayed: false };
      } catch (error) {
        if (entries.get(key) === entry) entries.delete(key);
        throw error;
      }
    },
    get size() {
      return entries.size;
    },
  };
}
