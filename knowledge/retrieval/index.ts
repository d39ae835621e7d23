export { HybridRetriever } from './hybrid-retriever.ts';
export type {
  RetrievalResult,
  RetrieveOptions,
  RetrieverDeps,
  VectorSearch,
} from './hybrid-retriever.ts';
export { KeywordIndex } from './keyword-index.ts';
export type { KeywordHit } from './keyword-index.ts';
export { compareRefs, reciprocalRankFusion } from './rank-fusion.ts';
export type { FusedRef, RankedList } from './rank-fusion.ts';
export { ThemeMatcher } from './theme-matcher.ts';
export type { ThemeMatch, ThemeMatcherOptions } from './theme-matcher.ts';
export { contentTokens, normalizeText, tokenize } from './tokens.ts';
export type { Token } from './tokens.ts';
export { parseVerseReference } from './verse-reference.ts';
export { createVectorMirror } from './vector-mirror.ts';
export type { ChapterLengths, VerseReference } from './verse-reference.ts';
export type { WordVectors } from './word-vectors.ts';
