export { createLogger } from './create-logger.ts';
export type { Logger, LoggerOptions } from './create-logger.ts';
export { REDACT_PATHS, REDACTED } from './redact-paths.ts';
