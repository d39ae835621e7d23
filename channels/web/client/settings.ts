/**
 * What the embedding site chose, read from the script tag's data-* attributes:
 *   data-title     the panel's heading (default "Sarathi")
 *   data-launcher  the launcher button's text (default "Talk with Sarathi")
 *   data-position  "left" or "right" (default right)
 *   data-open      present (or "true") to start with the panel open
 * The API is always the script's own origin, so a site cannot point the widget elsewhere by
 * accident, and the widget works unchanged on any host page.
 */
import type { WidgetSettings } from './mount-widget.ts';
import { WORDS } from './words.ts';

export function readSettings(script: HTMLScriptElement | null, pageUrl: string): WidgetSettings {
  const data = script?.dataset ?? {};
  const src = script?.src !== undefined && script.src !== '' ? script.src : pageUrl;
  return {
    apiBase: apiBaseOf(src),
    title: nonEmpty(data['title']) ?? 'Sarathi',
    launcherText: nonEmpty(data['launcher']) ?? WORDS.launcherOpen,
    position: data['position']?.trim().toLowerCase() === 'left' ? 'left' : 'right',
    startOpen: data['open'] !== undefined && !/^(false|0|no)$/i.test(data['open'].trim()),
  };
}

/** The origin the script was served from: the widget's routes live at its root. */
export function apiBaseOf(scriptSrc: string): string {
  return new URL(scriptSrc).origin;
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed === undefined || trimmed === '' ? undefined : trimmed.slice(0, 80);
}
