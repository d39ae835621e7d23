/**
 * The composition root: settings → logger → verified corpus → knowledge (embeddings, Chroma,
 * retrieval, safety) → journeys → stores → engine. Everything that starts here is closed by `close()`,
 * in reverse order, even when one step of the shutdown fails.
 */
import path from 'node:path';
import {
  corpusPaths,
  DEFAULT_LLM_MODEL,
  ensureCorpus,
  openKnowledge,
  type GuardObserver,
  type Knowledge,
  type LlmSettings,
} from '../../knowledge/index.ts';
import type { Config } from '../config/index.ts';
import { loadMasterKeys } from '../crypto/index.ts';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import {
  createConversationEngine,
  type ConversationEngine,
  type EngineObserver,
} from '../conversation/index.ts';
import type { Logger } from '../logger/index.ts';
import { loadJourneys } from '../journeys/index.ts';
import type { ReminderScheduler } from '../reminders/index.ts';
import { openStores, type Stores } from '../stores/index.ts';
import { startHousekeeping } from './housekeeping.ts';
import { storeConfigFor } from './store-config.ts';

export interface App {
  readonly engine: ConversationEngine;
  readonly knowledge: Knowledge;
  readonly stores: Stores;
  close(): Promise<void>;
}

export interface OpenAppOptions {
  readonly config: Config;
  readonly logger: Logger;
  /** One short line per slow start-up stage (first run builds caches and indexes). */
  readonly onProgress?: (line: string) => void;
  /** Per-person message budget for channels (the server passes one; the CLI does not). */
  readonly rateLimiter?: RateLimiterAbstract;
  readonly observer?: EngineObserver;
  /** The nudge queue's scheduler, when Redis runs; `/remind` says reminders are off without it. */
  readonly reminderScheduler?: ReminderScheduler;
  /** Counts of the LLM citation guard's work (metrics). */
  readonly guardObserver?: GuardObserver;
  /** `off`: no vector store (the nudge worker only needs the corpus). Default: Chroma. */
  readonly vectorStore?: 'chroma' | 'off';
}

export async function openApp(options: OpenAppOptions): Promise<App> {
  const { config, logger, onProgress } = options;
  const cleanups: Array<() => Promise<void>> = [];
  try {
    // First: a missing or unreadable master key should stop start-up before anything slow runs.
    const masterKeys = await loadMasterKeys(config, logger);
    const corpusSync = await ensureCorpus({
      ...corpusPaths(config.projectRoot),
      projectRoot: config.projectRoot,
      ...(config.corpusSource === undefined ? {} : { corpusSource: config.corpusSource }),
    });
    if (corpusSync.action === 'synced') {
      onProgress?.(`corpus ${corpusSync.version} synced (${corpusSync.reason})`);
    }
    const llm = llmSettings(config);
    const knowledge = await openKnowledge({
      projectRoot: config.projectRoot,
      dataDir: config.dataDir,
      chromaUrl: config.chromaUrl,
      translators: config.shownTranslators,
      ...(llm === undefined ? {} : { llm }),
      embeddings:
        config.embeddings === 'openai'
          ? {
              kind: 'openai',
              apiKey: config.openai.apiKey,
              baseUrl: config.openai.baseUrl,
              model: config.openai.embeddingsModel,
            }
          : { kind: 'local' },
      ...(options.guardObserver === undefined ? {} : { guardObserver: options.guardObserver }),
      ...(options.vectorStore === undefined ? {} : { vectorStore: options.vectorStore }),
      logger,
      onProgress: (line) => onProgress?.(line),
    });
    cleanups.push(() => knowledge.close());
    // Checked against the corpus here, so a bad verse ref stops start-up with its file and day.
    const journeys = await loadJourneys(
      path.join(config.projectRoot, 'corpus', 'journeys'),
      knowledge.corpus,
    );
    const stores = await openStores(storeConfigFor(config));
    cleanups.push(() => stores.close());
    const housekeeping = startHousekeeping(stores, logger);
    cleanups.push(() => housekeeping.stop());
    const engine = createConversationEngine({
      knowledge,
      stores,
      masterKeys,
      journeys,
      logger,
      maxMessageLength: config.maxMessageLength,
      ...(options.rateLimiter === undefined ? {} : { rateLimiter: options.rateLimiter }),
      ...(options.observer === undefined ? {} : { observer: options.observer }),
      ...(options.reminderScheduler === undefined
        ? {}
        : { reminderScheduler: options.reminderScheduler }),
      ...(config.defaultRegion === undefined ? {} : { defaultRegion: config.defaultRegion }),
    });
    return { engine, knowledge, stores, close: once(() => closeAll(cleanups, logger)) };
  } catch (error) {
    await closeAll(cleanups, logger);
    throw error;
  }
}

/** The LLM composer is on when a key or an OpenAI-compatible server is configured. */
export function llmSettings(config: Config): LlmSettings | undefined {
  const { apiKey, baseUrl, model } = config.openai;
  if (apiKey === undefined && baseUrl === undefined) return undefined;
  return { apiKey, baseUrl, model: model ?? DEFAULT_LLM_MODEL, ...config.llm };
}

async function closeAll(cleanups: Array<() => Promise<void>>, logger: Logger): Promise<void> {
  for (const cleanup of cleanups.reverse()) {
    try {
      await cleanup();
    } catch (error) {
      logger.warn({ err: error }, 'a shutdown step failed; continuing with the rest');
    }
  }
  cleanups.length = 0;
}

function once(fn: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  return () => (running ??= fn());
}
