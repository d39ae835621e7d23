/**
 * One normal form for every message before any lexicon looks at it, so the lexicons are
 * written once per meaning instead of once per spelling. The result is lowercase tokens
 * separated by single spaces, with "." standing alone between sentences (patterns never
 * reach across it); Devanagari is loosened so vowel-length and nasal-mark variants meet.
 * Runs on every message before anything else, so each step skips text it cannot change.
 */
import { loosenDevanagari } from './devanagari.ts';
import { CONTRACTIONS, PHRASE_SPELLINGS, TOKEN_SPELLINGS } from './lexicon/index.ts';

function squeeze(token: string): string {
  return token.replace(/(.)\1+/g, '$1');
}

const EXACT = new Map<string, string>(Object.entries(TOKEN_SPELLINGS));

/** Keys reached with letter runs squeezed ("nahii" → "nahi"); canonical words map to themselves. */
const SQUEEZED = new Map<string, string>();
for (const canonical of EXACT.values()) {
  if (!canonical.includes(' ')) SQUEEZED.set(squeeze(canonical), canonical);
}
for (const [variant, canonical] of EXACT) SQUEEZED.set(squeeze(variant), canonical);

function hasDoubledLetter(token: string): boolean {
  for (let i = 1; i < token.length; i += 1) {
    if (token.charCodeAt(i) === token.charCodeAt(i - 1)) return true;
  }
  return false;
}

function canonicalToken(token: string): string {
  const exact = EXACT.get(token);
  if (exact !== undefined) return exact;
  // Only a token with a doubled letter can be a stretched variant; "none" must not become
  // "no one" just because "noone" squeezes to it.
  if (!hasDoubledLetter(token)) return token;
  return SQUEEZED.get(squeeze(token)) ?? token;
}

const QUOTES = /[\u2018\u2019\u02bc\u0060\u00b4]/g;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;
const ELLIPSIS = /\.{2,}|\u2026/g;
const SENTENCE_MARKS = /[.!?;\u0964\u0965\n\r]+/g;
/** Clause marks: a comma, a colon, a dash between words. Kept as "," until tokens are mapped. */
const CLAUSE_MARKS = /[,:\u2013\u2014]+| -+ /g;
const HAS_CLAUSE_MARK = /[,:\u2013\u2014]| -/;
const NO_BREAKS: ReadonlySet<number> = new Set();
const NOT_A_WORD = /[^\p{L}\p{M}\p{N}., ]+/gu;
const LONG_RUN = /(.)\1\1+/g;
const SPACES = / {2,}/g;

const NON_ASCII = /[^\t\n\r -~]/;

/**
 * The normal form plus where the clauses break. `breaks` holds the index of every token that
 * follows a comma, colon or dash. Patterns never see these marks (people put commas anywhere),
 * but a negation must not reach across one: in "No, I want to die" and "अब और नहीं, आज रात सब
 * ख़त्म" the "no" belongs to the clause before.
 */
export interface NormalizedText {
  readonly text: string;
  readonly breaks: ReadonlySet<number>;
}

export function normalizeText(text: string): string {
  return normalizeWithBreaks(text).text;
}

/**
 * The gate, the misuse guard and language detection each normalize the same message in turn;
 * the last result is kept so the work is done once per message. Only the latest message is
 * held, in memory, and only until the next one.
 */
let last: { readonly text: string; readonly normalized: NormalizedText } | undefined;

export function normalizeWithBreaks(text: string): NormalizedText {
  if (last !== undefined && last.text === text) return last.normalized;
  const normalized = normalizeFresh(text);
  last = { text, normalized };
  return normalized;
}

function normalizeFresh(text: string): NormalizedText {
  const lower = text.toLowerCase();
  let s = NON_ASCII.test(lower) ? loosenDevanagari(lower) : lower;
  s = s.replace(QUOTES, "'").replace(INVISIBLE, '');
  if (s.includes("'")) {
    for (const [pattern, replacement] of CONTRACTIONS) s = s.replace(pattern, replacement);
    s = s.replace(/'/g, '');
  }
  // An ellipsis is a pause inside a thought ("i want to... die"), not the end of a sentence.
  s = s.replace(ELLIPSIS, ' ').replace(SENTENCE_MARKS, ' . ');
  const clauses = HAS_CLAUSE_MARK.test(s);
  if (clauses) s = s.replace(CLAUSE_MARKS, ' , ');
  s = s.replace(NOT_A_WORD, ' ');
  s = s.replace(LONG_RUN, '$1$1').replace(SPACES, ' ').trim();
  for (const [pattern, replacement, hint] of PHRASE_SPELLINGS) {
    if (s.includes(hint)) s = s.replace(pattern, replacement);
  }
  if (!clauses) {
    const tokens = s.split(' ');
    for (let i = 0; i < tokens.length; i += 1) tokens[i] = canonicalToken(tokens[i] ?? '');
    return { text: tokens.join(' '), breaks: NO_BREAKS };
  }
  const out: string[] = [];
  const breaks = new Set<number>();
  for (const token of s.split(' ')) {
    if (token === ',') {
      if (out.length > 0) breaks.add(out.length);
      continue;
    }
    const canonical = canonicalToken(token);
    if (canonical.includes(' ')) out.push(...canonical.split(' '));
    else out.push(canonical);
  }
  return { text: out.join(' '), breaks };
}
