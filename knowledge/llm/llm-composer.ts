/**
 * The LLM composer: warmer words around the same verified verses. The model writes prose and
 * names the refs it relies on; verse cards are built here from the corpus by ref, never from
 * the model's text. Every reply passes the citation guard and the output check; a failing one
 * gets one regeneration with a corrective instruction, then the extractive answer, which the
 * caller has already made (so falling back costs nothing).
 *
 * Streaming releases prose one sentence at a time, each only after it passed both checks. A
 * failing sentence is withheld and the answer completes from the extractive composer.
 */
import type { BaseMessage } from '@langchain/core/messages';
import type { ReplyPart, VersePart } from '../../src/messages/index.ts';
import type { Answer, AnswerFlag } from '../answer/answer.ts';
import {
  ACTIONS,
  buildVerseCard,
  CHOICE_LABELS,
  verseCardProblem,
  wordingLanguage,
  type ReplyLanguage,
  type VerseCardOptions,
} from '../compose/index.ts';
import type { Corpus } from '../corpus/types.ts';
import type { ChatModelPort } from './chat-model.ts';
import { checkReply, type GuardContext } from './citation-guard.ts';
import type { FallbackReason, GuardObserver, ViolationKind } from './guard-log.ts';
import { outputProblem } from './output-check.ts';
import { parseReply, type ParsedReply } from './parse-reply.ts';
import { answerMessages, correctionMessages, type ContextVerse } from './prompts.ts';
import {
  callWithRetries,
  CircuitBreaker,
  LlmUnavailableError,
  systemClock,
  type Clock,
  type RetryPolicy,
} from './resilience.ts';
import { splitSentences } from './sentences.ts';
import { StreamRun } from './stream-run.ts';

export interface LlmComposeInput {
  readonly text: string;
  readonly language: ReplyLanguage;
  /** Retrieved refs, best first. */
  readonly retrieved: readonly string[];
  /** Refs shown earlier in the conversation, newest first. */
  readonly earlier: readonly string[];
  /** The verified extractive answer to fall back on. */
  readonly fallback: Answer;
}

export type LlmStreamEvent =
  | { readonly type: 'text-delta'; readonly text: string }
  | { readonly type: 'part'; readonly part: ReplyPart };

export interface LlmComposerDeps {
  readonly model: ChatModelPort;
  readonly corpus: Corpus;
  readonly verseCards: VerseCardOptions;
  /** Budget for the model part of one answer: retries and regeneration included. */
  readonly timeoutMs: number;
  readonly breakerFailures: number;
  readonly breakerCooldownMs: number;
  readonly clock?: Clock;
  readonly retryPolicy?: RetryPolicy;
  readonly observer?: GuardObserver;
  /** Retrieved verses given to the model (default 5). */
  readonly contextSize?: number;
}

const EARLIER_IN_CONTEXT = 2;
const MAX_CARDS = 3;

interface Plan {
  readonly guard: GuardContext;
  readonly messages: BaseMessage[];
}

/** A model call's stream, opened and its first piece read (so opening errors can be retried). */
interface OpenedStream {
  readonly iterator: AsyncIterator<string>;
  readonly first: IteratorResult<string>;
  readonly cancel: () => void;
}

export class LlmComposer {
  readonly #deps: LlmComposerDeps;
  readonly #clock: Clock;
  readonly breaker: CircuitBreaker;

  constructor(deps: LlmComposerDeps) {
    this.#deps = deps;
    this.#clock = deps.clock ?? systemClock;
    this.breaker = new CircuitBreaker({
      failureThreshold: deps.breakerFailures,
      cooldownMs: deps.breakerCooldownMs,
      clock: this.#clock,
      onStateChange: (state) => this.#emit({ type: 'breaker', state }),
    });
  }

  async compose(input: LlmComposeInput): Promise<Answer> {
    if (!this.breaker.tryAcquire()) return this.#unavailable(input, 'breaker_open', []);
    const deadline = this.#deadline();
    const flags = new Set<AnswerFlag>();
    try {
      const plan = await this.#plan(input);
      let messages = plan.messages;
      for (let attempt = 1; attempt <= 2; attempt++) {
        let raw: string;
        try {
          raw = await callWithRetries((signal) => this.#deps.model.complete(messages, signal), {
            signal: deadline.signal,
            deadline: deadline.at,
            clock: this.#clock,
            ...(this.#deps.retryPolicy === undefined ? {} : { policy: this.#deps.retryPolicy }),
            onRetry: (reading) => {
              flags.add('llm_retried');
              this.#emit({ type: 'retry', kind: reading.kind });
            },
          });
          this.breaker.recordSuccess();
        } catch (error) {
          this.breaker.recordFailure();
          return this.#unavailable(input, failureKind(error), [...flags]);
        }
        this.#emit({ type: 'checked' });
        const parsed = parseReply(raw);
        const kinds = parsed === undefined ? ['unparseable' as const] : judge(parsed, plan.guard);
        if (parsed !== undefined && kinds.length === 0) {
          return this.#llmAnswer(input, parsed.reply, parsed.refs, [...flags]);
        }
        this.#violations(kinds, flags);
        if (attempt === 2) break;
        flags.add('guard_regenerated');
        this.#emit({ type: 'regenerated' });
        messages = [...plan.messages, ...(await correctionMessages(raw, kinds))];
      }
      this.#emit({ type: 'fallback', reason: 'guard' });
      return withFlags(input.fallback, [...flags, 'guard_fallback']);
    } finally {
      deadline.dispose();
    }
  }

  async *composeStream(input: LlmComposeInput): AsyncGenerator<LlmStreamEvent, Answer> {
    if (!this.breaker.tryAcquire()) {
      const answer = this.#unavailable(input, 'breaker_open', []);
      yield* partsOf(answer);
      return answer;
    }
    const deadline = this.#deadline();
    const flags = new Set<AnswerFlag>();
    let released = '';
    let stopped: { reason: FallbackReason } | undefined;
    try {
      const plan = await this.#plan(input);
      let messages = plan.messages;
      for (let attempt = 1; attempt <= 2 && stopped === undefined; attempt++) {
        let opened: OpenedStream;
        try {
          opened = await callWithRetries((signal) => this.#open(messages, signal), {
            signal: deadline.signal,
            deadline: deadline.at,
            clock: this.#clock,
            ...(this.#deps.retryPolicy === undefined ? {} : { policy: this.#deps.retryPolicy }),
            onRetry: (reading) => {
              flags.add('llm_retried');
              this.#emit({ type: 'retry', kind: reading.kind });
            },
          });
        } catch (error) {
          this.breaker.recordFailure();
          stopped = { reason: failureKind(error) };
          break;
        }
        this.#emit({ type: 'checked' });
        const run = new StreamRun(plan.guard);
        let kinds: ViolationKind[] = [];
        try {
          let next = opened.first;
          while (!next.done) {
            for (const event of run.push(next.value)) {
              if (event.type === 'violation') kinds = event.kinds;
              else {
                released += event.text;
                yield { type: 'text-delta', text: event.text };
              }
            }
            if (kinds.length > 0) break;
            next = await opened.iterator.next();
          }
          if (kinds.length === 0) {
            for (const event of run.finish()) {
              if (event.type === 'violation') kinds = event.kinds;
              else {
                released += event.text;
                yield { type: 'text-delta', text: event.text };
              }
            }
          }
          this.breaker.recordSuccess();
        } catch (error) {
          opened.cancel();
          this.breaker.recordFailure();
          stopped = { reason: failureKind(error, deadline.signal) };
          break;
        }
        if (kinds.length === 0) {
          const answer = this.#llmAnswer(input, released, run.refs, [...flags]);
          yield* partsOf(answer);
          return answer;
        }
        opened.cancel();
        this.#violations(kinds, flags);
        if (attempt === 2 || released !== '') {
          stopped = { reason: 'guard' };
          break;
        }
        flags.add('guard_regenerated');
        this.#emit({ type: 'regenerated' });
        messages = [...plan.messages, ...(await correctionMessages(run.raw, kinds))];
      }
    } finally {
      deadline.dispose();
    }
    const reason = stopped?.reason ?? 'guard';
    let answer: Answer;
    if (reason === 'guard') {
      this.#emit({ type: 'fallback', reason });
      answer = withFlags(input.fallback, [...flags, 'guard_fallback']);
    } else {
      answer = this.#unavailable(input, reason, [...flags]);
    }
    const completed = completeFromExtractive(released, answer);
    yield* partsOf(completed);
    return completed;
  }

  async #open(messages: BaseMessage[], deadline: AbortSignal): Promise<OpenedStream> {
    // Its own controller too, so a stream we abandon (a withheld sentence) is closed at once.
    const own = new AbortController();
    const signal = AbortSignal.any([deadline, own.signal]);
    const iterator = (await this.#deps.model.stream(messages, signal))[Symbol.asyncIterator]();
    const first = await iterator.next();
    return {
      iterator,
      first,
      cancel: () => {
        own.abort();
        void iterator.return?.().catch(() => undefined);
      },
    };
  }

  async #plan(input: LlmComposeInput): Promise<Plan> {
    const retrieved = input.retrieved.slice(0, this.#deps.contextSize ?? 5);
    const earlier = input.earlier
      .filter((ref) => !retrieved.includes(ref))
      .slice(0, EARLIER_IN_CONTEXT);
    const verses = this.#contextVerses(retrieved);
    const earlierVerses = this.#contextVerses(earlier);
    const allowed = new Set([...verses, ...earlierVerses].map((verse) => verse.ref));
    const messages = await answerMessages({
      message: input.text,
      language: input.language,
      verses,
      earlier: earlierVerses,
    });
    return { guard: { corpus: this.#deps.corpus, allowed }, messages };
  }

  #contextVerses(refs: readonly string[]): ContextVerse[] {
    return refs.flatMap((ref) => {
      const card = buildVerseCard(this.#deps.corpus, ref, this.#deps.verseCards);
      return card === undefined ? [] : [{ ref: card.ref, translation: card.translation }];
    });
  }

  #llmAnswer(
    input: LlmComposeInput,
    reply: string,
    refs: readonly string[],
    flags: readonly AnswerFlag[],
  ): Answer {
    const cards = this.#cards(refs);
    const labels = CHOICE_LABELS[wordingLanguage(input.language)];
    const citations = cards.map((card) => card.ref);
    const kept = input.fallback.flags.filter(
      (flag) => flag !== 'no_match' || citations.length === 0,
    );
    return {
      parts: [
        { type: 'text', text: reply.trim() },
        ...cards,
        {
          type: 'choices',
          choices: [
            { label: labels.another, payload: ACTIONS.anotherVerse },
            { label: labels.help, payload: ACTIONS.help },
          ],
        },
      ],
      citations,
      retrieved: input.fallback.retrieved,
      flags: [...new Set([...kept, ...flags])],
      composer: 'llm',
      themeId: input.fallback.themeId,
    };
  }

  #cards(refs: readonly string[]): VersePart[] {
    return refs.slice(0, MAX_CARDS).flatMap((ref) => {
      const card = buildVerseCard(this.#deps.corpus, ref, this.#deps.verseCards);
      // Built from the corpus a line above; checked anyway, as every card leaving knowledge is.
      if (card === undefined || verseCardProblem(this.#deps.corpus, card) !== undefined) return [];
      return [card];
    });
  }

  #unavailable(
    input: LlmComposeInput,
    reason: FallbackReason,
    flags: readonly AnswerFlag[],
  ): Answer {
    this.#emit({ type: 'fallback', reason });
    return withFlags(input.fallback, [...flags, 'llm_unavailable', `llm_${reason}` as AnswerFlag]);
  }

  #violations(kinds: readonly ViolationKind[], flags: Set<AnswerFlag>): void {
    flags.add('guard_intervened');
    for (const kind of kinds) {
      flags.add(`guard_${kind}` as AnswerFlag);
      this.#emit({ type: 'violation', kind });
    }
  }

  #deadline() {
    const controller = new AbortController();
    const timer = setTimeout(
      () => controller.abort(new LlmUnavailableError('timeout', undefined)),
      this.#deps.timeoutMs,
    );
    return {
      signal: controller.signal,
      at: this.#clock.now() + this.#deps.timeoutMs,
      dispose: () => clearTimeout(timer),
    };
  }

  #emit(event: Parameters<GuardObserver['onGuardEvent']>[0]): void {
    this.#deps.observer?.onGuardEvent(event);
  }
}

/** Violation kinds of a complete reply: citations, then each sentence's own problems. */
function judge(parsed: ParsedReply, guard: GuardContext): ViolationKind[] {
  const kinds: ViolationKind[] = checkReply(parsed, guard).map((violation) => violation.kind);
  for (const sentence of splitSentences(parsed.reply)) {
    const problem = outputProblem(sentence);
    if (problem !== undefined) kinds.push(problem);
  }
  return [...new Set(kinds)];
}

function failureKind(error: unknown, deadline?: AbortSignal): FallbackReason {
  if (deadline?.aborted === true) return 'timeout';
  if (error instanceof LlmUnavailableError) return error.kind;
  return 'network';
}

function withFlags(answer: Answer, flags: readonly AnswerFlag[]): Answer {
  return { ...answer, flags: [...new Set([...answer.flags, ...flags])] };
}

/** After released prose was cut short: that prose as its final text part, then the extractive answer. */
function completeFromExtractive(released: string, answer: Answer): Answer {
  if (released.trim() === '') return answer;
  return {
    ...answer,
    parts: [{ type: 'text', text: released.trim() }, ...answer.parts],
    composer: 'llm',
  };
}

function* partsOf(answer: Answer): Generator<LlmStreamEvent> {
  for (const part of answer.parts) yield { type: 'part', part };
}
