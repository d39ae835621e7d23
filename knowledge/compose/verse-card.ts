/**
 * Verse cards are the only way scripture reaches a person, and they are only ever built here,
 * from the verified corpus by ref. Nothing that composes prose may supply verse text.
 */
import type { VersePart } from '../../src/messages/index.ts';
import type { Corpus, TranslatorId } from '../corpus/types.ts';

export interface VerseCardOptions {
  /** Translator ids in preference order; the first with a translation for the verse is shown. */
  readonly translators: readonly TranslatorId[];
}

export function buildVerseCard(
  corpus: Corpus,
  ref: string,
  options: VerseCardOptions,
): VersePart | undefined {
  const verse = corpus.get(ref);
  if (verse === undefined) return undefined;
  for (const translatorId of options.translators) {
    const translation = verse.translations[translatorId];
    const translator = corpus.translators.find((t) => t.id === translatorId);
    if (translation !== undefined && translation !== '' && translator !== undefined) {
      return {
        type: 'verse',
        ref: verse.ref,
        sanskrit: verse.sanskrit,
        transliteration: verse.transliteration,
        translation,
        translator: translator.name,
      };
    }
  }
  return undefined;
}

/** Why a verse part does not match the corpus, or `undefined` when it matches exactly. */
export function verseCardProblem(corpus: Corpus, part: VersePart): string | undefined {
  const verse = corpus.get(part.ref);
  if (verse === undefined) return `unknown_ref ${part.ref}`;
  if (part.sanskrit !== verse.sanskrit) return `sanskrit_mismatch ${part.ref}`;
  if (part.transliteration !== verse.transliteration) return `transliteration_mismatch ${part.ref}`;
  const translator = corpus.translators.find((t) => t.name === part.translator);
  if (translator === undefined || verse.translations[translator.id] !== part.translation) {
    return `translation_mismatch ${part.ref}`;
  }
  return undefined;
}
