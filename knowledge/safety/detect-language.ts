/**
 * Which language a message is in: Hindi when Devanagari dominates, Hinglish when Latin text
 * carries enough Hindi words, English otherwise. The reply is written in the same language.
 */
import { HINGLISH_WORDS } from './lexicon/index.ts';
import { normalizeText } from './normalize.ts';
import type { Language } from './types.ts';

function isLatinWord(token: string): boolean {
  if (token.length === 0) return false;
  for (let i = 0; i < token.length; i += 1) {
    const code = token.charCodeAt(i);
    if (code < 0x61 || code > 0x7a) return false;
  }
  return true;
}

/**
 * Works on text already normalized by `normalizeText` (and its tokens, when the caller has
 * them), so the gate normalizes and splits once.
 */
export function languageOfNormalized(
  normalized: string,
  tokens: readonly string[] = normalized.split(' '),
): Language {
  let devanagari = 0;
  let latin = 0;
  for (let i = 0; i < normalized.length; i += 1) {
    const code = normalized.charCodeAt(i);
    if (code >= 0x0900 && code <= 0x097f) devanagari += 1;
    else if (code >= 0x61 && code <= 0x7a) latin += 1;
  }
  if (devanagari > 0 && devanagari >= latin) return 'hi';

  let words = 0;
  let hindi = 0;
  for (const token of tokens) {
    if (!isLatinWord(token)) continue;
    words += 1;
    if (HINGLISH_WORDS.has(token)) hindi += 1;
  }
  if (words === 0) return 'en';
  // One Hindi word can be a borrowed "yaar" in an English sentence; two in a short message, or
  // one that is a third of it ("jeena nahi"), is Hinglish.
  const share = hindi / words;
  if ((hindi >= 2 && share >= 0.15) || (hindi >= 1 && share >= 0.34)) return 'hinglish';
  return 'en';
}

export function detectLanguage(text: string): Language {
  return languageOfNormalized(normalizeText(text));
}
