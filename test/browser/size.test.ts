import { gunzipSync, gzipSync } from 'node:zlib';
import { buildWidgetBundle, WIDGET_GZIP_BUDGET_BYTES } from '../../channels/web/client/index.ts';

describe('the widget bundle', () => {
  it('builds as one minified script within the 25 KB gzipped budget', async () => {
    const started = performance.now();
    const bundle = await buildWidgetBundle();
    const ms = Math.round(performance.now() - started);
    // Printed so the figure is visible in every test run, not just asserted.
    process.stdout.write(
      `widget.js: ${bundle.code.length} bytes minified, ${bundle.gzipBytes} bytes gzipped ` +
        `(${((bundle.gzipBytes / WIDGET_GZIP_BUDGET_BYTES) * 100).toFixed(0)}% of ${WIDGET_GZIP_BUDGET_BYTES}), built in ${ms} ms\n`,
    );
    expect(bundle.gzipBytes).toBeLessThanOrEqual(WIDGET_GZIP_BUDGET_BYTES);
    expect(bundle.gzipBytes).toBe(gzipSync(bundle.code).byteLength);
    expect(gunzipSync(gzipSync(bundle.code)).toString()).toBe(bundle.code);
  });

  it('is a self-contained browser IIFE with no server code and no innerHTML', async () => {
    const { code } = await buildWidgetBundle();
    expect(code.startsWith('"use strict";(()=>{') || code.startsWith('(()=>{')).toBe(true);
    expect(code).not.toMatch(/\brequire\(|\bimport\(|["'`]node:|esbuild|process\.env/);
    expect(code).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(/);
    // The wire contract's routes are what the bundle calls.
    expect(code).toContain('/api/widget/messages');
    expect(code).toContain('/api/widget/session');
    expect(code).toContain('text/event-stream');
  });
});
