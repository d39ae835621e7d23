import { startServer } from '../server/index.ts';
import type { CliContext } from './cli-context.ts';

/** `sarathi serve`: runs until SIGTERM or SIGINT, then shuts down gracefully. */
export async function runServe(context: CliContext): Promise<void> {
  const server = await startServer({
    config: context.config,
    logger: context.logger,
    onProgress: context.progress,
  });
  const stopped = new Promise<void>((resolve) => {
    const shutdown = (signal: NodeJS.Signals) => {
      context.logger.info({ signal }, 'signal received');
      void server.stop().then(resolve);
    };
    process.once('SIGTERM', shutdown);
    process.once('SIGINT', shutdown);
  });
  // Announced after the handlers are in place, so a SIGTERM sent on seeing it shuts down gracefully.
  process.stderr.write(`\nSarathi is listening on ${server.url}\n`);
  await stopped;
}
