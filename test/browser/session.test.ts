import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HttpFailure } from '../../channels/web/client/failures.ts';
import { createSession, RENEW_BEFORE_MS } from '../../channels/web/client/session.ts';
import { createStore } from '../../channels/web/client/store.ts';
import { MemoryStorage } from './memory-storage.ts';

/**
 * A scripted peer for POST /api/widget/session: answers each request with the next scripted
 * response and records what the widget sent.
 */
async function sessionPeer(script: Array<{ status: number; body: object }>) {
  const received: unknown[] = [];
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString()));
    req.on('end', () => {
      received.push({ path: req.url, body: JSON.parse(raw) as unknown });
      const next = script.shift() ?? { status: 500, body: {} };
      res
        .writeHead(next.status, { 'content-type': 'application/json' })
        .end(JSON.stringify(next.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const inHours = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();

describe('the widget session token', () => {
  it('is fetched once, stored, and reused while it is fresh', async () => {
    const peer = await sessionPeer([
      { status: 200, body: { token: 't1', expiresAt: inHours(24) } },
    ]);
    try {
      const storage = new MemoryStorage();
      const session = createSession(peer.base, createStore(peer.base, storage));
      const [a, b] = await Promise.all([session.token(), session.token()]);
      expect([a, b]).toEqual(['t1', 't1']);
      // A reload: a new session object over the same storage needs no request.
      expect(await createSession(peer.base, createStore(peer.base, storage)).token()).toBe('t1');
      expect(peer.received).toEqual([{ path: '/api/widget/session', body: {} }]);
    } finally {
      await peer.close();
    }
  });

  it('is renewed with the old token shortly before it expires', async () => {
    const peer = await sessionPeer([
      {
        status: 200,
        body: { token: 'old', expiresAt: new Date(Date.now() + RENEW_BEFORE_MS / 2).toISOString() },
      },
      { status: 200, body: { token: 'renewed', expiresAt: inHours(24) } },
    ]);
    try {
      const session = createSession(peer.base, createStore(peer.base, new MemoryStorage()));
      expect(await session.token()).toBe('old');
      expect(await session.token()).toBe('renewed');
      expect(await session.token()).toBe('renewed');
      expect(peer.received.map((r) => (r as { body: unknown }).body)).toEqual([
        {},
        { token: 'old' },
      ]);
    } finally {
      await peer.close();
    }
  });

  it('starts a new session when the old one can no longer be renewed, or after a 401', async () => {
    const peer = await sessionPeer([
      { status: 200, body: { token: 'a', expiresAt: inHours(-1) } },
      { status: 401, body: { type: 'error', code: 'unauthorized', message: 'no' } },
      { status: 200, body: { token: 'b', expiresAt: inHours(24) } },
      { status: 200, body: { token: 'c', expiresAt: inHours(24) } },
    ]);
    try {
      const session = createSession(peer.base, createStore(peer.base, new MemoryStorage()));
      expect(await session.token()).toBe('a');
      expect(await session.token()).toBe('b');
      expect(await session.replace()).toBe('c');
      expect(peer.received.map((r) => (r as { body: unknown }).body)).toEqual([
        {},
        { token: 'a' },
        {},
        {},
      ]);
    } finally {
      await peer.close();
    }
  });

  it('reports a refusal with its code and Retry-After, and keeps working when storage is full', async () => {
    const peer = await sessionPeer([
      { status: 429, body: { type: 'error', code: 'rate_limited', message: 'slow' } },
      { status: 200, body: { token: 'mem', expiresAt: inHours(24) } },
    ]);
    try {
      const storage = new MemoryStorage();
      storage.failWrites = true;
      const session = createSession(peer.base, createStore(peer.base, storage));
      const refused = await session.token().catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(HttpFailure);
      expect(refused).toMatchObject({ status: 429, code: 'rate_limited' });
      expect(await session.token()).toBe('mem');
      expect(await session.token()).toBe('mem');
      expect(storage.length).toBe(0);
      expect(peer.received).toHaveLength(2);
    } finally {
      await peer.close();
    }
  });
});
