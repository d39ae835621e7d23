import type { ProcessedInboundStore } from '../../stores/index.ts';
import type { Step } from '../step.ts';

/**
 * Step 1: a delivery already handled (same channel and dedupeKey, even before a restart) is not
 * handled again. The CLI sends no dedupeKey and is never deduplicated.
 */
export function dedupe(processed: ProcessedInboundStore): Step {
  return async function dedupeStep(turn, next) {
    const { channel, dedupeKey, receivedAt } = turn.message;
    if (dedupeKey === undefined) return next();
    const first = await processed.markFirstSeen(channel, dedupeKey, receivedAt);
    if (first) return next();
    return {
      parts: [],
      meta: {
        safety: 'none',
        composer: 'command',
        citations: [],
        retrieved: [],
        flags: ['duplicate'],
        duplicate: true,
      },
    };
  };
}
