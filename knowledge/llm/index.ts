// The LLM composer and what keeps it honest: prompts, citation guard, output check, resilience.
export { LlmComposer } from './llm-composer.ts';
export type { LlmComposeInput, LlmComposerDeps, LlmStreamEvent } from './llm-composer.ts';
export { createChatModel, DEFAULT_LLM_MODEL, providerHost } from './chat-model.ts';
export type { ChatModelPort, LlmSettings } from './chat-model.ts';
export {
  checkRefs,
  checkReply,
  checkSentence,
  mentionedRefs,
  normalizeForQuote,
  quotations,
  quoteMatches,
} from './citation-guard.ts';
export type { CitationViolation, CitationViolationKind, GuardContext } from './citation-guard.ts';
export { outputProblem } from './output-check.ts';
export type { OutputViolationKind } from './output-check.ts';
export { parsePartialReply, parseReply } from './parse-reply.ts';
export { PROMPT_VERSION } from './prompts.ts';
export {
  callWithRetries,
  CircuitBreaker,
  LlmUnavailableError,
  readFailure,
  retryAfterMs,
  systemClock,
} from './resilience.ts';
export type { BreakerState, Clock, LlmFailureKind, RetryPolicy } from './resilience.ts';
export { scanSentences, splitSentences } from './sentences.ts';
export type { FallbackReason, GuardEvent, GuardObserver, ViolationKind } from './guard-log.ts';
