/**
 * Which web pages may call the widget API from the browser. Entries are exact origins
 * (`https://example.org`), an origin with any port (`http://localhost:*`), or `*` for any page.
 * A page served by this server itself is always allowed. No credentials: the session travels
 * as a bearer token, never a cookie, so `Access-Control-Allow-Credentials` is never sent.
 *
 * A request without an `Origin` header is not a cross-origin browser call (curl, a server,
 * a load generator) and passes; the token and the rate limits guard those.
 */
import type { Request, RequestHandler, Response } from 'express';
import { sendError } from './http-errors.ts';

export type OriginPolicy = (origin: string) => boolean;

interface Pattern {
  readonly protocol: string;
  readonly hostname: string;
  /** '' for the scheme's default port, '*' for any. */
  readonly port: string;
}

export class OriginPatternError extends Error {
  constructor(entry: string) {
    super(`not an origin (scheme://host[:port|:*]): ${entry}`);
    this.name = 'OriginPatternError';
  }
}

export function createOriginPolicy(entries: readonly string[]): OriginPolicy {
  if (entries.includes('*')) return (origin) => parseOrigin(origin) !== undefined;
  const patterns = entries.map(toPattern);
  return (origin) => {
    const given = parseOrigin(origin);
    if (given === undefined) return false;
    return patterns.some(
      (pattern) =>
        pattern.protocol === given.protocol &&
        pattern.hostname === given.hostname &&
        (pattern.port === '*' || pattern.port === given.port),
    );
  };
}

function toPattern(entry: string): Pattern {
  const wildcard = /^(.*):\*$/.exec(entry.trim());
  const parsed = parseOrigin(wildcard?.[1] ?? entry.trim());
  if (parsed === undefined) throw new OriginPatternError(entry);
  return wildcard === null ? parsed : { ...parsed, port: '*' };
}

function parseOrigin(value: string): Pattern | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  // An origin has no path, query or credentials; anything else is not what a browser sends.
  if (url.username !== '' || url.password !== '' || url.search !== '' || url.hash !== '') {
    return undefined;
  }
  if (url.pathname !== '/') return undefined;
  return { protocol: url.protocol, hostname: url.hostname, port: url.port };
}

function isSameOrigin(req: Request, origin: string): boolean {
  const host = req.get('host');
  return host !== undefined && origin === `${req.protocol}://${host}`;
}

/** True when the request may proceed; otherwise a 403 has already been sent. */
export function applyCors(req: Request, res: Response, allowed: OriginPolicy): boolean {
  res.vary('Origin');
  const origin = req.get('origin');
  if (origin === undefined) return true;
  if (!allowed(origin) && !isSameOrigin(req, origin)) {
    sendError(res, 403, 'forbidden_origin', 'This site is not allowed to use the widget.');
    return false;
  }
  res.set('Access-Control-Allow-Origin', origin);
  // The widget reads Retry-After to say how long to pause.
  res.set('Access-Control-Expose-Headers', 'Retry-After');
  return true;
}

/** CORS for the widget API: allow-listed origins only, preflights answered here. */
export function widgetCors(allowed: OriginPolicy): RequestHandler {
  return function corsForWidget(req, res, next) {
    if (!applyCors(req, res, allowed)) return;
    if (req.method === 'OPTIONS') {
      res.set('Access-Control-Allow-Methods', 'POST, OPTIONS');
      res.set('Access-Control-Allow-Headers', 'Authorization, Content-Type');
      res.set('Access-Control-Max-Age', '600');
      res.status(204).end();
      return;
    }
    next();
  };
}
