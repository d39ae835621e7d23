/**
 * `/delete`: two steps, so nobody loses everything to a stray tap. The first step answers with
 * a short code that changes every ten minutes; `/delete <code>` then erases the person: their
 * data key first (crypto-shredding), then everything kept about them (see privacy/erase-user).
 * The code is derived, not stored, so asking costs nothing.
 */
import { createHash } from 'node:crypto';
import { eraseUser } from '../../privacy/index.ts';
import type { ReminderScheduler } from '../../reminders/index.ts';
import type { Stores } from '../../stores/index.ts';
import { commandReply, type EngineReply, type Turn } from '../turn.ts';
import { DELETE_ASK, DELETE_DONE, DELETE_WRONG_CODE, wordingFor } from '../wording.ts';

const WINDOW_MS = 10 * 60_000;

export const USER_DELETED_FLAG = 'user_deleted';

function codeFor(userId: string, window: number): string {
  const digest = createHash('sha256').update(`sarathi-delete:${userId}:${window}`).digest();
  return String(digest.readUInt32BE(0) % 10_000).padStart(4, '0');
}

export async function deleteCommand(
  stores: Stores,
  turn: Turn,
  argument: string,
  scheduler?: Pick<ReminderScheduler, 'cancel'>,
): Promise<EngineReply> {
  const wording = wordingFor(turn.language);
  const userId = turn.userId;
  if (userId === undefined) return commandReply([{ type: 'text', text: DELETE_DONE[wording] }]);
  const window = Math.floor(turn.message.receivedAt.getTime() / WINDOW_MS);
  const given = argument.trim();
  if (given === '') {
    const code = codeFor(userId, window);
    return commandReply([
      { type: 'text', text: DELETE_ASK[wording](code) },
      { type: 'choices', choices: [{ label: `/delete ${code}`, payload: `/delete ${code}` }] },
    ]);
  }
  // The code from the window before still counts, so a confirmation at 10:09:59 → 10:10:01 works.
  if (given !== codeFor(userId, window) && given !== codeFor(userId, window - 1)) {
    return commandReply([{ type: 'text', text: DELETE_WRONG_CODE[wording] }]);
  }
  await eraseUser(stores, userId, turn.message.receivedAt);
  // The nudge worker also drops a scheduler whose user is gone, so a queue that is down now
  // cannot make a deleted person receive anything.
  await scheduler?.cancel(userId).catch(() => undefined);
  return commandReply([{ type: 'text', text: DELETE_DONE[wording] }], [USER_DELETED_FLAG]);
}
