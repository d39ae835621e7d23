/**
 * The browser half of the web widget, as the server sees it: the bundle to serve at
 * `/widget.js` and the demo page for `/`. The browser code itself starts at widget.ts and is
 * only ever reached through the bundle, never imported by server code.
 */
export {
  buildWidgetBundle,
  WIDGET_ENTRY,
  WIDGET_GZIP_BUDGET_BYTES,
  WidgetBuildError,
} from './build-bundle.ts';
export type { WidgetBundle } from './build-bundle.ts';
export { DEMO_PAGE_HTML, demoPageHtml } from './demo-page.ts';
export type { DemoPageOptions } from './demo-page.ts';
