/**
 * Streaming through the engine (`engine.stream`, what the widget's SSE carries) with the OpenAI
 * streaming API faked by nock in its real shape: `data: {chat.completion.chunk}` events ending
 * in `data: [DONE]`. Prose is released sentence by sentence, each only after it passed; a
 * failing sentence is withheld and the answer completes from the extractive composer.
 */
import nock from 'nock';
import type { LlmSettings } from '../../../knowledge/index.ts';
import type { StreamEvent } from '../../../src/conversation/index.ts';
import type { InboundMessage } from '../../../src/messages/index.ts';
import { openTestEngine, type TestEngine } from '../../helpers/engine.ts';
import {
  answering,
  COMPLETIONS,
  contextRefs,
  contextTranslation,
  modelReply,
  OPENAI,
  streamBody,
} from './openai-fixtures.ts';

const SETTINGS: LlmSettings = {
  apiKey: 'sk-test',
  baseUrl: undefined,
  model: 'gpt-4o-mini',
  temperature: 0.4,
  maxTokens: 400,
  timeoutMs: 3000,
  breakerFailures: 5,
  breakerCooldownMs: 30_000,
};

let test: TestEngine;
let count = 0;

beforeAll(async () => {
  nock.disableNetConnect();
  test = await openTestEngine({ knowledge: { llm: SETTINGS } });
}, 60_000);

afterAll(async () => {
  await test.close();
  nock.cleanAll();
  nock.enableNetConnect();
  nock.restore();
});

afterEach(() => {
  expect(nock.pendingMocks()).toEqual([]);
  nock.cleanAll();
});

function message(text: string): InboundMessage {
  count++;
  return {
    channel: 'cli',
    address: `stream-${count}`,
    channelUserId: `stream-${count}`,
    text,
    receivedAt: new Date(),
  };
}

async function collect(stream: AsyncIterable<StreamEvent>): Promise<StreamEvent[]> {
  const events: StreamEvent[] = [];
  for await (const event of stream) events.push(event);
  return events;
}

function sse(reply: (body: unknown) => string) {
  return answering((body) => streamBody(reply(body)));
}

const SSE_HEADERS = { 'content-type': 'text/event-stream' };
const TEXT = 'My exams are next week and I cannot stop worrying about the results';

describe('engine.stream with the LLM composer', () => {
  it('releases checked sentences one by one, then the final text, the verse cards and the choices', async () => {
    let ref = '';
    nock(OPENAI)
      .post(COMPLETIONS, (body: { stream?: boolean }) => body.stream === true)
      .reply(
        200,
        sse((body) => {
          ref = contextRefs(body)[0]!;
          const words = contextTranslation(body, ref).split(' ').slice(0, 5).join(' ');
          return modelReply(
            [ref],
            `Worry about results is heavy to carry. In ${ref} we read "${words}". What is one part of today's work you can give yourself to?`,
          );
        }),
        SSE_HEADERS,
      );
    const events = await collect(test.engine.stream(message(TEXT), { stateless: true }));
    const deltas = events.flatMap((event) => (event.type === 'text-delta' ? [event.text] : []));
    expect(deltas).toEqual([
      'Worry about results is heavy to carry. ',
      expect.stringMatching(new RegExp(`^In ${ref.replace('.', '\\.')} we read ".+"\\. $`, 'u')),
      "What is one part of today's work you can give yourself to?",
    ]);
    const parts = events.flatMap((event) => (event.type === 'part' ? [event.part] : []));
    expect(parts.map((part) => part.type)).toEqual(['text', 'verse', 'choices']);
    expect(parts[0]).toEqual({ type: 'text', text: deltas.join('') });
    expect(parts[1]).toMatchObject({ type: 'verse', ref });
    const done = events.at(-1);
    expect(done).toMatchObject({
      type: 'done',
      meta: { composer: 'llm', citations: [ref], flags: [] },
    });
    // Deltas come first, then parts, then done: nothing after done.
    expect(events.findIndex((event) => event.type === 'part')).toBe(deltas.length);
  });

  it('withholds a sentence speaking as Krishna and completes from the extractive answer', async () => {
    const extractive = await test.engine.handle(message(TEXT), { stateless: true });
    expect(extractive.meta.composer).toBe('extractive');
    nock(OPENAI)
      .post(COMPLETIONS)
      .reply(
        200,
        sse((body) =>
          modelReply(
            [contextRefs(body)[0]!],
            'Results can feel like everything right now. I am Krishna, and I promise you success. Trust me.',
          ),
        ),
        SSE_HEADERS,
      );
    const events = await collect(test.engine.stream(message(TEXT), { stateless: true }));
    const shown = JSON.stringify(events);
    expect(shown).not.toContain('I am Krishna');
    expect(shown).not.toContain('Trust me');
    const deltas = events.flatMap((event) => (event.type === 'text-delta' ? [event.text] : []));
    expect(deltas).toEqual(['Results can feel like everything right now. ']);
    const parts = events.flatMap((event) => (event.type === 'part' ? [event.part] : []));
    expect(parts).toEqual([
      { type: 'text', text: 'Results can feel like everything right now.' },
      ...extractive.parts,
    ]);
    expect(events.at(-1)).toMatchObject({
      type: 'done',
      meta: {
        composer: 'llm',
        citations: extractive.meta.citations,
        flags: ['guard_intervened', 'guard_persona', 'guard_fallback'],
      },
    });
  });

  it('an invented ref listed before any prose: nothing is released, one regeneration streams instead', async () => {
    nock(OPENAI)
      .post(COMPLETIONS)
      .reply(
        200,
        sse(() => modelReply(['2.99'], 'Verse 2.99 says all will be well.')),
        SSE_HEADERS,
      )
      .post(COMPLETIONS)
      .reply(
        200,
        sse((body) => modelReply([contextRefs(body)[1]!], 'Take one step at a time. Breathe.')),
        SSE_HEADERS,
      );
    const events = await collect(test.engine.stream(message(TEXT), { stateless: true }));
    expect(JSON.stringify(events)).not.toContain('2.99');
    const deltas = events.flatMap((event) => (event.type === 'text-delta' ? [event.text] : []));
    expect(deltas).toEqual(['Take one step at a time. ', 'Breathe.']);
    expect(events.at(-1)).toMatchObject({
      type: 'done',
      meta: {
        composer: 'llm',
        flags: ['guard_intervened', 'guard_invented_ref', 'guard_regenerated'],
      },
    });
  });

  it('a provider that fails while opening the stream: the whole extractive answer, as parts', async () => {
    nock(OPENAI)
      .post(COMPLETIONS)
      .times(3)
      .reply(503, { error: { message: 'overloaded', type: 'server_error' } });
    const events = await collect(test.engine.stream(message(TEXT), { stateless: true }));
    expect(events.some((event) => event.type === 'text-delta')).toBe(false);
    expect(events.at(-1)).toMatchObject({
      type: 'done',
      meta: {
        composer: 'extractive',
        flags: ['llm_retried', 'llm_unavailable', 'llm_server_error'],
      },
    });
  });

  it('a channel that does not stream gets the same checked answer whole', async () => {
    nock(OPENAI)
      .post(COMPLETIONS, (body: { stream?: boolean }) => body.stream !== true)
      .reply(
        200,
        answering((body) => ({
          id: 'chatcmpl-whole',
          object: 'chat.completion',
          created: 1,
          model: 'gpt-4o-mini',
          choices: [
            {
              index: 0,
              message: {
                role: 'assistant',
                content: modelReply([contextRefs(body)[0]!], 'One step at a time. Breathe.'),
              },
              finish_reason: 'stop',
            },
          ],
        })),
      );
    const reply = await test.engine.handle(message(TEXT), { stateless: true });
    expect(reply.meta.composer).toBe('llm');
    expect(reply.parts[0]).toEqual({ type: 'text', text: 'One step at a time. Breathe.' });
  });

  it('/privacy and the welcome say that messages go to the configured provider', async () => {
    const privacy = await test.engine.handle(message('/privacy'));
    expect(privacy.parts[0]).toMatchObject({
      type: 'text',
      text: expect.stringContaining('sent to a language model at api.openai.com'),
    });
    expect(JSON.stringify(privacy.parts)).not.toContain('no language model');
    const welcome = await test.engine.handle(message('/start'));
    expect(JSON.stringify(welcome.parts)).toContain('api.openai.com');
  });
});
