/**
 * Loads every corpus/journeys/*.json, validates it and checks each verse ref against the
 * verified corpus, so a typo stops start-up with the file, day and ref named instead of
 * reaching a person as a missing verse.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Corpus } from '../../knowledge/index.ts';
import { journeySchema, type Journey } from './journey-schema.ts';

export interface JourneyCatalog {
  /** Shortest first, then by id: a stable order for lists and suggestions. */
  readonly journeys: readonly Journey[];
  get(id: string): Journey | undefined;
}

export class JourneyContentError extends Error {
  readonly file: string;

  constructor(file: string, problems: readonly string[], options?: { cause?: unknown }) {
    super(`${file}: ${problems.join('; ')}`, options);
    this.name = 'JourneyContentError';
    this.file = file;
  }
}

// "Short teaching": two to four sentences. Counting sentence ends is rough, but our own texts
// avoid abbreviations, so it holds them to the brief without a language model.
const SENTENCE_END = /[.!?।](?=\s|$)/gu;

function sentenceCount(text: string): number {
  return text.match(SENTENCE_END)?.length ?? 0;
}

export function checkJourney(journey: Journey, corpus: Corpus, fileId: string): string[] {
  const problems: string[] = [];
  if (journey.id !== fileId) problems.push(`id "${journey.id}" must match the file name`);
  journey.days.forEach((day, index) => {
    if (day.day !== index + 1)
      problems.push(`day ${day.day} is out of order (expected ${index + 1})`);
    for (const ref of day.refs) {
      if (corpus.get(ref) === undefined) {
        problems.push(`day ${day.day} cites ${ref}, which is not in the corpus`);
      }
    }
    if (new Set(day.refs).size !== day.refs.length) problems.push(`day ${day.day} repeats a ref`);
    for (const language of ['en', 'hi'] as const) {
      const teaching = day.teaching[language];
      if (teaching === undefined) continue;
      const sentences = sentenceCount(teaching);
      if (sentences < 2 || sentences > 4) {
        problems.push(`day ${day.day} teaching (${language}) has ${sentences} sentences, not 2–4`);
      }
    }
  });
  return problems;
}

export async function loadJourneys(dir: string, corpus: Corpus): Promise<JourneyCatalog> {
  const files = (await readdir(dir)).filter((name) => name.endsWith('.json')).sort();
  const journeys: Journey[] = [];
  for (const name of files) {
    const file = path.join(dir, name);
    let raw: unknown;
    try {
      raw = JSON.parse(await readFile(file, 'utf8'));
    } catch (error) {
      throw new JourneyContentError(file, ['cannot be read as JSON'], { cause: error });
    }
    const parsed = journeySchema.safeParse(raw);
    if (!parsed.success) {
      throw new JourneyContentError(
        file,
        parsed.error.issues.slice(0, 5).map((issue) => `${issue.path.join('.')}: ${issue.message}`),
      );
    }
    const problems = checkJourney(parsed.data, corpus, path.basename(name, '.json'));
    if (problems.length > 0) throw new JourneyContentError(file, problems);
    journeys.push(parsed.data);
  }
  if (journeys.length === 0) throw new JourneyContentError(dir, ['holds no journey files']);
  journeys.sort((a, b) => a.days.length - b.days.length || a.id.localeCompare(b.id));
  const byId = new Map(journeys.map((journey) => [journey.id, journey]));
  return { journeys, get: (id) => byId.get(id) };
}
