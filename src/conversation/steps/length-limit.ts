import { commandReply } from '../turn.ts';
import type { Step } from '../step.ts';
import { tooLong, wordingFor } from '../wording.ts';

/** Step 4: runs after the safety gate, so a long message from someone in crisis is never refused. */
export function lengthLimit(maxCharacters: number): Step {
  return async function lengthLimitStep(turn, next) {
    if ([...turn.message.text].length <= maxCharacters) return next();
    return commandReply(
      [{ type: 'text', text: tooLong(wordingFor(turn.language), maxCharacters) }],
      ['too_long'],
    );
  };
}
