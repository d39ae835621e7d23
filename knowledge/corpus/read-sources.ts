/**
 * Parses the verified source files and checks the counts the manifest expects. Only the
 * fields we use are read; upstream's other fields may come and go without breaking us.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import {
  CorpusCountError,
  CorpusFileMissingError,
  CorpusFormatError,
  CorpusParseError,
} from './errors.ts';
import { fileForRole } from './manifest.ts';
import type { Manifest } from './manifest.ts';
import { errorDetail } from './error-details.ts';

const id = z.number().int().positive();

const verseSchema = z.object({
  id,
  chapter_number: id,
  verse_number: id,
  text: z.string(),
  transliteration: z.string(),
  word_meanings: z.string(),
});

const chapterSchema = z.object({
  chapter_number: id,
  name: z.string(),
  name_transliterated: z.string(),
  name_meaning: z.string(),
  verses_count: id,
});

const translationSchema = z.object({ author_id: id, verse_id: id, description: z.string() });

const authorSchema = z.object({ id, name: z.string() });

export type UpstreamVerse = z.infer<typeof verseSchema>;
export type UpstreamChapter = z.infer<typeof chapterSchema>;
export type UpstreamTranslation = z.infer<typeof translationSchema>;

export interface ParsedSources {
  readonly verses: readonly UpstreamVerse[];
  readonly chapters: readonly UpstreamChapter[];
  /** Keyed by upstream author id, then by upstream verse id. */
  readonly translations: ReadonlyMap<number, ReadonlyMap<number, string>>;
  readonly versesFile: string;
  readonly translationsFile: string;
}

export async function readSources(dir: string, manifest: Manifest): Promise<ParsedSources> {
  const versesFile = fileForRole(manifest, 'verses').name;
  const chaptersFile = fileForRole(manifest, 'chapters').name;
  const translationsFile = fileForRole(manifest, 'translations').name;
  const authorsFile = fileForRole(manifest, 'authors').name;

  const verses = await readJsonArray(dir, versesFile, verseSchema);
  const chapters = await readJsonArray(dir, chaptersFile, chapterSchema);
  const translations = await readJsonArray(dir, translationsFile, translationSchema);
  const authors = await readJsonArray(dir, authorsFile, authorSchema);

  checkChapters(chaptersFile, chapters, manifest);
  checkVerses(versesFile, verses, manifest);
  checkAuthors(authorsFile, authors, manifest);
  const byAuthor = groupTranslations(translationsFile, translations, verses, manifest);
  return { verses, chapters, translations: byAuthor, versesFile, translationsFile };
}

async function readJsonArray<T>(dir: string, file: string, item: z.ZodType<T>): Promise<T[]> {
  let text: string;
  try {
    text = await readFile(path.join(dir, file), 'utf8');
  } catch (error) {
    throw new CorpusFileMissingError(file, dir, { cause: error });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new CorpusParseError(file, `not valid JSON (${errorDetail(error)})`, { cause: error });
  }
  const parsed = z.array(item).safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first?.path.join('.') || '(root)';
    throw new CorpusParseError(file, `unexpected shape at ${where}: ${first?.message ?? ''}`, {
      cause: parsed.error,
    });
  }
  return parsed.data;
}

function checkChapters(file: string, chapters: UpstreamChapter[], manifest: Manifest): void {
  const expected = manifest.expected;
  if (chapters.length !== expected.chapters) {
    throw new CorpusCountError(file, 'chapters', expected.chapters, chapters.length);
  }
  expected.versesPerChapter.forEach((count, index) => {
    const chapter = chapters.find((c) => c.chapter_number === index + 1);
    if (chapter === undefined)
      throw new CorpusCountError(file, `chapter ${index + 1} records`, 1, 0);
    if (chapter.verses_count !== count) {
      throw new CorpusCountError(
        file,
        `verses in chapter ${index + 1}`,
        count,
        chapter.verses_count,
      );
    }
  });
}

function checkVerses(file: string, verses: UpstreamVerse[], manifest: Manifest): void {
  const expected = manifest.expected;
  if (verses.length !== expected.verses) {
    throw new CorpusCountError(file, 'verses', expected.verses, verses.length);
  }
  const seen = new Set<string>();
  const ids = new Set<number>();
  for (const verse of verses) {
    const ref = `${verse.chapter_number}.${verse.verse_number}`;
    const limit = expected.versesPerChapter[verse.chapter_number - 1];
    if (limit === undefined || verse.verse_number > limit) {
      throw new CorpusFormatError(file, ref, 'verse outside the expected chapters and counts');
    }
    if (seen.has(ref)) throw new CorpusFormatError(file, ref, 'verse appears twice');
    if (ids.has(verse.id)) throw new CorpusFormatError(file, ref, `record id ${verse.id} repeats`);
    seen.add(ref);
    ids.add(verse.id);
  }
  expected.versesPerChapter.forEach((count, index) => {
    const actual = verses.filter((v) => v.chapter_number === index + 1).length;
    if (actual !== count) {
      throw new CorpusCountError(file, `verses in chapter ${index + 1}`, count, actual);
    }
  });
}

function checkAuthors(
  file: string,
  authors: { id: number; name: string }[],
  manifest: Manifest,
): void {
  for (const translator of manifest.translators) {
    const author = authors.find((a) => a.id === translator.upstreamAuthorId);
    if (author?.name !== translator.name) {
      throw new CorpusFormatError(
        file,
        undefined,
        `author ${translator.upstreamAuthorId} should be "${translator.name}" (translator "${translator.id}"), found ${author === undefined ? 'nothing' : `"${author.name}"`}`,
      );
    }
  }
}

function groupTranslations(
  file: string,
  records: UpstreamTranslation[],
  verses: UpstreamVerse[],
  manifest: Manifest,
): Map<number, Map<number, string>> {
  const verseIds = new Set(verses.map((v) => v.id));
  const byAuthor = new Map<number, Map<number, string>>();
  for (const record of records) {
    if (!verseIds.has(record.verse_id)) {
      throw new CorpusFormatError(
        file,
        undefined,
        `translation for unknown verse id ${record.verse_id}`,
      );
    }
    let forAuthor = byAuthor.get(record.author_id);
    if (forAuthor === undefined) {
      forAuthor = new Map();
      byAuthor.set(record.author_id, forAuthor);
    }
    if (forAuthor.has(record.verse_id)) {
      throw new CorpusFormatError(
        file,
        undefined,
        `author ${record.author_id} has two translations of verse id ${record.verse_id}`,
      );
    }
    forAuthor.set(record.verse_id, record.description);
  }
  const expected = manifest.expected;
  if (byAuthor.size !== expected.translators) {
    throw new CorpusCountError(file, 'translators', expected.translators, byAuthor.size);
  }
  for (const translator of manifest.translators) {
    const count = byAuthor.get(translator.upstreamAuthorId)?.size ?? 0;
    if (count !== expected.translationsPerTranslator) {
      throw new CorpusCountError(
        file,
        `translations by ${translator.id}`,
        expected.translationsPerTranslator,
        count,
      );
    }
  }
  return byAuthor;
}
