/**
 * The two ways a message can fail. `HttpFailure`: the Sarathi server refused (a status other than
 * 2xx, or an `error` event in the stream). Anything else — fetch's TypeError, an abort on timeout,
 * `ConnectionDropped` when a stream ends without `done` — is the network, and the message is
 * retried with the same id (the server replays rather than answering twice).
 */
import type { WidgetErrorCode } from '../protocol.ts';

export class ConnectionDropped extends Error {
  constructor() {
    super('the reply stream ended before it was complete');
    this.name = 'ConnectionDropped';
  }
}

export class HttpFailure extends Error {
  readonly status: number;
  readonly code: WidgetErrorCode;
  readonly retryAfterMs: number | undefined;

  constructor(status: number, code: WidgetErrorCode, retryAfterMs?: number) {
    super(`the server answered ${status} (${code})`);
    this.name = 'HttpFailure';
    this.status = status;
    this.code = code;
    this.retryAfterMs = retryAfterMs;
  }
}

/** Maps a refused response to a protocol error code, reading a JSON `{ code }` when present. */
export async function failureFrom(response: Response): Promise<HttpFailure> {
  let code: WidgetErrorCode = codeForStatus(response.status);
  try {
    const body = (await response.json()) as { code?: unknown; error?: { code?: unknown } };
    const given = body.code ?? body.error?.code;
    if (isCode(given)) code = given;
  } catch {
    // Not JSON (a proxy's error page, an empty body): the status says enough.
  }
  return new HttpFailure(response.status, code, retryAfter(response.headers.get('retry-after')));
}

function codeForStatus(status: number): WidgetErrorCode {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden_origin';
  if (status === 429) return 'rate_limited';
  if (status >= 400 && status < 500) return 'bad_request';
  return 'unavailable';
}

const CODES: readonly string[] = [
  'bad_request',
  'unauthorized',
  'forbidden_origin',
  'rate_limited',
  'unavailable',
];

export function isCode(value: unknown): value is WidgetErrorCode {
  return typeof value === 'string' && CODES.includes(value);
}

/** Retry-After in seconds or as an HTTP date; undefined when absent or unreadable. */
export function retryAfter(header: string | null): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}
