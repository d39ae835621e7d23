/**
 * Running a lexicon line over a message. A line whose first words are known (see
 * `first-words.ts`) is tried only where one of those words stands, with a sticky regex, instead
 * of at every position of the text: most lines open with a lookbehind or a long alternation,
 * and trying those at every word of every message is where the time went. A line whose start
 * cannot be read is scanned the ordinary way. Both find the same matches.
 */
import { compileWords, expandPattern } from './compile-pattern.ts';
import { firstWords } from './first-words.ts';

export interface WordPattern {
  /** For scanning the whole text. */
  readonly global: RegExp;
  /** For trying one position; present exactly when `starts` is. */
  readonly sticky?: RegExp;
  /** The words a match can start with. */
  readonly starts?: ReadonlySet<string>;
}

export function compileWordPattern(pattern: RegExp): WordPattern {
  const global = compileWords(pattern, { global: true });
  const starts = firstWords(expandPattern(pattern));
  if (starts === undefined) return { global };
  return { global, sticky: compileWords(pattern, { global: false, sticky: true }), starts };
}

/** Character offset of every token of the normalized text. */
export function tokenOffsets(tokens: readonly string[]): number[] {
  const offsets: number[] = [];
  let at = 0;
  for (const token of tokens) {
    offsets.push(at);
    at += token.length + 1;
  }
  return offsets;
}

/** Token index of a character offset: the number of spaces before it. */
function tokenIndex(text: string, offset: number): number {
  let count = 0;
  for (let i = 0; i < offset; i += 1) if (text.charCodeAt(i) === 32) count += 1;
  return count;
}

/**
 * Calls `visit` with each match (character span and the index of its first token) until
 * `visit` returns true. Matches are visited in order of their start.
 */
export function visitMatches(
  pattern: WordPattern,
  text: string,
  tokens: readonly string[],
  offsets: readonly number[],
  visit: (start: number, end: number, firstToken: number) => boolean,
): void {
  const { sticky, starts } = pattern;
  if (sticky !== undefined && starts !== undefined) {
    for (let i = 0; i < tokens.length; i += 1) {
      if (!starts.has(tokens[i] ?? '')) continue;
      const start = offsets[i] ?? 0;
      sticky.lastIndex = start;
      const m = sticky.exec(text);
      if (m === null || m[0].length === 0) continue;
      if (visit(start, start + m[0].length, i)) return;
    }
    return;
  }
  const regex = pattern.global;
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
    if (m[0].length === 0) {
      regex.lastIndex += 1;
      continue;
    }
    if (visit(m.index, m.index + m[0].length, tokenIndex(text, m.index))) return;
  }
}
