/**
 * The widget's Server-Sent Events carry an LLM answer as it is made: checked sentences as
 * `text-delta` events, then the final text part and the verse cards from the corpus. The
 * OpenAI streaming API is faked by nock; the widget server is real.
 */
import { randomUUID } from 'node:crypto';
import nock from 'nock';
import type { LlmSettings } from '../../../knowledge/index.ts';
import { openTestEngine, type TestEngine } from '../../helpers/engine.ts';
import {
  answering,
  COMPLETIONS,
  contextRefs,
  modelReply,
  OPENAI,
  streamBody,
} from '../../knowledge/llm/openai-fixtures.ts';
import {
  sendAndRead,
  sessionToken,
  startWidgetServer,
  type WidgetServer,
} from './widget-server.ts';

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
let widget: WidgetServer;

beforeAll(async () => {
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
  test = await openTestEngine({ knowledge: { llm: SETTINGS } });
  widget = await startWidgetServer(test.engine, {}, 0, true);
}, 60_000);

afterAll(async () => {
  await widget.close();
  await test.close();
  nock.cleanAll();
  nock.enableNetConnect();
  nock.restore();
});

it('streams checked sentences, then the final text, the verse card and done', async () => {
  let ref = '';
  nock(OPENAI)
    .post(COMPLETIONS)
    .reply(
      200,
      answering((body) => {
        ref = contextRefs(body)[0]!;
        return streamBody(modelReply([ref], 'Exams can feel like a storm. One step at a time.'));
      }),
      { 'content-type': 'text/event-stream' },
    );
  const token = await sessionToken(widget.url);
  const reply = await sendAndRead(widget.url, token, {
    id: randomUUID(),
    text: 'I feel anxious about my exam results',
  });
  expect(reply.status).toBe(200);
  // A first message: the welcome, then the answer's sentences, its text, card and choices.
  expect(reply.events.map((event) => event.type)).toEqual([
    'part',
    'text-delta',
    'text-delta',
    'part',
    'part',
    'part',
    'done',
  ]);
  expect(reply.events.slice(1, 3)).toEqual([
    { type: 'text-delta', text: 'Exams can feel like a storm. ' },
    { type: 'text-delta', text: 'One step at a time.' },
  ]);
  expect(reply.events[3]).toEqual({
    type: 'part',
    part: { type: 'text', text: 'Exams can feel like a storm. One step at a time.' },
  });
  expect(reply.events[4]).toMatchObject({ type: 'part', part: { type: 'verse', ref } });
  expect(nock.pendingMocks()).toEqual([]);
});
