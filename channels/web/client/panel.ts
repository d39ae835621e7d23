/**
 * The widget's markup inside its shadow root: a launcher button and a non-modal chat dialog with
 * a polite live log, a status line (typing, connection problems) and the message form. Only
 * structure here; behaviour lives in the controller.
 */
import { el } from './dom.ts';
import { WIDGET_CSS } from './styles.ts';
import { WORDS } from './words.ts';

export interface PanelOptions {
  readonly title: string;
  readonly position: 'left' | 'right';
  readonly launcherText: string;
  readonly maxLength: number;
}

export interface Panel {
  readonly host: HTMLElement;
  readonly launcher: HTMLButtonElement;
  readonly dialog: HTMLElement;
  readonly log: HTMLElement;
  readonly status: HTMLElement;
  readonly form: HTMLFormElement;
  readonly input: HTMLTextAreaElement;
  readonly startOver: HTMLButtonElement;
  readonly close: HTMLButtonElement;
}

export function buildPanel(options: PanelOptions): Panel {
  const host = el('div', { id: 'sarathi-widget', 'data-sarathi': 'widget' });
  const shadow = host.attachShadow({ mode: 'open' });
  adoptStyles(shadow);

  const launcher = el(
    'button',
    {
      type: 'button',
      class: 'launcher',
      'aria-expanded': 'false',
      'aria-controls': 'sarathi-panel',
      'aria-haspopup': 'dialog',
    },
    [mark(), options.launcherText],
  );
  const startOver = el('button', { type: 'button', class: 'ghost' }, [WORDS.startOver]);
  startOver.setAttribute('aria-label', WORDS.startOverLabel);
  const close = el('button', { type: 'button', class: 'ghost', 'aria-label': WORDS.close }, ['✕']);
  const log = el('div', {
    class: 'log',
    role: 'log',
    'aria-live': 'polite',
    'aria-relevant': 'additions',
    'aria-label': WORDS.conversation,
    // Scrollable, so keyboard users must be able to reach it to scroll.
    tabindex: '0',
  });
  const status = el('div', { class: 'status', role: 'status' });
  const input = el('textarea', {
    id: 'sarathi-input',
    rows: '1',
    maxlength: String(options.maxLength),
    placeholder: WORDS.placeholder,
    autocomplete: 'off',
    enterkeyhint: 'send',
  });
  const form = el('form', { class: 'form' }, [
    el('label', { for: 'sarathi-input', class: 'sr' }, [WORDS.inputLabel]),
    input,
    el('button', { type: 'submit', class: 'send' }, [WORDS.send]),
  ]);
  const dialog = el(
    'div',
    {
      id: 'sarathi-panel',
      class: 'panel',
      role: 'dialog',
      'aria-labelledby': 'sarathi-title',
      'aria-describedby': 'sarathi-subtitle',
      lang: 'en',
      hidden: true,
    },
    [
      el('div', { class: 'head' }, [
        el('div', { class: 'titles' }, [
          el('h2', { id: 'sarathi-title' }, [options.title]),
          el('p', { id: 'sarathi-subtitle' }, [WORDS.subtitle]),
        ]),
        startOver,
        close,
      ]),
      log,
      status,
      form,
    ],
  );
  shadow.appendChild(
    el('div', { class: options.position === 'left' ? 'root left' : 'root', lang: 'en' }, [
      dialog,
      launcher,
    ]),
  );
  return { host, launcher, dialog, log, status, form, input, startOver, close };
}

/**
 * Constructable stylesheets are not subject to the host page's style-src CSP, which a <style>
 * element injected by script would be; the element is the fallback for older browsers.
 */
function adoptStyles(shadow: ShadowRoot): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(WIDGET_CSS);
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    shadow.appendChild(el('style', {}, [WIDGET_CSS]));
  }
}

/** A small chat-bubble mark; decorative, so hidden from assistive technology. */
function mark(): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('class', 'mark');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const path = document.createElementNS(ns, 'path');
  path.setAttribute('fill', 'currentColor');
  path.setAttribute(
    'd',
    'M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4H4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2zm3 6a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3zm5 0a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3zm5 0a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3z',
  );
  svg.appendChild(path);
  return svg;
}
