/**
 * The HTTP face of Sarathi (Express 5): security headers, small JSON bodies, request logs
 * without bodies, health, readiness and metrics, then each channel's routes.
 */
import { randomUUID } from 'node:crypto';
import express, { type Express } from 'express';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import type { Registry } from 'prom-client';
import type { ChannelRegistry } from '../../channels/index.ts';
import type { Logger } from '../logger/index.ts';
import { requireOperatorToken } from './operator-auth.ts';
import { checkReadiness, type ReadinessCheck } from './readiness.ts';

export interface HttpAppOptions {
  readonly logger: Logger;
  readonly registry: Registry;
  readonly channels: ChannelRegistry;
  readonly readinessChecks: Record<string, ReadinessCheck | 'off'>;
  readonly operatorToken: string | undefined;
  readonly trustProxy: boolean;
  /** Set while shutting down: readiness fails so load balancers stop sending traffic. */
  readonly isShuttingDown: () => boolean;
}

export const JSON_BODY_LIMIT = '64kb';

export function createHttpApp(options: HttpAppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  if (options.trustProxy) app.set('trust proxy', true);
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          // The widget's script and its SSE stream come from this server; nothing else runs.
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          connectSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
        },
      },
      // The widget script is embedded by other sites; it must be loadable cross-origin.
      crossOriginResourcePolicy: { policy: 'cross-origin' },
    }),
  );
  app.use(
    pinoHttp({
      logger: options.logger,
      genReqId: (req, res) => {
        const id = randomUUID();
        res.setHeader('x-request-id', id);
        return id;
      },
      // Request bodies are never logged; health probes would only add noise.
      autoLogging: { ignore: (req) => req.url === '/health' || req.url === '/ready' },
      serializers: {
        req: (req: { id: unknown; method: string; url: string }) => ({
          id: req.id,
          method: req.method,
          url: req.url.split('?')[0],
        }),
      },
    }),
  );
  app.use(express.json({ limit: JSON_BODY_LIMIT }));

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });

  app.get('/ready', async (_req, res) => {
    if (options.isShuttingDown()) {
      res.status(503).json({ ready: false, checks: { server: 'shutting down' } });
      return;
    }
    const report = await checkReadiness(options.readinessChecks);
    res.status(report.ready ? 200 : 503).json(report);
  });

  app.get('/metrics', requireOperatorToken(options.operatorToken), async (_req, res) => {
    res.set('Content-Type', options.registry.contentType);
    res.send(await options.registry.metrics());
  });

  options.channels.mountAll(app);
  return app;
}
