/**
 * `/delete` confirmed: crypto-shredding first — the user's data key is destroyed, so every
 * reflection (and anything else sealed for them) is unreadable from that moment, even to
 * someone holding the master key or a backup of the rows. Then the user and everything of
 * theirs is deleted (identities, addresses, reflections, turns, channel state), with SQLite's
 * secure_delete zeroing the rows and the WAL checkpointed. A failure in between leaves a user
 * whose records are already unreadable; sending /delete again finishes the job.
 */
import { userActor, type Stores } from '../stores/index.ts';

export async function eraseUser(stores: Stores, userId: string, at: Date): Promise<boolean> {
  const actor = userActor(userId);
  await stores.dataKeys.destroy(userId, actor, at);
  const removed = await stores.users.delete(userId);
  if (removed) {
    await stores.auditLog.record({
      at,
      actor,
      action: 'user.delete',
      recordType: 'user',
      recordId: userId,
    });
  }
  return removed;
}
