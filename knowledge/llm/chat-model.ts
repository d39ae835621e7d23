/**
 * The one place that talks to the model provider: LangChain's ChatOpenAI against OpenAI or any
 * OpenAI-compatible server (Ollama, vLLM, LM Studio). Its own retries are off (`maxRetries: 0`):
 * ours, in resilience.ts, know the answer's deadline. JSON output is requested; the parser
 * still copes when a server ignores the request.
 */
import type { BaseMessage } from '@langchain/core/messages';
import { ChatOpenAI } from '@langchain/openai';

/** What the composer needs from a chat model: a whole completion, or its text as it streams. */
export interface ChatModelPort {
  complete(messages: readonly BaseMessage[], signal: AbortSignal): Promise<string>;
  stream(messages: readonly BaseMessage[], signal: AbortSignal): Promise<AsyncIterable<string>>;
}

export interface LlmSettings {
  readonly apiKey: string | undefined;
  /** An OpenAI-compatible server, e.g. http://127.0.0.1:11434/v1; default OpenAI's. */
  readonly baseUrl: string | undefined;
  readonly model: string;
  readonly temperature: number;
  readonly maxTokens: number;
  readonly timeoutMs: number;
  readonly breakerFailures: number;
  readonly breakerCooldownMs: number;
}

export const DEFAULT_LLM_MODEL = 'gpt-4o-mini';

const JSON_OUTPUT = { response_format: { type: 'json_object' as const } };

function textOf(content: unknown): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  return content
    .map((block: unknown) =>
      typeof block === 'object' &&
      block !== null &&
      'text' in block &&
      typeof block.text === 'string'
        ? block.text
        : '',
    )
    .join('');
}

export function createChatModel(settings: LlmSettings): ChatModelPort {
  const model = new ChatOpenAI({
    model: settings.model,
    // Local servers need no key, but the client insists on one.
    apiKey: settings.apiKey ?? 'not-needed',
    temperature: settings.temperature,
    maxTokens: settings.maxTokens,
    maxRetries: 0,
    // Some compatible servers reject `stream_options.include_usage`; we do not need usage.
    streamUsage: false,
    ...(settings.baseUrl === undefined ? {} : { configuration: { baseURL: settings.baseUrl } }),
  });
  return {
    async complete(messages, signal) {
      const message = await model.invoke([...messages], { ...JSON_OUTPUT, signal });
      return textOf(message.content);
    },
    async stream(messages, signal) {
      const chunks = await model.stream([...messages], { ...JSON_OUTPUT, signal });
      return (async function* texts() {
        for await (const chunk of chunks) {
          const text = textOf(chunk.content);
          if (text !== '') yield text;
        }
      })();
    },
  };
}

/** Host (and port) of the provider, for /privacy: "api.openai.com" or "127.0.0.1:11434". */
export function providerHost(baseUrl: string | undefined): string {
  if (baseUrl === undefined) return 'api.openai.com';
  try {
    return new URL(baseUrl).host;
  } catch {
    return baseUrl;
  }
}
