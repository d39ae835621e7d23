/**
 * A conservative pace for outbound WhatsApp messages, since an unofficial client that sends
 * like a machine gets its number banned: at most one message per chat every `perChatIntervalMs`
 * (measured from when the previous one finished), and at most `globalMax` messages in any
 * `globalWindowMs` across all chats. Sends over the limit wait in line (FIFO per chat, oldest
 * first overall); nothing is dropped. `pause()` is the kill switch: everything waiting is
 * refused at once and nothing new starts until `resume()`.
 */
import { GovernorStoppedError } from './errors.ts';

export interface GovernorClock {
  now(): number;
  setTimer(callback: () => void, ms: number): unknown;
  clearTimer(handle: unknown): void;
}

export const systemClock: GovernorClock = {
  now: () => Date.now(),
  setTimer: (callback, ms) => {
    const timer = setTimeout(callback, ms);
    // A pending pace timer must not keep the process alive on its own.
    timer.unref();
    return timer;
  },
  clearTimer: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

export interface SendGovernorOptions {
  /** Default 3000: one message per chat every three seconds. */
  readonly perChatIntervalMs?: number;
  /** Default 20 messages … */
  readonly globalMax?: number;
  /** … per 60 000 ms. */
  readonly globalWindowMs?: number;
  readonly clock?: GovernorClock;
}

export interface SendGovernor {
  /** Runs `task` when the pace allows; rejects with `GovernorStoppedError` if paused or closed. */
  schedule<T>(chatId: string, task: () => Promise<T>): Promise<T>;
  pause(): void;
  resume(): void;
  readonly paused: boolean;
  /** Sends waiting in line. */
  readonly waiting: number;
  /** Refuses what waits, lets sends in flight finish. Safe to call twice. */
  close(): Promise<void>;
}

interface Waiting {
  readonly chatId: string;
  readonly run: () => Promise<void>;
  readonly refuse: (error: Error) => void;
}

export const DEFAULT_GOVERNOR = {
  perChatIntervalMs: 3000,
  globalMax: 20,
  globalWindowMs: 60_000,
} as const;

export function createSendGovernor(options: SendGovernorOptions = {}): SendGovernor {
  const perChatIntervalMs = options.perChatIntervalMs ?? DEFAULT_GOVERNOR.perChatIntervalMs;
  const globalMax = options.globalMax ?? DEFAULT_GOVERNOR.globalMax;
  const globalWindowMs = options.globalWindowMs ?? DEFAULT_GOVERNOR.globalWindowMs;
  const clock = options.clock ?? systemClock;

  const queue: Waiting[] = [];
  /** Start times of recent sends, oldest first, for the global window. */
  const started: number[] = [];
  /** When each chat's last send finished. */
  const finishedAt = new Map<string, number>();
  const busy = new Set<string>();
  const inFlight = new Set<Promise<void>>();
  let timer: unknown;
  let paused = false;
  let closed = false;

  function refuseAll(reason: 'paused' | 'closed') {
    for (const waiting of queue.splice(0)) waiting.refuse(new GovernorStoppedError(reason));
  }

  function wake(ms: number) {
    if (timer !== undefined) clock.clearTimer(timer);
    timer = clock.setTimer(() => {
      timer = undefined;
      pump();
    }, ms);
  }

  function pump() {
    if (paused || closed) return;
    const now = clock.now();
    while (started.length > 0 && (started[0] ?? 0) <= now - globalWindowMs) started.shift();
    for (const [chatId, at] of finishedAt) {
      if (at <= now - perChatIntervalMs && !busy.has(chatId)) finishedAt.delete(chatId);
    }

    let soonest = Number.POSITIVE_INFINITY;
    while (queue.length > 0) {
      if (started.length >= globalMax) {
        soonest = (started[0] ?? now) + globalWindowMs - now;
        break;
      }
      const index = nextReady(now);
      if (typeof index === 'number') {
        const [waiting] = queue.splice(index, 1);
        if (waiting !== undefined) begin(waiting, now);
        continue;
      }
      soonest = index.waitMs;
      break;
    }
    if (queue.length > 0 && Number.isFinite(soonest)) wake(Math.max(0, soonest));
  }

  /** The first waiting send whose chat is free, or how long until one could be. */
  function nextReady(now: number): number | { waitMs: number } {
    const seen = new Set<string>();
    let waitMs = Number.POSITIVE_INFINITY;
    for (const [index, waiting] of queue.entries()) {
      if (seen.has(waiting.chatId)) continue;
      seen.add(waiting.chatId);
      if (busy.has(waiting.chatId)) continue;
      const last = finishedAt.get(waiting.chatId);
      const readyIn = last === undefined ? 0 : last + perChatIntervalMs - now;
      if (readyIn <= 0) return index;
      waitMs = Math.min(waitMs, readyIn);
    }
    return { waitMs };
  }

  function begin(waiting: Waiting, now: number) {
    started.push(now);
    busy.add(waiting.chatId);
    const running = waiting.run().finally(() => {
      busy.delete(waiting.chatId);
      finishedAt.set(waiting.chatId, clock.now());
      inFlight.delete(running);
      pump();
    });
    inFlight.add(running);
  }

  let closing: Promise<void> | undefined;
  return {
    schedule<T>(chatId: string, task: () => Promise<T>): Promise<T> {
      if (closed) return Promise.reject(new GovernorStoppedError('closed'));
      if (paused) return Promise.reject(new GovernorStoppedError('paused'));
      return new Promise<T>((resolve, reject) => {
        queue.push({
          chatId,
          // A task that throws before returning a promise still settles this one.
          run: () => Promise.resolve().then(task).then(resolve, reject),
          refuse: reject,
        });
        pump();
      });
    },
    pause() {
      paused = true;
      refuseAll('paused');
    },
    resume() {
      paused = false;
      pump();
    },
    get paused() {
      return paused;
    },
    get waiting() {
      return queue.length;
    },
    close() {
      closing ??= (async () => {
        closed = true;
        if (timer !== undefined) clock.clearTimer(timer);
        refuseAll('closed');
        await Promise.allSettled([...inFlight]);
      })();
      return closing;
    },
  };
}
