/**
 * The curated theme map (corpus/themes.json): life situations people bring, the phrases they
 * use for them, and the verses that speak to them. Written by us; verse refs are facts and are
 * checked against the verified corpus at load, so a typo in a ref stops start-up rather than
 * reaching a user.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { Corpus } from '../corpus/types.ts';

export const TONES = [
  'anxiety',
  'grief',
  'anger',
  'confusion',
  'loneliness',
  'guilt',
  'exhaustion',
  'heartbreak',
  'envy',
  'craving',
  'fear',
  'self-doubt',
  'seeking',
  'caring',
  'conflict',
  'purpose',
] as const;

export type Tone = (typeof TONES)[number];

const phraseList = z.array(z.string().trim().min(1)).min(1);

const themeSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'theme ids are kebab-case'),
  label: z.string().min(1),
  tone: z.enum(TONES),
  triggers: z.object({ en: phraseList, hi: phraseList, hinglish: phraseList }),
  verses: z
    .array(z.object({ ref: z.string().regex(/^\d{1,2}\.\d{1,3}$/), why: z.string().min(1) }))
    .min(1),
  reflections: z.object({ en: phraseList, hi: phraseList }),
});

const themeMapSchema = z.object({ version: z.number().int(), themes: z.array(themeSchema).min(1) });

export type Theme = z.infer<typeof themeSchema>;
export type ThemeLanguage = keyof Theme['triggers'];

export interface ThemeMap {
  readonly version: number;
  readonly themes: readonly Theme[];
  get(id: string): Theme | undefined;
}

export class ThemeMapError extends Error {
  readonly file: string;

  constructor(file: string, problems: readonly string[], options?: { cause?: unknown }) {
    super(`${file}: ${problems.join('; ')}`, options);
    this.name = 'ThemeMapError';
    this.file = file;
  }
}

export async function loadThemeMap(file: string, corpus: Corpus): Promise<ThemeMap> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new ThemeMapError(file, ['cannot be read as JSON'], { cause: error });
  }
  const parsed = themeMapSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ThemeMapError(
      file,
      parsed.error.issues.slice(0, 5).map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    );
  }
  const problems = checkAgainstCorpus(parsed.data.themes, corpus);
  if (problems.length > 0) throw new ThemeMapError(file, problems);
  const byId = new Map(parsed.data.themes.map((theme) => [theme.id, theme]));
  return { version: parsed.data.version, themes: parsed.data.themes, get: (id) => byId.get(id) };
}

function checkAgainstCorpus(themes: readonly Theme[], corpus: Corpus): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const theme of themes) {
    if (seen.has(theme.id)) problems.push(`theme id "${theme.id}" is used twice`);
    seen.add(theme.id);
    for (const { ref } of theme.verses) {
      if (corpus.get(ref) === undefined) {
        problems.push(`theme "${theme.id}" cites ${ref}, which is not in the corpus`);
      }
    }
  }
  return problems;
}
