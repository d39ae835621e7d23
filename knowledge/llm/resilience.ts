/**
 * How model calls fail safely: a deadline for the whole answer, retries only for errors worth
 * retrying (429 honouring retry-after, 5xx, dropped connections) and only while the deadline
 * allows, and a circuit breaker that stops calling a provider that keeps failing until a single
 * half-open probe succeeds.
 *
 * Written by hand, not taken from cockatiel or opossum: both are well kept, but neither honours
 * a retry-after bounded by a per-answer deadline, and their breakers read the system clock,
 * while ours takes an injectable clock so tests can open and close it without waiting.
 */

export interface Clock {
  now(): number;
  /** Waits `ms`, or rejects early when the signal aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const systemClock: Clock = {
  now: () => performance.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) {
        reject(abortReason(signal));
        return;
      }
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      }, ms);
      const onAbort = () => {
        clearTimeout(timer);
        reject(abortReason(signal));
      };
      signal?.addEventListener('abort', onAbort, { once: true });
    }),
};

function abortReason(signal: AbortSignal | undefined): Error {
  const reason: unknown = signal?.reason;
  return reason instanceof Error ? reason : new Error('aborted', { cause: reason });
}

export type LlmFailureKind = 'timeout' | 'rate_limited' | 'server_error' | 'network' | 'refused';

/** The provider did not give a usable answer in time; `kind` says why. Carries no text. */
export class LlmUnavailableError extends Error {
  override name = 'LlmUnavailableError';
  readonly kind: LlmFailureKind;
  readonly status: number | undefined;

  constructor(kind: LlmFailureKind, status: number | undefined, options?: { cause?: unknown }) {
    super(`model call failed: ${kind}${status === undefined ? '' : ` (HTTP ${status})`}`, options);
    this.kind = kind;
    this.status = status;
  }
}

export interface FailureReading {
  readonly kind: LlmFailureKind;
  readonly retryable: boolean;
  readonly status: number | undefined;
  /** What the provider asked us to wait, from `retry-after-ms` or `retry-after`. */
  readonly retryAfterMs: number | undefined;
}

function header(headers: unknown, name: string): string | undefined {
  if (headers === null || typeof headers !== 'object') return undefined;
  if (typeof (headers as Headers).get === 'function') {
    return (headers as Headers).get(name) ?? undefined;
  }
  const value = (headers as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : undefined;
}

export function retryAfterMs(headers: unknown, now: number = Date.now()): number | undefined {
  const ms = Number(header(headers, 'retry-after-ms'));
  if (Number.isFinite(ms) && ms >= 0 && header(headers, 'retry-after-ms') !== undefined) return ms;
  const value = header(headers, 'retry-after');
  if (value === undefined) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isFinite(date) ? Math.max(0, date - now) : undefined;
}

/** Reads an error thrown by the OpenAI client (through LangChain) or by our deadline. */
export function readFailure(error: unknown): FailureReading {
  if (error instanceof LlmUnavailableError) {
    return { kind: error.kind, retryable: false, status: error.status, retryAfterMs: undefined };
  }
  const record = (typeof error === 'object' && error !== null ? error : {}) as {
    status?: unknown;
    headers?: unknown;
    name?: unknown;
  };
  const status = typeof record.status === 'number' ? record.status : undefined;
  if (status === 429) {
    return {
      kind: 'rate_limited',
      retryable: true,
      status,
      retryAfterMs: retryAfterMs(record.headers),
    };
  }
  if (status !== undefined && status >= 500) {
    return {
      kind: 'server_error',
      retryable: true,
      status,
      retryAfterMs: retryAfterMs(record.headers),
    };
  }
  if (status !== undefined) {
    return { kind: 'refused', retryable: false, status, retryAfterMs: undefined };
  }
  if (record.name === 'AbortError' || record.name === 'TimeoutError') {
    return { kind: 'timeout', retryable: false, status: undefined, retryAfterMs: undefined };
  }
  return { kind: 'network', retryable: true, status: undefined, retryAfterMs: undefined };
}

export interface RetryPolicy {
  /** Retries after the first attempt. */
  readonly maxRetries: number;
  /** First backoff when the provider names no wait; doubled each retry. */
  readonly baseDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxRetries: 2, baseDelayMs: 250 };

/**
 * Runs `attempt`, retrying retryable failures while the wait still fits before `deadline` (a
 * `clock.now()` value). `signal` is the answer's deadline: once it aborts, nothing is retried.
 * Throws `LlmUnavailableError` when no attempt succeeded in time.
 */
export async function callWithRetries<T>(
  attempt: (signal: AbortSignal) => Promise<T>,
  options: {
    readonly signal: AbortSignal;
    readonly deadline: number;
    readonly clock: Clock;
    readonly policy?: RetryPolicy;
    readonly onRetry?: (reading: FailureReading) => void;
  },
): Promise<T> {
  const { clock, deadline, signal } = options;
  const policy = options.policy ?? DEFAULT_RETRY_POLICY;
  for (let retry = 0; ; retry++) {
    if (signal.aborted) throw new LlmUnavailableError('timeout', undefined);
    try {
      return await attempt(signal);
    } catch (error) {
      if (signal.aborted) throw new LlmUnavailableError('timeout', undefined, { cause: error });
      const reading = readFailure(error);
      const wait = reading.retryAfterMs ?? policy.baseDelayMs * 2 ** retry;
      const fits = clock.now() + wait < deadline;
      if (!reading.retryable || retry >= policy.maxRetries || !fits) {
        throw error instanceof LlmUnavailableError
          ? error
          : new LlmUnavailableError(reading.kind, reading.status, { cause: error });
      }
      options.onRetry?.(reading);
      try {
        await clock.sleep(wait, signal);
      } catch (cause) {
        throw new LlmUnavailableError('timeout', undefined, { cause });
      }
    }
  }
}

export type BreakerState = 'closed' | 'open' | 'half-open';

export interface BreakerOptions {
  /** Consecutive failed answers that open the breaker. */
  readonly failureThreshold: number;
  /** How long it stays open before one probe may go through. */
  readonly cooldownMs: number;
  readonly clock: Clock;
  readonly onStateChange?: (state: BreakerState) => void;
}

/**
 * Closed: calls go through, failures are counted. Open: calls are refused until the cooldown
 * has passed. Half-open: exactly one probe goes through; its success closes the breaker, its
 * failure opens it for another cooldown.
 */
export class CircuitBreaker {
  readonly #options: BreakerOptions;
  #state: BreakerState = 'closed';
  #failures = 0;
  #openedAt = 0;
  #probing = false;

  constructor(options: BreakerOptions) {
    this.#options = options;
  }

  get state(): BreakerState {
    if (this.#state === 'open' && this.#cooledDown()) return 'half-open';
    return this.#state;
  }

  /** May a call go ahead now? In half-open only the first caller becomes the probe. */
  tryAcquire(): boolean {
    if (this.#state === 'closed') return true;
    if (this.#state === 'open') {
      if (!this.#cooledDown()) return false;
      this.#set('half-open');
    }
    if (this.#probing) return false;
    this.#probing = true;
    return true;
  }

  recordSuccess(): void {
    this.#failures = 0;
    this.#probing = false;
    if (this.#state !== 'closed') this.#set('closed');
  }

  recordFailure(): void {
    this.#probing = false;
    this.#failures++;
    if (this.#state === 'half-open' || this.#failures >= this.#options.failureThreshold) {
      this.#openedAt = this.#options.clock.now();
      this.#set('open');
    }
  }

  #cooledDown(): boolean {
    return this.#options.clock.now() - this.#openedAt >= this.#options.cooldownMs;
  }

  #set(state: BreakerState): void {
    if (state === this.#state) return;
    this.#state = state;
    this.#options.onStateChange?.(state);
  }
}
