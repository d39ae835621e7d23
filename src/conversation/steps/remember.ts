import type { TurnStore } from '../../stores/index.ts';
import type { Step } from '../step.ts';
import { USER_DELETED_FLAG } from './delete-command.ts';

const MEMORY_TURNS = 12;

/**
 * Loads what the conversation needs to continue ("another verse", no repeats) and, after the
 * reply, records both sides as metadata only: kinds, verse refs, theme — never the words.
 * It runs after the safety gate, so crisis exchanges are not recorded at all.
 */
export function remember(turns: TurnStore): Step {
  return async function rememberStep(turn, next) {
    const userId = turn.userId;
    if (userId === undefined) return next();
    const recent = await turns.recent(userId, MEMORY_TURNS);
    turn.memory = {
      recentlyShown: recent.flatMap((past) => past.citations),
      lastThemeId: recent.find((past) => past.role === 'assistant' && past.themeId)?.themeId,
    };
    const reply = await next();
    // After /delete there is nobody to remember, and nothing should be written about them.
    if (reply.meta.flags.includes(USER_DELETED_FLAG)) return reply;
    const at = turn.message.receivedAt;
    await turns.appendAll([
      { userId, role: 'user', kind: userTurnKind(turn.message), at, citations: [] },
      {
        userId,
        role: 'assistant',
        kind: reply.meta.composer,
        at,
        citations: reply.meta.citations,
        ...(reply.meta.themeId === undefined ? {} : { themeId: reply.meta.themeId }),
      },
    ]);
    return reply;
  };
}

function userTurnKind(message: { text: string; action?: string }): string {
  if (message.action !== undefined) return 'action';
  return message.text.trimStart().startsWith('/') ? 'command' : 'message';
}
