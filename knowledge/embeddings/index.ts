// Local word-vector embeddings: no network, no configuration. See load-glove.ts.
export {
  DEFAULT_SOURCE_PATH,
  DEFAULT_VOCABULARY_SIZE,
  gloveCacheFileName,
  loadGloveEmbeddings,
} from './load-glove.ts';
export type { GloveCacheProgress, LoadGloveOptions } from './load-glove.ts';
export { GloveEmbeddings } from './glove-embeddings.ts';
export type { GloveModel, SentenceSettings } from './glove-embeddings.ts';
export { CacheInvalidError } from './cache-file.ts';
export { WinkSourceError } from './read-wink-source.ts';
export { tokenize } from './tokenize.ts';
export { createOpenAiEmbedder, openAiEmbedderId } from './openai-embedder.ts';
export type { OpenAiEmbeddingSettings, RemoteEmbedder } from './openai-embedder.ts';
