/**
 * Turns a lexicon line into a working regular expression: expands `@macros`, loosens
 * Devanagari like the text, and anchors the pattern to whole words of the normalized text.
 */
import { loosenDevanagari } from './devanagari.ts';
import { SafetyLexiconError } from './errors.ts';
import { MACROS } from './lexicon/index.ts';

const MACRO = /@([a-z][a-z0-9]*)/g;
const MAX_MACRO_DEPTH = 4;

export function expandMacros(source: string, depth = 0): string {
  if (depth > MAX_MACRO_DEPTH) throw new SafetyLexiconError('macros nest too deeply');
  return source.replace(MACRO, (_whole, name: string) => {
    const body = MACROS[name];
    if (body === undefined) throw new SafetyLexiconError(`unknown macro @${name}`);
    return `(?:${expandMacros(body, depth + 1)})`;
  });
}

/** The pattern's source with macros expanded and Devanagari loosened, before anchoring. */
export function expandPattern(pattern: RegExp): string {
  return loosenDevanagari(expandMacros(pattern.source));
}

/**
 * `global` is for scanning every occurrence with `exec`; a plain yes/no test must not share
 * `lastIndex` state between calls, so it gets a non-global regex. `sticky` matches only at
 * `lastIndex`, for trying one known position (see `word-scan.ts`).
 */
export function compileWords(
  pattern: RegExp,
  options: { global: boolean; sticky?: boolean },
): RegExp {
  const source = expandPattern(pattern);
  const flags = (options.global ? 'g' : '') + (options.sticky === true ? 'y' : '');
  try {
    return new RegExp(`(?<![^ ])(?:${source})(?![^ ])`, flags);
  } catch (error) {
    throw new SafetyLexiconError(`pattern does not compile: /${pattern.source}/`, {
      cause: error,
    });
  }
}

const DEVANAGARI = /[\u0900-\u097f]/;

/** Which script a pattern is written in, so it runs only on text that has that script. */
export function patternScript(pattern: RegExp): 'devanagari' | 'latin' {
  return DEVANAGARI.test(pattern.source) ? 'devanagari' : 'latin';
}
