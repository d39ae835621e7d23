/**
 * Sentence boundaries for releasing model prose one checked sentence at a time. A sentence ends
 * at . ! ? or the Devanagari danda (।), with any closing quotes or brackets, once whitespace
 * follows — or at a line break. Boundaries inside a quotation do not count, so a quoted verse
 * is always checked whole. Each sentence keeps its trailing whitespace: joined, they give the
 * text back exactly.
 */

export interface SentenceScan {
  /** Complete sentences from the start offset, in order. */
  readonly sentences: readonly string[];
  /** Offset where the unfinished rest begins. */
  readonly end: number;
}

const TERMINAL = new Set(['.', '!', '?', '।', '॥']);
const CLOSING = new Set(['"', '”', '’', "'", ')', ']', '»']);

/** Complete sentences of `text` from `start`; the rest waits for more text (or `final`). */
export function scanSentences(text: string, start = 0, final = false): SentenceScan {
  const sentences: string[] = [];
  let sentenceStart = start;
  let inStraight = false;
  let curlyDepth = 0;
  let i = start;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '\n') {
      let end = i + 1;
      while (end < text.length && /\s/u.test(text[end]!)) end++;
      sentences.push(text.slice(sentenceStart, end));
      sentenceStart = end;
      inStraight = false;
      curlyDepth = 0;
      i = end;
      continue;
    }
    const wasQuoted = inStraight || curlyDepth > 0;
    if (ch === '"') inStraight = !inStraight;
    else if (ch === '“' || ch === '«') curlyDepth++;
    else if ((ch === '”' || ch === '»') && curlyDepth > 0) curlyDepth--;
    const quoted = inStraight || curlyDepth > 0;
    // A quotation that closes a sentence: `… "Do not cling." Then …`.
    if (wasQuoted && !quoted && i > 0 && TERMINAL.has(text[i - 1]!)) {
      let end = i + 1;
      if (end < text.length && /[ \t]/u.test(text[end]!)) {
        while (end < text.length && /[ \t]/u.test(text[end]!)) end++;
        if (end < text.length && text[end] === '\n') {
          i = end;
          continue;
        }
        sentences.push(text.slice(sentenceStart, end));
        sentenceStart = end;
        i = end;
        continue;
      }
    }
    if (TERMINAL.has(ch) && !quoted) {
      let end = i + 1;
      while (end < text.length && CLOSING.has(text[end]!)) {
        if (text[end] === '"') inStraight = false;
        end++;
      }
      if (end < text.length && /\s/u.test(text[end]!)) {
        while (end < text.length && /[ \t]/u.test(text[end]!)) end++;
        if (end < text.length && text[end] === '\n') {
          i = end;
          continue;
        }
        sentences.push(text.slice(sentenceStart, end));
        sentenceStart = end;
        i = end;
        continue;
      }
    }
    i++;
  }
  if (final && sentenceStart < text.length) {
    sentences.push(text.slice(sentenceStart));
    sentenceStart = text.length;
  }
  return { sentences, end: sentenceStart };
}

/** Every sentence of a finished text. */
export function splitSentences(text: string): string[] {
  return [...scanSentences(text, 0, true).sentences];
}
