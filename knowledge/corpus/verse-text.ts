/**
 * The Devanagari of a verse, tidied, and our own IAST of it.
 *
 * Upstream ends each verse with a "।।2.47।।" marker, separates lines with blank lines, and in
 * chapters 12–18 often runs everything into one line ("अर्जुन उवाचएवं …।ये …"). Tidying only
 * removes the marker and changes whitespace: the speaker line and each half-verse get a line
 * of their own. `tidySanskrit` proves that by comparing the text with all whitespace removed.
 */
import SanscriptModule from '@indic-transliteration/sanscript';
import { CorpusFormatError } from './errors.ts';

// The package is CommonJS but its types declare an ES default export. Node (and Jest's
// interop) hand a default import module.exports, which is the Sanscript object itself.
const Sanscript = SanscriptModule as unknown as typeof SanscriptModule.default;

const REF_MARKER = /[।॥|]+\s*(\d+)\.(\d+)\s*[।॥|]*\s*$/u;
// "अर्जुन उवाच", "सञ्जय उवाच", "श्री भगवानुवाच": only ever at the very start of a verse.
const SPEAKER = /^(श्री ?भगवानुवाच|[^\s।]+ उवाच)\s*(\S.*)$/u;
// A single danda that runs straight into the next half-verse.
const GLUED_DANDA = /।(?=[^\s।])/gu;
const WHITESPACE = /\s+/gu;

export function tidySanskrit(text: string, ref: string, file: string): string {
  const marker = REF_MARKER.exec(text);
  if (marker === null) throw new CorpusFormatError(file, ref, 'verse text has no "।।c.v।।" marker');
  if (`${marker[1]}.${marker[2]}` !== ref) {
    throw new CorpusFormatError(file, ref, `verse text is marked ${marker[1]}.${marker[2]}`);
  }
  const body = text.slice(0, marker.index).replace(GLUED_DANDA, '।\n');
  const lines = body
    .split('\n')
    .map((line) => line.replace(WHITESPACE, ' ').trim())
    .filter((line) => line.length > 0);
  const speaker = SPEAKER.exec(lines[0] ?? '');
  if (speaker?.[1] !== undefined && speaker[2] !== undefined) {
    lines.splice(0, 1, speaker[1], speaker[2]);
  }
  const tidy = lines.join('\n');
  if (tidy.replace(WHITESPACE, '') !== body.replace(WHITESPACE, '')) {
    throw new CorpusFormatError(file, ref, 'tidying the verse text changed more than whitespace');
  }
  if (tidy.length === 0) throw new CorpusFormatError(file, ref, 'verse text is empty');
  return tidy;
}

// Upstream writes the long vocalic ṝ (ॄ) as ृ plus a nukta, and has one stray nukta after a
// vowel sign; Sanskrit has no nukta. Only the input to transliteration is repaired: the
// Devanagari we show stays as upstream has it.
const R_SIGN_WITH_NUKTA = /\u0943\u093c/gu;
const NUKTA = /\u093c/gu;

/**
 * Standard IAST, line by line. Dandas come out as "|" (and "||"), set off by a space the way
 * romanized editions print them; candrabindu, which the library leaves as "~", becomes "m̐";
 * NFC so that "ṇ" is one code point whatever the library emits.
 */
export function toIast(sanskrit: string): string {
  return sanskrit
    .split('\n')
    .map((line) =>
      Sanscript.t(
        line.replace(R_SIGN_WITH_NUKTA, '\u0944').replace(NUKTA, ''),
        'devanagari',
        'iast',
      )
        .replace(/~/gu, 'm\u0310')
        .replace(/\s*(\|+)/gu, ' $1')
        .trim()
        .normalize('NFC'),
    )
    .join('\n');
}
