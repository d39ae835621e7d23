/**
 * The classifier's one failure site: its training data. Messages name the file and line, never
 * the text on it.
 */

/** A training file is missing, unreadable, or has a line that does not match the schema. */
export class SafetyTrainingDataError extends Error {
  readonly path: string;

  constructor(path: string, detail: string, options?: { cause?: unknown }) {
    super(`safety training data ${path}: ${detail}`, options);
    this.name = 'SafetyTrainingDataError';
    this.path = path;
  }
}
