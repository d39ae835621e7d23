export { ExtractiveComposer } from './extractive-composer.ts';
export type { ComposeInput, Composition, ExtractiveComposerDeps } from './extractive-composer.ts';
export { pickVariant } from './pick.ts';
export { buildVerseCard, verseCardProblem } from './verse-card.ts';
export type { VerseCardOptions } from './verse-card.ts';
export {
  ACTIONS,
  CHOICE_LABELS,
  noSuchChapter,
  noSuchVerse,
  VERSE_LOOKUP_LEAD_IN,
  wordingLanguage,
} from './wording.ts';
export type { ReplyLanguage, WordingLanguage } from './wording.ts';
