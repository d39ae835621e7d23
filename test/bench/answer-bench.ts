/**
 * `npm run bench:answer`: answer latency in one warm process, start-up time and peak memory.
 * Targets on a 2-core machine: p95 ≤ 30 ms on the extractive path, start-up ≤ 5 s with a warm
 * cache, RSS ≤ 400 MB. Prints figures; asserts nothing (benchmarks are not tests).
 *
 * `npm run bench:answer -- --llm [--delay-ms=200] [--stream]`: the LLM path against a fake
 * OpenAI-compatible server in its own process, which answers after the given delay. Reports the
 * time Sarathi adds beyond the model's own latency (target: p95 ≤ 15 ms): each answer's time
 * minus the time the fake server held its model calls (so timer lateness in the fake, and a
 * second call after a guard regeneration, are not counted as Sarathi's). The old figure (minus
 * the nominal delay) is printed beside it, with the machine's load average at start and end.
 *
 * Messages: our evaluation sets plus generated variations (a situation × a way of saying it),
 * a few hundred in all, each answered by a fresh CLI user so no answer is cached by text.
 */
import { readFile } from 'node:fs/promises';
import { availableParallelism, loadavg } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openApp } from '../../src/app/index.ts';
import { loadConfig } from '../../src/config/index.ts';
import { createLogger } from '../../src/logger/index.ts';
import type { EngineReply } from '../../src/conversation/index.ts';
import type { InboundMessage } from '../../src/messages/index.ts';
import type { GuardEvent } from '../../knowledge/index.ts';
import { wallClockMs } from './fake-openai-server.ts';
import { startFakeOpenAiProcess } from './fake-openai-process.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

async function messages(): Promise<string[]> {
  const fromSet = async (file: string) =>
    (await readFile(path.join(ROOT, file), 'utf8'))
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => (JSON.parse(line) as { text: string }).text);
  const situations = [
    'my exam is next week',
    'my manager shouts at me',
    'my father is in hospital',
    'i keep checking my phone at night',
    'my best friend stopped talking to me',
    'i failed my driving test again',
    'my sister got married and i feel left behind',
    'i cannot decide between two jobs',
  ];
  const framings = [
    (s: string) => `${s} and i feel anxious`,
    (s: string) => `honestly ${s}, what does the gita say`,
    (s: string) => `yaar ${s}, bahut pareshan hu`,
    (s: string) => `${s}. how do i stay calm?`,
  ];
  const generated = situations.flatMap((s) => framings.map((frame) => frame(s)));
  return [
    ...(await fromSet('test/eval/retrieval-set.jsonl')),
    ...(await fromSet('test/eval/safety-set.jsonl')),
    ...generated,
  ];
}

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

async function childPeakRssMb(except: number | undefined): Promise<number | undefined> {
  // The spawned Chroma is its own process; report its peak too, honestly, not just ours.
  const { execFileSync } = await import('node:child_process');
  try {
    const pids = execFileSync('pgrep', ['-P', String(process.pid)], { encoding: 'utf8' })
      .split('\n')
      .filter((pid) => pid !== '' && Number(pid) !== except);
    let total = 0;
    for (const pid of pids) {
      const status = await readFile(`/proc/${pid}/status`, 'utf8');
      const match = /VmHWM:\s+(\d+) kB/u.exec(status);
      if (match?.[1] !== undefined) total += Number(match[1]) / 1024;
    }
    return total;
  } catch {
    return undefined;
  }
}

const llmMode = process.argv.includes('--llm');
const streamMode = process.argv.includes('--stream');
const delayMs = Number(
  /^--delay-ms=(\d+)$/u.exec(
    process.argv.find((arg) => arg.startsWith('--delay-ms=')) ?? '',
  )?.[1] ?? 200,
);
const loadAtStart = loadavg();
const fake = llmMode ? await startFakeOpenAiProcess(delayMs) : undefined;
const config = loadConfig(
  fake === undefined
    ? process.env
    : {
        ...process.env,
        OPENAI_BASE_URL: fake.url,
        OPENAI_API_KEY: 'bench',
        LLM_MODEL: 'bench-model',
        // Never let a slow machine turn into fallbacks that would hide the overhead.
        LLM_TIMEOUT_MS: String(delayMs * 4 + 5000),
      },
);
const logger = createLogger({ level: 'error', format: 'json', fd: 2 });
// Counts of the guard's work, so regenerations and fallbacks show in the output.
const guardCounts = new Map<string, number>();
const countGuard = (event: GuardEvent) => {
  const key =
    event.type === 'violation'
      ? `violation:${event.kind}`
      : event.type === 'fallback'
        ? `fallback:${event.reason}`
        : event.type === 'retry'
          ? `retry:${event.kind}`
          : event.type === 'breaker'
            ? `breaker:${event.state}`
            : event.type;
  guardCounts.set(key, (guardCounts.get(key) ?? 0) + 1);
};
const openStarted = performance.now();
const app = await openApp({ config, logger, guardObserver: { onGuardEvent: countGuard } });
const ready = performance.now();

async function answer(message: InboundMessage, stateless = false): Promise<EngineReply> {
  if (!streamMode) return app.engine.handle(message, { stateless });
  for await (const event of app.engine.stream(message, { stateless })) {
    if (event.type === 'done') return { parts: [], meta: event.meta };
  }
  throw new Error('stream ended without done');
}

const texts = await messages();
const byComposer = new Map<string, number[]>();
const all: number[] = [];
const WARMUP = 20;
// Warm-up: the first calls pay for JIT compilation, not for Sarathi's design.
for (const text of texts.slice(0, WARMUP)) {
  await answer(
    { channel: 'cli', address: 'warmup', channelUserId: 'warmup', text, receivedAt: new Date() },
    true,
  );
}
let modelCallsSeen = (await fake?.stats())?.calls ?? 0;
guardCounts.clear();
const loadBefore = loadavg();
/**
 * Per LLM answer: total time; the time the fake server held its calls; before the first call
 * arrived (engine, retrieval, prompt, client send) and after the last left (client receive,
 * parsing, guard, cards, store); how many calls.
 */
const llmRuns: Array<{
  ms: number;
  modelMs: number;
  beforeMs: number;
  afterMs: number;
  calls: number;
}> = [];
let index = 0;
for (const text of texts) {
  index++;
  const user = `bench-${index}`;
  const startedAt = wallClockMs();
  const started = performance.now();
  const reply: EngineReply = await answer({
    channel: 'cli',
    address: user,
    channelUserId: user,
    text,
    receivedAt: new Date(),
  });
  const ms = performance.now() - started;
  const endedAt = wallClockMs();
  all.push(ms);
  const list = byComposer.get(reply.meta.composer) ?? [];
  list.push(ms);
  byComposer.set(reply.meta.composer, list);
  if (fake !== undefined) {
    // Outside the timed window: which model calls this answer made, and how long each was held.
    const stats = await fake.stats(modelCallsSeen);
    modelCallsSeen = stats.calls;
    const first = stats.log[0];
    const last = stats.log.at(-1);
    if (reply.meta.composer === 'llm' && first !== undefined && last !== undefined) {
      const modelMs = stats.log.reduce((sum, call) => sum + call.sentAt - call.receivedAt, 0);
      llmRuns.push({
        ms,
        modelMs,
        beforeMs: first.receivedAt - startedAt,
        afterMs: endedAt - last.sentAt,
        calls: stats.log.length,
      });
    }
  }
}
const loadAtEnd = loadavg();
const rssMb = process.resourceUsage().maxRSS / 1024;
const chromaMb = await childPeakRssMb(fake?.pid);
await app.close();
const fakeStats = await fake?.stats(Number.MAX_SAFE_INTEGER);
await fake?.close();

const line = (name: string, values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return `${name.padEnd(11)} n=${String(sorted.length).padStart(4)}  p50 ${percentile(sorted, 50).toFixed(2)} ms  p95 ${percentile(sorted, 95).toFixed(2)} ms  max ${(sorted.at(-1) ?? 0).toFixed(2)} ms`;
};
console.log(
  `answer latency (engine.handle, one warm process, SQLite + spawned Chroma), ${texts.length} messages`,
);
console.log(line('all', all));
for (const [composer, values] of byComposer) console.log(line(composer, values));
console.log(
  `start-up: ${((ready - openStarted) / 1000).toFixed(2)} s to open the app, ${(ready / 1000).toFixed(2)} s from process start (module loading included)`,
);
console.log(
  `peak RSS: ${rssMb.toFixed(0)} MB (this process)${chromaMb === undefined ? '' : `; spawned Chroma peak ${chromaMb.toFixed(0)} MB`}`,
);
console.log('targets: extractive p95 ≤ 30 ms, start-up ≤ 5 s with a warm cache, RSS ≤ 400 MB');
if (llmMode) {
  const load = (values: number[]) => values.map((value) => value.toFixed(2)).join(' ');
  const counts = [...guardCounts]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, count]) => `${key}=${count}`)
    .join(' ');
  const multi = llmRuns.filter((run) => run.calls !== 1).length;
  console.log(
    `LLM path${streamMode ? ' (engine.stream, until done)' : ' (engine.handle)'}: fake OpenAI-compatible server in its own process, answering after ${delayMs} ms; ${WARMUP} warm-up messages not counted`,
  );
  console.log(
    `  ${llmRuns.length} LLM answers (${multi} with other than one model call), ${fakeStats?.calls ?? 0} model calls in all, over ${fakeStats?.connections ?? 0} TCP connection(s)`,
  );
  console.log(`  guard events in the timed run: ${counts === '' ? 'none' : counts}`);
  console.log(
    `  load average (1/5/15 min): ${load(loadAtStart)} at start, ${load(loadBefore)} before the timed run, ${load(loadAtEnd)} at end; ${String(availableParallelism())} cores`,
  );
  console.log(
    line(
      'model',
      llmRuns.map((run) => run.modelMs),
    ) + '  (time the fake server held the calls)',
  );
  console.log(
    line(
      'overhead',
      llmRuns.map((run) => run.ms - run.modelMs),
    ) + '  (answer time − model time)',
  );
  console.log(
    line(
      '  before',
      llmRuns.map((run) => run.beforeMs),
    ) + '  (start → request at the server: engine steps, retrieval, prompt, client send)',
  );
  console.log(
    line(
      '  after',
      llmRuns.map((run) => run.afterMs),
    ) + '  (response sent → answer returned: client receive, parse, guard, cards, store)',
  );
  console.log(
    line(
      'vs nominal',
      llmRuns.map((run) => run.ms - delayMs),
    ) + `  (answer time − ${delayMs} ms, the earlier method)`,
  );
  console.log('target: Sarathi overhead beyond the model latency p95 ≤ 15 ms');
}
