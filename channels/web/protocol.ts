/**
 * The web widget's HTTP protocol, shared by the server routes and the browser bundle (types
 * only, so the bundle pulls in no server code).
 *
 *   POST /api/widget/session            → 200 SessionResponse   (CORS: allow-listed origins)
 *     body: {} or { token } to renew an existing session
 *   POST /api/widget/messages           → 200 text/event-stream of WidgetEvent for this message
 *     headers: Authorization: Bearer <session token>
 *     body: WidgetMessageRequest
 *     A retry with the same `id` (after a dropped connection) is handled by the engine once and
 *     answered again from the recorded events, so the person never loses or duplicates a reply.
 *   POST /api/widget/pending            → 200 PendingResponse
 *     headers: Authorization: Bearer <session token>
 *     What waits for this session (a daily nudge: the widget has no push), once; `parts` is
 *     empty when nothing waits. The widget asks when it loads with a stored session.
 *   GET  /widget.js                      → the bundle;  GET / → the demo page
 *
 * SSE framing: `event: <type>\ndata: <json>\n\n`, types as in WidgetEvent.
 */

export interface SessionResponse {
  /** HMAC-signed, opaque to the browser; send it back as a Bearer token. */
  readonly token: string;
  /** ISO time after which the client should renew. */
  readonly expiresAt: string;
}

export interface PendingResponse {
  readonly parts: readonly WidgetPart[];
}

export interface WidgetMessageRequest {
  /** Client-generated id, unique per message (a UUID); the dedupe key. */
  readonly id: string;
  /** What the person typed (may be empty when `action` is set). */
  readonly text: string;
  /** A quick-reply payload when a chip was tapped. */
  readonly action?: string;
  /** The browser's IANA time zone, e.g. "Asia/Kolkata". */
  readonly timeZone?: string;
  /** navigator.language, e.g. "hi-IN". */
  readonly locale?: string;
}

export type WidgetVerse = {
  readonly ref: string;
  readonly sanskrit: string;
  readonly transliteration: string;
  readonly translation: string;
  readonly translator: string;
};

export type WidgetPart =
  | { readonly type: 'text'; readonly text: string }
  | ({ readonly type: 'verse' } & WidgetVerse)
  | {
      readonly type: 'choices';
      readonly choices: ReadonlyArray<{ label: string; payload: string }>;
    }
  | {
      readonly type: 'resources';
      readonly resources: ReadonlyArray<{
        name: string;
        phone?: string;
        sms?: string;
        url?: string;
        region: string;
      }>;
    }
  | {
      readonly type: 'file';
      readonly name: string;
      readonly mediaType: string;
      readonly url: string;
    };

export type WidgetEvent =
  | { readonly type: 'text-delta'; readonly text: string }
  | { readonly type: 'part'; readonly part: WidgetPart }
  | { readonly type: 'done'; readonly safety: 'crisis' | 'none' }
  | { readonly type: 'error'; readonly code: WidgetErrorCode; readonly message: string };

export type WidgetErrorCode =
  'bad_request' | 'unauthorized' | 'forbidden_origin' | 'rate_limited' | 'unavailable';
