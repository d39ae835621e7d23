// Run by nudge-chaos.test.ts as its own Node process, which the test SIGKILLs mid-batch and starts
// again. It wires what `sarathi worker` wires — settings through loadConfig (REDIS_URL,
// TELEGRAM_BOT_TOKEN, TELEGRAM_API_ROOT, NUDGE_CONCURRENCY, DATA_DIR), the Telegram channel
// through buildChannels, the shared delivery, verse-of-day content, startNudgeWorker — but opens
// the knowledge layer without a vector store (nudges only need the corpus; spawning Chroma on
// every restart would take most of the test's time).
// Test-only knobs: CHAOS_LEASE_MS (the claim's lease), CHAOS_LOCK_MS and CHAOS_STALLED_MS
// (BullMQ's lock and stalled-check timing, so a killed worker's jobs come back in seconds).
// Prints "ready" on stdout once the worker takes jobs; SIGTERM closes it gracefully.
import os from 'node:os';
import path from 'node:path';
import { createChannelRegistry, createDelivery } from '../../channels/index.ts';
import { openKnowledge } from '../../knowledge/index.ts';
import { loadConfig } from '../../src/config/index.ts';
import { createLogger } from '../../src/logger/index.ts';
import { buildChannels } from '../../src/server/index.ts';
import { openStores } from '../../src/stores/index.ts';
import { createNudgeContent, startNudgeWorker } from '../../workers/index.ts';

function millisFrom(name: string): number | undefined {
  const value = process.env[name];
  return value === undefined ? undefined : Number(value);
}

const config = loadConfig(process.env);
if (config.redisUrl === undefined) throw new Error('chaos-worker needs REDIS_URL');
// Ids and codes only reach this log (pino redaction applies); warnings go to stderr.
const logger = createLogger({ level: 'warn', fd: 2, format: 'json' });

const stores = await openStores({
  driver: 'sqlite',
  file: path.join(config.dataDir, 'sarathi.db'),
});
const knowledge = await openKnowledge({
  projectRoot: config.projectRoot,
  dataDir: config.dataDir,
  cacheDir: path.join(os.tmpdir(), 'sarathi-test-glove-cache'),
  vectorStore: 'off',
});
const adapters = buildChannels({ config, stores, widgetSecrets: [], web: false }).filter(
  (adapter) => adapter.name === 'telegram',
);
if (adapters.length === 0) throw new Error('chaos-worker needs TELEGRAM_BOT_TOKEN');
const leaseMs = millisFrom('CHAOS_LEASE_MS');
const lockDurationMs = millisFrom('CHAOS_LOCK_MS');
const stalledIntervalMs = millisFrom('CHAOS_STALLED_MS');
const worker = await startNudgeWorker({
  redisUrl: config.redisUrl,
  stores,
  channels: createChannelRegistry(adapters),
  deliver: createDelivery({
    markBlocked: (channel, address, reason, at) =>
      stores.identities.markAddressBlocked(channel, address, reason, at),
  }),
  content: createNudgeContent({ knowledge, nudges: stores.nudges }),
  logger,
  concurrency: config.nudgeConcurrency,
  workerId: `chaos-${process.pid}`,
  ...(leaseMs === undefined ? {} : { leaseMs }),
  ...(lockDurationMs === undefined ? {} : { lockDurationMs }),
  ...(stalledIntervalMs === undefined ? {} : { stalledIntervalMs }),
});
process.stdout.write('ready\n');

process.once('SIGTERM', () => {
  void (async () => {
    await worker.close();
    await knowledge.close();
    await stores.close();
    process.exit(0);
  })();
});
