import { pino, type DestinationStream, type Logger } from 'pino';
import pretty from 'pino-pretty';
import type { LogLevel } from '../config/index.ts';
import { REDACT_PATHS, REDACTED } from './redact-paths.ts';

export type { Logger };

export interface LoggerOptions {
  readonly level?: LogLevel;
  /** `auto`: pretty when the destination is a terminal, JSON otherwise (always JSON in production). */
  readonly format?: 'json' | 'pretty' | 'auto';
  readonly production?: boolean;
  /** File descriptor to write to; 2 (stderr) keeps stdout clean for `sarathi ask --jsonl`. */
  readonly fd?: 1 | 2;
  /** A stream to write to instead (tests capture lines through this). */
  readonly stream?: DestinationStream;
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const level = options.level ?? 'info';
  const base = {
    level,
    redact: { paths: [...REDACT_PATHS], censor: REDACTED },
    base: { app: 'sarathi' },
  };
  if (options.stream !== undefined) return pino(base, options.stream);
  const fd = options.fd ?? 1;
  if (wantsPretty(options, fd)) {
    // Synchronous pretty printing: no worker thread to start, and nothing lost on exit.
    return pino(base, pretty({ destination: fd, sync: true, ignore: 'pid,hostname,app' }));
  }
  return pino(base, pino.destination({ fd, sync: false }));
}

function wantsPretty(options: LoggerOptions, fd: 1 | 2): boolean {
  if (options.production === true) return false;
  const format = options.format ?? 'auto';
  if (format !== 'auto') return format === 'pretty';
  const stream = fd === 1 ? process.stdout : process.stderr;
  return stream.isTTY;
}
