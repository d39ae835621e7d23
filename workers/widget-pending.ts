/**
 * The web widget's side of a pending nudge: take what waits for a widget session from the store
 * and rebuild its Reply from the reference (journey day or verse) it was recorded with.
 */
import type { PendingReplies } from '../channels/index.ts';
import type { Stores } from '../src/stores/index.ts';
import type { NudgeContent } from './nudge-content.ts';

export function createWidgetPendingNudges(deps: {
  readonly stores: Pick<Stores, 'users' | 'pendingNudges'>;
  readonly content: Pick<NudgeContent, 'render'>;
  readonly now?: () => Date;
}): PendingReplies {
  const now = deps.now ?? (() => new Date());
  const { stores } = deps;
  return {
    async take(address) {
      const pending = await stores.pendingNudges.takeForAddress('web', address, now());
      if (pending?.shownAt === undefined) return undefined;
      const { userId, localDate, shownAt } = pending;
      const undo = async () => {
        await stores.pendingNudges.untake(userId, localDate, shownAt);
      };
      const user = await stores.users.get(userId);
      if (user === undefined) return undefined;
      try {
        const reply = await deps.content.render(user, pending.content, localDate);
        return { reply, undo };
      } catch (error) {
        await undo();
        throw error;
      }
    },
  };
}
