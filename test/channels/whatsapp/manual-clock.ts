/** A clock the test moves by hand, for exact pacing and backoff delays. */
import type { GovernorClock } from '../../../channels/whatsapp/index.ts';

/** Lets every promise chain that is ready to run, run. */
export async function flush(): Promise<void> {
  for (let round = 0; round < 20; round++) await new Promise((resolve) => setImmediate(resolve));
}

export function manualClock(start = 1_000_000) {
  let now = start;
  let nextId = 0;
  const timers = new Map<number, { at: number; callback: () => void }>();
  const clock: GovernorClock = {
    now: () => now,
    setTimer: (callback, ms) => {
      const id = ++nextId;
      timers.set(id, { at: now + ms, callback });
      return id;
    },
    clearTimer: (handle) => {
      timers.delete(handle as number);
    },
  };
  return {
    clock,
    elapsed: () => now - start,
    /** Delays of the timers still pending, from now. */
    pending: () => [...timers.values()].map((timer) => timer.at - now),
    /** Moves time forward, firing due timers in order and letting their work run. */
    async advance(ms: number): Promise<void> {
      const end = now + ms;
      for (;;) {
        await flush();
        const due = [...timers.entries()]
          .filter(([, timer]) => timer.at <= end)
          .sort(([, a], [, b]) => a.at - b.at)[0];
        if (due === undefined) break;
        timers.delete(due[0]);
        now = due[1].at;
        due[1].callback();
      }
      now = end;
      await flush();
    },
  };
}
