/**
 * Builds `widget.js` in memory with esbuild (server side only: nothing imports this from the
 * bundle's entry). Minified ES2020 in an IIFE, so it runs on any page without leaking globals.
 * Build once at start-up and serve the string; a build takes well under a second. The size is
 * measured at zlib's default level, as a server compressing on the fly would send it.
 */
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

export const WIDGET_ENTRY = path.join(import.meta.dirname, 'widget.ts');
/** The budget for the whole widget, gzipped. */
export const WIDGET_GZIP_BUDGET_BYTES = 25 * 1024;

export interface WidgetBundle {
  readonly code: string;
  readonly gzipBytes: number;
}

export class WidgetBuildError extends Error {
  constructor(cause: unknown) {
    super('the web widget bundle could not be built', { cause });
    this.name = 'WidgetBuildError';
  }
}

export async function buildWidgetBundle(): Promise<WidgetBundle> {
  let code: string;
  try {
    const result = await build({
      entryPoints: [WIDGET_ENTRY],
      bundle: true,
      minify: true,
      format: 'iife',
      target: 'es2020',
      platform: 'browser',
      write: false,
      legalComments: 'none',
      logLevel: 'silent',
    });
    code = result.outputFiles[0]?.text ?? '';
  } catch (error) {
    throw new WidgetBuildError(error);
  }
  if (code === '') throw new WidgetBuildError(new Error('esbuild produced no output'));
  return { code, gzipBytes: gzipSync(code).byteLength };
}
