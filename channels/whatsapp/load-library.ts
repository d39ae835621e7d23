/**
 * whatsapp-web.js (and puppeteer under it) takes about half a second to load, so it is loaded
 * on first use: servers without WhatsApp, the CLI and other channels' tests never pay for it.
 * The package is CommonJS and Node's ESM loader only sees `Client` as a named export, so the
 * whole module object is taken from `default`.
 */
import type WAWebJS from 'whatsapp-web.js';

export type WhatsAppWebLibrary = typeof WAWebJS;

let loading: Promise<WhatsAppWebLibrary> | undefined;

export function loadWhatsAppWeb(): Promise<WhatsAppWebLibrary> {
  loading ??= import('whatsapp-web.js').then((module) => module.default);
  return loading;
}
