/**
 * Verified sources → the normalized corpus file (gita.json): one record per verse in canonical
 * order. Deterministic: the same sources always give the same bytes, which is what lets
 * `verifyCorpus` catch a hand-edited gita.json by normalizing again and comparing.
 */
import { CorpusFormatError } from './errors.ts';
import { readSources } from './read-sources.ts';
import type { ParsedSources } from './read-sources.ts';
import { manifestVersion } from './manifest.ts';
import type { Manifest } from './manifest.ts';
import { compareRefs, formatRef } from './refs.ts';
import { cleanTranslation } from './translation-text.ts';
import { tidySanskrit, toIast } from './verse-text.ts';
import type { ChapterInfo, TranslatorId, TranslatorInfo, VerseRecord } from './types.ts';

/** Bump when normalization changes, so `ensureCorpus` rebuilds gita.json from the sources. */
export const NORMALIZED_FORMAT = 1;

export interface CorpusFile {
  readonly format: number;
  readonly version: string;
  readonly chapters: readonly ChapterInfo[];
  readonly translators: readonly TranslatorInfo[];
  readonly defaultShown: readonly TranslatorId[];
  readonly verses: readonly VerseRecord[];
}

export async function normalizeSources(dir: string, manifest: Manifest): Promise<CorpusFile> {
  return buildCorpusFile(await readSources(dir, manifest), manifest);
}

export function buildCorpusFile(sources: ParsedSources, manifest: Manifest): CorpusFile {
  const chapters: ChapterInfo[] = [...sources.chapters]
    .sort((a, b) => a.chapter_number - b.chapter_number)
    .map((c) => ({
      chapter: c.chapter_number,
      name: c.name.trim(),
      transliteratedName: c.name_transliterated.trim(),
      meaning: c.name_meaning.trim(),
      verseCount: c.verses_count,
    }));
  const translators: TranslatorInfo[] = manifest.translators.map((t) => ({
    id: t.id,
    upstreamAuthorId: t.upstreamAuthorId,
    name: t.name,
    language: t.language,
    rights: t.rights,
    rightsNote: t.rightsNote,
  }));
  const gaps = new Set(manifest.translationGaps.map((g) => `${g.translator} ${g.ref}`));
  const refs = new Set(sources.verses.map((v) => formatRef(v.chapter_number, v.verse_number)));
  for (const gap of manifest.translationGaps) {
    if (!refs.has(gap.ref)) {
      throw new CorpusFormatError(
        sources.versesFile,
        gap.ref,
        'the manifest lists a gap at a verse that does not exist',
      );
    }
  }

  const verses = [...sources.verses]
    .sort((a, b) =>
      compareRefs(
        { chapter: a.chapter_number, verse: a.verse_number },
        { chapter: b.chapter_number, verse: b.verse_number },
      ),
    )
    .map((v): VerseRecord => {
      const at = { chapter: v.chapter_number, verse: v.verse_number };
      const ref = formatRef(at.chapter, at.verse);
      const sanskrit = tidySanskrit(v.text, ref, sources.versesFile);
      const translations: Record<TranslatorId, string> = {};
      for (const t of manifest.translators) {
        if (gaps.has(`${t.id} ${ref}`)) continue;
        // readSources checked that every translator has every verse.
        const raw = sources.translations.get(t.upstreamAuthorId)?.get(v.id) ?? '';
        translations[t.id] = cleanTranslation(raw, at, sources.translationsFile, t.id);
      }
      return {
        ref,
        chapter: at.chapter,
        verse: at.verse,
        sanskrit,
        transliteration: toIast(sanskrit),
        sourceTransliteration: v.transliteration.trim(),
        wordMeanings: v.word_meanings.trim(),
        translations,
      };
    });

  return {
    format: NORMALIZED_FORMAT,
    version: manifestVersion(manifest),
    chapters,
    translators,
    defaultShown: [...manifest.defaultShown],
    verses,
  };
}

export function serializeCorpusFile(file: CorpusFile): string {
  return `${JSON.stringify(file)}\n`;
}
