import { createSessionTokens } from '../../../channels/web/index.ts';

const k1 = { id: 'k1', secret: 'first-secret-0123456789-abcdefghijklmn' };
const k2 = { id: 'k2', secret: 'second-secret-0123456789-abcdefghijklm' };

function decode(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[0] ?? '', 'base64url').toString('utf8')) as Record<
    string,
    unknown
  >;
}

describe('widget session tokens', () => {
  it('carry a random session id, issue and expiry times and the signing key id', () => {
    const tokens = createSessionTokens({ secrets: [k1], ttlMs: 60_000, now: () => 1_000_000_000 });
    const { token, claims } = tokens.issue();
    expect(decode(token)).toEqual({
      v: 1,
      sid: claims.sessionId,
      iat: 1_000_000,
      exp: 1_000_060,
      kid: 'k1',
    });
    expect(claims.sessionId).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(tokens.issue().claims.sessionId).not.toBe(claims.sessionId);
    expect(tokens.verify(token)).toEqual({ ok: true, claims });
  });

  it('renew into the same session id when asked', () => {
    const tokens = createSessionTokens({ secrets: [k1] });
    expect(tokens.issue('abc_DEF-123').claims.sessionId).toBe('abc_DEF-123');
  });

  it('report expiry with the claims, so a renewal can decide', () => {
    let now = 1_000_000_000;
    const tokens = createSessionTokens({ secrets: [k1], ttlMs: 60_000, now: () => now });
    const { token, claims } = tokens.issue();
    now += 60_000;
    expect(tokens.verify(token)).toEqual({ ok: false, reason: 'expired', claims });
  });

  it.each([
    ['empty', ''],
    ['one segment', 'abc'],
    ['three segments', 'a.b.c'],
    ['not base64url', 'a+b.c/d'],
    ['payload not JSON', `${Buffer.from('hello').toString('base64url')}.AAAA`],
    ['payload of the wrong shape', `${Buffer.from('{"sid":1}').toString('base64url')}.AAAA`],
    ['far too long', `${'a'.repeat(600)}.b`],
  ])('refuse a malformed token (%s)', (_name, token) => {
    const tokens = createSessionTokens({ secrets: [k1] });
    expect(tokens.verify(token)).toEqual({ ok: false, reason: 'malformed' });
  });

  it('refuse a changed payload or signature, and a key they do not know', () => {
    const tokens = createSessionTokens({ secrets: [k1] });
    const { token } = tokens.issue('victim');
    const [payload, signature] = token.split('.') as [string, string];
    const forged = Buffer.from(JSON.stringify({ ...decode(token), sid: 'attacker' })).toString(
      'base64url',
    );
    expect(tokens.verify(`${forged}.${signature}`)).toEqual({ ok: false, reason: 'bad_signature' });
    expect(tokens.verify(`${payload}.${signature.slice(0, 10)}`)).toEqual({
      ok: false,
      reason: 'bad_signature',
    });
    const other = createSessionTokens({ secrets: [k2] }).issue().token;
    expect(tokens.verify(other)).toEqual({ ok: false, reason: 'unknown_key' });
  });

  it('rotate: the first key signs, previous keys still verify until removed', () => {
    const before = createSessionTokens({ secrets: [k1] }).issue().token;
    const during = createSessionTokens({ secrets: [k2, k1] });
    expect(during.verify(before).ok).toBe(true);
    const fresh = during.issue().token;
    expect(decode(fresh)['kid']).toBe('k2');
    const after = createSessionTokens({ secrets: [k2] });
    expect(after.verify(fresh).ok).toBe(true);
    expect(after.verify(before)).toEqual({ ok: false, reason: 'unknown_key' });
  });

  it('need at least one secret', () => {
    expect(() => createSessionTokens({ secrets: [] })).toThrow('at least one secret');
  });
});
