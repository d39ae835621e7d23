/**
 * The LLM composer through the knowledge layer as the product boots it (real corpus, theme map
 * and retrieval), with nock standing in for the OpenAI HTTP API. Every case ends in a reply the
 * person may see, and asserts exactly which path made it: composer and flags.
 */
import nock from 'nock';
import type { Answer, GuardEvent, Knowledge, LlmSettings } from '../../../knowledge/index.ts';
import { openTestKnowledge } from '../../helpers/project.ts';
import {
  COMPLETIONS,
  completion,
  contextRefs,
  contextTranslation,
  modelReply,
  OPENAI,
  answering,
} from './openai-fixtures.ts';

const MESSAGE = 'I feel anxious about my exam results';

const SETTINGS: LlmSettings = {
  apiKey: 'sk-test',
  baseUrl: undefined,
  model: 'gpt-4o-mini',
  temperature: 0.4,
  maxTokens: 400,
  timeoutMs: 2500,
  breakerFailures: 2,
  breakerCooldownMs: 30_000,
};

/** A clock the breaker reads; tests move it instead of waiting. */
const clock = {
  offset: 0,
  now: () => performance.now() + clock.offset,
  sleep: (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
};

const events: GuardEvent[] = [];
let knowledge: Knowledge;
let close: () => Promise<void>;
let plain: Awaited<ReturnType<typeof openTestKnowledge>>;

beforeAll(async () => {
  nock.disableNetConnect();
  const opened = await openTestKnowledge({
    vectorStore: 'off',
    extra: {
      llm: SETTINGS,
      llmClock: clock,
      guardObserver: { onGuardEvent: (event) => events.push(event) },
    },
  });
  knowledge = opened.knowledge;
  close = opened.close;
  plain = await openTestKnowledge({ vectorStore: 'off' });
}, 60_000);

afterAll(async () => {
  await close();
  await plain.close();
  nock.cleanAll();
  nock.enableNetConnect();
  nock.restore();
});

beforeEach(() => {
  events.length = 0;
});

afterEach(() => {
  expect(nock.pendingMocks()).toEqual([]);
  nock.cleanAll();
});

function text(answer: Answer): string {
  return answer.parts.flatMap((part) => (part.type === 'text' ? [part.text] : [])).join('\n');
}

/** The answer the knowledge layer gives without any model, for comparison. */
function extractiveAnswer(): Promise<Answer> {
  return plain.knowledge.answer({ text: MESSAGE });
}

/** A good reply: relies on the first context verse and quotes its opening words exactly. */
function goodReply(body: unknown): string {
  const [ref] = contextRefs(body);
  const words = contextTranslation(body, ref!).split(' ').slice(0, 6).join(' ');
  return modelReply(
    [ref!],
    `Waiting for results can make the mind race ahead. In ${ref}, the Gita says "${words}". What would it feel like to do today's part and let the rest wait?`,
  );
}

describe('the LLM composer', () => {
  it('uses a good answer: the prose is the model’s, the verse cards come from the corpus', async () => {
    let asked: unknown;
    nock(OPENAI)
      .post(COMPLETIONS)
      .reply(
        200,
        answering((body) => {
          asked = body;
          return completion(goodReply(body));
        }),
      );
    const answer = await knowledge.answer({ text: MESSAGE });
    const [ref] = contextRefs(asked);
    expect(answer.composer).toBe('llm');
    expect(answer.flags).toEqual([]);
    expect(answer.citations).toEqual([ref]);
    expect(text(answer)).toContain(`In ${ref}, the Gita says`);
    const card = answer.parts.find((part) => part.type === 'verse');
    expect(card).toMatchObject({
      ref,
      translation: knowledge.corpus.get(ref!)!.translations['purohit'],
    });
    expect(answer.retrieved.slice(0, 5)).toEqual(contextRefs(asked).slice(0, 5));
    // JSON output was asked for, and the person's words went only in the human message.
    expect(asked).toMatchObject({ model: 'gpt-4o-mini', response_format: { type: 'json_object' } });
    expect(events).toEqual([{ type: 'checked' }]);
  });

  it('an invented ref (2.99) gets one corrective regeneration, and the corrected answer is used', async () => {
    let second: unknown;
    nock(OPENAI)
      .post(COMPLETIONS)
      .reply(200, () => completion(modelReply(['2.99'], 'Verse 2.99 says to let go of results.')))
      .post(COMPLETIONS)
      .reply(
        200,
        answering((body) => {
          second = body;
          return completion(goodReply(body));
        }),
      );
    const answer = await knowledge.answer({ text: MESSAGE });
    expect(answer.composer).toBe('llm');
    expect(answer.flags).toEqual(['guard_intervened', 'guard_invented_ref', 'guard_regenerated']);
    expect(answer.citations).not.toContain('2.99');
    const messages = (second as { messages: Array<{ role: string; content: string }> }).messages;
    expect(messages.at(-1)!.content).toContain('mentions a verse that does not exist');
    expect(messages.at(-2)).toMatchObject({ role: 'assistant' });
    expect(events).toEqual([
      { type: 'checked' },
      { type: 'violation', kind: 'invented_ref' },
      { type: 'regenerated' },
      { type: 'checked' },
    ]);
  });

  it('a real verse that was not retrieved, twice, ends in the extractive answer', async () => {
    const expected = await extractiveAnswer();
    let offTopic = '';
    nock(OPENAI)
      .post(COMPLETIONS)
      .times(2)
      .reply(
        200,
        answering((body) => {
          const given = new Set(contextRefs(body));
          offTopic = ['18.66', '4.7', '9.22', '11.32'].find((ref) => !given.has(ref))!;
          return completion(modelReply([offTopic], `Remember ${offTopic}: all will be well.`));
        }),
      );
    const answer = await knowledge.answer({ text: MESSAGE });
    expect(knowledge.corpus.get(offTopic)).toBeDefined();
    expect(answer.composer).toBe('extractive');
    expect(answer.flags).toEqual([
      'guard_intervened',
      'guard_ref_not_in_context',
      'guard_regenerated',
      'guard_fallback',
    ]);
    expect(answer.parts).toEqual(expected.parts);
    expect(events.filter((event) => event.type === 'fallback')).toEqual([
      { type: 'fallback', reason: 'guard' },
    ]);
  });

  it('a misquoted verse is never shown', async () => {
    const expected = await extractiveAnswer();
    nock(OPENAI)
      .post(COMPLETIONS)
      .times(2)
      .reply(
        200,
        answering((body) => {
          const [ref] = contextRefs(body);
          return completion(
            modelReply(
              [ref!],
              `As ${ref} puts it, "success will surely come to those who never stop worrying". Keep going.`,
            ),
          );
        }),
      );
    const answer = await knowledge.answer({ text: MESSAGE });
    expect(answer.composer).toBe('extractive');
    expect(answer.flags).toEqual([
      'guard_intervened',
      'guard_misquote',
      'guard_regenerated',
      'guard_fallback',
    ]);
    expect(text(answer)).not.toContain('never stop worrying');
    expect(answer.parts).toEqual(expected.parts);
  });

  it('a reply speaking as Krishna is replaced', async () => {
    nock(OPENAI)
      .post(COMPLETIONS)
      .reply(
        200,
        answering((body) =>
          completion(
            modelReply(
              [contextRefs(body)[0]!],
              'I am Krishna, and I tell you: do not fear. As I, the Lord, have taught, act without attachment.',
            ),
          ),
        ),
      )
      .post(COMPLETIONS)
      .reply(
        200,
        answering((body) => completion(goodReply(body))),
      );
    const answer = await knowledge.answer({ text: MESSAGE });
    expect(answer.composer).toBe('llm');
    expect(answer.flags).toEqual(['guard_intervened', 'guard_persona', 'guard_regenerated']);
    expect(text(answer)).not.toMatch(/I am Krishna|As I, the Lord/);
  });

  it('a provider slower than the timeout: the extractive answer, before the provider would have answered', async () => {
    const expected = await extractiveAnswer();
    // The provider holds its answer 8 s (released early once the test has its answer).
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, 8_000);
      release = () => {
        clearTimeout(timer);
        resolve();
      };
    });
    nock(OPENAI)
      .post(COMPLETIONS)
      .reply(200, async (request: Request) => {
        const body: unknown = await request.json();
        await held;
        return completion(goodReply(body));
      });
    const started = performance.now();
    const answer = await knowledge.answer({ text: MESSAGE });
    const elapsed = performance.now() - started;
    release();
    expect(answer.composer).toBe('extractive');
    expect(answer.flags).toEqual(['llm_unavailable', 'llm_timeout']);
    expect(answer.parts).toEqual(expected.parts);
    // Not a speed assertion: the provider's reply was 8 s away, the answer came at the deadline.
    expect(elapsed).toBeLessThan(8_000);
    expect(events).toEqual([{ type: 'fallback', reason: 'timeout' }]);
  });

  it('a 500 is retried, and the retried answer is used', async () => {
    nock(OPENAI)
      .post(COMPLETIONS)
      .reply(500, { error: { message: 'The server had an error', type: 'server_error' } })
      .post(COMPLETIONS)
      .reply(
        200,
        answering((body) => completion(goodReply(body))),
      );
    const answer = await knowledge.answer({ text: MESSAGE });
    expect(answer.composer).toBe('llm');
    expect(answer.flags).toEqual(['llm_retried']);
    expect(events).toEqual([{ type: 'retry', kind: 'server_error' }, { type: 'checked' }]);
  });

  it('a 429 is retried after the retry-after the provider asked for', async () => {
    nock(OPENAI)
      .post(COMPLETIONS)
      .reply(
        429,
        { error: { message: 'Rate limit reached', type: 'requests', code: 'rate_limit_exceeded' } },
        { 'retry-after': '1' },
      )
      .post(COMPLETIONS)
      .reply(
        200,
        answering((body) => completion(goodReply(body))),
      );
    const started = performance.now();
    const answer = await knowledge.answer({ text: MESSAGE });
    expect(performance.now() - started).toBeGreaterThanOrEqual(990);
    expect(answer.composer).toBe('llm');
    expect(answer.flags).toEqual(['llm_retried']);
    expect(events[0]).toEqual({ type: 'retry', kind: 'rate_limited' });
  });

  it('a 429 asking for a wait past the deadline is not waited for', async () => {
    nock(OPENAI)
      .post(COMPLETIONS)
      .reply(
        429,
        { error: { message: 'Rate limit reached', type: 'requests' } },
        {
          'retry-after': '60',
        },
      );
    const answer = await knowledge.answer({ text: MESSAGE });
    expect(answer.composer).toBe('extractive');
    expect(answer.flags).toEqual(['llm_unavailable', 'llm_rate_limited']);
  });

  it('the breaker opens after repeated failures, skips the provider, and closes after a good probe', async () => {
    // Start from a success: earlier cases left failures on the count.
    nock(OPENAI)
      .post(COMPLETIONS)
      .reply(
        200,
        answering((body) => completion(goodReply(body))),
      );
    expect((await knowledge.answer({ text: MESSAGE })).composer).toBe('llm');
    events.length = 0;
    const failing = { error: { message: 'Bad gateway', type: 'server_error' } };
    // Two answers, each a first try and two retries: the threshold is two failed answers.
    nock(OPENAI).post(COMPLETIONS).times(6).reply(502, failing);
    for (let i = 0; i < 2; i++) {
      const answer = await knowledge.answer({ text: MESSAGE });
      expect(answer.flags).toEqual(['llm_retried', 'llm_unavailable', 'llm_server_error']);
    }
    expect(events.filter((event) => event.type === 'breaker')).toEqual([
      { type: 'breaker', state: 'open' },
    ]);
    // Open: no request at all (nock would refuse one), straight to the extractive answer.
    const skipped = await knowledge.answer({ text: MESSAGE });
    expect(skipped.composer).toBe('extractive');
    expect(skipped.flags).toEqual(['llm_unavailable', 'llm_breaker_open']);

    clock.offset += SETTINGS.breakerCooldownMs;
    nock(OPENAI)
      .post(COMPLETIONS)
      .times(2)
      .reply(
        200,
        answering((body) => completion(goodReply(body))),
      );
    const probe = await knowledge.answer({ text: MESSAGE });
    expect(probe.composer).toBe('llm');
    const after = await knowledge.answer({ text: MESSAGE });
    expect(after.composer).toBe('llm');
    expect(events.filter((event) => event.type === 'breaker')).toEqual([
      { type: 'breaker', state: 'open' },
      { type: 'breaker', state: 'half-open' },
      { type: 'breaker', state: 'closed' },
    ]);
  });
});
