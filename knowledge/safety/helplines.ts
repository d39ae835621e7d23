/**
 * The project's helplines file (`corpus/helplines.json`): facts copied from the shared,
 * sourced list (`../shared/safety/helplines.json`), plus our ids and, per region, which line to
 * show first for each crisis category. Loaded once at start-up and validated, so a broken file
 * fails loudly then instead of leaving a person in crisis without a number.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { HelplinesFileError } from './errors.ts';
import { CRISIS_CATEGORIES } from './types.ts';
import type { CrisisCategory } from './types.ts';

export const HELPLINE_KINDS = [
  'suicide-prevention',
  'mental-health',
  'emergency',
  'domestic-violence',
  'child-abuse',
] as const;

export type HelplineKind = (typeof HELPLINE_KINDS)[number];

/** Crisis categories, plus abuse where a child is the one at risk (child lines first). */
export type HelplineOrderKey = CrisisCategory | 'abuse-danger-child';

export const HELPLINE_ORDER_KEYS: readonly HelplineOrderKey[] = [
  ...CRISIS_CATEGORIES,
  'abuse-danger-child',
];

const helplineSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  kind: z.enum(HELPLINE_KINDS),
  phone: z.string().min(1).nullable(),
  sms: z.string().min(1).nullable(),
  url: z.url().nullable(),
  hours: z.string().min(1),
  languages: z.array(z.string()),
  source: z.url(),
  sourceSeen: z.string().min(1),
  checked: z.iso.date(),
});

const regionSchema = z
  .object({
    helplines: z.array(helplineSchema).min(1),
    order: z.record(z.enum(HELPLINE_ORDER_KEYS), z.array(z.string()).min(1)),
  })
  .superRefine((region, ctx) => {
    const ids = new Set(region.helplines.map((h) => h.id));
    if (ids.size !== region.helplines.length) {
      ctx.addIssue({ code: 'custom', message: 'helpline ids repeat' });
    }
    for (const h of region.helplines) {
      if (h.phone === null && h.sms === null && h.url === null) {
        ctx.addIssue({ code: 'custom', message: `${h.id} has no phone, sms or url` });
      }
    }
    for (const key of HELPLINE_ORDER_KEYS) {
      const order = region.order[key];
      if (order === undefined) {
        ctx.addIssue({ code: 'custom', message: `no order for ${key}` });
        continue;
      }
      for (const id of order) {
        if (!ids.has(id)) ctx.addIssue({ code: 'custom', message: `order ${key}: unknown ${id}` });
      }
    }
  });

const directorySchema = z.object({
  checked: z.iso.date(),
  note: z.string().min(1),
  reverify: z.string().min(1),
  regions: z
    .record(z.string().regex(/^(?:[A-Z]{2}|INTL)$/), regionSchema)
    .refine((regions) => regions.INTL !== undefined, 'the INTL directory entry is required'),
});

export type Helpline = z.infer<typeof helplineSchema>;
export type RegionHelplines = z.infer<typeof regionSchema>;
export type HelplineDirectory = z.infer<typeof directorySchema>;
/** The loaded helplines file, under the name the answer layer uses. */
export type Helplines = HelplineDirectory;

/** Reads and validates the helplines file. Throws `HelplinesFileError` naming the problem. */
export function loadHelplines(path: string): HelplineDirectory {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new HelplinesFileError(path, 'cannot be read', { cause: error });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new HelplinesFileError(path, 'is not valid JSON', { cause: error });
  }
  const parsed = directorySchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first === undefined ? '' : `${first.path.join('.')}: ${first.message}`;
    throw new HelplinesFileError(path, `does not match the schema (${where})`, {
      cause: parsed.error,
    });
  }
  return parsed.data;
}
