/**
 * One error class per way the safety module can fail. Messages name files and lexicon entries,
 * never what a person wrote.
 */

/** A lexicon line cannot be compiled (an unknown `@macro`, a broken pattern). A bug, found at load. */
export class SafetyLexiconError extends Error {
  constructor(detail: string, options?: { cause?: unknown }) {
    super(`safety lexicon: ${detail}`, options);
    this.name = 'SafetyLexiconError';
  }
}

/** The helplines file is missing, unreadable, or does not match its schema. */
export class HelplinesFileError extends Error {
  readonly path: string;

  constructor(path: string, detail: string, options?: { cause?: unknown }) {
    super(`helplines file ${path}: ${detail}`, options);
    this.name = 'HelplinesFileError';
    this.path = path;
  }
}
