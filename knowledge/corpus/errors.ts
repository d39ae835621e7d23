/**
 * One error class per way the corpus can fail. Every message is a single line that names the
 * file (never the scripture text), so the CLI can print `error.message` as it is. All extend
 * `CorpusError` so a caller can catch the family and branch on `instanceof` or `code`.
 */

export type CorpusErrorCode =
  | 'manifest'
  | 'source'
  | 'missing-file'
  | 'download'
  | 'checksum'
  | 'parse'
  | 'count'
  | 'format'
  | 'not-synced';

export class CorpusError extends Error {
  readonly code: CorpusErrorCode;

  constructor(code: CorpusErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'CorpusError';
    this.code = code;
  }
}

/** corpus/manifest.json is unreadable or does not match its schema. */
export class CorpusManifestError extends CorpusError {
  readonly path: string;

  constructor(path: string, detail: string, options?: { cause?: unknown }) {
    super('manifest', `corpus manifest ${path}: ${detail}`, options);
    this.name = 'CorpusManifestError';
    this.path = path;
  }
}

/** The requested source (a --from value or CORPUS_SOURCE) cannot be used at all. */
export class CorpusSourceError extends CorpusError {
  readonly source: string;

  constructor(source: string, detail: string, options?: { cause?: unknown }) {
    super('source', `corpus source ${source}: ${detail}`, options);
    this.name = 'CorpusSourceError';
    this.source = source;
  }
}

/** A pinned file is not where the source should have it (no such file, HTTP 404). */
export class CorpusFileMissingError extends CorpusError {
  readonly file: string;
  readonly location: string;

  constructor(file: string, location: string, options?: { cause?: unknown }) {
    super('missing-file', `${file}: not found at ${location}`, options);
    this.name = 'CorpusFileMissingError';
    this.file = file;
    this.location = location;
  }
}

/** A download failed for another reason than absence: HTTP status, timeout, network, size. */
export class CorpusDownloadError extends CorpusError {
  readonly file: string;
  readonly url: string;

  constructor(file: string, url: string, detail: string, options?: { cause?: unknown }) {
    super('download', `${file}: download from ${url} failed: ${detail}`, options);
    this.name = 'CorpusDownloadError';
    this.file = file;
    this.url = url;
  }
}

export interface KnownBadFile {
  readonly what: string;
  readonly reason: string;
}

/** A file's SHA-256 is not the pinned one. `knownBad` says what it is when we recognise it. */
export class CorpusChecksumError extends CorpusError {
  readonly file: string;
  readonly expected: string;
  readonly actual: string;
  readonly knownBad: KnownBadFile | undefined;

  constructor(file: string, expected: string, actual: string, knownBad?: KnownBadFile) {
    const what = knownBad === undefined ? '' : `: this is ${knownBad.what} (${knownBad.reason})`;
    super('checksum', `${file}: SHA-256 mismatch, expected ${expected}, got ${actual}${what}`);
    this.name = 'CorpusChecksumError';
    this.file = file;
    this.expected = expected;
    this.actual = actual;
    this.knownBad = knownBad;
  }
}

/** A file is not JSON, or not the shape upstream's files have. */
export class CorpusParseError extends CorpusError {
  readonly file: string;

  constructor(file: string, detail: string, options?: { cause?: unknown }) {
    super('parse', `${file}: ${detail}`, options);
    this.name = 'CorpusParseError';
    this.file = file;
  }
}

/** A count (chapters, verses, verses in a chapter, translations) is not the expected one. */
export class CorpusCountError extends CorpusError {
  readonly file: string;
  readonly what: string;
  readonly expected: number;
  readonly actual: number;

  constructor(file: string, what: string, expected: number, actual: number) {
    super('count', `${file}: expected ${expected} ${what}, found ${actual}`);
    this.name = 'CorpusCountError';
    this.file = file;
    this.what = what;
    this.expected = expected;
    this.actual = actual;
  }
}

/** Verified sources that normalization cannot read as we expect (a marker, a ref, a name). */
export class CorpusFormatError extends CorpusError {
  readonly file: string;
  readonly ref: string | undefined;

  constructor(file: string, ref: string | undefined, detail: string) {
    super('format', `${file}${ref === undefined ? '' : ` (${ref})`}: ${detail}`);
    this.name = 'CorpusFormatError';
    this.file = file;
    this.ref = ref;
  }
}

/** There is no usable normalized corpus to load: it was never synced or it is damaged. */
export class CorpusNotSyncedError extends CorpusError {
  readonly dataDir: string;

  constructor(dataDir: string, detail: string, options?: { cause?: unknown }) {
    super('not-synced', `corpus at ${dataDir}: ${detail}; run \`sarathi corpus sync\``, options);
    this.name = 'CorpusNotSyncedError';
    this.dataDir = dataDir;
  }
}
