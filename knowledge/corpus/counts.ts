import type { CorpusFile } from './normalize.ts';
import type { TranslatorId } from './types.ts';

/** What a corpus holds, in the shape the CLI prints after a sync or a verify. */
export interface CorpusCounts {
  readonly chapters: number;
  readonly verses: number;
  readonly versesPerChapter: readonly number[];
  /** Translations kept per translator: 701 less the gaps the manifest lists. */
  readonly translations: Readonly<Record<TranslatorId, number>>;
}

export function countCorpus(corpus: CorpusFile): CorpusCounts {
  const versesPerChapter = corpus.chapters.map(
    (c) => corpus.verses.filter((v) => v.chapter === c.chapter).length,
  );
  const translations: Record<TranslatorId, number> = {};
  for (const t of corpus.translators) {
    translations[t.id] = corpus.verses.filter((v) => v.translations[t.id] !== undefined).length;
  }
  return {
    chapters: corpus.chapters.length,
    verses: corpus.verses.length,
    versesPerChapter,
    translations,
  };
}
