/**
 * A verse as an Adaptive Card. Every field goes into a `TextRun`, which hosts render as plain
 * text (no Markdown), so the corpus text reaches the person exactly as given: nothing escaped,
 * altered or cut.
 */
import type { VersePart } from '../../src/messages/index.ts';
import type { Attachment } from './protocol.ts';

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

// 1.2 brought RichTextBlock and is what Teams renders on every client, mobile included.
const CARD_VERSION = '1.2';

interface TextRunStyle {
  readonly weight?: 'bolder';
  readonly size?: 'medium' | 'small';
  readonly italic?: boolean;
  readonly isSubtle?: boolean;
}

export function verseCard(part: VersePart): Attachment {
  return {
    contentType: ADAPTIVE_CARD_CONTENT_TYPE,
    content: {
      type: 'AdaptiveCard',
      $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
      version: CARD_VERSION,
      body: [
        richText(`Bhagavad Gita ${part.ref}`, { weight: 'bolder', size: 'medium' }),
        richText(part.sanskrit),
        richText(part.transliteration, { italic: true }),
        richText(part.translation),
        richText(`— ${part.translator}`, { isSubtle: true, size: 'small' }),
      ],
    },
  };
}

function richText(text: string, style: TextRunStyle = {}) {
  return {
    type: 'RichTextBlock',
    inlines: [{ type: 'TextRun', text, ...style }],
  };
}
