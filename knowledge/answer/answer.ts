/**
 * What knowledge hands back to the engine (ARCHITECTURE.md, "Answer"): the parts to show plus
 * the facts the JSONL contract and metrics need.
 */
import type { ReplyPart } from '../../src/messages/index.ts';

export type AnswerFlag =
  'unknown_ref' | 'misuse_guard' | 'no_match' | 'vector_store_unavailable' | 'verse_card_rejected';

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
