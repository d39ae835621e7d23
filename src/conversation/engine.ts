/**
 * The conversation engine: the one path every message takes (ARCHITECTURE.md). Channels call
 * `handle`; the engine never knows which channel it is talking to beyond the message's fields.
 */
import type { Knowledge } from '../../knowledge/index.ts';
import type { Logger } from '../logger/index.ts';
import type { InboundMessage } from '../messages/index.ts';
import type { Stores } from '../stores/index.ts';
import { TurnError } from './errors.ts';
import { runSteps, type Step } from './step.ts';
import { askKnowledge } from './steps/ask-knowledge.ts';
import { commands } from './steps/commands.ts';
import { dedupe } from './steps/dedupe.ts';
import { identify } from './steps/identify.ts';
import { lengthLimit } from './steps/length-limit.ts';
import { remember } from './steps/remember.ts';
import { safetyGate } from './steps/safety-gate.ts';
import { commandReply, type EngineReply, type Turn } from './turn.ts';
import { TROUBLE, wordingFor } from './wording.ts';

export interface HandleOptions {
  /** Answer without identifying the sender or remembering anything (e.g. evaluation lines). */
  readonly stateless?: boolean;
}

export interface ConversationEngine {
  handle(message: InboundMessage, options?: HandleOptions): Promise<EngineReply>;
}

export interface EngineDeps {
  readonly knowledge: Knowledge;
  readonly stores: Stores;
  readonly logger: Logger;
  readonly maxMessageLength: number;
  readonly defaultRegion?: string;
}

export function createConversationEngine(deps: EngineDeps): ConversationEngine {
  const { knowledge, stores, logger } = deps;
  const steps: Step[] = [
    dedupe(stores.processed),
    identify(stores.identities),
    safetyGate(knowledge, logger, { defaultRegion: deps.defaultRegion }),
    lengthLimit(deps.maxMessageLength),
    remember(stores.turns),
    commands(knowledge, stores.users),
  ];
  const run = runSteps(steps, askKnowledge(knowledge, { defaultRegion: deps.defaultRegion }));

  return {
    async handle(message, options = {}) {
      const turn: Turn = { message, stateless: options.stateless === true };
      try {
        const reply = await run(turn);
        if (turn.userId === undefined || reply.meta.userId !== undefined) return reply;
        return { ...reply, meta: { ...reply.meta, userId: turn.userId } };
      } catch (cause) {
        // A failure anywhere after the safety gate must still leave the person with words,
        // never silence; the log carries ids and the cause, not the message.
        const error = new TurnError('handle', ids(turn), { cause });
        logger.error({ err: error, ...error.ids }, 'turn failed');
        const safety = safeAssessment(knowledge, message.text);
        if (safety !== undefined) return safety;
        return commandReply(
          [{ type: 'text', text: TROUBLE[wordingFor(turn.language)] }],
          ['internal_error'],
        );
      }
    },
  };
}

function ids(turn: Turn) {
  return {
    channel: turn.message.channel,
    ...(turn.userId === undefined ? {} : { userId: turn.userId }),
    ...(turn.message.dedupeKey === undefined ? {} : { dedupeKey: turn.message.dedupeKey }),
  };
}

/** If storage failed before the gate ran, a person in crisis still gets the crisis reply. */
function safeAssessment(knowledge: Knowledge, text: string): EngineReply | undefined {
  try {
    const outcome = knowledge.assessSafety(text);
    if (!outcome.crisis) return undefined;
    return {
      parts: outcome.parts,
      meta: { safety: 'crisis', composer: 'safety', citations: [], retrieved: [], flags: [] },
    };
  } catch {
    return undefined;
  }
}
