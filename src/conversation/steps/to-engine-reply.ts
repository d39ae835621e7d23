import type { Answer } from '../../../knowledge/index.ts';
import type { EngineReply, Turn } from '../turn.ts';

export function toEngineReply(answer: Answer, turn: Turn): EngineReply {
  return {
    parts: answer.parts,
    meta: {
      safety: 'none',
      composer: answer.composer,
      citations: answer.citations,
      retrieved: answer.retrieved,
      flags: answer.flags,
      ...(answer.themeId === undefined ? {} : { themeId: answer.themeId }),
      ...(turn.userId === undefined ? {} : { userId: turn.userId }),
    },
  };
}
