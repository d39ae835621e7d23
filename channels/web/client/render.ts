/**
 * One render function per reply part. Server text is placed with `textContent` only (see dom.ts),
 * links are built from parsed URLs with an allow-listed scheme, and verse cards show every field
 * exactly as given: ref, Sanskrit, transliteration, translation, translator.
 */
import type { WidgetPart, WidgetVerse } from '../protocol.ts';
import { el, srOnly } from './dom.ts';
import { WORDS } from './words.ts';

export interface Choice {
  readonly label: string;
  readonly payload: string;
}

export interface RenderContext {
  /** Resolves relative links (file downloads) against the Sarathi server, not the host page. */
  readonly apiBase: string;
  /** Chips are only live on the newest reply; older ones are not rendered. */
  readonly chipsLive: boolean;
  readonly onChoice: (choice: Choice) => void;
}

export function renderPart(part: WidgetPart, context: RenderContext): HTMLElement | undefined {
  try {
    return renderKnownPart(part, context);
  } catch {
    // A malformed part (from a newer or broken server, or tampered storage) is left out rather
    // than breaking the whole reply.
    return undefined;
  }
}

function renderKnownPart(part: WidgetPart, context: RenderContext): HTMLElement | undefined {
  switch (part.type) {
    case 'text':
      return el('p', { class: 'text', lang: langOf(part.text) }, [part.text]);
    case 'verse':
      return renderVerse(part);
    case 'choices':
      return context.chipsLive ? renderChoices(part.choices, context.onChoice) : undefined;
    case 'resources':
      return renderResources(part.resources);
    case 'file': {
      const href = safeUrl(part.url, context.apiBase);
      if (href === undefined) return undefined;
      return el('p', { class: 'text' }, [
        el('a', { href, download: part.name }, [WORDS.download(part.name)]),
      ]);
    }
    default:
      // A part type from a newer server: skip it rather than show something half-rendered.
      return undefined;
  }
}

export function renderVerse(verse: WidgetVerse): HTMLElement {
  return el('article', { class: 'verse' }, [
    el('h3', { class: 'ref' }, [WORDS.verse(verse.ref)]),
    el('p', { class: 'sa', lang: 'sa' }, [verse.sanskrit]),
    el('p', { class: 'tl', lang: 'sa-Latn' }, [
      srOnly(`${WORDS.transliteration}: `),
      verse.transliteration,
    ]),
    el('blockquote', { class: 'tn', lang: langOf(verse.translation) }, [verse.translation]),
    el('p', { class: 'by' }, [`— ${verse.translator}`]),
  ]);
}

export function renderChoices(
  choices: readonly Choice[],
  onChoice: (choice: Choice) => void,
): HTMLElement {
  return el(
    'div',
    { class: 'chips', role: 'group', 'aria-label': WORDS.suggestions },
    choices.map((choice) => {
      const button = el('button', { type: 'button', class: 'chip', lang: langOf(choice.label) }, [
        choice.label,
      ]);
      button.addEventListener('click', () => onChoice(choice));
      return button;
    }),
  );
}

type Resource = Extract<WidgetPart, { type: 'resources' }>['resources'][number];

export function renderResources(resources: readonly Resource[]): HTMLElement {
  return el('section', { class: 'help', 'aria-label': WORDS.resourcesHeading }, [
    el('h3', {}, [WORDS.resourcesHeading]),
    el(
      'ul',
      {},
      resources.map((resource) => {
        const phone = dialable(resource.phone);
        const sms = dialable(resource.sms);
        const url = resource.url === undefined ? undefined : safeUrl(resource.url, undefined);
        return el('li', {}, [
          el('strong', {}, [resource.name]),
          el('span', { class: 'region' }, [regionName(resource.region)]),
          el('span', { class: 'links' }, [
            phone !== undefined &&
              el('a', { href: `tel:${phone}` }, [WORDS.call(resource.phone ?? phone)]),
            sms !== undefined && el('a', { href: `sms:${sms}` }, [WORDS.text(resource.sms ?? sms)]),
            url !== undefined &&
              el('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, [
                WORDS.website,
                srOnly(` (${resource.name}, opens in a new tab)`),
              ]),
          ]),
        ]);
      }),
    ),
  ]);
}

/** Digits and a leading plus only, so a number can never smuggle in another scheme. */
export function dialable(number: string | undefined): string | undefined {
  if (number === undefined) return undefined;
  const digits = number.replace(/[^\d+]/g, '').replace(/(?!^)\+/g, '');
  return /\d{2,}/.test(digits) ? digits : undefined;
}

/**
 * An absolute https URL (or http on a local development host); anything else — javascript:,
 * data:, a malformed string — is refused. Relative URLs resolve against `base` when given.
 */
export function safeUrl(url: string, base: string | undefined): string | undefined {
  let parsed: URL;
  try {
    parsed = base === undefined ? new URL(url) : new URL(url, base);
  } catch {
    return undefined;
  }
  if (parsed.protocol === 'https:') return parsed.href;
  if (parsed.protocol === 'http:' && /^(localhost|127\.0\.0\.1|\[::1\])$/.test(parsed.hostname)) {
    return parsed.href;
  }
  return undefined;
}

/** "IN" → "India" in the page's language where the browser can say so; the code otherwise. */
export function regionName(region: string): string {
  if (region === 'INTL') return WORDS.international;
  try {
    return new Intl.DisplayNames(['en'], { type: 'region' }).of(region) ?? region;
  } catch {
    return region;
  }
}

/** Hindi replies and translations are marked so screen readers switch voice. */
export function langOf(text: string): string | undefined {
  return /[\u0900-\u097F]/.test(text) ? 'hi' : undefined;
}
