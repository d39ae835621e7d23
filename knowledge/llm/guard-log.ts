/**
 * The guard's log: counts only, never text, ids or refs' content. `/metrics` turns these into
 * counters (answers checked, violations by kind, fallbacks by reason, breaker state).
 */
import type { CitationViolationKind } from './citation-guard.ts';
import type { OutputViolationKind } from './output-check.ts';
import type { BreakerState, LlmFailureKind } from './resilience.ts';

export type ViolationKind = CitationViolationKind | OutputViolationKind | 'unparseable';

/** Why an answer came from the extractive composer although an LLM is configured. */
export type FallbackReason = 'guard' | 'breaker_open' | LlmFailureKind;

export type GuardEvent =
  | { readonly type: 'checked' }
  | { readonly type: 'violation'; readonly kind: ViolationKind }
  | { readonly type: 'regenerated' }
  | { readonly type: 'fallback'; readonly reason: FallbackReason }
  | { readonly type: 'retry'; readonly kind: LlmFailureKind }
  | { readonly type: 'breaker'; readonly state: BreakerState };

export interface GuardObserver {
  onGuardEvent(event: GuardEvent): void;
}
