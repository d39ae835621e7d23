/**
 * A Reply → the WhatsApp messages that carry it. Parts are packed into as few messages as the
 * length limit allows (every message costs a slot in the send governor), cut only between
 * parts; a verse card stays whole in one message unless it alone exceeds the limit, and then it
 * is split between its fields, never truncated. All text is escaped for WhatsApp markup; our own
 * framing uses `*bold*` and `_italic_`. Choices become a numbered list ("Reply 1 for …"), and the
 * choices are returned so the adapter can map a typed number back to its payload. A file becomes
 * a document message.
 */
import type {
  Choice,
  ChoicesPart,
  FilePart,
  Reply,
  Resource,
  VersePart,
} from '../../src/messages/index.ts';
import { escapeWhatsApp } from './escape.ts';
import { splitText } from './split-text.ts';

/** Far below WhatsApp's own ceiling: long messages are cut at part boundaries instead. */
export const MAX_MESSAGE_LENGTH = 4096;

export type WhatsAppOutgoing =
  | { readonly kind: 'text'; readonly text: string }
  | {
      readonly kind: 'document';
      readonly name: string;
      readonly mediaType: string;
      readonly bytes: Uint8Array;
    };

export interface RenderedReply {
  readonly messages: readonly WhatsAppOutgoing[];
  /** Every choice offered, in the order numbered (1-based in the text). */
  readonly choices: readonly Choice[];
}

const PART_GAP = '\n\n';

export function renderReply(reply: Reply, maxLength = MAX_MESSAGE_LENGTH): RenderedReply {
  const messages: WhatsAppOutgoing[] = [];
  const choices: Choice[] = [];
  let current = '';
  const flush = () => {
    if (current !== '') messages.push({ kind: 'text', text: current });
    current = '';
  };
  const add = (pieces: readonly string[]) => {
    const whole = pieces.join(PART_GAP);
    const joined = current === '' ? whole : `${current}${PART_GAP}${whole}`;
    if (joined.length <= maxLength) {
      current = joined;
      return;
    }
    flush();
    if (whole.length <= maxLength) {
      current = whole;
      return;
    }
    for (const piece of packPieces(pieces, maxLength)) {
      flush();
      current = piece;
    }
  };

  for (const part of reply.parts) {
    switch (part.type) {
      case 'text':
        add([escapeWhatsApp(part.text)]);
        break;
      case 'verse':
        add(renderVerse(part));
        break;
      case 'choices':
        if (part.choices.length === 0) break;
        add([renderChoices(part, choices.length + 1)]);
        choices.push(...part.choices);
        break;
      case 'resources':
        if (part.resources.length === 0) break;
        add([part.resources.map(renderResource).join('\n')]);
        break;
      case 'file':
        flush();
        messages.push(renderFile(part));
        break;
    }
  }
  flush();
  return { messages, choices };
}

/** The card's fields, each a candidate boundary should the card ever exceed one message. */
function renderVerse(verse: VersePart): string[] {
  return [
    `*Bhagavad Gita ${escapeWhatsApp(verse.ref)}*\n${escapeWhatsApp(verse.sanskrit)}`,
    italicLines(verse.transliteration),
    `${escapeWhatsApp(verse.translation)}\n— ${escapeWhatsApp(verse.translator)}`,
  ];
}

/** WhatsApp spans do not cross line breaks, so each line is set in italics on its own. */
function italicLines(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const [, lead = '', core = '', trail = ''] = /^(\s*)(.*?)(\s*)$/su.exec(line) ?? [];
      return core === '' ? line : `${lead}_${escapeWhatsApp(core)}_${trail}`;
    })
    .join('\n');
}

const DEVANAGARI = /[\u0900-\u097f]/u;

function renderChoices(part: ChoicesPart, firstNumber: number): string {
  return part.choices
    .map((choice, index) => {
      const number = firstNumber + index;
      const label = escapeWhatsApp(choice.label);
      return DEVANAGARI.test(choice.label)
        ? `*${number}* भेजें — ${label}`
        : `Reply *${number}* for ${label}`;
    })
    .join('\n');
}

function renderResource(resource: Resource): string {
  const ways = [
    present(resource.phone) ? escapeWhatsApp(resource.phone) : undefined,
    present(resource.sms) ? `SMS ${escapeWhatsApp(resource.sms)}` : undefined,
    present(resource.url) ? resource.url : undefined,
  ].filter((way) => way !== undefined);
  const hours = present(resource.hours) ? ` (${escapeWhatsApp(resource.hours)})` : '';
  const head = `• *${escapeWhatsApp(resource.name)}*${hours}`;
  return ways.length === 0 ? head : `${head}: ${ways.join(' · ')}`;
}

/** Helpline data may carry null or empty fields where a way of reaching them does not exist. */
function present(value: string | null | undefined): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

function renderFile(part: FilePart): WhatsAppOutgoing {
  return { kind: 'document', name: part.name, mediaType: part.mediaType, bytes: part.bytes };
}

/** Pieces of one oversized part, packed greedily; a piece longer than a message is split. */
function packPieces(pieces: readonly string[], maxLength: number): string[] {
  const packed: string[] = [];
  let current = '';
  for (const piece of pieces.flatMap((piece) => splitText(piece, maxLength))) {
    const joined = current === '' ? piece : `${current}${PART_GAP}${piece}`;
    if (joined.length <= maxLength) {
      current = joined;
    } else {
      packed.push(current);
      current = piece;
    }
  }
  if (current !== '') packed.push(current);
  return packed;
}
