import { failureFrom, retryAfter } from '../../channels/web/client/failures.ts';

describe('refusals from the server become a code the widget words gently', () => {
  it.each<[number, string, string | null, object]>([
    [
      429,
      '{"type":"error","code":"rate_limited","message":"m"}',
      '12',
      { code: 'rate_limited', retryAfterMs: 12_000 },
    ],
    [
      400,
      '{"type":"error","code":"bad_request","message":"m"}',
      null,
      { code: 'bad_request', retryAfterMs: undefined },
    ],
    [401, 'Unauthorized', null, { code: 'unauthorized' }],
    [403, '', null, { code: 'forbidden_origin' }],
    [413, '<html>too large</html>', null, { code: 'bad_request' }],
    [502, '<html>bad gateway</html>', null, { code: 'unavailable' }],
    [503, '{"code":"not-a-code"}', '5', { code: 'unavailable', retryAfterMs: 5_000 }],
  ])('HTTP %i with body %j', async (status, body, after, expected) => {
    const headers = after === null ? undefined : { 'retry-after': after };
    const failure = await failureFrom(new Response(body, { status, headers }));
    expect(failure).toMatchObject({ status, ...expected });
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(retryAfter('0')).toBe(0);
    expect(retryAfter(null)).toBeUndefined();
    expect(retryAfter('soon')).toBeUndefined();
    const inAMinute = retryAfter(new Date(Date.now() + 60_000).toUTCString()) ?? 0;
    expect(inAMinute).toBeGreaterThan(55_000);
    expect(inAMinute).toBeLessThanOrEqual(60_000);
  });
});
