import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import {
  ChromaStartError,
  startChromaServer,
  type ChromaServer,
} from '../../../knowledge/vector-index/index.ts';

const INDEX_MODULE = path.resolve(import.meta.dirname, '../../../knowledge/vector-index/index.ts');

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitUntil(check: () => boolean, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return check();
}

function listen(port = 0): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen({ host: '127.0.0.1', port }, () => resolve(server));
  });
}

function portOf(server: Server): number {
  const address = server.address();
  if (typeof address !== 'object' || !address) throw new Error('no address');
  return address.port;
}

async function startError(promise: Promise<ChromaServer>): Promise<ChromaStartError> {
  try {
    const server = await promise;
    await server.stop();
  } catch (error) {
    if (error instanceof ChromaStartError) return error;
    throw error;
  }
  throw new Error('the server started');
}

describe('startChromaServer', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'sarathi-chroma-server-'));
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('starts on a free loopback port, answers its heartbeat, and stops (twice is fine)', async () => {
    const logs: string[] = [];
    const started = performance.now();
    const server = await startChromaServer({
      dataDir: path.join(dir, 'a'),
      onLog: (line) => logs.push(line),
    });
    console.log(`chroma start: ${Math.round(performance.now() - started)} ms`);
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
    const beat = await fetch(`${server.url}/api/v2/heartbeat`);
    expect(beat.ok).toBe(true);
    expect(alive(server.pid)).toBe(true);
    expect(logs.some((line) => line.includes(path.join(dir, 'a')))).toBe(true);

    await Promise.all([server.stop(), server.stop()]);
    await server.stop();
    expect(alive(server.pid)).toBe(false);
    // The port is free again: we can bind it ourselves.
    const again = await listen(server.port);
    await new Promise((r) => again.close(r));
  });

  it('fails clearly when the requested port is busy', async () => {
    const blocker = await listen();
    try {
      const error = await startError(
        startChromaServer({ dataDir: path.join(dir, 'b'), port: portOf(blocker) }),
      );
      expect(error.reason).toBe('port-busy');
      expect(error.message).toContain(String(portOf(blocker)));
    } finally {
      await new Promise((r) => blocker.close(r));
    }
  });

  it('fails clearly when the chroma binary is missing', async () => {
    const error = await startError(
      startChromaServer({ dataDir: path.join(dir, 'c'), binPath: path.join(dir, 'no-chroma') }),
    );
    expect(error.reason).toBe('binary-missing');
    expect(error.message).toContain('no-chroma');
  });

  it('reports an early exit with the last lines the server printed', async () => {
    const fake = path.join(dir, 'crashing-chroma.mjs');
    await writeFile(
      fake,
      "console.log('starting');\nconsole.error('fatal: disk on fire');\nprocess.exit(3);\n",
    );
    const error = await startError(
      startChromaServer({ dataDir: path.join(dir, 'd'), binPath: fake }),
    );
    expect(error.reason).toBe('exited');
    expect(error.message).toContain('code 3');
    expect(error.lastOutput).toEqual(expect.arrayContaining(['starting', 'fatal: disk on fire']));
  });

  it('gives up after the start timeout and kills the silent server', async () => {
    const fake = path.join(dir, 'silent-chroma.mjs');
    await writeFile(
      fake,
      "import { writeFileSync } from 'node:fs';\n" +
        `writeFileSync(${JSON.stringify(path.join(dir, 'silent.pid'))}, String(process.pid));\n` +
        "console.log('thinking');\nsetInterval(() => {}, 1000);\n",
    );
    const error = await startError(
      startChromaServer({ dataDir: path.join(dir, 'e'), binPath: fake, startTimeoutMs: 1_000 }),
    );
    expect(error.reason).toBe('timeout');
    expect(error.lastOutput).toContain('thinking');
    const { readFile } = await import('node:fs/promises');
    const pid = Number(await readFile(path.join(dir, 'silent.pid'), 'utf8'));
    expect(await waitUntil(() => !alive(pid), 2_000)).toBe(true);
  });

  it('kills a server that ignores SIGTERM once the grace period is over', async () => {
    // A stand-in that answers the heartbeat on the port it is given and ignores SIGTERM.
    const fake = path.join(dir, 'stubborn-chroma.mjs');
    await writeFile(
      fake,
      "import { createServer } from 'node:http';\n" +
        "const port = Number(process.argv[process.argv.indexOf('--port') + 1]);\n" +
        "process.on('SIGTERM', () => console.log('ignoring SIGTERM'));\n" +
        "createServer((req, res) => res.end('{}')).listen(port, '127.0.0.1');\n",
    );
    const logs: string[] = [];
    const server = await startChromaServer({
      dataDir: path.join(dir, 'f'),
      binPath: fake,
      stopGraceMs: 300,
      onLog: (line) => logs.push(line),
    });
    const started = performance.now();
    await server.stop();
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
    expect(alive(server.pid)).toBe(false);
    expect(logs).toContain('ignoring SIGTERM');
  });

  it.each([
    ['exits normally', 'process.exit(0);', undefined],
    ['is killed with SIGKILL', 'setInterval(() => {}, 1000);', 'SIGKILL'],
  ] as const)(
    'stops the server when the process that started it %s',
    async (label, after, signal) => {
      const script = path.join(dir, `owner-${signal ?? 'exit'}.mjs`);
      await writeFile(
        script,
        `import { startChromaServer } from ${JSON.stringify(INDEX_MODULE)};\n` +
          `const server = await startChromaServer({ dataDir: ${JSON.stringify(path.join(dir, `owner-${label}`))} });\n` +
          'console.log(JSON.stringify({ pid: server.pid }));\n' +
          after,
      );
      const owner = spawn(process.execPath, [script], { stdio: ['ignore', 'pipe', 'inherit'] });
      const firstLine = await new Promise<string>((resolve, reject) => {
        owner.stdout.setEncoding('utf8');
        owner.stdout.once('data', (chunk: string) => resolve(chunk.split('\n')[0]!));
        owner.once('exit', (code) => reject(new Error(`owner exited early with ${code}`)));
      });
      const { pid } = JSON.parse(firstLine) as { pid: number };
      if (signal) owner.kill(signal);
      // The exit hook acts at once; the watchdog polls once a second.
      expect(await waitUntil(() => !alive(pid), 5_000)).toBe(true);
    },
  );
});
