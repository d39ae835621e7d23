/**
 * The web widget's server half: anonymous signed sessions, one message per POST answered as
 * Server-Sent Events, CORS for allow-listed sites, a per-IP limit, the bundle and the demo page.
 *
 *   POST /api/widget/session    new session, or renewal of a valid (or recently expired) token
 *   POST /api/widget/messages   Bearer token; the reply as `part` events, then `done`
 *   POST /api/widget/pending    Bearer token; a waiting nudge's parts, once (the widget opened)
 *   GET  /api/widget/files/:t   a file part's short-lived download
 *   GET  /widget.js, GET /      the browser bundle and the demo page
 *
 * The engine does dedupe, identity, safety, the per-person limit, ordering and answers; this
 * adapter validates, normalizes, streams, and replays a retried message's recorded events.
 */
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import type { Redis } from 'ioredis';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Reply } from '../../src/messages/index.ts';
import type { ChannelAdapter, ChannelContext, HandledReply } from '../channel.ts';
import { ChannelSendError } from '../errors.ts';
import { assetRoutes, clientWidgetAssets, type WidgetAssets } from './assets.ts';
import { createOriginPolicy, applyCors, widgetCors } from './cors.ts';
import { createFileLinks, type FileLinksOptions } from './file-links.ts';
import { sendError } from './http-errors.ts';
import { createIpLimiter, limitByIp } from './ip-limit.ts';
import {
  describeBadRequest,
  sessionRequestSchema,
  toInboundMessage,
  widgetMessageSchema,
} from './normalize.ts';
import { createOutbox, type OutboxOptions } from './outbox.ts';
import type { PendingReplies } from './pending.ts';
import type { PendingResponse, SessionResponse, WidgetEvent } from './protocol.ts';
import { toPartEvents, toWidgetPart, sseFrame, type FileLinker } from './render.ts';
import { createReplayLog, type ReplayLogOptions } from './replay-log.ts';
import { createSessionTokens, type SessionClaims } from './session-token.ts';
import type { WidgetSecret } from './widget-secret.ts';

export interface WebChannelOptions {
  /** Signing keys, first active; older ones still verify until removed (rotation). */
  readonly secrets: readonly WidgetSecret[];
  /** Sites allowed to embed the widget: exact origins, `scheme://host:*`, or `*`. */
  readonly allowedOrigins: readonly string[];
  readonly ipRateLimitPerMinute: number;
  /** Shares the per-IP counters across instances (production). */
  readonly redis?: Redis;
  /** A ready limiter instead of `ipRateLimitPerMinute`/`redis` (e.g. a test's own). */
  readonly ipLimiter?: RateLimiterAbstract;
  /** Session token lifetime; default 24 hours. */
  readonly sessionTtlMs?: number;
  /** How long after expiry a token may still be renewed into the same session; default 30 days. */
  readonly renewWindowMs?: number;
  readonly replay?: ReplayLogOptions;
  readonly outbox?: OutboxOptions;
  /** Durable nudges waiting for a widget session (shown on open, or before the next answer). */
  readonly pending?: PendingReplies;
  readonly fileLinks?: FileLinksOptions;
  /** Public base URL for file links (behind a proxy); default: the request's own origin. */
  readonly publicUrl?: string;
  /** Bundle and demo page; default: the browser half's own (`channels/web/client`). */
  readonly assets?: WidgetAssets;
  /** Serve the demo page at `/` (default true). */
  readonly demoPage?: boolean;
  /** SSE comment interval while an answer is being prepared (opens the stream); default 2 s. */
  readonly keepAliveMs?: number;
  readonly now?: () => number;
}

export const DEFAULT_RENEW_WINDOW_MS = 30 * 24 * 60 * 60 * 1000;

/** Our words for a retry whose recorded answer is gone (restart, expiry, another instance). */
export const ALREADY_ANSWERED =
  'This message reached me earlier, but I no longer have that reply to show again. If you did not see it, please send your message once more.';

export function createWebChannel(options: WebChannelOptions): ChannelAdapter {
  const now = options.now ?? Date.now;
  const tokens = createSessionTokens({
    secrets: options.secrets,
    ...(options.sessionTtlMs === undefined ? {} : { ttlMs: options.sessionTtlMs }),
    now,
  });
  const renewWindowMs = options.renewWindowMs ?? DEFAULT_RENEW_WINDOW_MS;
  const allowed = createOriginPolicy(options.allowedOrigins);
  const ipLimiter =
    options.ipLimiter ??
    createIpLimiter({
      pointsPerMinute: options.ipRateLimitPerMinute,
      ...(options.redis === undefined ? {} : { redis: options.redis }),
    });
  const replay = createReplayLog<string>({ now, ...options.replay });
  const outbox = createOutbox({ now, ...options.outbox });
  const files = createFileLinks({ now, ...options.fileLinks });
  const keepAliveMs = options.keepAliveMs ?? 2_000;

  let context: ChannelContext | undefined;
  let closed = false;
  const inFlight = new Set<Promise<unknown>>();
  const logger = () => context?.logger;
  const assets = assetRoutes(options.assets ?? clientWidgetAssets(), logger);

  function authenticate(req: Request): SessionClaims | undefined {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(req.get('authorization') ?? '');
    if (match?.[1] === undefined) return undefined;
    const check = tokens.verify(match[1]);
    return check.ok ? check.claims : undefined;
  }

  function session(req: Request, res: Response): void {
    res.set('Cache-Control', 'no-store');
    const parsed = sessionRequestSchema.safeParse(req.body ?? {});
    if (!parsed.success) {
      sendError(res, 400, 'bad_request', describeBadRequest(parsed.error));
      return;
    }
    let sessionId: string | undefined;
    if (parsed.data.token !== undefined) {
      const check = tokens.verify(parsed.data.token);
      const claims = check.ok || check.reason === 'expired' ? check.claims : undefined;
      if (claims === undefined || claims.expiresAt.getTime() + renewWindowMs <= now()) {
        sendError(
          res,
          401,
          'unauthorized',
          'This session can no longer be renewed; start a new one.',
        );
        return;
      }
      sessionId = claims.sessionId;
    }
    const issued = tokens.issue(sessionId);
    const body: SessionResponse = {
      token: issued.token,
      expiresAt: issued.claims.expiresAt.toISOString(),
    };
    res.json(body);
  }

  async function message(req: Request, res: Response): Promise<void> {
    const handler = context;
    if (handler === undefined || closed) {
      sendError(res, 503, 'unavailable', 'The widget is not accepting messages right now.', 5);
      return;
    }
    const claims = authenticate(req);
    if (claims === undefined) {
      sendError(res, 401, 'unauthorized', 'A valid session token is required.');
      return;
    }
    const parsed = widgetMessageSchema.safeParse(req.body);
    if (!parsed.success) {
      sendError(res, 400, 'bad_request', describeBadRequest(parsed.error));
      return;
    }
    const body = parsed.data;
    const sessionId = claims.sessionId;
    const linkFile = fileLinker(req);

    res.status(200).set({
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      // Proxies such as nginx would otherwise hold the stream back until it ends.
      'X-Accel-Buffering': 'no',
    });
    // Headers are not flushed up front: an answer ready within the keep-alive interval (every
    // extractive answer) leaves in one write with its headers, a socket write saved per message
    // under load. A slower one gets comment frames, the first of which opens the stream.
    const keepAlive = setInterval(() => write(res, ': keep-alive\n\n'), keepAliveMs);
    let stream: string;
    // Frames not yet written. Everything waits here until prose starts streaming (an LLM
    // answer), so an answer made all at once still leaves in one write.
    let unsent = '';
    let live = false;
    const emit = (frame: string) => {
      unsent += frame;
      if (live) {
        write(res, unsent);
        unsent = '';
      }
    };
    try {
      const { value, replayed } = await replay.run(`${sessionId}:${body.id}`, async () => {
        const message = toInboundMessage(body, sessionId, new Date(now()));
        // What waits for this person: a durable nudge the worker recorded, then in-memory sends.
        // Taken only once the answer exists, so a failed turn loses nothing that was waiting;
        // recorded with the answer, so a retry after a dropped stream shows it too.
        const waiting = async () => {
          const nudge = await options.pending?.take(sessionId);
          return toPartEvents([...(nudge?.reply.parts ?? []), ...outbox.take(sessionId)], linkFile);
        };
        if (handler.onStream === undefined) {
          const reply = await handler.onMessage(message);
          const pending = await waiting();
          return [...pending, ...answerEvents(reply, linkFile)].map(sseFrame).join('');
        }
        let recorded = '';
        for await (const event of handler.onStream(message)) {
          const frames =
            event.type === 'done'
              ? [
                  // Pending nudges follow a streamed answer (taken once it exists, as above).
                  ...(await waiting()),
                  ...answerEvents({ parts: [], meta: event.meta }, linkFile),
                ]
              : event.type === 'part'
                ? toPartEvents([event.part], linkFile)
                : [event];
          const text = frames.map(sseFrame).join('');
          recorded += text;
          if (event.type === 'text-delta') live = true;
          emit(text);
        }
        return recorded;
      });
      stream = replayed || handler.onStream === undefined ? value : unsent;
    } catch (error) {
      logger()?.error({ err: error, channel: 'web' }, 'widget message failed');
      stream = sseFrame({
        type: 'error',
        code: 'unavailable',
        message: 'Please try again in a moment.',
      });
    } finally {
      clearInterval(keepAlive);
    }
    if (!res.writableEnded && !res.destroyed) res.end(stream);
    unsent = '';
  }

  /** The widget opened: hand it what waits for this session, once. */
  async function pending(req: Request, res: Response): Promise<void> {
    res.set('Cache-Control', 'no-store');
    if (closed) {
      sendError(res, 503, 'unavailable', 'The widget is not accepting requests right now.', 5);
      return;
    }
    const claims = authenticate(req);
    if (claims === undefined) {
      sendError(res, 401, 'unauthorized', 'A valid session token is required.');
      return;
    }
    const taken = await options.pending?.take(claims.sessionId);
    if (taken === undefined) {
      res.json({ parts: [] } satisfies PendingResponse);
      return;
    }
    // Marked shown when taken; put back if the response never fully left (connection lost).
    res.once('close', () => {
      if (res.writableFinished) return;
      taken.undo().catch((error: unknown) => {
        logger()?.warn({ err: error, channel: 'web' }, 'pending nudge could not be put back');
      });
    });
    const linkFile = fileLinker(req);
    const body: PendingResponse = {
      parts: taken.reply.parts.map((part) => toWidgetPart(part, linkFile)),
    };
    res.json(body);
  }

  function fileLinker(req: Request): FileLinker {
    const base = (
      options.publicUrl ?? `${req.protocol}://${req.get('host') ?? 'localhost'}`
    ).replace(/\/+$/, '');
    return (file) => `${base}/api/widget/files/${files.put(file)}`;
  }

  function download(req: Request, res: Response): void {
    const file = files.get(String(req.params['token']));
    if (file === undefined) {
      sendError(res, 404, 'bad_request', 'This download link has expired.');
      return;
    }
    // attachment() guesses a type from the name; the part's own media type wins.
    res.attachment(file.name).set({
      'Content-Type': file.mediaType,
      'Cache-Control': 'no-store',
      // Never rendered as a page of ours, whatever its media type claims.
      'Content-Security-Policy': "default-src 'none'; sandbox",
    });
    res.send(Buffer.from(file.bytes));
  }

  /** Runs a route while counting it in flight, so `close` can wait for streams to finish. */
  function tracked(route: (req: Request, res: Response) => Promise<void> | void) {
    return (req: Request, res: Response, next: NextFunction) => {
      const running = Promise.resolve()
        .then(() => route(req, res))
        .catch(next);
      inFlight.add(running);
      void running.finally(() => inFlight.delete(running));
    };
  }

  return {
    name: 'web',

    start(channelContext) {
      context = channelContext;
      closed = false;
      assets.warm();
      return Promise.resolve();
    },

    send(address: string, reply: Reply) {
      if (reply.parts.length === 0) return Promise.resolve();
      // Queued for the session's next message stream, not shown yet: the widget has no push.
      if (!outbox.put(address, reply.parts)) {
        return Promise.reject(new ChannelSendError('web', 'web:outbox-full'));
      }
      return Promise.resolve();
    },

    async close() {
      closed = true;
      await Promise.allSettled([...inFlight]);
    },

    mount(app: Express) {
      const api = express.Router();
      api.use(widgetCors(allowed));
      api.use(limitByIp(ipLimiter, logger));
      api.post('/session', tracked(session));
      api.post('/messages', tracked(message));
      api.post('/pending', tracked(pending));
      api.get('/files/:token', tracked(download));
      app.use('/api/widget', api);
      // Errors raised before our router (a malformed or oversized JSON body) still answer in
      // the protocol's shape, with CORS headers so the embedding page can read them.
      app.use('/api/widget', (error: unknown, req: Request, res: Response, next: NextFunction) => {
        if (res.headersSent) {
          next(error);
          return;
        }
        if (!applyCors(req, res, allowed)) return;
        const status = statusOf(error);
        if (status >= 500) logger()?.error({ err: error, channel: 'web' }, 'widget request failed');
        sendError(
          res,
          status,
          status >= 500 ? 'unavailable' : 'bad_request',
          status === 413 ? 'The message is too large.' : 'The request could not be read.',
        );
      });
      app.get('/widget.js', tracked(assets.script));
      if (options.demoPage !== false) app.get('/', tracked(assets.demoPage));
    },
  };
}

function answerEvents(reply: HandledReply, linkFile: FileLinker): WidgetEvent[] {
  if (reply.meta.duplicate === true) {
    return [{ type: 'part', part: { type: 'text', text: ALREADY_ANSWERED } }, done('none')];
  }
  return [...toPartEvents(reply.parts, linkFile), done(safetyOf(reply))];
}

function done(safety: 'crisis' | 'none'): WidgetEvent {
  return { type: 'done', safety };
}

/**
 * `HandledReply` declares only `duplicate`; the engine's reply also carries `safety`, which the
 * widget needs to set a crisis reply apart. Read defensively until the contract names it.
 */
function safetyOf(reply: HandledReply): 'crisis' | 'none' {
  return (reply.meta as { safety?: unknown }).safety === 'crisis' ? 'crisis' : 'none';
}

function write(res: Response, chunk: string): void {
  if (!res.writableEnded && !res.destroyed) res.write(chunk);
}

function statusOf(error: unknown): number {
  const status = (error as { status?: unknown; statusCode?: unknown } | null)?.status;
  return typeof status === 'number' && status >= 400 && status < 600 ? status : 500;
}
