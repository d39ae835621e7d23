/**
 * A translation as the translator wrote it, minus upstream's leading verse marker.
 *
 * The markers vary by translator: "2.47", "2.47.", "।।2.47।।", and for verses a translator
 * renders together "1.38  1.39", "2.42-2.43", "।।1.4 -- 1.6।।" or "।।1.28 1.29।।". A marker is
 * removed only when it names this verse (or a range holding it); one that names another verse
 * is an error, because it would mean translations are filed under the wrong ref.
 * Nothing else changes except whitespace: upstream's spelling and OCR slips stay as they are.
 */
import { CorpusFormatError } from './errors.ts';
import { compareRefs } from './refs.ts';

const LEADING_MARKER =
  /^(?:[।॥]+\s*)?(\d{1,2})\.(\d{1,2})\.?(?:\s*(?:--?|–)?\s*(\d{1,2})\.(\d{1,2})\.?)?\s*[।॥]*\s*/u;
// Upstream's ways of saying "there is no translation here"; such a record must be listed under
// translationGaps in the manifest so that omitting it is a decision, not an accident.
const PLACEHOLDER =
  /no such translation|has not translated this|^no translation\b|^(?:hindi|english) translation by/iu;
// JavaScript's \s includes the no-break spaces and tabs upstream uses between words.
const WHITESPACE = /\s+/gu;

export interface VerseRef {
  readonly chapter: number;
  readonly verse: number;
}

export function cleanTranslation(raw: string, at: VerseRef, file: string, who: string): string {
  const text = raw.replace(WHITESPACE, ' ').trim();
  const ref = `${at.chapter}.${at.verse}`;
  const marker = LEADING_MARKER.exec(text);
  let body = text;
  if (marker !== null) {
    const from = { chapter: Number(marker[1]), verse: Number(marker[2]) };
    const to =
      marker[3] === undefined ? from : { chapter: Number(marker[3]), verse: Number(marker[4]) };
    if (compareRefs(from, at) > 0 || compareRefs(at, to) > 0) {
      throw new CorpusFormatError(
        file,
        ref,
        `${who}'s translation is marked ${marker[0].trim()}, which does not include this verse`,
      );
    }
    body = text.slice(marker[0].length);
  }
  if (body.length === 0) throw new CorpusFormatError(file, ref, `${who}'s translation is empty`);
  if (PLACEHOLDER.test(body)) {
    throw new CorpusFormatError(
      file,
      ref,
      `${who}'s translation is a placeholder; list it under translationGaps in the manifest`,
    );
  }
  return body;
}
