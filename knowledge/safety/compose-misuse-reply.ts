/**
 * The answer to a misuse request: our own words with the missing context, then 1–3 verse refs
 * the answer layer turns into cards from the corpus. For a wish to hurt someone it also
 * carries the helplines, when the caller passes them: anger close to action needs a person.
 */
import type { ReplyPart } from '../../src/messages/index.ts';
import type { HelplineDirectory } from './helplines.ts';
import { MISUSE_VERSES, MISUSE_WORDING } from './misuse-wording.ts';
import { resolveRegion } from './resolve-region.ts';
import { selectHelplines } from './select-resources.ts';
import type { Language, MisuseKind } from './types.ts';

export interface MisuseReplyOptions {
  readonly helplines?: HelplineDirectory;
  readonly region?: string;
}

export interface MisuseReply {
  readonly parts: readonly ReplyPart[];
  readonly verseRefs: readonly string[];
}

export function composeMisuseReply(
  kind: MisuseKind,
  language: Language,
  options: MisuseReplyOptions = {},
): MisuseReply {
  const parts: ReplyPart[] = MISUSE_WORDING[language][kind].map((text) => ({
    type: 'text',
    text,
  }));
  if (kind === 'harm-others' && options.helplines !== undefined) {
    const region = resolveRegion({
      ...(options.region === undefined ? {} : { channelRegion: options.region }),
      language,
    });
    const selected = selectHelplines(options.helplines, region, ['harm-others'], false);
    parts.push({ type: 'resources', resources: selected.resources });
  }
  return { parts, verseRefs: MISUSE_VERSES[kind] };
}
