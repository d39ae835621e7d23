import type { Answer, AnswerRequest, Knowledge } from '../../../knowledge/index.ts';
import type { Turn, EngineReply } from '../turn.ts';
import { welcomeText, wordingFor } from '../wording.ts';
import { toEngineReply } from './to-engine-reply.ts';

/**
 * Step 6, the end of the path: a grounded answer from knowledge. A first message from a new
 * person gets the welcome first, then the answer to what they asked. When the turn streams,
 * checked prose and parts are released as knowledge makes them.
 */
export function askKnowledge(knowledge: Knowledge, options: { defaultRegion: string | undefined }) {
  return async function askKnowledgeStep(turn: Turn): Promise<EngineReply> {
    const request: AnswerRequest = {
      text: turn.message.text,
      recentlyShown: turn.memory?.recentlyShown ?? [],
      context: {
        userRegion: turn.userRegion,
        channelRegion: turn.message.region,
        fallbackRegion: options.defaultRegion,
      },
    };
    const welcome =
      turn.firstContact === true
        ? [
            {
              type: 'text' as const,
              text: welcomeText(wordingFor(turn.language), knowledge.llmProvider),
            },
          ]
        : [];
    const answer =
      turn.release === undefined
        ? await knowledge.answer(request)
        : await streamAnswer(knowledge, request, turn, welcome);
    const reply = toEngineReply(answer, turn);
    return { ...reply, parts: [...welcome, ...reply.parts] };
  };
}

async function streamAnswer(
  knowledge: Knowledge,
  request: AnswerRequest,
  turn: Turn,
  welcome: readonly { type: 'text'; text: string }[],
): Promise<Answer> {
  const release = turn.release!;
  for (const part of welcome) release({ type: 'part', part });
  turn.streamed = true;
  for await (const event of knowledge.answerStream(request)) {
    if (event.type === 'done') return event.answer;
    release(event);
  }
  throw new Error('the answer stream ended without its answer');
}
