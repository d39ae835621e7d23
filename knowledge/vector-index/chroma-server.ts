import { spawn, type ChildProcess } from 'node:child_process';
import { access, mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { ChromaStartError } from './errors.ts';
import { findFreePort, isPortFree } from './free-port.ts';
import { PARENT_WATCHDOG_IMPORT } from './parent-watchdog.ts';

/** The CLI of the `chromadb` package, found from this file so the cwd does not matter. */
export const DEFAULT_CHROMA_BIN = join(
  import.meta.dirname,
  '..',
  '..',
  'node_modules',
  '.bin',
  'chroma',
);

export interface ChromaServerOptions {
  /** Folder Chroma persists to; created when missing. */
  dataDir: string;
  /** Fixed port; a free one is picked when omitted. */
  port?: number;
  /** Interface to bind; loopback unless told otherwise. */
  host?: string;
  startTimeoutMs?: number;
  /** Time between SIGTERM and SIGKILL in stop(). */
  stopGraceMs?: number;
  /** Each line the server prints (colour codes removed). */
  onLog?: (line: string) => void;
  /** Path of the `chroma` CLI script; the project's own by default. */
  binPath?: string;
}

export interface ChromaServer {
  url: string;
  port: number;
  pid: number;
  /** SIGTERM, then SIGKILL after the grace period. Safe to call more than once. */
  stop(): Promise<void>;
}

const KEPT_LINES = 20;
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

function formatHost(host: string): string {
  return host.includes(':') ? `[${host}]` : host;
}

function delay(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}

async function heartbeat(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/api/v2/heartbeat`, { signal: AbortSignal.timeout(1000) });
    await response.body?.cancel();
    return response.ok;
  } catch {
    return false;
  }
}

function collectOutput(child: ChildProcess, onLog: ((line: string) => void) | undefined) {
  const lines: string[] = [];
  const follow = (stream: NodeJS.ReadableStream | null) => {
    let partial = '';
    stream?.setEncoding('utf8');
    // Read for the server's whole life: an unread pipe would fill up and stall the server.
    stream?.on('data', (chunk: string) => {
      const parts = (partial + chunk).split('\n');
      partial = parts.pop() ?? '';
      for (const raw of parts) {
        const line = raw.replace(ANSI, '').trimEnd();
        // Skips blank lines and the banner logo, which would crowd out the useful lines.
        if (/^[\s(#]*$/.test(line)) continue;
        lines.push(line);
        if (lines.length > KEPT_LINES) lines.shift();
        onLog?.(line);
      }
    });
  };
  follow(child.stdout);
  follow(child.stderr);
  return lines;
}

/**
 * Spawns `chroma run` on a persistence folder and resolves once its heartbeat answers. The
 * server is stopped when our process exits, and (through a watchdog in the server process)
 * when our process is killed outright.
 */
export async function startChromaServer(options: ChromaServerOptions): Promise<ChromaServer> {
  const host = options.host ?? '127.0.0.1';
  const binPath = resolve(options.binPath ?? DEFAULT_CHROMA_BIN);
  const startTimeoutMs = options.startTimeoutMs ?? 30_000;
  const stopGraceMs = options.stopGraceMs ?? 5_000;

  try {
    await access(binPath);
  } catch (error) {
    throw new ChromaStartError(
      'binary-missing',
      `the Chroma CLI is missing at ${binPath} (is the chromadb package installed?)`,
      [],
      { cause: error },
    );
  }
  let port = options.port;
  if (port === undefined) {
    port = await findFreePort(host);
  } else if (!(await isPortFree(host, port))) {
    throw new ChromaStartError('port-busy', `port ${port} on ${host} is already in use`, []);
  }
  await mkdir(options.dataDir, { recursive: true });

  const url = `http://${formatHost(host)}:${port}`;
  const child = spawn(
    process.execPath,
    [
      '--import',
      PARENT_WATCHDOG_IMPORT,
      binPath,
      'run',
      '--path',
      options.dataDir,
      '--host',
      host,
      '--port',
      String(port),
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const lastOutput = collectOutput(child, options.onLog);

  let exited = false;
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) => {
    child.once('exit', (code, signal) => {
      exited = true;
      done({ code, signal });
    });
  });
  let spawnError: Error | undefined;
  child.once('error', (error) => {
    spawnError = error;
  });
  const killOnExit = () => {
    child.kill('SIGKILL');
  };
  process.on('exit', killOnExit);
  void exit.then(() => process.off('exit', killOnExit));

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      if (exited) return;
      child.kill('SIGTERM');
      let timer: NodeJS.Timeout | undefined;
      const graceful = await Promise.race([
        exit.then(() => true),
        new Promise<false>((done) => (timer = setTimeout(() => done(false), stopGraceMs))),
      ]);
      // Cleared so a quick stop leaves no timer keeping the process alive.
      clearTimeout(timer);
      if (!graceful) {
        child.kill('SIGKILL');
        await exit;
      }
    })();
    return stopping;
  };

  const started = performance.now();
  for (;;) {
    if (exited || spawnError) {
      await Promise.race([exit, delay(200)]);
      const output = [...lastOutput];
      if (spawnError) {
        throw new ChromaStartError(
          'exited',
          `could not run Chroma: ${spawnError.message}`,
          output,
          {
            cause: spawnError,
          },
        );
      }
      const status = await exit;
      const busy = output.some((line) => /not available|address already in use/i.test(line));
      throw new ChromaStartError(
        busy ? 'port-busy' : 'exited',
        busy
          ? `port ${port} on ${host} is already in use`
          : `Chroma exited before answering (code ${status.code}, signal ${status.signal})`,
        output,
      );
    }
    // A heartbeat while our child has already exited came from some other server that took
    // the port after our check; the top of the loop reports that as a busy port.
    if ((await heartbeat(url)) && !exited) break;
    if (performance.now() - started > startTimeoutMs) {
      await stop();
      throw new ChromaStartError(
        'timeout',
        `Chroma did not answer ${url}/api/v2/heartbeat within ${startTimeoutMs} ms`,
        [...lastOutput],
      );
    }
    await Promise.race([exit, delay(100)]);
  }
  return { url, port, pid: child.pid!, stop };
}
