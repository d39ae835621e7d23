/**
 * Devanagari spellings people mix freely when typing Hindi: nukta or not (ज़/ज), chandrabindu
 * or anusvara (हूँ/हूं), short or long i and u (ज़िंदगी/जिंदगी, हु/हूँ). Folding them to one form,
 * in the text and in every lexicon alike, lets one pattern cover all of them.
 */
const LOOSE: Readonly<Record<string, string>> = {
  '\u093c': '', // nukta
  '\u0901': '\u0902', // chandrabindu → anusvara
  '\u093f': '\u0940', // ि → ी
  '\u0941': '\u0942', // ु → ू
  '\u0907': '\u0908', // इ → ई
  '\u0909': '\u090a', // उ → ऊ
};

const LOOSE_CHARS = /[\u093c\u0901\u093f\u0941\u0907\u0909]/g;

export function loosenDevanagari(text: string): string {
  return text.normalize('NFC').replace(LOOSE_CHARS, (c) => LOOSE[c] ?? c);
}

/** A word set in loosened form, so lists can be written in ordinary spelling. */
export function looseWordSet(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.map((word) => loosenDevanagari(word)));
}
