/**
 * `npm run bench:widget`: the web widget under load, end to end. 50 connections (autocannon)
 * POST /api/widget/messages against the real embedded server (SQLite, spawned Chroma and
 * redis-server, the real engine), each message different (situations × phrasings × openings
 * × closings, never repeated within a benchmark, warm-up included, a new client id each) and
 * no answer cached by text. Only 200 responses whose event stream carries a verse part count. The same figures for a bare Express JSON echo route
 * in the same process and run, and their ratio. Targets on a 2-core machine: p99 ≤ 100 ms and
 * ≥ 800 messages/s. Prints figures; asserts nothing (benchmarks are not tests).
 *
 * The load generator runs in a child process so it does not share the server's event loop
 * (it does share the machine's two cores, as the setup implies). Per-session and per-IP
 * limits are raised by configuration for the run. `WIDGET_BENCH_PROFILE=1` also samples the
 * server's CPU during the measured widget run and prints where the time went
 * (`WIDGET_BENCH_PROFILE_FILE=x.cpuprofile` keeps the raw profile).
 *
 *   node test/bench/widget-bench.ts [--seconds 10] [--connections 50]
 */
import { execFileSync, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { Session } from 'node:inspector/promises';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { Writable } from 'node:stream';
import express from 'express';
import { Registry } from 'prom-client';
import { createChannelRegistry, createDelivery } from '../../channels/index.ts';
import { buildWidgetBundle } from '../../channels/web/client/index.ts';
import { createWebChannel } from '../../channels/web/index.ts';
import { loadConfig } from '../../src/config/index.ts';
import { createLogger } from '../../src/logger/index.ts';
import { createHttpApp, startServer, type RunningServer } from '../../src/server/index.ts';
import { makeAppDataDir, PROJECT_ROOT } from '../helpers/project.ts';

interface DriveOptions {
  readonly target: 'widget' | 'echo';
  readonly url: string;
  readonly connections: number;
  readonly seconds: number;
  /** Where in the message pool this run starts, so warm-up and measurement never share a text. */
  readonly poolOffset: number;
  /** Where its share of the pool ends (the pool's end by default). */
  readonly poolEnd?: number;
}

interface DriveResult {
  readonly seconds: number;
  /** Latencies (ms) of the responses that count: verse-carrying 200s, or echoed 200s. */
  readonly counted: number[];
  readonly statuses: Record<string, number>;
  readonly withoutVerse: number;
  readonly crisis: number;
  readonly sessions: number;
  readonly errors: number;
  readonly timeouts: number;
  readonly poolWrapped: boolean;
  /** CPU the load generator itself used. */
  readonly cpuSeconds: number;
}

// ---------------------------------------------------------------------------------------------
// Messages: many situations × many ways of saying them × openings; each used once per run.

const SITUATIONS = [
  'i feel anxious about my exam results',
  'my manager shouts at me in meetings',
  'i lost my job last month',
  'i am worried about my career',
  'i keep overthinking every decision',
  "i feel jealous of my colleague's promotion",
  'my exam is next week',
  'my parents want me to study something i do not like',
  'i failed my driving test again',
  'my business is not doing well',
  'i feel stuck in the same routine',
  'my friends are all moving ahead in life',
  'i am nervous about my job interview tomorrow',
  'my marriage is going through a hard phase',
  'i cannot stop worrying about money',
  'i got rejected from the college i wanted',
  'my team did not appreciate my work',
  'i have too much work and no time',
  'i am afraid of failing in front of everyone',
  'i miss my home since i moved to a new city',
  'my results were worse than i expected',
  'i feel restless and cannot focus on my studies',
  'i am attached to what people think of me',
  'i want to do my duty but i feel confused',
  'my startup idea failed',
  'i feel greedy for more success all the time',
  'i am scared of the future',
  'my boss gave the promotion to someone else',
  'i have a big presentation on monday',
  'i feel lonely after my friend moved abroad',
];

const PHRASINGS = [
  (s: string) => `${s}`,
  (s: string) => `${s}. what does the gita say?`,
  (s: string) => `${s} and i feel anxious`,
  (s: string) => `honestly ${s}, how do i stay calm?`,
  (s: string) => `${s}. how should i think about this?`,
  (s: string) => `${s} and it keeps me awake`,
  (s: string) => `can you help me, ${s}`,
  (s: string) => `${s}. i need some guidance`,
  (s: string) => `${s} and i do not know what to do`,
  (s: string) => `${s}. is there a verse for this?`,
  (s: string) => `lately ${s}`,
  (s: string) => `${s} and i feel restless`,
  (s: string) => `${s}, how do i keep doing my work without worry?`,
  (s: string) => `${s}. how do i let go of the result?`,
  (s: string) => `${s} and my mind will not settle`,
];

const OPENINGS = [
  '',
  'hi, ',
  'hello sarathi, ',
  'namaste, ',
  'good morning, ',
  'good evening, ',
  'so ',
  'well ',
  'today ',
  'this week ',
  'since yesterday ',
  'these days ',
  'again ',
  'right now ',
  'tonight ',
  'to be honest ',
  'i need to say this: ',
  'one more thing, ',
  'okay so ',
  'please listen, ',
];

const CLOSINGS = ['', ' thank you', ' please help', ' what would the gita say?', ' any advice?'];

/**
 * Where each run takes its texts from the pool (situations × phrasings × openings × closings,
 * 45,000), so that no text is sent twice in one benchmark: the measured run from the start
 * (30,000 texts: 30 s at 1,000 messages/s), then the engine-alone sample, then the warm-up.
 */
const MEASURED_FROM = 0;
const ENGINE_ONLY_FROM = 32_000;
const WARM_UP_FROM = 33_000;

function messagePool(): string[] {
  const pool: string[] = [];
  for (const closing of CLOSINGS) {
    for (const opening of OPENINGS) {
      for (const phrase of PHRASINGS) {
        for (const situation of SITUATIONS) pool.push(`${opening}${phrase(situation)}${closing}`);
      }
    }
  }
  // A fixed shuffle, so neighbouring requests differ in situation and phrasing.
  let seed = 20261122;
  for (let i = pool.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    const j = seed % (i + 1);
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool;
}

// ---------------------------------------------------------------------------------------------
// The load generator (child process).

interface AutocannonRequest {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string;
  setupRequest?: (
    request: AutocannonRequest,
    context: Record<string, unknown>,
  ) => AutocannonRequest;
  onResponse?: (status: number, body: string, context: Record<string, unknown>) => void;
}

interface AutocannonInstance {
  on(
    event: 'response',
    listener: (client: unknown, status: number, bytes: number, ms: number) => void,
  ): void;
}

type Autocannon = (
  options: {
    url: string;
    connections: number;
    duration: number;
    requests: AutocannonRequest[];
    timeout?: number;
  },
  done: (error: Error | null, result: { errors: number; timeouts: number }) => void,
) => AutocannonInstance;

const MESSAGES_PER_SESSION = 25;

async function drive(options: DriveOptions): Promise<DriveResult> {
  const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;
  const pool = messagePool();
  let next = options.poolOffset;
  let poolWrapped = false;
  const end = Math.min(options.poolEnd ?? pool.length, pool.length);
  const nextText = () => {
    if (next >= end) {
      next = options.poolOffset;
      poolWrapped = true;
    }
    return pool[next++]!;
  };
  const counted: number[] = [];
  const statuses: Record<string, number> = {};
  let withoutVerse = 0;
  let crisis = 0;
  let sessions = 0;
  // onResponse runs synchronously right before autocannon's 'response' event for the same
  // client, so the verdict is handed over in this variable.
  let verdict: 'count' | 'skip' = 'skip';

  const json = { 'content-type': 'application/json' };
  const requests: AutocannonRequest[] =
    options.target === 'echo'
      ? [
          {
            method: 'POST',
            path: '/echo',
            headers: json,
            setupRequest: (request) => ({
              ...request,
              body: JSON.stringify({
                id: randomUUID(),
                text: nextText(),
                timeZone: 'Asia/Kolkata',
              }),
            }),
            onResponse: (status, body) => {
              verdict = status === 200 && body.startsWith('{"id":') ? 'count' : 'skip';
            },
          },
        ]
      : [
          {
            method: 'POST',
            path: '/api/widget/session',
            headers: json,
            body: '{}',
            onResponse: (status, body, context) => {
              verdict = 'skip';
              sessions++;
              if (status === 200) context['token'] = (JSON.parse(body) as { token: string }).token;
            },
          },
          ...Array.from({ length: MESSAGES_PER_SESSION }, (): AutocannonRequest => ({
            method: 'POST',
            path: '/api/widget/messages',
            setupRequest: (request, context) => ({
              ...request,
              headers: { ...json, authorization: `Bearer ${String(context['token'])}` },
              body: JSON.stringify({
                id: randomUUID(),
                text: nextText(),
                timeZone: 'Asia/Kolkata',
                locale: 'en-IN',
              }),
            }),
            onResponse: (status, body) => {
              verdict = 'skip';
              if (status !== 200) return;
              const events = body
                .split('\n')
                .filter((line) => line.startsWith('data: '))
                .map(
                  (line) =>
                    JSON.parse(line.slice(6)) as {
                      type: string;
                      part?: { type: string };
                      safety?: string;
                    },
                );
              if (events.some((event) => event.type === 'part' && event.part?.type === 'verse')) {
                verdict = 'count';
              } else {
                withoutVerse++;
                if (events.some((event) => event.type === 'done' && event.safety === 'crisis'))
                  crisis++;
              }
            },
          })),
        ];

  // Tells the server's side that load begins now (spawning this process took a while).
  process.stdout.write(`${DRIVER_STARTED}\n`);
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const result = await new Promise<{ errors: number; timeouts: number }>((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        duration: options.seconds,
        requests,
        timeout: 10,
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on('response', (_client, status, _bytes, ms) => {
      statuses[status] = (statuses[status] ?? 0) + 1;
      if (verdict === 'count') counted.push(ms);
      verdict = 'skip';
    });
  });
  return {
    seconds: (performance.now() - started) / 1000,
    counted,
    statuses,
    withoutVerse,
    crisis,
    sessions,
    errors: result.errors,
    timeouts: result.timeouts,
    poolWrapped,
    cpuSeconds: cpuSeconds(process.cpuUsage(cpuBefore)),
  };
}

function cpuSeconds(usage: NodeJS.CpuUsage): number {
  return (usage.user + usage.system) / 1e6;
}

const DRIVER_STARTED = 'load starts';

/**
 * Runs the load generator in its own process; `onLoadStarts` is called when its first request
 * is about to go, so that measurements of the server leave out the seconds of its start-up.
 */
function runDriver(options: DriveOptions, onLoadStarts?: () => void): Promise<DriveResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [import.meta.filename, '--drive', JSON.stringify(options)],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    let announced = false;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (!announced && out.includes(`${DRIVER_STARTED}\n`)) {
        announced = true;
        onLoadStarts?.();
      }
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) {
        reject(new Error(`load generator exited with ${code}`));
        return;
      }
      resolve(JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as DriveResult);
    });
  });
}

// ---------------------------------------------------------------------------------------------
// The servers (this process).

function listen(app: express.Express): Promise<{ server: Server; url: string }> {
  return new Promise((resolve) => {
    const server = app.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      resolve({ server, url: `http://127.0.0.1:${port}` });
    });
  });
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

/**
 * The widget as the product serves it. Once the lead wires the channel into `startServer`, the
 * server's own routes are measured; until then, the same HTTP app (helmet, logs, JSON parser)
 * with this channel in front of the server's real engine.
 */
async function widgetTarget(
  running: RunningServer,
  ipRateLimitPerMinute: number,
): Promise<{ url: string; note: string; close(): Promise<void> }> {
  if (running.channels.get('web') !== undefined) {
    return {
      url: running.url,
      note: 'the server’s own wiring (startServer)',
      close: () => Promise.resolve(),
    };
  }
  const channel = createWebChannel({
    secrets: [{ id: 'bench', secret: randomUUID() + randomUUID() }],
    allowedOrigins: [],
    ipRateLimitPerMinute,
  });
  const channels = createChannelRegistry([channel]);
  await channels.startAll({
    onMessage: (message) => running.app.engine.handle(message),
    deliver: createDelivery({ markBlocked: () => Promise.resolve() }),
    logger: quietLogger(),
  });
  const app = createHttpApp({
    logger: quietLogger(),
    registry: new Registry(),
    channels,
    readinessChecks: {},
    operatorToken: undefined,
    trustProxy: false,
    isShuttingDown: () => false,
  });
  const { server, url } = await listen(app);
  return {
    url,
    note: 'createHttpApp + this channel + the engine of a running startServer (channel not wired into startServer yet)',
    close: async () => {
      await closeServer(server);
      await channels.closeAll();
    },
  };
}

function quietLogger() {
  return createLogger({
    level: 'silent',
    stream: new Writable({ write: (_c, _e, done) => done() }),
  });
}

async function echoTarget(): Promise<{ url: string; close(): Promise<void> }> {
  const app = express();
  app.use(express.json({ limit: '64kb' }));
  app.post('/echo', (req, res) => {
    res.json(req.body);
  });
  const { server, url } = await listen(app);
  return { url, close: () => closeServer(server) };
}

// ---------------------------------------------------------------------------------------------
// CPU accounting and profile.

function childCpuSeconds(): Map<string, number> {
  const ticks = 100; // USER_HZ on Linux
  const byName = new Map<string, number>();
  let pids: string[];
  try {
    pids = execFileSync('pgrep', ['-P', String(process.pid)], { encoding: 'utf8' })
      .split('\n')
      .filter((pid) => pid !== '');
  } catch {
    return byName;
  }
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
      const name = /chroma/.test(command)
        ? 'chroma'
        : /redis-server/.test(command)
          ? 'redis-server'
          : /esbuild/.test(command)
            ? 'esbuild'
            : (/\(([^)]*)\)/.exec(stat)?.[1] ?? pid);
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const seconds = (Number(fields[11]) + Number(fields[12])) / ticks;
      byName.set(name, (byName.get(name) ?? 0) + seconds);
    } catch {
      // The process ended in between.
    }
  }
  return byName;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  hitCount?: number;
}

/** Which part of a message's trip a profile area belongs to. */
const STAGES: ReadonlyArray<readonly [string, RegExp]> = [
  ['idle (waiting on sockets or the load generator)', /^\(\(idle\)\)$/],
  [
    'engine steps and stores (src/, node:sqlite calls)',
    /^(src\/|\((run|get|all|iterate|prepare|exec)\)$)/,
  ],
  [
    'knowledge: retrieval and composing',
    /^(knowledge\/(retrieval|answer|themes|corpus|embeddings)|node_modules\/(minisearch|stemmer|fastest-levenshtein|wink))/,
  ],
  ['knowledge: safety gate', /^knowledge\/safety/],
  [
    'Chroma client (fetch to the spawned server)',
    /^(node_modules\/(chromadb|undici)|node internals: fetch)/,
  ],
  ['widget channel (token, zod, SSE)', /^(channels\/|node_modules\/zod)/],
  [
    'HTTP stack (node http, express, helmet, pino-http, sockets)',
    /^(node internals|node_modules\/(express|router|body-parser|raw-body|helmet|pino|pino-http|on-finished|finalhandler|send|qs|iconv-lite|type-is|content-type|mime)|\((writev|writeUtf8String|writeBuffer|writeLatin1String|shutdown|close|readStop|onStreamRead|Socket)\)$)/,
  ],
  ['garbage collector', /^\(\(garbage collector\)\)$/],
  ['V8 / native other', /^\(/],
];

function summarizeProfile(profile: {
  nodes: readonly ProfileNode[];
  samples?: readonly number[];
}): string[] {
  const total =
    profile.samples?.length ?? profile.nodes.reduce((n, node) => n + (node.hitCount ?? 0), 0);
  const byArea = new Map<string, number>();
  const byFunction = new Map<string, number>();
  for (const node of profile.nodes) {
    const hits = node.hitCount ?? 0;
    if (hits === 0) continue;
    const { url, functionName } = node.callFrame;
    const local = url.replace(`file://${PROJECT_ROOT}/`, '');
    const area =
      url === ''
        ? `(${functionName || 'native'})`
        : local.startsWith('node_modules/')
          ? local
              .split('/')
              .slice(0, local.startsWith('node_modules/@') ? 3 : 2)
              .join('/')
          : url.startsWith('node:')
            ? /undici|webstreams|event_target|abort_controller/.test(url)
              ? 'node internals: fetch (the Chroma client)'
              : 'node internals'
            : local.split('/').slice(0, 2).join('/');
    byArea.set(area, (byArea.get(area) ?? 0) + hits);
    const fn = `${functionName || '(anonymous)'} ${local.split('/').slice(-2).join('/')}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + hits);
  }
  const byStage = new Map<string, number>();
  for (const [area, hits] of byArea) {
    const stage = STAGES.find(([, test]) => test.test(area))?.[0] ?? `other (${area})`;
    byStage.set(stage, (byStage.get(stage) ?? 0) + hits);
  }
  const top = (map: Map<string, number>, n: number) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, hits]) => `    ${((100 * hits) / total).toFixed(1).padStart(5)}%  ${name}`);
  return [
    '  by stage (self time, grouped):',
    ...top(byStage, 12),
    '  by area (self time):',
    ...top(byArea, 14),
    '  by function (self time):',
    ...top(byFunction, 16),
  ];
}

// ---------------------------------------------------------------------------------------------

/** The same kind of messages straight into the engine, one at a time: its share of the cost. */
async function engineOnly(running: RunningServer, count: number) {
  const pool = messagePool();
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  let verses = 0;
  for (let i = 0; i < count; i++) {
    const session = `engine-only-${i % 20}`;
    const reply = await running.app.engine.handle({
      channel: 'web',
      address: session,
      channelUserId: session,
      dedupeKey: randomUUID(),
      text: pool[ENGINE_ONLY_FROM + i]!,
      timeZone: 'Asia/Kolkata',
      region: 'IN',
      receivedAt: new Date(),
    });
    if (reply.parts.some((part) => part.type === 'verse')) verses++;
  }
  return {
    count,
    verses,
    wallMs: (performance.now() - started) / count,
    cpuMs: (cpuSeconds(process.cpuUsage(cpuBefore)) * 1000) / count,
  };
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[
    Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  ]!;
}

function figures(result: DriveResult) {
  const sorted = [...result.counted].sort((a, b) => a - b);
  return {
    perSecond: result.counted.length / result.seconds,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
  };
}

function argument(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index === -1 ? undefined : Number(process.argv[index + 1]);
  return value !== undefined && Number.isFinite(value) && value > 0 ? value : fallback;
}

async function main(): Promise<void> {
  const seconds = argument('seconds', 10);
  const connections = argument('connections', 50);
  const profile = process.env['WIDGET_BENCH_PROFILE'] === '1';

  const bundle = await buildWidgetBundle();
  const data = await makeAppDataDir('sarathi-widget-bench-');
  const config = loadConfig(
    {
      ...process.env,
      SARATHI_MODE: 'embedded',
      PORT: '0',
      DATA_DIR: data.dir,
      SECRETS_DIR: data.secretsDir,
      // Raised for the run: the benchmark measures throughput, not the limits.
      RATE_LIMIT_PER_MINUTE: '100000',
      WIDGET_IP_RATE_LIMIT_PER_MINUTE: '1000000',
    },
    { projectRoot: PROJECT_ROOT },
  );
  const openedAt = performance.now();
  const running = await startServer({ config, logger: quietLogger() });
  console.log(
    `server up in ${((performance.now() - openedAt) / 1000).toFixed(1)} s (embedded mode, temp data dir)`,
  );
  const widget = await widgetTarget(running, config.widgetIpRateLimitPerMinute);
  const echo = await echoTarget();
  console.log(`widget measured through: ${widget.note}`);
  try {
    // The first answers pay for lazy loading and JIT, not for the design.
    await runDriver({
      target: 'widget',
      url: widget.url,
      connections,
      seconds: 3,
      poolOffset: WARM_UP_FROM,
    });
    // Measured from the moment the load starts, not from the load generator's spawn: the
    // server idles while it starts, which once read as 20% "idle" in a saturated server.
    let before:
      | {
          cpu: NodeJS.CpuUsage;
          loop: ReturnType<typeof performance.eventLoopUtilization>;
          children: Map<string, number>;
        }
      | undefined;
    const session = profile ? new Session() : undefined;
    let profiling: Promise<unknown> = Promise.resolve();
    if (session !== undefined) {
      session.connect();
      await session.post('Profiler.enable');
    }
    const widgetRun = await runDriver(
      {
        target: 'widget',
        url: widget.url,
        connections,
        seconds,
        poolOffset: MEASURED_FROM,
        poolEnd: ENGINE_ONLY_FROM,
      },
      () => {
        before = {
          cpu: process.cpuUsage(),
          loop: performance.eventLoopUtilization(),
          children: childCpuSeconds(),
        };
        if (session !== undefined) profiling = session.post('Profiler.start');
      },
    );
    await profiling;
    const recorded = session === undefined ? undefined : await session.post('Profiler.stop');
    session?.disconnect();
    const baseline = before;
    if (baseline === undefined) throw new Error('the load generator never said its load started');
    const cpu = process.cpuUsage(baseline.cpu);
    const loop = performance.eventLoopUtilization(baseline.loop);
    const childrenAfter = childCpuSeconds();

    const engineAlone = await engineOnly(running, 300);
    await runDriver({ target: 'echo', url: echo.url, connections, seconds: 2, poolOffset: 0 });
    const echoRun = await runDriver({
      target: 'echo',
      url: echo.url,
      connections,
      seconds,
      poolOffset: 0,
    });

    const w = figures(widgetRun);
    const e = figures(echoRun);
    const messagesSent =
      Object.entries(widgetRun.statuses).reduce((n, [, count]) => n + count, 0) -
      widgetRun.sessions;
    console.log('');
    console.log(
      `POST /api/widget/messages, ${connections} connections, ${widgetRun.seconds.toFixed(1)} s, sessions of ${MESSAGES_PER_SESSION} messages`,
    );
    console.log(
      `  counted (200 with a verse part): ${widgetRun.counted.length} of ${messagesSent} messages; ` +
        `200 without a verse: ${widgetRun.withoutVerse} (crisis replies among them: ${widgetRun.crisis}); ` +
        `statuses ${JSON.stringify(widgetRun.statuses)} (incl. ${widgetRun.sessions} session requests); ` +
        `errors ${widgetRun.errors}, timeouts ${widgetRun.timeouts}` +
        (widgetRun.poolWrapped ? '; WARNING: the message pool ran out and texts repeated' : ''),
    );
    console.log(
      `  widget: ${w.perSecond.toFixed(0)} messages/s   p50 ${w.p50.toFixed(1)} ms   p99 ${w.p99.toFixed(1)} ms`,
    );
    console.log(
      `  echo:   ${e.perSecond.toFixed(0)} requests/s   p50 ${e.p50.toFixed(1)} ms   p99 ${e.p99.toFixed(1)} ms   (bare Express JSON echo, same process)`,
    );
    console.log(
      `  ratio widget/echo: throughput ${(w.perSecond / e.perSecond).toFixed(3)}   p50 ×${(w.p50 / e.p50).toFixed(1)}   p99 ×${(w.p99 / e.p99).toFixed(1)}`,
    );
    console.log(
      `  target: ≥ 800 messages/s and p99 ≤ 100 ms → ${w.perSecond >= 800 && w.p99 <= 100 ? 'met' : 'NOT met'}`,
    );
    const childLines = [...childrenAfter.entries()].map(
      ([name, after]) => `${name} ${(after - (baseline.children.get(name) ?? 0)).toFixed(1)} s`,
    );
    console.log(
      `  CPU during the widget run: server process ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s` +
        (childLines.length > 0 ? `; its children: ${childLines.join(', ')}` : '') +
        `; load generator ${widgetRun.cpuSeconds.toFixed(1)} s (of ${(2 * widgetRun.seconds).toFixed(0)} core-seconds on 2 cores)`,
    );
    console.log(`  server event loop busy ${(loop.utilization * 100).toFixed(0)}% of the run`);
    const serverCpuMs =
      (cpu.user + cpu.system) / 1e3 / Object.values(widgetRun.statuses).reduce((n, c) => n + c, 0);
    console.log(
      `  per message: server CPU ${serverCpuMs.toFixed(2)} ms over HTTP; the engine alone (engine.handle, one at a time, no HTTP): ` +
        `${engineAlone.cpuMs.toFixed(2)} ms CPU, ${engineAlone.wallMs.toFixed(2)} ms wall (n=${engineAlone.count}, ${engineAlone.verses} with a verse)`,
    );
    console.log(
      `widget.js: ${bundle.code.length} bytes, ${bundle.gzipBytes} gzipped (budget 25600)`,
    );
    if (recorded !== undefined) {
      const file = process.env['WIDGET_BENCH_PROFILE_FILE'];
      if (file !== undefined && file !== '') {
        writeFileSync(file, JSON.stringify(recorded.profile));
        console.log(`profile written to ${file} (open it in Chrome DevTools' Performance panel)`);
      }
      console.log('');
      console.log('server CPU profile during the widget run:');
      for (const line of summarizeProfile(recorded.profile)) {
        console.log(line);
      }
    }
  } finally {
    await widget.close();
    await echo.close();
    await running.stop();
    await data.remove();
  }
}

if (process.argv[2] === '--drive') {
  const options = JSON.parse(process.argv[3] ?? '{}') as DriveOptions;
  const result = await drive(options);
  process.stdout.write(`${JSON.stringify(result)}\n`);
} else {
  await main();
}
