/**
 * The knowledge layer's public face: everything src/ may use. Knowledge never knows which
 * channel asked.
 */
export { openKnowledge, KnowledgeConfigError } from './open-knowledge.ts';
export type { KnowledgeLog, OpenKnowledgeOptions } from './open-knowledge.ts';
export { createKnowledge } from './answer/knowledge.ts';
export type {
  AnswerEvent,
  AnotherVerseRequest,
  AnswerRequest,
  Knowledge,
  KnowledgeDeps,
  SafetyContext,
  SafetyOutcome,
} from './answer/knowledge.ts';
export type { Answer, AnswerFlag } from './answer/answer.ts';
export {
  corpusPaths,
  ensureCorpus,
  loadCorpus,
  syncCorpus,
  verifyCorpus,
  CorpusError,
} from './corpus/index.ts';
export type {
  Corpus,
  CorpusSyncProgress,
  EnsureCorpusResult,
  SyncCorpusResult,
  VerifyCorpusResult,
  VerseRecord,
} from './corpus/index.ts';
export type { ReplyLanguage } from './compose/index.ts';
export type { VerseReference } from './retrieval/index.ts';
export { DEFAULT_LLM_MODEL, PROMPT_VERSION } from './llm/index.ts';
export type {
  BreakerState,
  ChatModelPort,
  Clock,
  FallbackReason,
  GuardEvent,
  GuardObserver,
  LlmSettings,
  ViolationKind,
} from './llm/index.ts';
