export type ChromaStartFailure = 'binary-missing' | 'port-busy' | 'exited' | 'timeout';

/** The local Chroma server did not come up. `lastOutput` holds its last lines of output. */
export class ChromaStartError extends Error {
  override name = 'ChromaStartError';
  readonly reason: ChromaStartFailure;
  readonly lastOutput: readonly string[];

  constructor(
    reason: ChromaStartFailure,
    message: string,
    lastOutput: readonly string[],
    options?: { cause?: unknown },
  ) {
    const tail = lastOutput.length > 0 ? `\nlast output:\n  ${lastOutput.join('\n  ')}` : '';
    super(`${message}${tail}`, options);
    this.reason = reason;
    this.lastOutput = lastOutput;
  }
}

/**
 * The vector store cannot be reached (down, refusing connections, or too slow). Callers treat
 * it as "no vector signal" and carry on with their other signals.
 */
export class VectorIndexUnavailableError extends Error {
  override name = 'VectorIndexUnavailableError';
}
