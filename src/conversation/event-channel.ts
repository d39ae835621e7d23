/**
 * A one-producer, one-consumer bridge from callbacks to an async iterator: the turn pushes
 * events as they are released, `engine.stream` yields them as they come.
 */
export interface EventChannel<T> extends AsyncIterable<T> {
  push(event: T): void;
  close(): void;
  fail(error: unknown): void;
}

export function createEventChannel<T>(): EventChannel<T> {
  const buffered: T[] = [];
  let finished = false;
  let failure: { error: unknown } | undefined;
  let wake: (() => void) | undefined;
  const notify = () => {
    wake?.();
    wake = undefined;
  };
  return {
    push(event) {
      if (finished) return;
      buffered.push(event);
      notify();
    },
    close() {
      finished = true;
      notify();
    },
    fail(error) {
      failure = { error };
      finished = true;
      notify();
    },
    async *[Symbol.asyncIterator]() {
      for (;;) {
        while (buffered.length > 0) yield buffered.shift() as T;
        if (failure !== undefined) throw failure.error;
        if (finished) return;
        await new Promise<void>((resolve) => (wake = resolve));
      }
    },
  };
}
