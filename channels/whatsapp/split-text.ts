/**
 * Cuts text that is longer than one WhatsApp message into pieces at the gentlest boundary that
 * fits: a blank line, then a line break, then a space; a hard cut only for one unbroken run
 * longer than the limit. Only the whitespace at a cut is dropped; nothing else is lost or
 * reordered.
 */
const BOUNDARIES = ['\n\n', '\n', ' '] as const;

export function splitText(text: string, maxLength: number): string[] {
  if (text.length <= maxLength) return [text];
  for (const boundary of BOUNDARIES) {
    const cut = text.lastIndexOf(boundary, maxLength - boundary.length);
    if (cut > 0) {
      const head = text.slice(0, cut);
      const rest = text.slice(cut + boundary.length);
      return [head, ...splitText(rest, maxLength)];
    }
  }
  // Never between the two halves of a surrogate pair (an emoji, a rare script).
  const code = text.charCodeAt(maxLength - 1);
  const at = code >= 0xd800 && code <= 0xdbff ? maxLength - 1 : maxLength;
  return [text.slice(0, at), ...splitText(text.slice(at), maxLength)];
}
