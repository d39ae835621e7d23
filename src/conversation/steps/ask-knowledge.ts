import type { Knowledge } from '../../../knowledge/index.ts';
import type { Turn, EngineReply } from '../turn.ts';
import { WELCOME, wordingFor } from '../wording.ts';
import { toEngineReply } from './to-engine-reply.ts';

/**
 * Step 6, the end of the path: a grounded answer from knowledge. A first message from a new
 * person gets the welcome first, then the answer to what they asked.
 */
export function askKnowledge(knowledge: Knowledge, options: { defaultRegion: string | undefined }) {
  return async function askKnowledgeStep(turn: Turn): Promise<EngineReply> {
    const answer = await knowledge.answer({
      text: turn.message.text,
      recentlyShown: turn.memory?.recentlyShown ?? [],
      context: {
        userRegion: turn.userRegion,
        channelRegion: turn.message.region,
        fallbackRegion: options.defaultRegion,
      },
    });
    const reply = toEngineReply(answer, turn);
    if (turn.firstContact !== true) return reply;
    return {
      ...reply,
      parts: [{ type: 'text', text: WELCOME[wordingFor(turn.language)] }, ...reply.parts],
    };
  };
}
