/**
 * The shape of a journey file in corpus/journeys/. Content is ours; verse refs are facts, checked
 * against the corpus by `loadJourneys`. English is required, Hindi is optional per field (a
 * missing Hindi field falls back to English).
 */
import { z } from 'zod';

const words = z.string().trim().min(1);
const wording = z.strictObject({ en: words, hi: words.optional() });

export const journeyDaySchema = z.strictObject({
  day: z.number().int().min(1),
  title: wording,
  refs: z
    .array(z.string().regex(/^\d{1,2}\.\d{1,3}$/, 'refs look like "2.47"'))
    .min(1)
    .max(2),
  teaching: wording,
  prompt: wording,
  practice: wording,
});

export const journeySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'journey ids are kebab-case'),
  title: wording,
  summary: wording,
  days: z.array(journeyDaySchema).min(1),
});

export type Wording = z.infer<typeof wording>;
export type JourneyDay = z.infer<typeof journeyDaySchema>;
export type Journey = z.infer<typeof journeySchema>;
