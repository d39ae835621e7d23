/**
 * Which words a pattern can start with, read from its source. Running ~200 patterns over every
 * message costs tens of microseconds; most messages contain none of the words a given pattern
 * starts with, so an index from first word to patterns lets the gate run only the few that
 * could match. A pattern whose start cannot be read as whole words ("suicid[^ .]*", a leading
 * gap) is simply always run: the index only ever skips work, never a match.
 */

/** Letters, digits and Devanagari (by code point: a character class would split its marks). */
function isWordChar(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  return (
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x0900 && code <= 0x097f)
  );
}

interface Parsed {
  /** Words that certainly end where they end (a space follows). */
  readonly words: Set<string>;
  /** Words that end at the end of a group; whether they are whole depends on what follows. */
  readonly open: Set<string>;
  readonly end: number;
}

/** Parses `alt|alt|…` from `pos` up to a closing ")" or the end; undefined when unreadable. */
function parseAlternation(src: string, pos: number): Parsed | undefined {
  const words = new Set<string>();
  const open = new Set<string>();
  let i = pos;
  for (;;) {
    const alt = parseAlternative(src, i);
    if (alt === undefined) return undefined;
    for (const w of alt.words) words.add(w);
    for (const w of alt.open) open.add(w);
    i = skipToAlternativeEnd(src, alt.end);
    if (i < 0) return undefined;
    if (src[i] === '|') {
      i += 1;
      continue;
    }
    return { words, open, end: i };
  }
}

/**
 * The first element of one alternative: a literal word or a non-capturing group. A leading
 * lookbehind consumes nothing, so the words after it are the first words.
 */
function parseAlternative(src: string, start: number): Parsed | undefined {
  let pos = start;
  while (src.startsWith('(?<=', pos) || src.startsWith('(?<!', pos)) {
    pos = skipGroupEnd(src, pos);
    if (pos < 0) return undefined;
  }
  if (src.startsWith('(?:', pos)) {
    const inner = parseAlternation(src, pos + 3);
    if (inner === undefined || src[inner.end] !== ')') return undefined;
    let afterAt = inner.end + 1;
    // A lookaround right after the group consumes nothing: what counts is what follows it.
    while (src.startsWith('(?=', afterAt) || src.startsWith('(?!', afterAt)) {
      afterAt = skipGroupEnd(src, afterAt);
      if (afterAt < 0) return undefined;
    }
    const after = src[afterAt];
    // An optional or repeated-zero group does not have to be there at all.
    if (after === '?' || after === '*' || after === '{') return undefined;
    const words = new Set(inner.words);
    const open = new Set<string>();
    if (after === ' ') for (const w of inner.open) words.add(w);
    else if (after === undefined || after === '|' || after === ')')
      for (const w of inner.open) open.add(w);
    else if (inner.open.size > 0) return undefined; // "(?:a|b)?" or "(?:a|b)[^ ]*": not whole words
    return { words, open, end: afterAt };
  }
  let i = pos;
  while (i < src.length && isWordChar(src[i])) i += 1;
  if (i === pos) return undefined;
  const word = src.slice(pos, i);
  const next = src[i];
  if (next === ' ') return { words: new Set([word]), open: new Set(), end: i };
  if (next === undefined || next === '|' || next === ')')
    return { words: new Set(), open: new Set([word]), end: i };
  return undefined;
}

/** The index just past the group that opens at `pos` ("(" … ")"), or -1 if unbalanced. */
function skipGroupEnd(src: string, pos: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = pos; i < src.length; i += 1) {
    const c = src[i];
    if (c === '\\') {
      i += 1;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') depth += 1;
    else if (c === ')') {
      depth -= 1;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

/** From inside an alternative, the index of the "|" or ")" that ends it (-1 if unbalanced). */
function skipToAlternativeEnd(src: string, pos: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = pos; i < src.length; i += 1) {
    const c = src[i];
    if (c === '\\') {
      i += 1;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') depth += 1;
    else if (c === ')') {
      if (depth === 0) return i;
      depth -= 1;
    } else if (c === '|' && depth === 0) return i;
  }
  return depth === 0 ? src.length : -1;
}

/**
 * The set of words every match of `source` starts with, or undefined when the pattern's start
 * cannot be read that way (then it must always run).
 */
export function firstWords(source: string): ReadonlySet<string> | undefined {
  const parsed = parseAlternation(source, 0);
  if (parsed === undefined || parsed.end !== source.length) return undefined;
  const words = new Set(parsed.words);
  for (const w of parsed.open) words.add(w);
  return words.size > 0 ? words : undefined;
}

/** An index from first word to the patterns that start with it. */
export interface FirstWordIndex {
  /** How many patterns the index covers. */
  readonly size: number;
  /** Patterns that must always run. */
  readonly always: readonly number[];
  readonly byWord: ReadonlyMap<string, readonly number[]>;
  /** Scratch marks, one per pattern; the gate is synchronous, so one buffer serves all calls. */
  readonly marks: Uint8Array;
}

export function indexFirstWords(sources: readonly string[]): FirstWordIndex {
  const always: number[] = [];
  const byWord = new Map<string, number[]>();
  sources.forEach((source, index) => {
    const words = firstWords(source);
    if (words === undefined) {
      always.push(index);
      return;
    }
    for (const word of words) {
      const list = byWord.get(word);
      if (list === undefined) byWord.set(word, [index]);
      else list.push(index);
    }
  });
  return { size: sources.length, always, byWord, marks: new Uint8Array(sources.length) };
}

/** Indexes of the patterns worth running on these tokens, in lexicon order. */
export function candidates(index: FirstWordIndex, tokens: readonly string[]): number[] {
  const { marks } = index;
  const chosen = [...index.always];
  for (const n of chosen) marks[n] = 1;
  for (const token of tokens) {
    const list = index.byWord.get(token);
    if (list === undefined) continue;
    for (const n of list) {
      if (marks[n] === 1) continue;
      marks[n] = 1;
      chosen.push(n);
    }
  }
  for (const n of chosen) marks[n] = 0;
  return chosen.sort((a, b) => a - b);
}
