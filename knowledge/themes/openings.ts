/**
 * Opening lines by tone (corpus/openings.json): the first, human sentence of an answer,
 * before any verse. Our own wording, in English and Hindi.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { TONES, type Tone } from './theme-map.ts';

const linesSchema = z.object({
  en: z.array(z.string().min(1)).min(1),
  hi: z.array(z.string().min(1)).min(1),
});

const openingsSchema = z.object({
  version: z.number().int(),
  tones: z.record(z.string(), linesSchema),
});

export type OpeningLines = z.infer<typeof linesSchema>;

export interface Openings {
  /** Lines for a tone, or the `general` lines when the tone has none. */
  forTone(tone: Tone | 'general'): OpeningLines;
}

export class OpeningsError extends Error {
  constructor(file: string, problem: string, options?: { cause?: unknown }) {
    super(`${file}: ${problem}`, options);
    this.name = 'OpeningsError';
  }
}

export async function loadOpenings(file: string): Promise<Openings> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new OpeningsError(file, 'cannot be read as JSON', { cause: error });
  }
  const parsed = openingsSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new OpeningsError(file, `${issue?.path.join('.')}: ${issue?.message}`);
  }
  const tones = parsed.data.tones;
  const general = tones['general'];
  if (general === undefined) throw new OpeningsError(file, 'the "general" tone is missing');
  const missing = TONES.filter((tone) => tones[tone] === undefined);
  if (missing.length > 0) throw new OpeningsError(file, `tones missing: ${missing.join(', ')}`);
  return { forTone: (tone) => tones[tone] ?? general };
}
