/**
 * Anonymous widget sessions as signed tokens: `base64url(payload).base64url(HMAC-SHA256)`.
 * The payload carries a random session id, issue and expiry times and the id of the key that
 * signed it, so keys can rotate: the first secret signs, every listed one still verifies.
 * Nothing is stored server-side; the session id becomes the engine's channel user id.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { WidgetSecret } from './widget-secret.ts';

export interface SessionClaims {
  readonly sessionId: string;
  readonly issuedAt: Date;
  readonly expiresAt: Date;
  readonly keyId: string;
}

export type TokenCheck =
  | { readonly ok: true; readonly claims: SessionClaims }
  /** Authentic but past its expiry: a message is refused, a renewal may still be allowed. */
  | { readonly ok: false; readonly reason: 'expired'; readonly claims: SessionClaims }
  | { readonly ok: false; readonly reason: 'malformed' | 'unknown_key' | 'bad_signature' };

export interface SessionTokens {
  /** A token for a new session, or (renewal) for the given session id. */
  issue(sessionId?: string): { readonly token: string; readonly claims: SessionClaims };
  verify(token: string): TokenCheck;
}

export interface SessionTokenOptions {
  /** First entry signs; the others (previous keys) are still accepted until removed. */
  readonly secrets: readonly WidgetSecret[];
  readonly ttlMs?: number;
  readonly now?: () => number;
}

export const DEFAULT_SESSION_TTL_MS = 24 * 60 * 60 * 1000;

// Domain separation: a MAC made for another purpose with the same secret never verifies here.
const MAC_CONTEXT = 'sarathi-widget-session.v1.';
const MAX_TOKEN_LENGTH = 512;
const SEGMENT = /^[A-Za-z0-9_-]+$/;

interface Payload {
  readonly v: 1;
  readonly sid: string;
  readonly iat: number;
  readonly exp: number;
  readonly kid: string;
}

export function createSessionTokens(options: SessionTokenOptions): SessionTokens {
  const active = options.secrets[0];
  if (active === undefined) throw new Error('widget sessions need at least one secret');
  const byId = new Map(options.secrets.map((entry) => [entry.id, entry.secret]));
  const ttlSeconds = Math.max(1, Math.round((options.ttlMs ?? DEFAULT_SESSION_TTL_MS) / 1000));
  const now = options.now ?? Date.now;

  const mac = (secret: string, body: string) =>
    createHmac('sha256', secret).update(MAC_CONTEXT).update(body).digest();

  return {
    issue(sessionId = randomBytes(16).toString('base64url')) {
      const iat = Math.floor(now() / 1000);
      const payload: Payload = { v: 1, sid: sessionId, iat, exp: iat + ttlSeconds, kid: active.id };
      const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
      const token = `${body}.${mac(active.secret, body).toString('base64url')}`;
      return { token, claims: toClaims(payload) };
    },

    verify(token) {
      if (token.length > MAX_TOKEN_LENGTH) return { ok: false, reason: 'malformed' };
      const [body, signature, extra] = token.split('.');
      if (
        body === undefined ||
        signature === undefined ||
        extra !== undefined ||
        !SEGMENT.test(body) ||
        !SEGMENT.test(signature)
      ) {
        return { ok: false, reason: 'malformed' };
      }
      const payload = parsePayload(body);
      if (payload === undefined) return { ok: false, reason: 'malformed' };
      const secret = byId.get(payload.kid);
      if (secret === undefined) return { ok: false, reason: 'unknown_key' };
      const expected = mac(secret, body);
      const given = Buffer.from(signature, 'base64url');
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        return { ok: false, reason: 'bad_signature' };
      }
      const claims = toClaims(payload);
      if (payload.exp * 1000 <= now()) return { ok: false, reason: 'expired', claims };
      return { ok: true, claims };
    },
  };
}

function parsePayload(body: string): Payload | undefined {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const { v, sid, iat, exp, kid } = value as Record<string, unknown>;
  if (
    v !== 1 ||
    typeof sid !== 'string' ||
    !SEGMENT.test(sid) ||
    typeof kid !== 'string' ||
    !Number.isSafeInteger(iat) ||
    !Number.isSafeInteger(exp)
  ) {
    return undefined;
  }
  return { v, sid, iat: iat as number, exp: exp as number, kid };
}

function toClaims(payload: Payload): SessionClaims {
  return {
    sessionId: payload.sid,
    issuedAt: new Date(payload.iat * 1000),
    expiresAt: new Date(payload.exp * 1000),
    keyId: payload.kid,
  };
}
