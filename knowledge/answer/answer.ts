/**
 * What knowledge hands back to the engine (ARCHITECTURE.md, "Answer"): the parts to show plus
 * the facts the JSONL contract and metrics need.
 */
import type { ReplyPart } from '../../src/messages/index.ts';

export type AnswerFlag =
  | 'unknown_ref'
  | 'misuse_guard'
  | 'no_match'
  | 'vector_store_unavailable'
  | 'verse_card_rejected'
  // The LLM composer (knowledge/llm): the guard found something and what became of it…
  | 'guard_intervened'
  | 'guard_invented_ref'
  | 'guard_ref_not_in_context'
  | 'guard_misquote'
  | 'guard_persona'
  | 'guard_unsafe'
  | 'guard_unparseable'
  | 'guard_regenerated'
  | 'guard_fallback'
  // …or the provider could not answer in time, and why (the answer is then extractive).
  | 'llm_retried'
  | 'llm_unavailable'
  | 'llm_timeout'
  | 'llm_rate_limited'
  | 'llm_server_error'
  | 'llm_network'
  | 'llm_refused'
  | 'llm_breaker_open';

export interface Answer {
  readonly parts: readonly ReplyPart[];
  /** Refs shown as verse cards, in order. */
  readonly citations: readonly string[];
  /** Top refs from retrieval, ranked (empty when retrieval did not run). */
  readonly retrieved: readonly string[];
  readonly flags: readonly AnswerFlag[];
  readonly composer: 'extractive' | 'llm';
  /** The best-matching theme, remembered so "another verse" can stay on the same thread. */
  readonly themeId: string | undefined;
}
