/**
 * Embeddings from OpenAI, or any OpenAI-compatible embeddings endpoint, through LangChain's
 * OpenAIEmbeddings. The id names the model, so its vectors get their own Chroma collection and
 * never mix with the local word vectors (switching re-indexes by itself).
 */
import { OpenAIEmbeddings } from '@langchain/openai';

export interface OpenAiEmbeddingSettings {
  readonly apiKey: string | undefined;
  readonly baseUrl: string | undefined;
  readonly model: string;
  /** A query slower than this is given up (the vector signal is then skipped for that message). */
  readonly queryTimeoutMs?: number;
}

export interface RemoteEmbedder {
  /** Part of every collection name: "openai-<model>". */
  readonly id: string;
  embedTexts(texts: readonly string[]): Promise<Array<ArrayLike<number> | undefined>>;
  embedQuery(text: string): Promise<Float32Array | undefined>;
}

export function openAiEmbedderId(model: string): string {
  return `openai-${model}`;
}

export function createOpenAiEmbedder(settings: OpenAiEmbeddingSettings): RemoteEmbedder {
  const embeddings = new OpenAIEmbeddings({
    model: settings.model,
    apiKey: settings.apiKey ?? 'not-needed',
    maxRetries: 1,
    ...(settings.baseUrl === undefined ? {} : { configuration: { baseURL: settings.baseUrl } }),
  });
  const queryTimeoutMs = settings.queryTimeoutMs ?? 3_000;
  return {
    id: openAiEmbedderId(settings.model),
    embedTexts: async (texts) => embeddings.embedDocuments([...texts]),
    embedQuery: async (text) => {
      // LangChain's embedQuery takes no signal: the race bounds how long an answer waits.
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<undefined>((resolve) => {
        timer = setTimeout(() => resolve(undefined), queryTimeoutMs);
      });
      try {
        const vector = await Promise.race([embeddings.embedQuery(text), late]);
        return vector === undefined ? undefined : Float32Array.from(vector);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
