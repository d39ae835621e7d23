/**
 * `GET /widget.js` and `GET /`: the browser half's bundle and demo page, built once on first
 * use (esbuild, in memory) and served with validators so browsers revalidate cheaply. The URL
 * has no version in it (sites paste it once), so the cache lifetime is short.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { Request, Response } from 'express';
import type { ChannelLog } from '../channel.ts';

/** Where the bundle and demo page come from; tests and the server use the client's own. */
export interface WidgetAssets {
  bundle(): Promise<{ readonly code: string }>;
  demoPage(): string | Promise<string>;
}

/**
 * The browser half's own bundle and demo page. Imported lazily: the build pulls in esbuild (a
 * dev dependency), which a server that never serves `/widget.js` should not have to load.
 */
export function clientWidgetAssets(): WidgetAssets {
  const client = () => import('./client/index.ts');
  return {
    bundle: async () => (await client()).buildWidgetBundle(),
    demoPage: async () => (await client()).DEMO_PAGE_HTML,
  };
}

export const WIDGET_CACHE_CONTROL = 'public, max-age=300';

interface BuiltScript {
  readonly code: Buffer;
  readonly gzip: Buffer;
  readonly etag: string;
}

type Route = (req: Request, res: Response) => Promise<void>;

export interface AssetRoutes {
  readonly script: Route;
  readonly demoPage: Route;
  /** Starts the build early (at channel start) so the first visitor does not wait for it. */
  warm(): void;
}

export function assetRoutes(
  assets: WidgetAssets,
  logger: () => ChannelLog | undefined,
): AssetRoutes {
  let built: Promise<BuiltScript> | undefined;
  const build = (): Promise<BuiltScript> => {
    built ??= assets.bundle().then(
      ({ code }) => {
        const bytes = Buffer.from(code, 'utf8');
        const etag = `"${createHash('sha256').update(bytes).digest('base64url').slice(0, 27)}"`;
        return { code: bytes, gzip: gzipSync(bytes, { level: 9 }), etag };
      },
      (error: unknown) => {
        // Not cached: the next request tries the build again.
        built = undefined;
        throw error;
      },
    );
    return built;
  };

  async function script(req: Request, res: Response): Promise<void> {
    let bundle: BuiltScript;
    try {
      bundle = await build();
    } catch (error) {
      logger()?.error({ err: error, channel: 'web' }, 'widget bundle build failed');
      res.status(503).set('Retry-After', '5').type('text/plain').send('widget unavailable');
      return;
    }
    res.set({
      'Content-Type': 'text/javascript; charset=utf-8',
      'Cache-Control': WIDGET_CACHE_CONTROL,
      ETag: bundle.etag,
      Vary: 'Accept-Encoding',
    });
    if (req.fresh) {
      res.status(304).end();
      return;
    }
    if (req.acceptsEncodings('gzip') === 'gzip') {
      res.set('Content-Encoding', 'gzip').send(bundle.gzip);
      return;
    }
    res.send(bundle.code);
  }

  async function demoPage(_req: Request, res: Response): Promise<void> {
    const html = await assets.demoPage();
    res.set({ 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' }).send(html);
  }

  return {
    script,
    demoPage,
    warm() {
      build().catch((error: unknown) => {
        logger()?.warn({ err: error, channel: 'web' }, 'widget bundle not built yet');
      });
    },
  };
}
