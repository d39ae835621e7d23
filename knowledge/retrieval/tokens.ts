/**
 * Turning chat text into comparable tokens. People write "anxious", "anxiety", "anxeity",
 * "pareshan", "pareshaan" and "परेशान": each token gets a surface form, an English stem, and a
 * phonetic key for romanized Hindi, so the matchers can compare them loosely.
 */
import { stemmer } from 'stemmer';
import { STOP_WORDS } from './stop-words.ts';

export interface Token {
  /** Lowercased, NFC, punctuation removed. */
  readonly surface: string;
  /** English stem (Porter) for Latin words; the surface itself for Devanagari. */
  readonly stem: string;
  /** Vowel-light key that survives romanized-Hindi spelling variants ("pareshaan" = "pareshan"). */
  readonly phonetic: string;
  readonly script: 'latin' | 'devanagari' | 'other';
}

const CONTRACTIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bcan['’]?t\b/gu, 'can not'],
  [/\bwon['’]?t\b/gu, 'will not'],
  [/\b(\w+)n['’]t\b/gu, '$1 not'],
  [/\bi['’]m\b/gu, 'i am'],
  [/\b(\w+)['’](?:ve|ll|re|d|s)\b/gu, '$1'],
];

const DEVANAGARI = /\p{Script=Devanagari}/u;
const LATIN = /\p{Script=Latin}/u;

export function normalizeText(text: string): string {
  let lowered = text.normalize('NFC').toLowerCase();
  for (const [pattern, replacement] of CONTRACTIONS)
    lowered = lowered.replace(pattern, replacement);
  return (
    lowered
      // Devanagari punctuation (danda) and everything that is not a letter, mark or digit.
      .replace(/[\u0964\u0965]/gu, ' ')
      .replace(/[^\p{L}\p{M}\p{N}\s]/gu, ' ')
      // "soooo", "plzzzz": three or more repeats are emphasis, not spelling.
      .replace(/(\p{L})\1{2,}/gu, '$1')
      .replace(/\s+/gu, ' ')
      .trim()
  );
}

export function phoneticKey(word: string): string {
  if (!LATIN.test(word)) return word;
  const simplified = word
    .replace(/sh/gu, 's')
    .replace(/ph/gu, 'f')
    .replace(/ck/gu, 'k')
    .replace(/[qc]/gu, 'k')
    .replace(/w/gu, 'v')
    .replace(/z/gu, 'j')
    .replace(/(.)\1+/gu, '$1');
  const first = simplified.charAt(0);
  return first + simplified.slice(1).replace(/[aeiouyh]/gu, '');
}

function scriptOf(word: string): Token['script'] {
  if (DEVANAGARI.test(word)) return 'devanagari';
  if (LATIN.test(word)) return 'latin';
  return 'other';
}

export function toToken(surface: string): Token {
  const script = scriptOf(surface);
  return {
    surface,
    stem: script === 'latin' ? stemmer(surface) : surface,
    phonetic: phoneticKey(surface),
    script,
  };
}

/** All tokens, stop words included (phrases need them to read naturally). */
export function tokenize(text: string): Token[] {
  const normalized = normalizeText(text);
  if (normalized === '') return [];
  return normalized.split(' ').map(toToken);
}

/** Tokens that carry meaning: stop words and one-letter words removed. */
export function contentTokens(text: string): Token[] {
  return contentSurfaces(text).map(toToken);
}

/** The surfaces of `contentTokens`, for callers that derive (and cache) tokens per word. */
export function contentSurfaces(text: string): string[] {
  const normalized = normalizeText(text);
  if (normalized === '') return [];
  return normalized.split(' ').filter((surface) => !isStopWord(surface));
}

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word) || (word.length < 2 && !/\p{N}/u.test(word));
}
