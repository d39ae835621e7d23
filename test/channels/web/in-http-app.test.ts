/**
 * The channel inside the product's own HTTP app (helmet, request logs, the JSON body parser),
 * as the server wires it: the demo page must work under the CSP, and the widget from another site.
 */
import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { Registry } from 'prom-client';
import { createChannelRegistry, createDelivery } from '../../../channels/index.ts';
import { createWebChannel } from '../../../channels/web/index.ts';
import { createHttpApp } from '../../../src/server/index.ts';
import { openTestEngine, silentLogger, type TestEngine } from '../../helpers/engine.ts';
import { parseEvents, partTypes, TEST_SECRET } from './widget-server.ts';

let test: TestEngine;
let server: Server;
let url: string;
const embedder = 'https://embedder.example';

beforeAll(async () => {
  test = await openTestEngine();
  const channel = createWebChannel({
    secrets: [TEST_SECRET],
    allowedOrigins: [embedder],
    ipRateLimitPerMinute: 1000,
  });
  const channels = createChannelRegistry([channel]);
  await channels.startAll({
    onMessage: (message) => test.engine.handle(message),
    deliver: createDelivery({ markBlocked: () => Promise.resolve() }),
    logger: silentLogger,
  });
  const app = createHttpApp({
    logger: silentLogger,
    registry: new Registry(),
    channels,
    readinessChecks: {},
    operatorToken: undefined,
    trustProxy: false,
    isShuttingDown: () => false,
  });
  server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const address = server.address();
  url = `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}`;
}, 120_000);

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await test.close();
});

describe('the widget in the product’s HTTP app', () => {
  it('serves a demo page whose only script is /widget.js from this server, as the CSP requires', async () => {
    const response = await fetch(`${url}/`);
    expect(response.status).toBe(200);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    const html = await response.text();
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(body?.trim()).toBe('');
      const src = /\ssrc="([^"]+)"/.exec(attributes ?? '')?.[1];
      expect(src).toBeDefined();
      expect(new URL(src ?? '', url).origin).toBe(url);
    }
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    const script = await fetch(new URL('/widget.js', url));
    expect(script.status).toBe(200);
  }, 60_000);

  it('lets another site load the script and talk to the API', async () => {
    const script = await fetch(`${url}/widget.js`);
    expect(script.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(script.headers.get('x-content-type-options')).toBe('nosniff');

    const session = await fetch(`${url}/api/widget/session`, {
      method: 'POST',
      headers: { origin: embedder, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(session.headers.get('access-control-allow-origin')).toBe(embedder);
    const { token } = (await session.json()) as { token: string };
    const reply = await fetch(`${url}/api/widget/messages`, {
      method: 'POST',
      headers: {
        origin: embedder,
        'content-type': 'application/json',
        authorization: `Bearer ${token}`,
      },
      body: JSON.stringify({ id: randomUUID(), text: 'I feel anxious about my exam results' }),
    });
    expect(reply.status).toBe(200);
    expect(reply.headers.get('access-control-allow-origin')).toBe(embedder);
    expect(partTypes(parseEvents(await reply.text()))).toContain('verse');
  }, 60_000);

  it('answers an unreadable or oversized body in the protocol’s shape, readable by the embedder', async () => {
    for (const [body, status] of [
      ['{"id":', 400],
      [JSON.stringify({ id: randomUUID(), text: 'x'.repeat(100_000) }), 413],
    ] as const) {
      const response = await fetch(`${url}/api/widget/messages`, {
        method: 'POST',
        headers: { origin: embedder, 'content-type': 'application/json' },
        body,
      });
      expect(response.status).toBe(status);
      expect(response.headers.get('access-control-allow-origin')).toBe(embedder);
      expect(await response.json()).toMatchObject({ type: 'error', code: 'bad_request' });
    }
  });
});
