// The Chroma vector store: a local server for embedded mode, and the index the retriever uses.
export { startChromaServer, DEFAULT_CHROMA_BIN } from './chroma-server.ts';
export type { ChromaServer, ChromaServerOptions } from './chroma-server.ts';
export { createVectorIndex } from './vector-index.ts';
export type { VectorIndex, VectorIndexOptions } from './vector-index.ts';
export { collectionName } from './collection-name.ts';
export { ChromaStartError, VectorIndexUnavailableError } from './errors.ts';
export type { ChromaStartFailure } from './errors.ts';
export type {
  EnsureCollectionInput,
  EnsureCollectionResult,
  IndexEmbedder,
  IndexItem,
  ItemMetadata,
  VectorMatch,
} from './types.ts';
