/**
 * A real conversation engine for channel tests: the real knowledge layer (vector store off by
 * default, to keep channel tests quick), real SQLite in a temp folder, a silent logger. Channel
 * tests then drive it through the adapter from a raw platform payload to the outbound request.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import type { OpenKnowledgeOptions } from '../../knowledge/index.ts';
import { createConversationEngine, type ConversationEngine } from '../../src/conversation/index.ts';
import { createLogger, type Logger } from '../../src/logger/index.ts';
import { openStores, type Stores } from '../../src/stores/index.ts';
import { openTestKnowledge } from './project.ts';

export const silentLogger: Logger = createLogger({
  level: 'silent',
  stream: new Writable({ write: (_chunk, _encoding, done) => done() }),
});

export interface TestEngine {
  readonly engine: ConversationEngine;
  readonly stores: Stores;
  close(): Promise<void>;
}

export async function openTestEngine(
  options: {
    vectorStore?: 'chroma' | 'off';
    rateLimiter?: RateLimiterAbstract;
    logger?: Logger;
    /** Knowledge options under test (e.g. the LLM composer). */
    knowledge?: Partial<OpenKnowledgeOptions>;
  } = {},
): Promise<TestEngine> {
  const knowledge = await openTestKnowledge({
    vectorStore: options.vectorStore ?? 'off',
    ...(options.knowledge === undefined ? {} : { extra: options.knowledge }),
  });
  const dir = await mkdtemp(path.join(os.tmpdir(), 'sarathi-engine-'));
  const stores = await openStores({ driver: 'sqlite', file: path.join(dir, 'sarathi.db') });
  const engine = createConversationEngine({
    knowledge: knowledge.knowledge,
    stores,
    logger: options.logger ?? silentLogger,
    maxMessageLength: 2000,
    ...(options.rateLimiter === undefined ? {} : { rateLimiter: options.rateLimiter }),
  });
  return {
    engine,
    stores,
    close: async () => {
      await stores.close();
      await knowledge.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
