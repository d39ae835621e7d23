/**
 * Reads the normalized corpus at start-up. Kept fast (one JSON.parse, a shape check, a Map):
 * proving the file is right is the job of sync and verify, which wrote and can re-check it.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { NORMALIZED_FILE } from './data-dir.ts';
import { CorpusNotSyncedError } from './errors.ts';
import { NORMALIZED_FORMAT } from './normalize.ts';
import type { Corpus, TranslatorId, VerseRecord } from './types.ts';

/** A Corpus plus the translators to show when the operator has not chosen any. */
export interface LoadedCorpus extends Corpus {
  readonly defaultShown: readonly TranslatorId[];
}

export interface LoadCorpusOptions {
  readonly dataDir: string;
}

const fileSchema = z.object({
  format: z.number(),
  version: z.string().min(1),
  chapters: z.array(
    z.object({
      chapter: z.number().int(),
      name: z.string(),
      transliteratedName: z.string(),
      meaning: z.string(),
      verseCount: z.number().int(),
    }),
  ),
  translators: z.array(
    z.object({
      id: z.string(),
      upstreamAuthorId: z.number().int(),
      name: z.string(),
      language: z.string(),
      rights: z.enum(['public-domain', 'rights-reserved', 'rights-unclear']),
      rightsNote: z.string(),
    }),
  ),
  defaultShown: z.array(z.string()),
  verses: z
    .array(
      z.object({
        ref: z.string(),
        chapter: z.number().int(),
        verse: z.number().int(),
        sanskrit: z.string(),
        transliteration: z.string(),
        sourceTransliteration: z.string(),
        wordMeanings: z.string(),
        translations: z.record(z.string(), z.string()),
      }),
    )
    .min(1),
});

export async function loadCorpus(options: LoadCorpusOptions): Promise<LoadedCorpus> {
  const dataDir = path.resolve(options.dataDir);
  let text: string;
  try {
    text = await readFile(path.join(dataDir, NORMALIZED_FILE), 'utf8');
  } catch (error) {
    throw new CorpusNotSyncedError(dataDir, `${NORMALIZED_FILE} is missing`, { cause: error });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new CorpusNotSyncedError(dataDir, `${NORMALIZED_FILE} is not valid JSON`, {
      cause: error,
    });
  }
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) {
    throw new CorpusNotSyncedError(dataDir, `${NORMALIZED_FILE} has an unexpected shape`, {
      cause: parsed.error,
    });
  }
  const file = parsed.data;
  if (file.format !== NORMALIZED_FORMAT) {
    throw new CorpusNotSyncedError(
      dataDir,
      `${NORMALIZED_FILE} has format ${file.format}, this Sarathi reads ${NORMALIZED_FORMAT}`,
    );
  }
  const verses: readonly VerseRecord[] = file.verses;
  const byRef = new Map(verses.map((v) => [v.ref, v]));
  return {
    version: file.version,
    chapters: file.chapters,
    translators: file.translators,
    defaultShown: file.defaultShown,
    verses,
    get: (ref: string) => byRef.get(ref),
  };
}
