/**
 * A real conversation engine for channel tests: the real knowledge layer (vector store off by
 * default, to keep channel tests quick), real SQLite in a temp folder, a silent logger. Channel
 * tests then drive it through the adapter from a raw platform payload to the outbound request.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import type { OpenKnowledgeOptions } from '../../knowledge/index.ts';
import type { Knowledge } from '../../knowledge/index.ts';
import { createConversationEngine, type ConversationEngine } from '../../src/conversation/index.ts';
import { createMasterKeyRing, type MasterKeyRing } from '../../src/crypto/index.ts';
import { createLogger, type Logger } from '../../src/logger/index.ts';
import { openStores, type Stores } from '../../src/stores/index.ts';
import { openTestKnowledge, projectJourneys } from './project.ts';

export const silentLogger: Logger = createLogger({
  level: 'silent',
  stream: new Writable({ write: (_chunk, _encoding, done) => done() }),
});

/** A fresh random master key per call: tests never share (or commit) a key. */
export function testMasterKeys(id = 'test-key'): MasterKeyRing {
  return createMasterKeyRing([{ id, key: randomBytes(32) }]);
}

export interface TestEngine {
  readonly engine: ConversationEngine;
  readonly knowledge: Knowledge;
  readonly stores: Stores;
  readonly masterKeys: MasterKeyRing;
  /** The SQLite file behind `stores`. */
  readonly databaseFile: string;
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
  const databaseFile = path.join(dir, 'sarathi.db');
  const stores = await openStores({ driver: 'sqlite', file: databaseFile });
  const masterKeys = testMasterKeys();
  const engine = createConversationEngine({
    knowledge: knowledge.knowledge,
    stores,
    masterKeys,
    journeys: await projectJourneys(),
    logger: options.logger ?? silentLogger,
    maxMessageLength: 2000,
    ...(options.rateLimiter === undefined ? {} : { rateLimiter: options.rateLimiter }),
  });
  return {
    engine,
    knowledge: knowledge.knowledge,
    stores,
    masterKeys,
    databaseFile,
    close: async () => {
      await stores.close();
      await knowledge.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
