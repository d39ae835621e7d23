import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { ALREADY_ANSWERED, createSessionTokens } from '../../../channels/web/index.ts';
import type { WidgetEvent, WidgetPart } from '../../../channels/web/protocol.ts';
import { openTestEngine, type TestEngine } from '../../helpers/engine.ts';
import {
  newSession,
  parseEvents,
  partTypes,
  postMessage,
  sendAndRead,
  sessionIdOf,
  sessionToken,
  startWidgetServer,
  TEST_SECRET,
  type WidgetServer,
} from './widget-server.ts';

const ANXIOUS = 'I feel anxious about my exam results';
const FOREIGN_TOKEN = createSessionTokens({
  secrets: [{ id: TEST_SECRET.id, secret: 'another-secret-of-the-same-id-00000000' }],
}).issue().token;

let test: TestEngine;
let widget: WidgetServer;

beforeAll(async () => {
  test = await openTestEngine();
  widget = await startWidgetServer(test.engine);
}, 120_000);

afterAll(async () => {
  await widget.close();
  await test.close();
});

/** The engine's record of a session's conversation: two turns (theirs, ours) per handled message. */
async function turnCount(token: string): Promise<number> {
  const sessionId = sessionIdOf(token);
  const { user, created } = await test.stores.identities.findOrCreateByIdentity({
    channel: 'web',
    channelUserId: sessionId,
    address: sessionId,
    now: new Date(),
  });
  if (created) return 0;
  return (await test.stores.turns.recent(user.id, 100)).length;
}

describe('a message answered over Server-Sent Events', () => {
  it('streams the reply with a verse card, then done', async () => {
    const token = await sessionToken(widget.url);
    const reply = await sendAndRead(widget.url, token, {
      id: randomUUID(),
      text: ANXIOUS,
      timeZone: 'Asia/Kolkata',
      locale: 'en-IN',
    });
    expect(reply.status).toBe(200);
    expect(reply.contentType).toMatch(/^text\/event-stream/);
    expect(reply.events.at(-1)).toEqual({ type: 'done', safety: 'none' });
    const verse = reply.events.find(
      (event): event is { type: 'part'; part: Extract<WidgetPart, { type: 'verse' }> } =>
        event.type === 'part' && event.part.type === 'verse',
    );
    expect(verse).toBeDefined();
    expect(verse?.part.ref).toMatch(/^\d+\.\d+$/);
    for (const field of ['sanskrit', 'transliteration', 'translation', 'translator'] as const) {
      expect(verse?.part[field].length).toBeGreaterThan(0);
    }
  });

  it('answers a crisis with helplines first, marks it, and shows no verse', async () => {
    const token = await sessionToken(widget.url);
    const reply = await sendAndRead(widget.url, token, {
      id: randomUUID(),
      text: 'i want to end my life',
      timeZone: 'Asia/Kolkata',
    });
    expect(reply.status).toBe(200);
    expect(partTypes(reply.events)).toContain('resources');
    expect(partTypes(reply.events)).not.toContain('verse');
    expect(reply.events.at(-1)).toEqual({ type: 'done', safety: 'crisis' });
    const resources = reply.events.find(
      (event) => event.type === 'part' && event.part.type === 'resources',
    ) as { part: Extract<WidgetPart, { type: 'resources' }> };
    // Asia/Kolkata → India's lines.
    expect(resources.part.resources.some((line) => line.region === 'IN')).toBe(true);
  });

  it('replays the same events for a retry with the same id, and the engine handles it once', async () => {
    const token = await sessionToken(widget.url);
    const body = { id: randomUUID(), text: 'my manager shouts at me and i feel small' };
    const before = widget.handled();
    const first = await sendAndRead(widget.url, token, body);
    const retry = await sendAndRead(widget.url, token, body);
    expect(partTypes(first.events)).toContain('verse');
    expect(retry.events).toEqual(first.events);
    expect(widget.handled() - before).toBe(1);
    expect(await turnCount(token)).toBe(2);
  });

  it('gives a retry that arrives while the first is still answering the same reply', async () => {
    const token = await sessionToken(widget.url);
    const body = { id: randomUUID(), text: 'i am worried about my career' };
    const [one, two] = await Promise.all([
      sendAndRead(widget.url, token, body),
      sendAndRead(widget.url, token, body),
    ]);
    expect(partTypes(one.events)).toContain('verse');
    expect(two.events).toEqual(one.events);
    expect(await turnCount(token)).toBe(2);
  });

  it('still records the answer when the connection drops before it is sent', async () => {
    const slow = await startWidgetServer(test.engine, { keepAliveMs: 50 }, 300);
    try {
      const token = await sessionToken(slow.url);
      const body = { id: randomUUID(), text: 'how do i stop overthinking every decision' };
      const abort = new AbortController();
      const dropped = fetch(`${slow.url}/api/widget/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
        signal: abort.signal,
      }).then((response) => response.text());
      // The server has the message and the keep-alive has opened the stream; the browser goes
      // away before the answer exists.
      while (slow.handled() === 0) await new Promise((resolve) => setTimeout(resolve, 5));
      await new Promise((resolve) => setTimeout(resolve, 100));
      abort.abort();
      await expect(dropped).rejects.toThrow();
      const retry = await sendAndRead(slow.url, token, body);
      expect(partTypes(retry.events)).toContain('verse');
      expect(slow.handled()).toBe(1);
      expect(await turnCount(token)).toBe(2);
    } finally {
      await slow.close();
    }
  });

  it('opens a slow answer’s stream with keep-alive comments before the events', async () => {
    const slow = await startWidgetServer(test.engine, { keepAliveMs: 40 }, 150);
    try {
      const token = await sessionToken(slow.url);
      const response = await postMessage(slow.url, token, { id: randomUUID(), text: ANXIOUS });
      const text = await response.text();
      expect(text.startsWith(': keep-alive\n\n')).toBe(true);
      expect(partTypes(parseEvents(text))).toContain('verse');
    } finally {
      await slow.close();
    }
  });

  it('keeps client ids of different sessions apart', async () => {
    const id = randomUUID();
    const a = await sendAndRead(widget.url, await sessionToken(widget.url), { id, text: ANXIOUS });
    const b = await sendAndRead(widget.url, await sessionToken(widget.url), { id, text: ANXIOUS });
    expect(partTypes(a.events)).toContain('verse');
    expect(partTypes(b.events)).toContain('verse');
  });

  it('says so, without a second answer, when the recorded reply is gone', async () => {
    const small = await startWidgetServer(test.engine, { replay: { maxEntries: 1 } });
    try {
      const token = await sessionToken(small.url);
      const first = { id: randomUUID(), text: ANXIOUS };
      await sendAndRead(small.url, token, first);
      await sendAndRead(small.url, token, { id: randomUUID(), text: 'i lost my job today' });
      const retry = await sendAndRead(small.url, token, first);
      expect(retry.events).toEqual([
        { type: 'part', part: { type: 'text', text: ALREADY_ANSWERED } },
        { type: 'done', safety: 'none' },
      ]);
      expect(await turnCount(token)).toBe(4);
    } finally {
      await small.close();
    }
  });

  it('passes the engine’s per-person limit on as its own words', async () => {
    const limited = await openTestEngine({
      rateLimiter: new RateLimiterMemory({ points: 1, duration: 60 }),
    });
    const server = await startWidgetServer(limited.engine);
    try {
      const token = await sessionToken(server.url);
      await sendAndRead(server.url, token, { id: randomUUID(), text: ANXIOUS });
      const second = await sendAndRead(server.url, token, { id: randomUUID(), text: ANXIOUS });
      expect(second.status).toBe(200);
      expect(partTypes(second.events)).toEqual(['text']);
      // A different session (another person) is not affected.
      const other = await sendAndRead(server.url, await sessionToken(server.url), {
        id: randomUUID(),
        text: ANXIOUS,
      });
      expect(partTypes(other.events)).toContain('verse');
    } finally {
      await server.close();
      await limited.close();
    }
  });
});

describe('refusals before any answer', () => {
  it.each([
    ['no id', { text: ANXIOUS }],
    ['a short id', { id: 'abc', text: ANXIOUS }],
    ['text that is not a string', { id: randomUUID(), text: 42 }],
    ['neither text nor action', { id: randomUUID(), text: '   ' }],
  ])('400 for a body with %s', async (_name, body) => {
    const token = await sessionToken(widget.url);
    const before = widget.handled();
    const response = await postMessage(widget.url, token, body);
    expect(response.status).toBe(400);
    const error = (await response.json()) as WidgetEvent;
    expect(error).toMatchObject({ type: 'error', code: 'bad_request' });
    expect(widget.handled()).toBe(before);
  });

  it('400 in the protocol’s shape for JSON that does not parse', async () => {
    const token = await sessionToken(widget.url);
    const response = await postMessage(widget.url, token, '{"id": ');
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ type: 'error', code: 'bad_request' });
  });

  it('accepts an action without text (a tapped chip)', async () => {
    const token = await sessionToken(widget.url);
    const reply = await sendAndRead(widget.url, token, {
      id: randomUUID(),
      text: '',
      action: '/help',
    });
    expect(reply.status).toBe(200);
    expect(reply.events.at(-1)?.type).toBe('done');
  });

  it.each([
    ['no Authorization header', undefined],
    ['a token that is not one', 'not-a-token'],
    ['a token signed with another secret', FOREIGN_TOKEN],
  ])('401 for %s', async (_name, token) => {
    const response = await postMessage(widget.url, token, { id: randomUUID(), text: ANXIOUS });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer');
    expect(await response.json()).toMatchObject({ type: 'error', code: 'unauthorized' });
  });
});

describe('lifecycle', () => {
  it('refuses messages with 503 once closed, and close is safe to call twice', async () => {
    const server = await startWidgetServer(test.engine);
    const token = await sessionToken(server.url);
    await server.channel.close();
    await server.channel.close();
    const response = await postMessage(server.url, token, { id: randomUUID(), text: ANXIOUS });
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('5');
    expect(await response.json()).toMatchObject({ type: 'error', code: 'unavailable' });
    await server.close();
  });
});

describe('anonymous sessions', () => {
  let clock = Date.now();
  let timed: WidgetServer;
  const hour = 60 * 60 * 1000;

  beforeAll(async () => {
    timed = await startWidgetServer(test.engine, { now: () => clock });
  });
  afterAll(() => timed.close());

  it('issues a signed token for a new session, valid for a day', async () => {
    const response = await newSession(timed.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = (await response.json()) as { token: string; expiresAt: string };
    expect(body.token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    expect(Date.parse(body.expiresAt) - clock).toBeGreaterThan(23 * hour);
    expect(Date.parse(body.expiresAt) - clock).toBeLessThanOrEqual(24 * hour);
    const other = (await (await newSession(timed.url)).json()) as { token: string };
    expect(sessionIdOf(other.token)).not.toBe(sessionIdOf(body.token));
  });

  it('renews a valid token into the same session with a later expiry', async () => {
    const first = (await (await newSession(timed.url)).json()) as {
      token: string;
      expiresAt: string;
    };
    clock += hour;
    const renewed = await newSession(timed.url, { token: first.token });
    expect(renewed.status).toBe(200);
    const body = (await renewed.json()) as { token: string; expiresAt: string };
    expect(sessionIdOf(body.token)).toBe(sessionIdOf(first.token));
    expect(Date.parse(body.expiresAt)).toBeGreaterThan(Date.parse(first.expiresAt));
  });

  it('refuses an expired token for messages, renews it within the window, not after', async () => {
    const token = await sessionToken(timed.url);
    clock += 25 * hour;
    const refused = await postMessage(timed.url, token, { id: randomUUID(), text: ANXIOUS });
    expect(refused.status).toBe(401);
    const renewed = await newSession(timed.url, { token });
    expect(renewed.status).toBe(200);
    const fresh = ((await renewed.json()) as { token: string }).token;
    expect(sessionIdOf(fresh)).toBe(sessionIdOf(token));
    const reply = await sendAndRead(timed.url, fresh, { id: randomUUID(), text: ANXIOUS });
    expect(partTypes(reply.events)).toContain('verse');
    clock += 31 * 24 * hour;
    const tooLate = await newSession(timed.url, { token });
    expect(tooLate.status).toBe(401);
    expect(await tooLate.json()).toMatchObject({ code: 'unauthorized' });
  });

  it('refuses a tampered token: another session id, or a changed signature', async () => {
    const token = await sessionToken(timed.url);
    const [payload, signature] = token.split('.') as [string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as object;
    const forged = Buffer.from(JSON.stringify({ ...claims, sid: 'someone-else' })).toString(
      'base64url',
    );
    const flipped = `${signature.slice(0, -2)}${signature.endsWith('AA') ? 'BB' : 'AA'}`;
    for (const bad of [`${forged}.${signature}`, `${payload}.${flipped}`]) {
      const message = await postMessage(timed.url, bad, { id: randomUUID(), text: ANXIOUS });
      expect(message.status).toBe(401);
      expect((await newSession(timed.url, { token: bad })).status).toBe(401);
    }
  });

  it('keeps sessions signed with the previous key after a rotation, until it is removed', async () => {
    const oldToken = await sessionToken(timed.url);
    const next = { id: 'k2', secret: 'the-next-secret-9876543210-zyxwvutsrqpo' };
    const rotated = await startWidgetServer(test.engine, { secrets: [next, TEST_SECRET] });
    const retired = await startWidgetServer(test.engine, { secrets: [next] });
    try {
      const reply = await sendAndRead(rotated.url, oldToken, { id: randomUUID(), text: ANXIOUS });
      expect(reply.status).toBe(200);
      const renewed = (await (await newSession(rotated.url, { token: oldToken })).json()) as {
        token: string;
      };
      const kid = (
        JSON.parse(Buffer.from(renewed.token.split('.')[0]!, 'base64url').toString()) as {
          kid: string;
        }
      ).kid;
      expect(kid).toBe('k2');
      expect(sessionIdOf(renewed.token)).toBe(sessionIdOf(oldToken));
      const refused = await postMessage(retired.url, oldToken, { id: randomUUID(), text: ANXIOUS });
      expect(refused.status).toBe(401);
      const accepted = await sendAndRead(retired.url, renewed.token, {
        id: randomUUID(),
        text: ANXIOUS,
      });
      expect(accepted.status).toBe(200);
    } finally {
      await rotated.close();
      await retired.close();
    }
  });
});

describe('CORS: only allow-listed sites embed the widget', () => {
  it('answers an allowed origin’s preflight and echoes the origin on the reply', async () => {
    const preflight = await fetch(`${widget.url}/api/widget/messages`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://embedder.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://embedder.example');
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');
    expect(preflight.headers.get('access-control-allow-headers')?.toLowerCase()).toContain(
      'authorization',
    );
    expect(preflight.headers.get('access-control-allow-credentials')).toBeNull();

    const token = await sessionToken(widget.url);
    const response = await postMessage(
      widget.url,
      token,
      { id: randomUUID(), text: ANXIOUS },
      { origin: 'https://embedder.example' },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('https://embedder.example');
    expect(partTypes(parseEvents(await response.text()))).toContain('verse');
  });

  it('allows any port on a wildcard entry, and the server’s own pages', async () => {
    for (const origin of ['http://localhost:5173', widget.url]) {
      const response = await fetch(`${widget.url}/api/widget/session`, {
        method: 'POST',
        headers: { origin, 'content-type': 'application/json' },
        body: '{}',
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('access-control-allow-origin')).toBe(origin);
    }
  });

  it.each(['https://evil.example', 'http://embedder.example', 'null'])(
    'refuses %s with 403 and no CORS headers, preflight or not',
    async (origin) => {
      const preflight = await fetch(`${widget.url}/api/widget/messages`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST' },
      });
      expect(preflight.status).toBe(403);
      expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
      const before = widget.handled();
      const response = await postMessage(
        widget.url,
        await sessionToken(widget.url),
        { id: randomUUID(), text: ANXIOUS },
        { origin },
      );
      expect(response.status).toBe(403);
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
      expect(await response.json()).toMatchObject({ code: 'forbidden_origin' });
      expect(widget.handled()).toBe(before);
    },
  );
});

describe('per-IP limit', () => {
  it('answers 429 with Retry-After once an address has used its budget', async () => {
    const limited = await startWidgetServer(test.engine, { ipRateLimitPerMinute: 3 });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++) statuses.push((await newSession(limited.url)).status);
      const refused = await fetch(`${limited.url}/api/widget/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: 'https://embedder.example' },
        body: '{}',
      });
      expect(statuses).toEqual([200, 200, 200]);
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(60);
      // The embedding page can read the refusal and its Retry-After.
      expect(refused.headers.get('access-control-allow-origin')).toBe('https://embedder.example');
      expect(refused.headers.get('access-control-expose-headers')).toContain('Retry-After');
      expect(await refused.json()).toMatchObject({ type: 'error', code: 'rate_limited' });
    } finally {
      await limited.close();
    }
  });
});

describe('replies sent outside a turn (the widget has no push)', () => {
  it('waits in the outbox and opens the session’s next message stream', async () => {
    const token = await sessionToken(widget.url);
    const sessionId = sessionIdOf(token);
    await widget.channel.send(sessionId, {
      parts: [
        { type: 'text', text: 'A thought for today <b>not markup</b>' },
        {
          type: 'file',
          // The part's media type wins over what the name's extension suggests.
          name: 'export.txt',
          mediaType: 'application/json',
          bytes: Buffer.from('{"a":1}'),
        },
      ],
    });
    const reply = await sendAndRead(widget.url, token, { id: randomUUID(), text: ANXIOUS });
    expect(reply.events[0]).toEqual({
      type: 'part',
      part: { type: 'text', text: 'A thought for today <b>not markup</b>' },
    });
    const file = reply.events[1] as { part: Extract<WidgetPart, { type: 'file' }> };
    expect(file.part).toMatchObject({
      type: 'file',
      name: 'export.txt',
      mediaType: 'application/json',
    });
    expect(file.part.url.startsWith(`${widget.url}/api/widget/files/`)).toBe(true);
    expect(partTypes(reply.events)).toContain('verse');

    const download = await fetch(file.part.url);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toMatch(/^application\/json/);
    expect(download.headers.get('content-disposition')).toMatch(
      /^attachment; filename="?export\.txt"?$/,
    );
    expect(download.headers.get('content-security-policy')).toContain('sandbox');
    expect(download.headers.get('cache-control')).toBe('no-store');
    expect(await download.text()).toBe('{"a":1}');

    // Delivered once: the next stream starts with the answer itself.
    const next = await sendAndRead(widget.url, token, { id: randomUUID(), text: ANXIOUS });
    expect(next.events[0]?.type).toBe('part');
    expect(partTypes(next.events)[0]).not.toBe('file');
    expect(JSON.stringify(next.events)).not.toContain('A thought for today');
  });

  it('refuses, rather than drops, when a session’s outbox is full', async () => {
    const small = await startWidgetServer(test.engine, { outbox: { maxRepliesPerSession: 1 } });
    try {
      const reply = { parts: [{ type: 'text' as const, text: 'one' }] };
      await small.channel.send('some-session', reply);
      await expect(small.channel.send('some-session', reply)).rejects.toMatchObject({
        name: 'ChannelSendError',
        reason: 'web:outbox-full',
        permanent: false,
      });
    } finally {
      await small.close();
    }
  });

  it('answers 404 for an unknown download link', async () => {
    const response = await fetch(`${widget.url}/api/widget/files/AAAAAAAAAAAAAAAAAAAAAA`);
    expect(response.status).toBe(404);
  });
});

describe('the bundle and the demo page', () => {
  it('serves /widget.js as JavaScript with cache headers, gzipped when asked, 304 when fresh', async () => {
    const plain = await fetch(`${widget.url}/widget.js`, {
      headers: { 'accept-encoding': 'identity' },
    });
    expect(plain.status).toBe(200);
    expect(plain.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(plain.headers.get('cache-control')).toBe('public, max-age=300');
    const etag = plain.headers.get('etag');
    expect(etag).toMatch(/^".+"$/);
    const code = await plain.text();
    expect(code.length).toBeGreaterThan(1000);
    expect(code).toContain('/api/widget/messages');

    const gzipped = await fetch(`${widget.url}/widget.js`, {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(gzipped.headers.get('content-encoding')).toBe('gzip');
    expect(await gzipped.text()).toBe(code);

    // node:http, not fetch: fetch adds Cache-Control: no-cache to a conditional request, which
    // (rightly) defeats revalidation; a browser revalidating a stale copy does not.
    const again = await new Promise<number | undefined>((resolve, reject) => {
      http
        .get(`${widget.url}/widget.js`, { headers: { 'if-none-match': etag ?? '' } }, (res) => {
          res.resume();
          resolve(res.statusCode);
        })
        .on('error', reject);
    });
    expect(again).toBe(304);
  }, 60_000);

  it('serves the demo page at /, embedding /widget.js', async () => {
    const response = await fetch(`${widget.url}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await response.text();
    expect(html).toMatch(/<script[^>]*\ssrc="\/widget\.js"/);
  });
});
