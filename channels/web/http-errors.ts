/**
 * Refusals before a stream starts: the HTTP status plus a body shaped like the protocol's
 * `error` event, so the widget handles both the same way. Messages are our own short words,
 * never an echo of what was sent.
 */
import type { Response } from 'express';
import type { WidgetErrorCode, WidgetEvent } from './protocol.ts';

export function sendError(
  res: Response,
  status: number,
  code: WidgetErrorCode,
  message: string,
  retryAfterSeconds?: number,
): void {
  if (retryAfterSeconds !== undefined) res.set('Retry-After', String(retryAfterSeconds));
  if (status === 401) res.set('WWW-Authenticate', 'Bearer');
  const body: WidgetEvent = { type: 'error', code, message };
  res.status(status).set('Cache-Control', 'no-store').json(body);
}
