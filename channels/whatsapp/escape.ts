/**
 * WhatsApp has no escape character: `*bold*`, `_italic_`, `~strike~`, `` `code` `` and a
 * leading `> ` take effect wherever a person's or the corpus's text happens to contain them
 * (a Purohit translation opens with a stray `*`). Each marker is fenced with invisible WORD
 * JOINERs (U+2060) on both sides, so it can neither open nor close a span whichever way the app
 * classifies the joiner; the visible text is unchanged, character for character. Links are left
 * exactly as written, or they would stop working.
 */
export const WORD_JOINER = '\u2060';

const MARKER = /[*_~`]/gu;
const QUOTE_AT_LINE_START = /^([ \t]*)>/gmu;
const LINK = /https?:\/\/\S+/gu;

export function escapeWhatsApp(text: string): string {
  let escaped = '';
  let last = 0;
  for (const match of text.matchAll(LINK)) {
    escaped += fence(text.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  return escaped + fence(text.slice(last));
}

function fence(text: string): string {
  return text
    .replace(MARKER, (marker) => `${WORD_JOINER}${marker}${WORD_JOINER}`)
    .replace(QUOTE_AT_LINE_START, `$1${WORD_JOINER}>`);
}
