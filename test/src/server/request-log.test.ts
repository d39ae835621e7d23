/**
 * Request logs from the product's HTTP app: one line per request with ids, method, path,
 * status and time — never bodies, query strings or headers.
 */
import type { Server } from 'node:http';
import { Writable } from 'node:stream';
import { Registry } from 'prom-client';
import { createChannelRegistry } from '../../../channels/index.ts';
import { createLogger } from '../../../src/logger/index.ts';
import { createHttpApp } from '../../../src/server/index.ts';

const lines: Array<Record<string, unknown>> = [];
let server: Server;
let url: string;

beforeAll(async () => {
  const logger = createLogger({
    level: 'info',
    stream: new Writable({
      write: (chunk: Buffer, _encoding, done) => {
        lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
        done();
      },
    }),
  });
  const app = createHttpApp({
    logger,
    registry: new Registry(),
    channels: createChannelRegistry([]),
    readinessChecks: {},
    operatorToken: undefined,
    trustProxy: false,
    isShuttingDown: () => false,
  });
  app.post('/echo-status/:status', (req, res) => {
    res.status(Number(req.params['status'])).json({ ok: true });
  });
  await new Promise<void>((resolve) => {
    server = app.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  url = `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** Lines are written when the response finishes, which can follow the client's read. */
async function lineFor(id: string): Promise<Record<string, unknown>> {
  for (let i = 0; i < 50; i++) {
    const line = lines.find((l) => (l['req'] as { id?: string } | undefined)?.id === id);
    if (line !== undefined) return line;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`no log line for request ${id}`);
}

describe('request logs', () => {
  it('logs one line per request with its id, method, path and status, never the body or query', async () => {
    const response = await fetch(`${url}/echo-status/201?name=Asha`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer very-secret' },
      body: JSON.stringify({ text: 'I feel hopeless about my exams' }),
    });
    const id = response.headers.get('x-request-id') ?? '';
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const line = await lineFor(id);
    expect(line).toMatchObject({
      level: 30,
      msg: 'request completed',
      req: { id, method: 'POST', url: '/echo-status/201' },
      res: { statusCode: 201 },
    });
    expect(typeof line['responseTime']).toBe('number');
    const written = JSON.stringify(lines);
    for (const secret of ['hopeless', 'Asha', 'very-secret']) expect(written).not.toContain(secret);
    expect(lines.filter((l) => (l['req'] as { id?: string }).id === id)).toHaveLength(1);
  });

  it('logs server errors at error level', async () => {
    const response = await fetch(`${url}/echo-status/503`, { method: 'POST' });
    const line = await lineFor(response.headers.get('x-request-id') ?? '');
    expect(line).toMatchObject({ level: 50, msg: 'request errored', res: { statusCode: 503 } });
  });

  it('leaves health probes out of the log but still tags them with an id', async () => {
    const before = lines.length;
    const response = await fetch(`${url}/health`);
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(lines.length).toBe(before);
  });
});
