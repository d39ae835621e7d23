/**
 * Markdown for Bot Framework messages (`textFormat: 'markdown'`, which Teams, Web Chat and the
 * Emulator render). User and corpus text is escaped so it shows exactly as written: a stray `*`
 * or `[x](y)` never turns into emphasis, a heading or a link.
 */

// CommonMark lets a backslash escape any ASCII punctuation; these are the ones that can start
// formatting, a link, an HTML tag or an entity anywhere in a line.
const INLINE_SPECIALS = /[\\`*_~[\]<>|&#]/gu;
// These only mean something at the start of a line: list items, setext underlines.
const LINE_START_MARKER = /^(\s*)([-+=])/u;
const LINE_START_ORDERED = /^(\s*\d+)([.)])/u;

export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n?/gu, '\n')
    .split('\n')
    .map((line) =>
      line
        .replace(INLINE_SPECIALS, '\\$&')
        .replace(LINE_START_MARKER, '$1\\$2')
        .replace(LINE_START_ORDERED, '$1\\$2'),
    )
    .join('\n');
}

/**
 * A fragment placed inside a line (a name in bold, a phone number after a colon): only the
 * inline specials matter there, and a newline would break the line it sits in.
 */
export function escapeInline(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/gu, ' ').replace(INLINE_SPECIALS, '\\$&');
}

/**
 * Markdown collapses a single newline into a space (Teams does; Web Chat does not), so each one
 * inside a paragraph becomes a hard break ("  \n"); blank lines stay paragraph breaks.
 */
export function withLineBreaks(markdown: string): string {
  return markdown
    .split(/\n{2,}/u)
    .map((paragraph) => paragraph.split('\n').join('  \n'))
    .join('\n\n');
}

/** Plain text as a Markdown message body: escaped, with its line breaks kept. */
export function markdownText(text: string): string {
  return withLineBreaks(escapeMarkdown(text));
}

/** `**text**`, escaped inside; empty text gives an empty string rather than stray asterisks. */
export function markdownBold(text: string): string {
  const trimmed = text.trim();
  return trimmed === '' ? '' : `**${escapeInline(trimmed)}**`;
}

/**
 * A link only for http(s) URLs; anything else (javascript:, data:, a malformed URL) is shown as
 * escaped text and never becomes clickable.
 */
export function markdownLink(label: string, url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return escapeInline(url);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return escapeInline(url);
  // URL serialization percent-encodes spaces and angle brackets; parentheses would end the link.
  const target = parsed.href.replace(/\(/gu, '%28').replace(/\)/gu, '%29');
  return `[${escapeInline(label)}](${target})`;
}
