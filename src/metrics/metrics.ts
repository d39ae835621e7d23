/**
 * Prometheus metrics (prom-client), one registry per app so tests and multiple apps in one
 * process never share counters. Labels are low-cardinality facts — channel, outcome, category —
 * never user ids or text.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { GuardObserver } from '../../knowledge/index.ts';
import type { DeliveryObserver } from '../../channels/index.ts';
import type { EngineObserver } from '../conversation/index.ts';

/** Matches workers' `NudgeObserver` by shape, so metrics need not import workers/. */
export interface NudgeMetricsObserver {
  onScheduled(): void;
  onCancelled(): void;
  onOutcome(channel: string, outcome: string): void;
}

export interface Metrics {
  readonly registry: Registry;
  readonly engineObserver: EngineObserver;
  readonly deliveryObserver: DeliveryObserver;
  readonly nudgeObserver: NudgeMetricsObserver;
  readonly guardObserver: GuardObserver;
}

export function createMetrics(options: { defaultMetrics?: boolean } = {}): Metrics {
  const registry = new Registry();
  if (options.defaultMetrics !== false)
    collectDefaultMetrics({ register: registry, prefix: 'sarathi_' });
  const messages = new Counter({
    name: 'sarathi_messages_total',
    help: 'Messages handled, by channel and outcome (composer, duplicate, rate_limited, too_long, internal_error).',
    labelNames: ['channel', 'outcome'] as const,
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'sarathi_answer_seconds',
    help: 'Time from receiving a message to having its reply, by channel.',
    labelNames: ['channel'] as const,
    buckets: [0.005, 0.01, 0.02, 0.03, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const safetyEvents = new Counter({
    name: 'sarathi_safety_events_total',
    help: 'Crisis replies sent, by category and channel.',
    labelNames: ['category', 'channel'] as const,
    registers: [registry],
  });
  const sendFailures = new Counter({
    name: 'sarathi_send_failures_total',
    help: 'Outbound sends that failed, by channel and kind (retry, permanent, exhausted).',
    labelNames: ['channel', 'kind'] as const,
    registers: [registry],
  });
  const nudgeSchedules = new Counter({
    name: 'sarathi_nudge_schedules_total',
    help: 'Daily nudge schedulers created or updated (scheduled) and removed (cancelled).',
    labelNames: ['change'] as const,
    registers: [registry],
  });
  const nudges = new Counter({
    name: 'sarathi_nudges_total',
    help: 'Nudge jobs by channel ("none" before one is chosen) and outcome: sent, skipped_late, skipped_quiet, skipped_already, skipped_no_address, skipped_off, retried, failed, possible_duplicate.',
    labelNames: ['channel', 'outcome'] as const,
    registers: [registry],
  });
  const guardChecked = new Counter({
    name: 'sarathi_llm_answers_checked_total',
    help: 'Model outputs the citation guard and output check examined.',
    registers: [registry],
  });
  const guardViolations = new Counter({
    name: 'sarathi_llm_guard_violations_total',
    help: 'Problems the guard found in model outputs, by kind (invented_ref, ref_not_in_context, misquote, persona, unsafe, unparseable).',
    labelNames: ['kind'] as const,
    registers: [registry],
  });
  const guardRegenerations = new Counter({
    name: 'sarathi_llm_regenerations_total',
    help: 'Model outputs asked for again with a corrective instruction after a guard violation.',
    registers: [registry],
  });
  const llmFallbacks = new Counter({
    name: 'sarathi_llm_fallbacks_total',
    help: 'Answers that fell back to the extractive composer, by reason (guard, breaker_open, timeout, rate_limited, server_error, network, refused).',
    labelNames: ['reason'] as const,
    registers: [registry],
  });
  const llmRetries = new Counter({
    name: 'sarathi_llm_retries_total',
    help: 'Model calls retried, by the failure that caused the retry.',
    labelNames: ['kind'] as const,
    registers: [registry],
  });
  const breakerOpen = new Gauge({
    name: 'sarathi_llm_breaker_open',
    help: '1 while the LLM circuit breaker refuses calls (open or half-open), else 0.',
    registers: [registry],
  });
  breakerOpen.set(0);
  return {
    registry,
    nudgeObserver: {
      onScheduled: () => nudgeSchedules.inc({ change: 'scheduled' }),
      onCancelled: () => nudgeSchedules.inc({ change: 'cancelled' }),
      onOutcome: (channel, outcome) => nudges.inc({ channel, outcome }),
    },
    guardObserver: {
      onGuardEvent: (event) => {
        switch (event.type) {
          case 'checked':
            guardChecked.inc();
            break;
          case 'violation':
            guardViolations.inc({ kind: event.kind });
            break;
          case 'regenerated':
            guardRegenerations.inc();
            break;
          case 'fallback':
            llmFallbacks.inc({ reason: event.reason });
            break;
          case 'retry':
            llmRetries.inc({ kind: event.kind });
            break;
          case 'breaker':
            breakerOpen.set(event.state === 'closed' ? 0 : 1);
            break;
        }
      },
    },
    engineObserver: {
      onTurn: ({ channel, outcome, seconds }) => {
        messages.inc({ channel, outcome });
        latency.observe({ channel }, seconds);
      },
      onSafetyEvent: ({ categories, channel }) => {
        for (const category of categories) safetyEvents.inc({ category, channel });
      },
    },
    deliveryObserver: {
      onRetry: (channel) => sendFailures.inc({ channel, kind: 'retry' }),
      onFailure: (channel, kind) => sendFailures.inc({ channel, kind }),
    },
  };
}
