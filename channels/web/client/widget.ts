/// <reference lib="dom" />
/**
 * The bundle's entry: `<script src="https://HOST/widget.js" data-title="…" defer></script>` on
 * any page adds the Sarathi launcher and chat panel (settings.ts lists the data-* options).
 * Browser code only: nothing here may import server modules (esbuild, node:*), since everything
 * reachable from this file ends up in the bundle.
 */
import { mountWidget } from './mount-widget.ts';
import { readSettings } from './settings.ts';

// Read while this script runs: document.currentScript is null once execution has moved on.
const script =
  document.currentScript instanceof HTMLScriptElement
    ? document.currentScript
    : document.querySelector<HTMLScriptElement>('script[src*="widget.js"]');

const start = () => {
  // A page that includes the tag twice still gets one widget.
  if (document.querySelector('[data-sarathi="widget"]') !== null) return;
  mountWidget(readSettings(script, location.href));
};

if (document.body === null) document.addEventListener('DOMContentLoaded', start, { once: true });
else start();
