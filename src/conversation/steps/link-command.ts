/**
 * `/link` gives a one-time code; `/link <code>` on another channel says what linking would do
 * and offers a confirmation; `/link <code> confirm` links. Only the person's own action moves an
 * identity: the code proves they hold both accounts, the confirmation that they agree.
 */
import { LINK_RULES, type IdentityLinks, type LinkResult } from '../../identity/index.ts';
import { LINK_WORDS } from '../link-wording.ts';
import { commandReply, type EngineReply, type Turn } from '../turn.ts';
import { wordingFor } from '../wording.ts';
import { USER_DELETED_FLAG } from './delete-command.ts';

export const IDENTITY_LINKED_FLAG = 'identity_linked';

export async function linkCommand(
  links: IdentityLinks,
  turn: Turn,
  argument: string,
): Promise<EngineReply> {
  const words = LINK_WORDS[wordingFor(turn.language)];
  const userId = turn.userId;
  if (userId === undefined) return commandReply([{ type: 'text', text: words.needsConversation }]);
  const { receivedAt: now, channel, channelUserId } = turn.message;
  const [first = '', ...rest] = argument.trim().split(/\s+/u);

  if (first === '') {
    const issued = await links.issue(userId, now);
    if (issued.kind === 'rate-limited') {
      return commandReply([{ type: 'text', text: words.rateLimited }], ['link_rate_limited']);
    }
    return commandReply([
      { type: 'text', text: words.issued(issued.code, Math.round(LINK_RULES.ttlMs / 60_000)) },
    ]);
  }
  if (first.toLowerCase() === 'cancel')
    return commandReply([{ type: 'text', text: words.cancelled }]);

  // "/link ABCD EFGH confirm" and "/link ABCD-EFGH" both work: the code is what comes before
  // a trailing "confirm".
  const confirm = rest.at(-1)?.toLowerCase() === 'confirm';
  const typedCode = [first, ...(confirm ? rest.slice(0, -1) : rest)].join('');
  const result = await links.link({ typedCode, userId, channel, channelUserId, now, confirm });
  return replyFor(result, typedCode, turn);
}

function replyFor(result: LinkResult, typedCode: string, turn: Turn): EngineReply {
  const words = LINK_WORDS[wordingFor(turn.language)];
  switch (result.kind) {
    case 'would-link':
      return commandReply([
        { type: 'text', text: words.preview(result.previousUserDeleted) },
        {
          type: 'choices',
          choices: [
            { label: words.confirmChoice, payload: `/link ${typedCode} confirm` },
            { label: words.cancelChoice, payload: '/link cancel' },
          ],
        },
      ]);
    case 'linked':
      return {
        parts: [{ type: 'text', text: words.linked }],
        meta: {
          safety: 'none',
          composer: 'command',
          citations: [],
          retrieved: [],
          // The sender's old user may be gone: nothing may be remembered about it.
          flags: [IDENTITY_LINKED_FLAG, ...(result.previousUserDeleted ? [USER_DELETED_FLAG] : [])],
          userId: result.ownerId,
        },
      };
    case 'already-linked':
      return commandReply([{ type: 'text', text: words.alreadyLinked }]);
    case 'has-journey-progress':
      return commandReply([{ type: 'text', text: words.hasJourneyProgress }], ['link_refused']);
    case 'too-many-attempts':
      return commandReply([{ type: 'text', text: words.tooManyAttempts }], ['link_rate_limited']);
    case 'expired':
      return commandReply([{ type: 'text', text: words.expired }], ['link_code_invalid']);
    case 'used':
      return commandReply([{ type: 'text', text: words.used }], ['link_code_invalid']);
    case 'unknown':
    case 'malformed':
    case 'unknown-identity':
      return commandReply([{ type: 'text', text: words.unknown }], ['link_code_invalid']);
  }
}
