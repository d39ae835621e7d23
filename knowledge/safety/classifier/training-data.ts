/**
 * The labelled examples the classifier learns from:
 *
 * - `knowledge/safety/training/{en,hi,hinglish}.jsonl`, one `{"text","label","category"}` per
 *   line, written for the gate: crises, misuse, and hard negatives (idioms, battlefield and
 *   death questions, grief, sadness without danger).
 * - The trigger phrases of the theme map (`corpus/themes.json`) as `none`. They are the
 *   everyday worries the product answers with verses ("cannot wake up early", "boss shouts at
 *   me"), which the files barely have: trained on the files alone, the model read short sad
 *   phrases as crises and flagged a quarter of them (459 of 1,845 at p ≥ 0.5).
 * - `classifier/supplement/{en,hi,hinglish}.jsonl`: 243 `none` lines of our own for kinds the
 *   files lack and the rules' tests pin down: negated intent ("I'm not going to hurt myself"),
 *   questions about one's own death, heat and hunger idioms, records to break, fresh starts,
 *   "enough is enough, from tomorrow I…", the body as a garment, farewells to places, everyday
 *   doses, pesticide on the farm, killing one's anger, honest questions about duty, women and
 *   caste, and two-word first-person lines. Without them the model flagged such messages at
 *   0.8–0.96. They belong in the training files; until then they live here.
 *
 * Read whole and checked line by line, so a broken line fails loudly at start-up (with its file
 * and line number) instead of quietly training a weaker gate.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { LANGUAGES } from '../types.ts';
import type { Language } from '../types.ts';
import { crisisKindOfCategory, misuseKindOfCategory } from './categories.ts';
import { SafetyTrainingDataError } from './errors.ts';

export const TRAINING_DIR = path.resolve(import.meta.dirname, '..', 'training');
export const SUPPLEMENT_DIR = path.resolve(import.meta.dirname, 'supplement');
export const THEMES_FILE = path.resolve(
  import.meta.dirname,
  '..',
  '..',
  '..',
  'corpus',
  'themes.json',
);

/**
 * `supplement/ordinary-{en,hi,hinglish}.jsonl`: 900 everyday worries written as people write
 * them (long, emotional, first person: job loss, grief for a grandparent, gambling, envy,
 * burnout) and labelled `none`. Trained without them, the model flagged about a fifth of the
 * retrieval evaluation's ordinary messages as crises: it had learned that feeling is danger.
 */
export const ORDINARY_PREFIX = 'ordinary-';

/** The category given to theme-map triggers, so figures can count them apart. */
export const THEME_TRIGGER = 'theme-trigger';

export type TrainingLabel = 'crisis' | 'misuse' | 'none';

export interface TrainingExample {
  readonly text: string;
  readonly label: TrainingLabel;
  /** As written in the file: a crisis category, a misuse kind, or a free-form `none` kind. */
  readonly category: string;
  /** The file it came from. */
  readonly language: Language;
}

const lineSchema = z.object({
  text: z.string().trim().min(1),
  label: z.enum(['crisis', 'misuse', 'none']),
  category: z.string().trim().min(1),
});

export function parseTrainingLines(
  content: string,
  language: Language,
  file: string,
): TrainingExample[] {
  const examples: TrainingExample[] = [];
  const lines = content.split('\n');
  for (let n = 0; n < lines.length; n += 1) {
    const line = (lines[n] ?? '').trim();
    if (line.length === 0) continue;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (error) {
      throw new SafetyTrainingDataError(file, `line ${n + 1} is not JSON`, { cause: error });
    }
    const parsed = lineSchema.safeParse(json);
    if (!parsed.success) {
      const fields = parsed.error.issues.map((i) => i.path.join('.')).join(', ');
      throw new SafetyTrainingDataError(file, `line ${n + 1} does not fit the schema (${fields})`);
    }
    const { label, category } = parsed.data;
    // An unplaceable category would train nothing, silently; say so instead.
    if (label === 'crisis' && crisisKindOfCategory(category) === undefined) {
      throw new SafetyTrainingDataError(file, `line ${n + 1} has an unknown crisis category`);
    }
    if (label === 'misuse' && misuseKindOfCategory(category) === undefined) {
      throw new SafetyTrainingDataError(file, `line ${n + 1} has a misuse category of no kind`);
    }
    examples.push({ ...parsed.data, language });
  }
  return examples;
}

/**
 * Every example of every language, in file order (English, Hindi, Hinglish), from
 * `<prefix><language>.jsonl` in `dir`.
 */
export function readTrainingData(dir: string = TRAINING_DIR, prefix = ''): TrainingExample[] {
  const examples: TrainingExample[] = [];
  for (const language of LANGUAGES) {
    const file = path.join(dir, `${prefix}${language}.jsonl`);
    let content: string;
    try {
      content = readFileSync(file, 'utf8');
    } catch (error) {
      throw new SafetyTrainingDataError(file, 'cannot be read', { cause: error });
    }
    examples.push(...parseTrainingLines(content, language, file));
  }
  return examples;
}

/** Only what the classifier needs of the theme map; the rest of each theme is not its business. */
const themesSchema = z.object({
  themes: z.array(
    z.object({ triggers: z.partialRecord(z.enum(LANGUAGES), z.array(z.string().min(1))) }),
  ),
});

/**
 * Every trigger phrase of the theme map as a `none` example, in file order. Three of them
 * ("zindagi ka koi matlab nahi" and its kin) are crises to the rules, which still flag them;
 * leaving them out would mean running the rules over every trigger at start-up (about as long
 * as training), for three phrases.
 */
export function readThemeNegatives(file: string = THEMES_FILE): TrainingExample[] {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new SafetyTrainingDataError(file, 'cannot be read as JSON', { cause: error });
  }
  const parsed = themesSchema.safeParse(json);
  if (!parsed.success) throw new SafetyTrainingDataError(file, 'has no theme triggers to read');
  const examples: TrainingExample[] = [];
  for (const theme of parsed.data.themes) {
    for (const language of LANGUAGES) {
      for (const text of theme.triggers[language] ?? []) {
        examples.push({ text, label: 'none', category: THEME_TRIGGER, language });
      }
    }
  }
  return examples;
}

/** The files' examples, then our supplement, then the theme negatives. */
export function readAllTrainingExamples(
  dir: string = TRAINING_DIR,
  themesFile: string = THEMES_FILE,
  supplementDir: string = SUPPLEMENT_DIR,
): TrainingExample[] {
  return [
    ...readTrainingData(dir),
    ...readTrainingData(supplementDir),
    ...readTrainingData(supplementDir, ORDINARY_PREFIX),
    ...readThemeNegatives(themesFile),
  ];
}
