import {
  callWithRetries,
  CircuitBreaker,
  LlmUnavailableError,
  readFailure,
  retryAfterMs,
  type Clock,
} from '../../../knowledge/llm/index.ts';

/** A clock that only moves when told to; `sleep` advances it at once. */
function manualClock(): Clock & { advance(ms: number): void; slept: number[] } {
  let now = 0;
  const slept: number[] = [];
  return {
    slept,
    now: () => now,
    advance: (ms) => (now += ms),
    sleep: (ms) => {
      slept.push(ms);
      now += ms;
      return Promise.resolve();
    },
  };
}

function httpError(status: number, headers: Record<string, string> = {}) {
  return Object.assign(new Error(`HTTP ${status}`), { status, headers: new Headers(headers) });
}

describe('reading provider failures', () => {
  it('reads retry-after in milliseconds, seconds or as a date', () => {
    expect(retryAfterMs(new Headers({ 'retry-after-ms': '250', 'retry-after': '9' }))).toBe(250);
    expect(retryAfterMs(new Headers({ 'retry-after': '2' }))).toBe(2000);
    expect(
      retryAfterMs({ 'retry-after': 'Thu, 01 Jan 2026 00:00:05 GMT' }, Date.UTC(2026, 0, 1)),
    ).toBe(5000);
    expect(retryAfterMs(new Headers())).toBeUndefined();
  });

  it('retries 429, 5xx and dropped connections, never 4xx or timeouts', () => {
    expect(readFailure(httpError(429, { 'retry-after': '1' }))).toMatchObject({
      kind: 'rate_limited',
      retryable: true,
      retryAfterMs: 1000,
    });
    expect(readFailure(httpError(503))).toMatchObject({ kind: 'server_error', retryable: true });
    expect(readFailure(httpError(401))).toMatchObject({ kind: 'refused', retryable: false });
    expect(readFailure(new TypeError('fetch failed'))).toMatchObject({
      kind: 'network',
      retryable: true,
    });
    expect(readFailure(Object.assign(new Error('x'), { name: 'AbortError' }))).toMatchObject({
      kind: 'timeout',
      retryable: false,
    });
  });
});

describe('callWithRetries', () => {
  const signal = new AbortController().signal;

  it('waits what the provider asked, then succeeds', async () => {
    const clock = manualClock();
    const failures = [httpError(429, { 'retry-after': '1' }), httpError(500)];
    const result = await callWithRetries(
      () => {
        const failure = failures.shift();
        return failure === undefined ? Promise.resolve('ok') : Promise.reject(failure);
      },
      { signal, deadline: 10_000, clock, policy: { maxRetries: 2, baseDelayMs: 100 } },
    );
    expect(result).toBe('ok');
    expect(clock.slept).toEqual([1000, 200]);
  });

  it('gives up when the wait would pass the deadline, without waiting', async () => {
    const clock = manualClock();
    await expect(
      callWithRetries(() => Promise.reject(httpError(429, { 'retry-after': '30' })), {
        signal,
        deadline: 5_000,
        clock,
      }),
    ).rejects.toMatchObject({ kind: 'rate_limited', status: 429 });
    expect(clock.slept).toEqual([]);
  });

  it('does not retry a refusal', async () => {
    let calls = 0;
    await expect(
      callWithRetries(
        () => {
          calls++;
          return Promise.reject(httpError(400));
        },
        { signal, deadline: 5_000, clock: manualClock() },
      ),
    ).rejects.toBeInstanceOf(LlmUnavailableError);
    expect(calls).toBe(1);
  });
});

describe('CircuitBreaker', () => {
  it('opens after consecutive failures, lets one probe through after the cooldown, closes on success', () => {
    const clock = manualClock();
    const states: string[] = [];
    const breaker = new CircuitBreaker({
      failureThreshold: 2,
      cooldownMs: 1000,
      clock,
      onStateChange: (state) => states.push(state),
    });
    expect(breaker.tryAcquire()).toBe(true);
    breaker.recordFailure();
    breaker.recordSuccess();
    breaker.recordFailure();
    expect(breaker.state).toBe('closed');
    breaker.recordFailure();
    expect(breaker.state).toBe('open');
    expect(breaker.tryAcquire()).toBe(false);
    clock.advance(1000);
    expect(breaker.state).toBe('half-open');
    expect(breaker.tryAcquire()).toBe(true);
    expect(breaker.tryAcquire()).toBe(false);
    breaker.recordFailure();
    expect(breaker.state).toBe('open');
    clock.advance(999);
    expect(breaker.tryAcquire()).toBe(false);
    clock.advance(1);
    expect(breaker.tryAcquire()).toBe(true);
    breaker.recordSuccess();
    expect(breaker.state).toBe('closed');
    expect(states).toEqual(['open', 'half-open', 'open', 'half-open', 'closed']);
  });
});
