/**
 * The conversation engine: the one path every message takes (ARCHITECTURE.md). Channels call
 * `handle` (or `stream`); the engine never knows which channel it is talking to beyond the
 * message's fields.
 */
import { performance } from 'node:perf_hooks';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Knowledge } from '../../knowledge/index.ts';
import { createDataKeys, createUserCipher, type MasterKeyRing } from '../crypto/index.ts';
import { createIdentityLinks } from '../identity/index.ts';
import { createJourneys, journeyLanguageFor, type JourneyCatalog } from '../journeys/index.ts';
import type { Logger } from '../logger/index.ts';
import type { InboundMessage } from '../messages/index.ts';
import { createReflections } from '../reflections/index.ts';
import type { ReminderScheduler } from '../reminders/index.ts';
import type { Stores } from '../stores/index.ts';
import { TurnError } from './errors.ts';
import type { EngineObserver } from './observer.ts';
import { SerialQueue } from './serial-queue.ts';
import { runSteps, type Step } from './step.ts';
import { askKnowledge } from './steps/ask-knowledge.ts';
import { commands } from './steps/commands.ts';
import { toEngineReply } from './steps/journey-command.ts';
import { dedupe } from './steps/dedupe.ts';
import { identify } from './steps/identify.ts';
import { lengthLimit } from './steps/length-limit.ts';
import { rateLimit } from './steps/rate-limit.ts';
import { remember } from './steps/remember.ts';
import { safetyGate } from './steps/safety-gate.ts';
import { createEventChannel } from './event-channel.ts';
import {
  commandReply,
  type EngineReply,
  type ReleasedEvent,
  type ReplyMeta,
  type Turn,
} from './turn.ts';
import { TROUBLE, wordingFor } from './wording.ts';

export interface HandleOptions {
  /** Answer without identifying the sender or remembering anything (e.g. evaluation lines). */
  readonly stateless?: boolean;
}

/**
 * What `stream` yields. Nothing is released before it passed the safety gate and (for verses)
 * came from the corpus; with the extractive composer the whole reply is ready at once, so every
 * part arrives together. The LLM composer releases prose sentence by sentence (`text-delta`),
 * each sentence after the output check and the citation guard passed it, then the final text
 * part (the same prose, which replaces the deltas) and the verse cards.
 */
export type StreamEvent = ReleasedEvent | { readonly type: 'done'; readonly meta: ReplyMeta };

export interface ConversationEngine {
  handle(message: InboundMessage, options?: HandleOptions): Promise<EngineReply>;
  stream(message: InboundMessage, options?: HandleOptions): AsyncIterable<StreamEvent>;
  /**
   * The day's journey card for a person, or `null` when they have no active journey (or have
   * finished it). The nudges worker calls this; `now` is the nudge's due time.
   */
  journeyDayReply(userId: string, now: Date): Promise<EngineReply | null>;
  /** Which journey day a nudge at `now` carries, or `null` (no active journey, or finished). */
  journeyDayOf(userId: string, now: Date): Promise<{ journeyId: string; day: number } | null>;
  /** One given day's card, rebuilt from the journey and the corpus (a pending widget nudge). */
  journeyDayCard(
    userId: string,
    day: { readonly journeyId: string; readonly day: number },
    now: Date,
  ): Promise<EngineReply | null>;
  /** Resolves when no turn is in flight (graceful shutdown waits on this). */
  drain(): Promise<void>;
}

export interface EngineDeps {
  readonly knowledge: Knowledge;
  readonly stores: Stores;
  /** Wrap the per-user data keys that seal reflections. */
  readonly masterKeys: MasterKeyRing;
  /** The journeys in corpus/journeys, already checked against the corpus. */
  readonly journeys: JourneyCatalog;
  readonly logger: Logger;
  readonly maxMessageLength: number;
  readonly defaultRegion?: string;
  /** Per-person message budget; none means unlimited. */
  readonly rateLimiter?: RateLimiterAbstract;
  readonly observer?: EngineObserver;
  /** Schedules daily nudges (BullMQ in workers/); absent when no queue runs. */
  readonly reminderScheduler?: ReminderScheduler;
}

export function createConversationEngine(deps: EngineDeps): ConversationEngine {
  const { knowledge, stores, logger, observer } = deps;
  const reflections = createReflections(
    stores.reflections,
    createUserCipher(createDataKeys(stores.dataKeys, deps.masterKeys)),
  );
  const journeys = createJourneys({ catalog: deps.journeys, store: stores.journeys, knowledge });
  const links = createIdentityLinks({ store: stores.links });
  const steps: Step[] = [
    dedupe(stores.processed),
    identify(stores.identities, stores.users),
    safetyGate(knowledge, logger, { defaultRegion: deps.defaultRegion, observer }),
    ...(deps.rateLimiter === undefined ? [] : [rateLimit(deps.rateLimiter, logger)]),
    lengthLimit(deps.maxMessageLength),
    remember(stores.turns),
    commands(knowledge, {
      stores,
      reflections,
      journeys,
      links,
      users: stores.users,
      reminders: stores.reminders,
      ...(deps.reminderScheduler === undefined ? {} : { scheduler: deps.reminderScheduler }),
    }),
  ];
  const run = runSteps(steps, askKnowledge(knowledge, { defaultRegion: deps.defaultRegion }));
  const queue = new SerialQueue();
  let inFlight = 0;
  let idle: (() => void)[] = [];

  async function answer(
    message: InboundMessage,
    options: HandleOptions,
    turn: Turn = { message, stateless: options.stateless === true },
  ): Promise<EngineReply> {
    try {
      const reply = await run(turn);
      if (turn.userId === undefined || reply.meta.userId !== undefined) return reply;
      return { ...reply, meta: { ...reply.meta, userId: turn.userId } };
    } catch (cause) {
      // A failure anywhere after the safety gate must still leave the person with words,
      // never silence; the log carries ids and the cause, not the message.
      const error = new TurnError('handle', ids(turn), { cause });
      // Whatever was released stays on screen; the apology follows it.
      turn.streamed = false;
      logger.error({ err: error, ...error.ids }, 'turn failed');
      const safety = safeAssessment(knowledge, message.text);
      if (safety !== undefined) return safety;
      return commandReply(
        [{ type: 'text', text: TROUBLE[wordingFor(turn.language)] }],
        ['internal_error'],
      );
    }
  }

  async function handle(
    message: InboundMessage,
    options: HandleOptions = {},
    turn?: Turn,
  ): Promise<EngineReply> {
    inFlight++;
    const started = performance.now();
    try {
      const reply = await queue.run(`${message.channel}:${message.channelUserId}`, () =>
        answer(message, options, turn),
      );
      observer?.onTurn?.({
        channel: message.channel,
        outcome: outcomeOf(reply),
        seconds: (performance.now() - started) / 1000,
      });
      return reply;
    } finally {
      inFlight--;
      if (inFlight === 0) {
        for (const resolve of idle) resolve();
        idle = [];
      }
    }
  }

  async function journeyContextOf(userId: string, now: Date) {
    const user = await stores.users.get(userId);
    if (user === undefined) return undefined;
    return {
      userId,
      now,
      timeZone: user.settings.timeZone,
      language: journeyLanguageFor(undefined, user.settings.locale),
    };
  }

  function asUserReply(reply: Parameters<typeof toEngineReply>[0], userId: string): EngineReply {
    const engineReply = toEngineReply(reply);
    return { ...engineReply, meta: { ...engineReply.meta, userId } };
  }

  return {
    handle: (message, options) => handle(message, options),
    stream(message, options = {}) {
      const events = createEventChannel<StreamEvent>();
      const turn: Turn = {
        message,
        stateless: options.stateless === true,
        release: (event) => events.push(event),
      };
      handle(message, options, turn).then(
        (reply) => {
          // Replies made all at once (commands, crisis, errors) were not released on the way.
          if (turn.streamed !== true) {
            for (const part of reply.parts) events.push({ type: 'part', part });
          }
          events.push({ type: 'done', meta: reply.meta });
          events.close();
        },
        (error: unknown) => events.fail(error),
      );
      return events;
    },
    async journeyDayReply(userId, now) {
      const context = await journeyContextOf(userId, now);
      const reply = context && (await journeys.dayReply(context));
      return reply === undefined ? null : asUserReply(reply, userId);
    },
    async journeyDayOf(userId, now) {
      const context = await journeyContextOf(userId, now);
      return (context && (await journeys.currentDay(context))) ?? null;
    },
    async journeyDayCard(userId, day, now) {
      const context = await journeyContextOf(userId, now);
      const reply = context && (await journeys.dayCardOf(context, day));
      return reply === undefined ? null : asUserReply(reply, userId);
    },
    drain: () =>
      inFlight === 0 ? Promise.resolve() : new Promise<void>((resolve) => idle.push(resolve)),
  };
}

function outcomeOf(reply: EngineReply): string {
  if (reply.meta.duplicate === true) return 'duplicate';
  for (const flag of ['rate_limited', 'too_long', 'internal_error'] as const) {
    if (reply.meta.flags.includes(flag)) return flag;
  }
  return reply.meta.composer;
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
