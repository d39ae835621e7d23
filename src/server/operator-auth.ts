import { timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';

/**
 * Operator endpoints (/metrics and later admin routes) need `Authorization: Bearer <token>`
 * whenever a token is configured — always in production, where configuration requires one.
 * Without a token (embedded mode) they stay open, on a server bound to loopback by default.
 */
export function requireOperatorToken(token: string | undefined): RequestHandler {
  const expected = token === undefined ? undefined : Buffer.from(token);
  return function operatorAuth(req, res, next) {
    if (expected === undefined) {
      next();
      return;
    }
    const header = req.get('authorization') ?? '';
    const given = Buffer.from(header.startsWith('Bearer ') ? header.slice(7) : '');
    if (given.length === expected.length && timingSafeEqual(given, expected)) {
      next();
      return;
    }
    res.set('WWW-Authenticate', 'Bearer').status(401).json({ error: 'operator token required' });
  };
}
