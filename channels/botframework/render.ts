/**
 * A `Reply` → Bot Framework message activities, in order. Pure.
 *
 * - text: Markdown, every character of user and corpus text escaped;
 * - verse: an Adaptive Card (see verse-card.ts), joined to the message before it when it fits,
 *   so a reply arrives as a few messages rather than one per part;
 * - resources: a Markdown list with links;
 * - file: a Bot Framework chat cannot take our files, so a short note says one was not sent;
 * - choices: suggested actions on the last message (Teams: `imBack`, which is all it shows
 *   there; elsewhere `messageBack`, which carries the payload as `value.action` and shows the
 *   label), or a card with buttons when Teams could not show them all.
 */
import type { Choice, FilePart, Reply, Resource } from '../../src/messages/index.ts';
import { escapeInline, markdownBold, markdownLink, markdownText } from './markdown.ts';
import type { Attachment, CardAction, OutgoingActivity } from './protocol.ts';
import { verseCard } from './verse-card.ts';

export const TEAMS_CHANNEL_ID = 'msteams';
export const HERO_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.hero';
/** Teams shows at most three suggested actions. */
export const TEAMS_MAX_SUGGESTED_ACTIONS = 3;
/** Teams refuses messages over about 28 KB; this leaves room for the envelope the SDK adds. */
export const MAX_ACTIVITY_BYTES = 20_000;

export interface RenderOptions {
  /** The Bot Framework channel the conversation is on ("msteams", "webchat", "emulator"…). */
  readonly channelId?: string | undefined;
}

interface Draft {
  text?: string;
  readonly attachments: Attachment[];
  actions?: CardAction[];
}

export function renderReply(reply: Reply, options: RenderOptions = {}): OutgoingActivity[] {
  const drafts: Draft[] = [];
  const choices: Choice[] = [];
  for (const part of reply.parts) {
    switch (part.type) {
      case 'text':
        if (part.text.trim() === '') break;
        for (const chunk of splitForLimit(part.text)) {
          drafts.push({ text: markdownText(chunk), attachments: [] });
        }
        break;
      case 'verse': {
        const card = verseCard(part);
        const last = drafts.at(-1);
        if (last !== undefined && bytesOf(last) + bytesOf(card) <= MAX_ACTIVITY_BYTES) {
          last.attachments.push(card);
        } else {
          drafts.push({ attachments: [card] });
        }
        break;
      }
      case 'resources':
        drafts.push({ text: resourcesMarkdown(part.resources), attachments: [] });
        break;
      case 'file':
        drafts.push({ text: fileNote(part), attachments: [] });
        break;
      case 'choices':
        choices.push(...part.choices);
        break;
    }
  }
  if (choices.length > 0) addChoices(drafts, choices, options.channelId === TEAMS_CHANNEL_ID);
  return drafts.map(toActivity);
}

/**
 * Suggested actions belong on the newest message: clients only show them there, so choices
 * anywhere in a reply are offered once, after everything else.
 */
function addChoices(drafts: Draft[], choices: readonly Choice[], teams: boolean): void {
  const last = drafts.at(-1);
  if (last !== undefined && (!teams || choices.length <= TEAMS_MAX_SUGGESTED_ACTIONS)) {
    last.actions = choices.map(teams ? imBack : messageBack);
    return;
  }
  drafts.push({
    attachments: [
      { contentType: HERO_CARD_CONTENT_TYPE, content: { buttons: choices.map(messageBack) } },
    ],
  });
}

function imBack(choice: Choice): CardAction {
  return { type: 'imBack', title: choice.label, value: choice.payload };
}

function messageBack(choice: Choice): CardAction {
  return {
    type: 'messageBack',
    title: choice.label,
    displayText: choice.label,
    text: choice.payload,
    value: { action: choice.payload },
  };
}

function resourcesMarkdown(resources: readonly Resource[]): string {
  return resources
    .map((resource) => {
      const ways = [
        resource.phone === undefined ? '' : escapeInline(resource.phone),
        resource.sms === undefined ? '' : `SMS ${escapeInline(resource.sms)}`,
        resource.url === undefined ? '' : markdownLink(resource.url, resource.url),
      ].filter((way) => way !== '');
      const hours = resource.hours === undefined ? '' : ` (${escapeInline(resource.hours)})`;
      return `- ${markdownBold(resource.name)}: ${ways.join(' · ')}${hours}`;
    })
    .join('\n');
}

function fileNote(part: FilePart): string {
  return markdownText(
    `📎 ${part.name} (${formatBytes(part.bytes.byteLength)}) could not be attached: this chat does not take files.`,
  );
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * Text longer than one message allows is split at whitespace (never inside a word unless a
 * single word is itself too long), so nothing is cut off.
 */
function splitForLimit(text: string): string[] {
  if (utf8Bytes(markdownText(text)) <= MAX_ACTIVITY_BYTES) return [text];
  // Escaping at most doubles a character and a hard break adds two bytes per line.
  const budget = Math.floor(MAX_ACTIVITY_BYTES / 2) - 16;
  const chunks: string[] = [];
  let current = '';
  for (const token of text.split(/(\s+)/u)) {
    if (utf8Bytes(current) + utf8Bytes(token) <= budget) {
      current += token;
      continue;
    }
    if (current.trim() !== '') chunks.push(current.trim());
    let rest = token;
    while (utf8Bytes(rest) > budget) {
      const head = prefixWithin(rest, budget);
      chunks.push(head);
      rest = rest.slice(head.length);
    }
    current = rest;
  }
  if (current.trim() !== '') chunks.push(current.trim());
  return chunks;
}

/** The longest prefix within `budget` UTF-8 bytes that does not split a character. */
function prefixWithin(text: string, budget: number): string {
  let bytes = 0;
  let end = 0;
  for (const char of text) {
    bytes += utf8Bytes(char);
    if (bytes > budget) break;
    end += char.length;
  }
  return text.slice(0, end);
}

function bytesOf(value: unknown): number {
  return utf8Bytes(JSON.stringify(value));
}

function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

function toActivity(draft: Draft): OutgoingActivity {
  return {
    type: 'message',
    ...(draft.text === undefined ? {} : { text: draft.text, textFormat: 'markdown' as const }),
    ...(draft.attachments.length === 0
      ? {}
      : { attachments: draft.attachments, attachmentLayout: 'list' as const }),
    ...(draft.actions === undefined ? {} : { suggestedActions: { actions: draft.actions } }),
  };
}
