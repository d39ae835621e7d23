/**
 * One log line per HTTP request: request id (also sent back as `x-request-id`), method, path
 * without the query, status and time taken — never headers or bodies. It replaces pino-http,
 * whose per-request child logger ran our redaction over the request on every message even
 * when nothing was logged, and whose default response serializer copied every header.
 */
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from '../logger/index.ts';

export interface RequestLogOptions {
  /** Requests not worth a line (health probes). */
  readonly ignore?: (req: Request) => boolean;
}

export function requestLog(logger: Logger, options: RequestLogOptions = {}) {
  return function logRequest(req: Request, res: Response, next: NextFunction): void {
    const id = randomUUID();
    res.setHeader('x-request-id', id);
    if (options.ignore?.(req) === true) {
      next();
      return;
    }
    const started = performance.now();
    const method = req.method;
    const path = req.originalUrl.split('?')[0];
    let logged = false;
    const done = (): void => {
      if (logged) return;
      logged = true;
      const status = res.statusCode;
      // A connection closed before the answer finished is worth knowing about too.
      const aborted = !res.writableFinished;
      const level = status >= 500 ? 'error' : aborted ? 'warn' : 'info';
      if (!logger.isLevelEnabled(level)) return;
      logger[level](
        {
          req: { id, method, url: path },
          res: { statusCode: status },
          responseTime: Math.round(performance.now() - started),
        },
        aborted ? 'request aborted' : status >= 500 ? 'request errored' : 'request completed',
      );
    };
    res.once('finish', done);
    res.once('close', done);
    next();
  };
}
