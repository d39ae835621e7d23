/**
 * The reply to a crisis: warm words and one concrete step first, then the helplines for the
 * person's region and situation, then an invitation to keep talking. No verse, ever: this is
 * the moment for a human voice, not a teaching.
 */
import type { ReplyPart } from '../../src/messages/index.ts';
import { CRISIS_WORDING } from './crisis-wording.ts';
import type { CrisisSituation } from './crisis-wording.ts';
import type { HelplineDirectory } from './helplines.ts';
import { resolveRegion } from './resolve-region.ts';
import { selectHelplines } from './select-resources.ts';
import type { CrisisAssessment, Language } from './types.ts';

export interface CrisisReplyInput {
  readonly assessment: CrisisAssessment;
  /** The best region the caller knows (user setting, channel); inferred from language if absent. */
  readonly region?: string;
  readonly language: Language;
  readonly helplines: HelplineDirectory;
}

/** The most urgent situation decides the opening words. */
function situationOf(assessment: CrisisAssessment): CrisisSituation {
  const has = (c: CrisisAssessment['categories'][number]): boolean =>
    assessment.categories.includes(c);
  const other = assessment.concern === 'other';
  if (has('overdose')) return other ? 'overdose-other' : 'overdose-self';
  if (has('abuse-danger')) {
    if (assessment.childAtRisk === true) return other ? 'abuse-child' : 'abuse-self-child';
    return other ? 'abuse-other' : 'abuse-self';
  }
  if (has('suicidal') || has('scripture-misuse-suicide')) {
    return other ? 'suicidal-other' : 'suicidal-self';
  }
  if (has('self-harm')) return other ? 'self-harm-other' : 'self-harm-self';
  if (has('harm-others')) return 'harm-others';
  return other ? 'suicidal-other' : 'suicidal-self';
}

export function composeCrisisReply(input: CrisisReplyInput): readonly ReplyPart[] {
  const { assessment, language, helplines } = input;
  const wording = CRISIS_WORDING[language];
  const region = resolveRegion({
    ...(input.region === undefined ? {} : { channelRegion: input.region }),
    language,
  });
  const selected = selectHelplines(
    helplines,
    region,
    assessment.categories,
    assessment.childAtRisk === true,
  );
  const situation = situationOf(assessment);
  const call = wording.call(selected.emergency?.phone ?? undefined, selected.regionKnown);
  const opening = wording.opening[situation].replace('{call}', call);

  const closing: string[] = [];
  if (assessment.categories.includes('scripture-misuse-suicide'))
    closing.push(wording.scriptureNote);
  if (situation === 'abuse-self' || situation === 'abuse-self-child') {
    closing.push(wording.privacyNote);
  }
  closing.push(assessment.concern === 'other' ? wording.inviteForOther : wording.invite);

  return [
    { type: 'text', text: opening },
    { type: 'resources', resources: selected.resources },
    { type: 'text', text: closing.join(' ') },
  ];
}
