/**
 * A widget request body, validated, becomes the channel-neutral `InboundMessage`. Pure: the
 * session id and the receive time come from the caller.
 */
import { z } from 'zod';
import type { InboundMessage } from '../../src/messages/index.ts';
import type { WidgetMessageRequest } from './protocol.ts';
import { regionFor, validLocale, validTimeZone } from './region.ts';

/**
 * Long text is not refused here: the engine answers an over-long message itself, and a person
 * in crisis is never length-rejected (the server's JSON body limit is the only hard cap).
 * Time zone and locale are hints; a malformed one is dropped, not a reason to refuse.
 */
export const widgetMessageSchema = z
  .object({
    id: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, {
      message: 'id must be 8-64 letters, digits, - or _ (a UUID)',
    }),
    text: z.string().max(64 * 1024),
    action: z.string().min(1).max(256).optional(),
    timeZone: z.string().max(256).optional(),
    locale: z.string().max(256).optional(),
  })
  .refine((body) => body.text.trim() !== '' || body.action !== undefined, {
    message: 'text is empty and no action was given',
    path: ['text'],
  });

export const sessionRequestSchema = z.object({ token: z.string().max(1024).optional() });

/** The engine dedupes by (channel, dedupeKey); scoping by session keeps client ids apart. */
export function dedupeKeyFor(sessionId: string, clientId: string): string {
  return `${sessionId}:${clientId}`;
}

export function toInboundMessage(
  request: WidgetMessageRequest,
  sessionId: string,
  receivedAt: Date,
): InboundMessage {
  const timeZone = validTimeZone(request.timeZone);
  const locale = validLocale(request.locale);
  const region = regionFor(timeZone, locale);
  return {
    channel: 'web',
    address: sessionId,
    channelUserId: sessionId,
    dedupeKey: dedupeKeyFor(sessionId, request.id),
    text: request.text,
    ...(request.action === undefined ? {} : { action: request.action }),
    ...(locale === undefined ? {} : { locale }),
    ...(region === undefined ? {} : { region }),
    ...(timeZone === undefined ? {} : { timeZone }),
    receivedAt,
  };
}

/** A zod failure as one line naming the fields, never echoing what was sent. */
export function describeBadRequest(error: z.ZodError): string {
  const fields = [...new Set(error.issues.map((issue) => issue.path.join('.') || 'body'))];
  const first = error.issues[0]?.message ?? 'invalid request';
  return `invalid ${fields.join(', ')}: ${first}`;
}
