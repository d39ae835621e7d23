import type { NewTurn } from './turns.ts';

// No whitespace and a short length: a label or a verse ref fits, a sentence someone wrote
// does not. This is how "turns hold metadata only" is enforced rather than just promised.
const TOKEN = /^[A-Za-z0-9][A-Za-z0-9._:/-]{0,63}$/;
const MAX_CITATIONS = 50;

/**
 * Throws a `RangeError` naming the offending field (never its value) when a turn would carry
 * anything but metadata. Every adapter calls it before writing.
 */
export function checkNewTurn(turn: NewTurn): void {
  if (turn.role !== 'user' && turn.role !== 'assistant') {
    throw new RangeError('turn.role must be "user" or "assistant"');
  }
  if (!TOKEN.test(turn.kind)) throw new RangeError('turn.kind must be a short token');
  if (turn.themeId !== undefined && !TOKEN.test(turn.themeId)) {
    throw new RangeError('turn.themeId must be a short token');
  }
  if (turn.citations.length > MAX_CITATIONS) {
    throw new RangeError(`turn.citations holds at most ${MAX_CITATIONS} refs`);
  }
  if (!turn.citations.every((ref) => TOKEN.test(ref))) {
    throw new RangeError('turn.citations must be verse refs');
  }
  if (turn.sealed !== undefined && !(turn.sealed instanceof Uint8Array)) {
    throw new RangeError('turn.sealed must be bytes');
  }
}
