/**
 * The OpenAI HTTP API as it really answers (chat.completion objects, and chat.completion.chunk
 * events over SSE ending in `data: [DONE]`), for nock. Also reads the verses our prompt gave the
 * model, so a test can answer with refs that were (or were not) in its context.
 */
export const OPENAI = 'https://api.openai.com';
export const COMPLETIONS = '/v1/chat/completions';

let sequence = 0;

export function completion(content: string, model = 'gpt-4o-mini-2024-07-18') {
  sequence++;
  return {
    id: `chatcmpl-test${sequence}`,
    object: 'chat.completion',
    created: 1_764_000_000 + sequence,
    model,
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content, refusal: null, annotations: [] },
        logprobs: null,
        finish_reason: 'stop',
      },
    ],
    usage: {
      prompt_tokens: 812,
      completion_tokens: 96,
      total_tokens: 908,
      prompt_tokens_details: { cached_tokens: 0, audio_tokens: 0 },
      completion_tokens_details: { reasoning_tokens: 0, audio_tokens: 0 },
    },
    service_tier: 'default',
    system_fingerprint: 'fp_test',
  };
}

/** The SSE body of a streamed completion, `content` cut into pieces of about `size` characters. */
export function streamBody(content: string, size = 7): string {
  sequence++;
  const base = {
    id: `chatcmpl-test${sequence}`,
    object: 'chat.completion.chunk',
    created: 1_764_000_000 + sequence,
    model: 'gpt-4o-mini-2024-07-18',
    service_tier: 'default',
    system_fingerprint: 'fp_test',
  };
  const chunk = (delta: object, finish: string | null) =>
    `data: ${JSON.stringify({ ...base, choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }] })}\n\n`;
  let body = chunk({ role: 'assistant', content: '', refusal: null }, null);
  for (let i = 0; i < content.length; i += size) {
    body += chunk({ content: content.slice(i, i + size) }, null);
  }
  body += chunk({}, 'stop');
  body += 'data: [DONE]\n\n';
  return body;
}

interface RequestBody {
  messages: Array<{ role: string; content: string }>;
  stream?: boolean;
}

/** The refs our prompt numbered as context ("[1] 2.47 — …"), in order. */
export function contextRefs(body: unknown): string[] {
  const system = (body as RequestBody).messages.find((message) => message.role === 'system');
  return [...(system?.content ?? '').matchAll(/^\[\d+\] (\d+\.\d+) — /gmu)].map((m) => m[1]!);
}

/** The translation our prompt gave for a ref. */
export function contextTranslation(body: unknown, ref: string): string {
  const system = (body as RequestBody).messages.find((message) => message.role === 'system');
  const line = (system?.content ?? '').split('\n').find((text) => text.includes(`] ${ref} — `));
  return line?.split(' — ').slice(1).join(' — ') ?? '';
}

export function modelReply(refs: string[], reply: string): string {
  return JSON.stringify({ refs, reply });
}

/**
 * A nock reply function from one that reads the parsed request body. nock 15 passes the Fetch
 * `Request` (a function of two parameters would be taken for the callback style).
 */
export function answering<T>(reply: (body: unknown) => T): (request: Request) => Promise<T> {
  return async (request) => reply(await request.json());
}
