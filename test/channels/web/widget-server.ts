/**
 * A real HTTP server for widget tests: Express with `express.json()` (as the product mounts it),
 * then the web channel's routes, on an ephemeral loopback port, wired to a real engine.
 */
import type { Server } from 'node:http';
import express from 'express';
import { createDelivery, type ChannelAdapter } from '../../../channels/index.ts';
import { createWebChannel, type WebChannelOptions } from '../../../channels/web/index.ts';
import type { WidgetEvent } from '../../../channels/web/protocol.ts';
import type { ConversationEngine } from '../../../src/conversation/index.ts';
import type { InboundMessage } from '../../../src/messages/index.ts';
import { silentLogger } from '../../helpers/engine.ts';

export const TEST_SECRET = { id: 'k1', secret: 'test-secret-0123456789-abcdefghijklmnop' };

export interface WidgetServer {
  readonly url: string;
  readonly channel: ChannelAdapter;
  /** How many messages reached the engine through the channel. */
  handled(): number;
  close(): Promise<void>;
}

export async function startWidgetServer(
  engine: ConversationEngine,
  options: Partial<WebChannelOptions> = {},
  /** Holds each message this long before the engine sees it (a slow answer, e.g. an LLM's). */
  delayMs = 0,
  /** Answer through `engine.stream`, as the server does. */
  stream = false,
): Promise<WidgetServer> {
  let handled = 0;
  const channel = createWebChannel({
    secrets: [TEST_SECRET],
    allowedOrigins: ['https://embedder.example', 'http://localhost:*'],
    ipRateLimitPerMinute: 10_000,
    ...options,
  });
  await channel.start({
    onMessage: async (message) => {
      handled++;
      if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
      return engine.handle(message);
    },
    ...(stream
      ? {
          onStream: (message: InboundMessage) => {
            handled++;
            return engine.stream(message);
          },
        }
      : {}),
    deliver: createDelivery({ markBlocked: () => Promise.resolve() }),
    logger: silentLogger,
  });
  const app = express();
  app.use(express.json({ limit: '64kb' }));
  channel.mount?.(app);
  const server = await new Promise<Server>((resolve, reject) => {
    const listening = app.listen(0, '127.0.0.1', (error?: Error) =>
      error ? reject(error) : resolve(listening),
    );
  });
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    channel,
    handled: () => handled,
    close: async () => {
      await channel.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export async function newSession(url: string, body: object = {}): Promise<Response> {
  return fetch(`${url}/api/widget/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

export async function sessionToken(url: string): Promise<string> {
  const response = await newSession(url);
  if (response.status !== 200) throw new Error(`session: ${response.status}`);
  return ((await response.json()) as { token: string }).token;
}

export function postMessage(
  url: string,
  token: string | undefined,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(`${url}/api/widget/messages`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
      ...headers,
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** Parses a whole `text/event-stream` body, checking each frame's event name matches its data. */
export function parseEvents(text: string): WidgetEvent[] {
  return text
    .split('\n\n')
    .filter((frame) => frame.trim() !== '' && !frame.startsWith(':'))
    .map((frame) => {
      const name = /^event: (.+)$/m.exec(frame)?.[1];
      const data = /^data: (.+)$/m.exec(frame)?.[1];
      if (name === undefined || data === undefined) throw new Error(`bad SSE frame: ${frame}`);
      const event = JSON.parse(data) as WidgetEvent;
      if (event.type !== name) throw new Error(`event name ${name} but data type ${event.type}`);
      return event;
    });
}

export async function sendAndRead(
  url: string,
  token: string,
  body: unknown,
): Promise<{ status: number; contentType: string | null; events: WidgetEvent[] }> {
  const response = await postMessage(url, token, body);
  const text = await response.text();
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    events: response.headers.get('content-type')?.startsWith('text/event-stream')
      ? parseEvents(text)
      : [JSON.parse(text) as WidgetEvent],
  };
}

export function sessionIdOf(token: string): string {
  const [payload] = token.split('.');
  return (JSON.parse(Buffer.from(payload ?? '', 'base64url').toString('utf8')) as { sid: string })
    .sid;
}

export function partTypes(events: readonly WidgetEvent[]): string[] {
  return events.flatMap((event) => (event.type === 'part' ? [event.part.type] : []));
}
