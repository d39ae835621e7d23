/**
 * Which helplines a crisis reply shows, in which order. Immediate danger comes first (an
 * overdose or someone being hurt right now puts emergency services at the top), then the
 * lines for each other category, without repeats. An unknown region gets India's lines (our
 * main audience) and the international directory; a region we have no lines for gets the
 * directory alone rather than another country's numbers.
 */
import type { Resource } from '../../src/messages/index.ts';
import type { Helpline, HelplineDirectory, HelplineOrderKey } from './helplines.ts';
import type { CrisisCategory } from './types.ts';

/** Most urgent first: these decide what the person sees at the top. */
const URGENCY: readonly CrisisCategory[] = [
  'overdose',
  'abuse-danger',
  'suicidal',
  'scripture-misuse-suicide',
  'self-harm',
  'harm-others',
];

const DEFAULT_REGION = 'IN';
const DIRECTORY_REGION = 'INTL';
/** Enough to choose from, few enough to read in a hurry. */
const MAX_REGION_LINES = 4;

export interface SelectedHelplines {
  readonly resources: readonly Resource[];
  /** The emergency line of the region shown, if it has one. */
  readonly emergency?: Helpline;
  /** False when the region was unknown and India's lines stand in for it. */
  readonly regionKnown: boolean;
}

function toResource(helpline: Helpline, region: string): Resource {
  return {
    name: helpline.name,
    region,
    hours: helpline.hours,
    ...(helpline.phone === null ? {} : { phone: helpline.phone }),
    ...(helpline.sms === null ? {} : { sms: helpline.sms }),
    ...(helpline.url === null ? {} : { url: helpline.url }),
  };
}

function orderKeys(
  categories: readonly CrisisCategory[],
  childAtRisk: boolean,
): HelplineOrderKey[] {
  const present = URGENCY.filter((c) => categories.includes(c));
  const keys = present.length > 0 ? present : (['suicidal'] as const);
  return keys.map((c) => (c === 'abuse-danger' && childAtRisk ? 'abuse-danger-child' : c));
}

function linesFor(
  directory: HelplineDirectory,
  region: string,
  keys: readonly HelplineOrderKey[],
): Helpline[] {
  const lines = directory.regions[region];
  if (lines === undefined) return [];
  const byId = new Map(lines.helplines.map((h) => [h.id, h]));
  const chosen: Helpline[] = [];
  for (const key of keys) {
    for (const id of lines.order[key]) {
      const helpline = byId.get(id);
      if (helpline !== undefined && !chosen.includes(helpline)) chosen.push(helpline);
    }
  }
  return chosen;
}

export function selectHelplines(
  directory: HelplineDirectory,
  region: string | undefined,
  categories: readonly CrisisCategory[],
  childAtRisk: boolean,
): SelectedHelplines {
  const keys = orderKeys(categories, childAtRisk);
  const shown = region ?? DEFAULT_REGION;
  const regional =
    shown === DIRECTORY_REGION ? [] : linesFor(directory, shown, keys).slice(0, MAX_REGION_LINES);
  const resources = regional.map((h) => toResource(h, shown));
  if (region === undefined || regional.length === 0) {
    const directoryLines = linesFor(directory, DIRECTORY_REGION, keys);
    resources.push(...directoryLines.map((h) => toResource(h, DIRECTORY_REGION)));
  }
  const emergencyLine = directory.regions[shown]?.helplines.find((h) => h.kind === 'emergency');
  return {
    resources,
    regionKnown: region !== undefined,
    ...(emergencyLine === undefined ? {} : { emergency: emergencyLine }),
  };
}
