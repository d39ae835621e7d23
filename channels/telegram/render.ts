/**
 * A Reply → the Telegram messages that carry it, in HTML parse mode. Pure: the adapter sends
 * what this returns, one API call per item.
 *
 * Parts are packed into as few messages as fit (Telegram allows about one message per second
 * per chat, so five parts as five messages would run into its rate limit); a message is cut
 * only between parts, or, for a part longer than a whole message, between its paragraphs, lines
 * or words. A verse card that does not fit is split between its fields, never altered.
 */
import type { Choice, Reply, Resource, VersePart } from '../../src/messages/index.ts';
import { escapeHtml, escapeHtmlAttribute } from './escape-html.ts';
import { splitText } from './split-text.ts';

/** Telegram's limit for one message's text (counted after entity parsing; we count the HTML). */
export const TELEGRAM_TEXT_LIMIT = 4096;
/** Telegram's limit for a button's callback data, in UTF-8 bytes. */
export const CALLBACK_DATA_LIMIT = 64;

export interface InlineButton {
  readonly text: string;
  readonly callback_data: string;
}

export interface InlineKeyboard {
  readonly inline_keyboard: ReadonlyArray<readonly InlineButton[]>;
}

export type TelegramOutgoing =
  | { readonly kind: 'text'; readonly html: string; readonly keyboard?: InlineKeyboard }
  | {
      readonly kind: 'document';
      readonly name: string;
      readonly mediaType: string;
      readonly bytes: Uint8Array;
      readonly keyboard?: InlineKeyboard;
    };

/**
 * One unit of a part. `html` is how it reads when it fits; `open + escape(raw) + close` is the
 * same content in a form that can be cut, used only for a unit longer than a whole message.
 */
interface Segment {
  readonly html: string;
  readonly open: string;
  readonly raw: string;
  readonly close: string;
}

const BETWEEN = '\n\n';

export function renderReply(reply: Reply, limit: number = TELEGRAM_TEXT_LIMIT): TelegramOutgoing[] {
  const outgoing: TelegramOutgoing[] = [];
  const buttons: InlineButton[] = [];
  let blocks: string[] = [];
  let length = 0;

  const flush = () => {
    if (blocks.length > 0) outgoing.push({ kind: 'text', html: blocks.join(BETWEEN) });
    blocks = [];
    length = 0;
  };
  const add = (block: string) => {
    const extra = blocks.length === 0 ? block.length : BETWEEN.length + block.length;
    if (length + extra > limit) return addToNew(block);
    blocks.push(block);
    length += extra;
  };
  const addToNew = (block: string) => {
    flush();
    blocks.push(block);
    length = block.length;
  };

  for (const part of reply.parts) {
    switch (part.type) {
      case 'text':
        // Telegram refuses an empty message; a blank part says nothing anyway.
        if (part.text.trim() !== '') for (const block of fit([plain(part.text)], limit)) add(block);
        break;
      case 'verse':
        for (const block of fit(verseSegments(part), limit)) add(block);
        break;
      case 'resources':
        for (const block of fit(part.resources.map(resourceSegment), limit)) add(block);
        break;
      case 'choices':
        buttons.push(...part.choices.flatMap(toButton));
        break;
      case 'file':
        flush();
        outgoing.push({
          kind: 'document',
          name: part.name,
          mediaType: part.mediaType,
          bytes: part.bytes,
        });
        break;
    }
  }
  flush();
  if (buttons.length === 0) return outgoing;

  // Quick replies ride on the last message, where the person's eyes end up.
  const keyboard: InlineKeyboard = { inline_keyboard: buttons.map((button) => [button]) };
  const last = outgoing.pop();
  if (last === undefined) {
    // Only choices: the buttons still need a message to sit on; their labels are its text.
    const [labels = ''] = splitText(buttons.map((button) => button.text).join(' · '), limit);
    return [{ kind: 'text', html: escapeHtml(labels), keyboard }];
  }
  outgoing.push({ ...last, keyboard });
  return outgoing;
}

/** The whole part as one block when it fits; otherwise its segments, cut further if needed. */
function fit(segments: readonly Segment[], limit: number): string[] {
  const whole = segments.map((segment) => segment.html).join(BETWEEN);
  if (whole.length <= limit) return [whole];
  return segments.flatMap((segment) => {
    if (segment.html.length <= limit) return [segment.html];
    const budget = limit - segment.open.length - segment.close.length;
    return splitText(segment.raw, budget).map(
      (raw) => segment.open + escapeHtml(raw) + segment.close,
    );
  });
}

function plain(text: string): Segment {
  return wrapped('', text, '');
}

function wrapped(open: string, raw: string, close: string): Segment {
  return { html: open + escapeHtml(raw) + close, open, raw, close };
}

/** Ref in bold, the Sanskrit, transliteration in italics, the translation, its translator. */
function verseSegments(verse: VersePart): Segment[] {
  return [
    wrapped('<b>', `Bhagavad Gita ${verse.ref}`, '</b>'),
    plain(verse.sanskrit),
    wrapped('<i>', verse.transliteration, '</i>'),
    // The translator's name stays with the translation it signs, even when the card is split.
    plain(`${verse.translation}${BETWEEN}— ${verse.translator}`),
  ];
}

/**
 * Telegram's HTML accepts only web and tg: links, so a `tel:` link is not possible; a plain
 * phone number is what Telegram's apps turn into a tappable one, so numbers stay plain text.
 */
function resourceSegment(resource: Resource): Segment {
  const heading = resource.hours === undefined ? '' : ` (${resource.hours})`;
  const lines: Array<{ html: string; plain: string }> = [
    {
      html: `<b>${escapeHtml(resource.name)}</b>${escapeHtml(heading)}`,
      plain: resource.name + heading,
    },
  ];
  if (resource.phone !== undefined) {
    lines.push({ html: `☎ ${escapeHtml(resource.phone)}`, plain: `☎ ${resource.phone}` });
  }
  if (resource.sms !== undefined) {
    lines.push({ html: `SMS ${escapeHtml(resource.sms)}`, plain: `SMS ${resource.sms}` });
  }
  if (resource.url !== undefined) {
    const link = /^https?:\/\//iu.test(resource.url)
      ? `<a href="${escapeHtmlAttribute(resource.url)}">${escapeHtml(resource.url)}</a>`
      : escapeHtml(resource.url);
    lines.push({ html: link, plain: resource.url });
  }
  return {
    html: lines.map((line) => line.html).join('\n'),
    open: '',
    raw: lines.map((line) => line.plain).join('\n'),
    close: '',
  };
}

const utf8 = new TextEncoder();

/**
 * A payload Telegram cannot carry (empty, or over 64 bytes) would make it refuse the whole
 * message, so such a button is left out rather than losing the reply.
 */
function toButton(choice: Choice): InlineButton[] {
  const bytes = utf8.encode(choice.payload).byteLength;
  if (bytes === 0 || bytes > CALLBACK_DATA_LIMIT || choice.label.trim() === '') return [];
  return [{ text: choice.label, callback_data: choice.payload }];
}
