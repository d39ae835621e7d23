/**
 * Cutting text that is too long for one Telegram message. The budget applies to the escaped
 * HTML (what we send), while cuts are made in the raw text, so an entity like `&amp;` is never
 * cut in half. Cuts prefer a paragraph break, then a line break, then a space; only a single
 * word longer than a whole message is cut mid-word. The whitespace at a cut is the only thing
 * dropped: the message boundary takes its place.
 */
import { escapeHtml } from './escape-html.ts';

function escapedCost(character: string): number {
  return escapeHtml(character).length;
}

export function escapedLength(text: string): number {
  return escapeHtml(text).length;
}

/** Splits `raw` so that each piece, once escaped, is at most `budget` UTF-16 units long. */
export function splitText(raw: string, budget: number): string[] {
  if (budget < 5) throw new RangeError(`a budget of ${budget} cannot hold an escaped character`);
  const pieces: string[] = [];
  let rest = raw;
  while (escapedLength(rest) > budget) {
    const fits = longestFittingPrefix(rest, budget);
    const cut = lastBoundary(rest.slice(0, fits)) ?? { end: fits, next: fits };
    pieces.push(rest.slice(0, cut.end));
    rest = rest.slice(cut.next);
  }
  if (rest !== '') pieces.push(rest);
  return pieces;
}

function longestFittingPrefix(text: string, budget: number): number {
  let cost = 0;
  let index = 0;
  while (index < text.length) {
    const next = cost + escapedCost(text.charAt(index));
    if (next > budget) break;
    cost = next;
    index++;
  }
  // Never separate the two halves of a surrogate pair (an emoji, a rare script character).
  const last = text.charCodeAt(index - 1);
  if (index > 1 && last >= 0xd800 && last <= 0xdbff) index--;
  return Math.max(index, 1);
}

function lastBoundary(window: string): { end: number; next: number } | undefined {
  // A paragraph or line break counts only in the second half, so no piece is a stub.
  const half = window.length / 2;
  const paragraph = window.lastIndexOf('\n\n');
  if (paragraph > half) return { end: paragraph, next: paragraph + 2 };
  const line = window.lastIndexOf('\n');
  if (line > half) return { end: line, next: line + 1 };
  const space = Math.max(window.lastIndexOf(' '), window.lastIndexOf('\n'));
  if (space > 0) return { end: space, next: space + 1 };
  return undefined;
}
