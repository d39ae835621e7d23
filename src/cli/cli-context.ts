/**
 * What every CLI command shares: settings read once, a logger on stderr (stdout belongs to the
 * answers), start-up progress on stderr, and one clear line when something is wrong.
 */
import { loadConfig, type Config } from '../config/index.ts';
import { createLogger, type Logger } from '../logger/index.ts';

export interface CliContext {
  readonly config: Config;
  readonly logger: Logger;
  readonly progress: (line: string) => void;
}

export function createCliContext(options: { quiet?: boolean; server?: boolean } = {}): CliContext {
  const config = loadConfig();
  const logger = createLogger({
    // The terminal is for the conversation; only problems are logged unless asked for more.
    // A server logs its requests and lifecycle.
    level: config.logLevel ?? (options.server === true ? 'info' : 'warn'),
    format: config.logFormat,
    production: config.mode === 'production',
    fd: 2,
  });
  return {
    config,
    logger,
    progress: (line) => {
      if (options.quiet !== true) process.stderr.write(`· ${line}\n`);
    },
  };
}
