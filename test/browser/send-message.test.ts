import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { WidgetEvent } from '../../channels/web/protocol.ts';
import { ConnectionDropped, HttpFailure } from '../../channels/web/client/failures.ts';
import { sendMessage } from '../../channels/web/client/send-message.ts';
import { createSession } from '../../channels/web/client/session.ts';
import { createStore } from '../../channels/web/client/store.ts';
import { MemoryStorage } from './memory-storage.ts';

type Handler = (req: IncomingMessage, body: unknown, res: ServerResponse) => void;

/**
 * A scripted peer speaking the widget protocol: sessions always succeed with a numbered token;
 * each POST /api/widget/messages is answered by the next scripted handler.
 */
async function peer(script: Handler[]) {
  const messages: Array<{ authorization: string | undefined; body: unknown }> = [];
  let sessions = 0;
  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString()));
    req.on('end', () => {
      const body = JSON.parse(raw || '{}') as unknown;
      if (req.url === '/api/widget/session') {
        sessions += 1;
        const expiresAt = new Date(Date.now() + 86_400_000).toISOString();
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ token: `token-${sessions}`, expiresAt }));
        return;
      }
      messages.push({ authorization: req.headers.authorization, body });
      const handler = script.shift();
      if (handler === undefined) res.writeHead(500).end();
      else handler(req, body, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const session = createSession(base, createStore(base, new MemoryStorage()));
  return {
    messages,
    context: { apiBase: base, session, timeZone: 'Asia/Kolkata', locale: 'hi-IN' },
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

const sse = (events: readonly WidgetEvent[]) =>
  events.map((event) => `event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`).join('');

const streamed =
  (events: readonly WidgetEvent[], end = true): Handler =>
  (_req, _body, res) => {
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    res.write(sse(events));
    if (end) res.end();
    else setTimeout(() => res.destroy(), 20);
  };

const part: WidgetEvent = { type: 'part', part: { type: 'text', text: 'I hear you.' } };
const done: WidgetEvent = { type: 'done', safety: 'none' };

describe('sending one widget message', () => {
  it('posts the id, text, action, time zone and locale with the session token, and hands on each event', async () => {
    const server = await peer([streamed([part, done])]);
    try {
      const events: WidgetEvent[] = [];
      const safety = await sendMessage(
        server.context,
        { id: 'm-1', text: 'Another verse', action: 'another-verse' },
        (event) => events.push(event),
      );
      expect(safety).toBe('none');
      expect(events).toEqual([part, done]);
      expect(server.messages).toEqual([
        {
          authorization: 'Bearer token-1',
          body: {
            id: 'm-1',
            text: 'Another verse',
            action: 'another-verse',
            timeZone: 'Asia/Kolkata',
            locale: 'hi-IN',
          },
        },
      ]);
    } finally {
      await server.close();
    }
  });

  it('replaces a token the server refuses and sends the same message again once', async () => {
    const refuse: Handler = (_req, _body, res) => {
      res.writeHead(401, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ type: 'error', code: 'unauthorized', message: 'no' }));
    };
    const server = await peer([refuse, streamed([done])]);
    try {
      await sendMessage(server.context, { id: 'm-2', text: 'hello' }, () => undefined);
      expect(server.messages.map((m) => m.authorization)).toEqual([
        'Bearer token-1',
        'Bearer token-2',
      ]);
      expect(server.messages.map((m) => (m.body as { id: string }).id)).toEqual(['m-2', 'm-2']);
    } finally {
      await server.close();
    }
  });

  it('reports a refusal (status or error event) as HttpFailure with its code', async () => {
    const limited: Handler = (_req, _body, res) => {
      res.writeHead(429, { 'content-type': 'application/json', 'retry-after': '7' });
      res.end(JSON.stringify({ type: 'error', code: 'rate_limited', message: 'slow' }));
    };
    const server = await peer([
      limited,
      streamed([{ type: 'error', code: 'unavailable', message: 'later' }]),
    ]);
    try {
      const first = await sendMessage(
        server.context,
        { id: 'a', text: 'x' },
        () => undefined,
      ).catch((error: unknown) => error);
      expect(first).toBeInstanceOf(HttpFailure);
      expect(first).toMatchObject({ status: 429, code: 'rate_limited', retryAfterMs: 7000 });
      const second = await sendMessage(
        server.context,
        { id: 'b', text: 'x' },
        () => undefined,
      ).catch((error: unknown) => error);
      expect(second).toMatchObject({ code: 'unavailable' });
    } finally {
      await server.close();
    }
  });

  it('treats a stream that ends without done, or a cut connection, as the network (to retry)', async () => {
    const server = await peer([streamed([part]), streamed([part], false)]);
    try {
      const events: WidgetEvent[] = [];
      await expect(
        sendMessage(server.context, { id: 'c', text: 'x' }, (event) => events.push(event)),
      ).rejects.toBeInstanceOf(ConnectionDropped);
      const cut = await sendMessage(server.context, { id: 'c', text: 'x' }, () => undefined).catch(
        (error: unknown) => error,
      );
      expect(cut).not.toBeInstanceOf(HttpFailure);
      // fetch's own TypeError ("terminated"), from Node's realm rather than Jest's.
      expect((cut as Error).name).toBe('TypeError');
      expect(events).toEqual([part]);
    } finally {
      await server.close();
    }
  });
});
