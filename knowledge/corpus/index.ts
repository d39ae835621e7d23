/**
 * The verified Gita corpus: sync pinned sources into corpus/data, verify them, load them.
 */
export { syncCorpus, DEFAULT_DOWNLOAD_TIMEOUT_MS } from './sync.ts';
export type {
  SyncCorpusOptions,
  SyncCorpusResult,
  SyncedFile,
  CorpusSyncProgress,
} from './sync.ts';
export { ensureCorpus } from './ensure.ts';
export type { EnsureCorpusResult } from './ensure.ts';
export { verifyCorpus } from './verify.ts';
export type {
  VerifyCorpusOptions,
  VerifyCorpusResult,
  VerifiedFile,
  CorpusProblem,
  CorpusProblemKind,
} from './verify.ts';
export { loadCorpus } from './load.ts';
export type { LoadCorpusOptions, LoadedCorpus } from './load.ts';
export { readManifest, manifestVersion, upstreamUrl } from './manifest.ts';
export type { Manifest, PinnedFile } from './manifest.ts';
export { resolveSource } from './source.ts';
export type { CorpusSource, CorpusSourceKind, CorpusSourceOrigin } from './source.ts';
export type { CorpusCounts } from './counts.ts';
export { NORMALIZED_FILE, STATE_FILE, corpusPaths, readSyncState } from './data-dir.ts';
export type { SyncState } from './data-dir.ts';
export { isCanonicalRef, formatRef, parseRef } from './refs.ts';
export {
  CorpusError,
  CorpusManifestError,
  CorpusSourceError,
  CorpusFileMissingError,
  CorpusDownloadError,
  CorpusChecksumError,
  CorpusParseError,
  CorpusCountError,
  CorpusFormatError,
  CorpusNotSyncedError,
} from './errors.ts';
export type { CorpusErrorCode, KnownBadFile } from './errors.ts';
export type {
  Corpus,
  VerseRecord,
  ChapterInfo,
  TranslatorInfo,
  TranslatorId,
  RightsStatus,
} from './types.ts';
