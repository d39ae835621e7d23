/**
 * One attempt at delivering one message: POST it, read the SSE reply, hand each event on.
 * Resolves on `done`; throws `HttpFailure` when the server refuses, anything else when the
 * network failed (the caller retries with the same id).
 */
import type { WidgetEvent, WidgetMessageRequest } from '../protocol.ts';
import { ConnectionDropped, failureFrom, HttpFailure } from './failures.ts';
import type { Session } from './session.ts';
import { readSse } from './sse.ts';

/** A reply that has not finished by then is treated as a dropped connection and retried. */
export const ATTEMPT_TIMEOUT_MS = 90_000;

export interface SendContext {
  readonly apiBase: string;
  readonly session: Session;
  readonly fetchFn?: typeof fetch;
  readonly timeZone?: string;
  readonly locale?: string;
}

export async function sendMessage(
  context: SendContext,
  message: { id: string; text: string; action?: string },
  onEvent: (event: WidgetEvent) => void,
): Promise<'crisis' | 'none'> {
  const fetchFn = context.fetchFn ?? ((input, init) => fetch(input, init));
  const body: WidgetMessageRequest = {
    id: message.id,
    text: message.text,
    ...(message.action === undefined ? {} : { action: message.action }),
    ...(context.timeZone === undefined ? {} : { timeZone: context.timeZone }),
    ...(context.locale === undefined ? {} : { locale: context.locale }),
  };
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), ATTEMPT_TIMEOUT_MS);
  try {
    let token = await context.session.token();
    for (let attempt = 0; ; attempt++) {
      const response = await fetchFn(`${context.apiBase}/api/widget/messages`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'text/event-stream',
          authorization: `Bearer ${token}`,
        },
        body: JSON.stringify(body),
        signal: abort.signal,
      });
      // A token the server no longer accepts is replaced once; the message id stays the same.
      if (response.status === 401 && attempt === 0) {
        await response.body?.cancel();
        token = await context.session.replace();
        continue;
      }
      if (!response.ok) throw await failureFrom(response);
      if (response.body === null) throw new ConnectionDropped();
      for await (const event of readSse(response.body)) {
        if (event.type === 'error') throw new HttpFailure(response.status, event.code);
        onEvent(event);
        if (event.type === 'done') return event.safety;
      }
      throw new ConnectionDropped();
    }
  } finally {
    clearTimeout(timer);
    // Also ends a stream left half-read after an error event.
    abort.abort();
  }
}
