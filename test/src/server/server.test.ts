import { Writable } from 'node:stream';
import { loadConfig } from '../../../src/config/index.ts';
import { createLogger } from '../../../src/logger/index.ts';
import { startServer, type RunningServer } from '../../../src/server/index.ts';
import { makeAppDataDir, PROJECT_ROOT } from '../../helpers/project.ts';

const quiet = createLogger({
  level: 'silent',
  stream: new Writable({ write: (_c, _e, done) => done() }),
});

async function serve(
  env: Record<string, string>,
): Promise<{ server: RunningServer; remove(): Promise<void> }> {
  const data = await makeAppDataDir('sarathi-server-');
  const config = loadConfig(
    { PORT: '0', DATA_DIR: data.dir, SECRETS_DIR: data.secretsDir, ...env },
    { projectRoot: PROJECT_ROOT },
  );
  const server = await startServer({ config, logger: quiet });
  return { server, remove: data.remove };
}

describe('the HTTP server (embedded mode, real SQLite, Chroma and redis-server)', () => {
  let running: RunningServer;
  let remove: () => Promise<void>;

  beforeAll(async () => {
    ({ server: running, remove } = await serve({}));
  }, 120_000);

  afterAll(async () => {
    await running.stop();
    await remove();
  });

  it('says it is alive', async () => {
    const response = await fetch(`${running.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('is ready when every dependency answers, and names each one', async () => {
    const response = await fetch(`${running.url}/ready`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      ready: true,
      checks: { store: 'ok', vectorStore: 'ok', redis: 'ok' },
    });
  });

  it('serves Prometheus metrics, counting handled messages by channel and outcome', async () => {
    await running.app.engine.handle({
      channel: 'web',
      address: 's1',
      channelUserId: 's1',
      text: 'i feel so alone lately',
      receivedAt: new Date(),
    });
    const response = await fetch(`${running.url}/metrics`);
    expect(response.status).toBe(200);
    const body = await response.text();
    expect(body).toMatch(/sarathi_messages_total\{channel="web",outcome="extractive"\} 1/);
    expect(body).toMatch(/sarathi_answer_seconds_bucket\{le="[0-9.]+",channel="web"\}/);
  });

  it('sets security headers and refuses oversized JSON', async () => {
    const health = await fetch(`${running.url}/health`);
    expect(health.headers.get('x-content-type-options')).toBe('nosniff');
    expect(health.headers.get('x-powered-by')).toBeNull();
    const big = await fetch(`${running.url}/health`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'x'.repeat(100_000) }),
    });
    expect(big.status).toBe(413);
  });

  it('limits how fast one person can write, but never refuses a crisis', async () => {
    const message = (text: string) => ({
      channel: 'telegram' as const,
      address: 'fast',
      channelUserId: 'fast',
      text,
      receivedAt: new Date(),
    });
    const flags: string[][] = [];
    for (let i = 0; i < 21; i++) {
      flags.push([...(await running.app.engine.handle(message(`message number ${i}`))).meta.flags]);
    }
    expect(flags.slice(0, 20).every((f) => !f.includes('rate_limited'))).toBe(true);
    expect(flags[20]).toContain('rate_limited');
    const crisis = await running.app.engine.handle(message('i want to end my life'));
    expect(crisis.meta.safety).toBe('crisis');
  });
});

describe('operator endpoints and shutdown', () => {
  it('require the bearer token when one is configured', async () => {
    const { server, remove } = await serve({ METRICS_TOKEN: 'op-secret' });
    try {
      expect((await fetch(`${server.url}/metrics`)).status).toBe(401);
      const wrong = await fetch(`${server.url}/metrics`, {
        headers: { authorization: 'Bearer nope' },
      });
      expect(wrong.status).toBe(401);
      const right = await fetch(`${server.url}/metrics`, {
        headers: { authorization: 'Bearer op-secret' },
      });
      expect(right.status).toBe(200);
    } finally {
      await server.stop();
      await remove();
    }
  }, 120_000);

  it('finishes a turn in flight before shutting down, then stops accepting', async () => {
    const { server, remove } = await serve({});
    try {
      const inFlight = server.app.engine.handle({
        channel: 'web',
        address: 'late',
        channelUserId: 'late',
        text: 'my exams start tomorrow and i am scared',
        receivedAt: new Date(),
      });
      const stopped = server.stop();
      const reply = await inFlight;
      expect(reply.parts.some((part) => part.type === 'verse')).toBe(true);
      await stopped;
      await expect(fetch(`${server.url}/health`)).rejects.toThrow();
      await expect(server.stop()).resolves.toBeUndefined();
    } finally {
      await remove();
    }
  }, 120_000);
});
