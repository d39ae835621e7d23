/**
 * The engine is a list of steps, each of which either answers or passes the turn on with
 * `next()` — the shape of grammY's and Hono's middleware, so the list in engine.ts reads like
 * the path drawn in ARCHITECTURE.md.
 */
import type { EngineReply, Turn } from './turn.ts';

export type Next = () => Promise<EngineReply>;
export type Step = (turn: Turn, next: Next) => Promise<EngineReply>;

export class StepOrderError extends Error {
  constructor(index: number) {
    super(`step ${index} called next() more than once`);
    this.name = 'StepOrderError';
  }
}

export function runSteps(steps: readonly Step[], last: (turn: Turn) => Promise<EngineReply>) {
  return function run(turn: Turn): Promise<EngineReply> {
    const dispatch = (index: number): Promise<EngineReply> => {
      const step = steps[index];
      if (step === undefined) return last(turn);
      let called = false;
      return step(turn, () => {
        if (called) return Promise.reject(new StepOrderError(index));
        called = true;
        return dispatch(index + 1);
      });
    };
    return dispatch(0);
  };
}
