import type { ChannelName } from '../../messages/index.ts';
import type { UserId } from './users.ts';

/**
 * What a day's nudge carried, by reference only: the journey day or the verse. The Reply is
 * rebuilt from the journey file and the corpus when it is shown, so nothing written for or by
 * the person is stored here.
 */
export type NudgeContentRef =
  | { readonly kind: 'journey'; readonly journeyId: string; readonly day: number }
  | { readonly kind: 'verse'; readonly ref: string };

/** A nudge for someone reachable only where there is no push (the web widget). */
export interface PendingNudge {
  readonly userId: UserId;
  readonly localDate: string;
  readonly content: NudgeContentRef;
  readonly createdAt: Date;
  /** When the widget took it to show; absent while it waits. */
  readonly shownAt?: Date;
}

/**
 * Contract:
 * - One record per (user, local date). `put` records it unless that day is recorded already (a
 *   retried job keeps the first); it returns whether it recorded. An unknown user is a
 *   `StoreError`.
 * - `takeForAddress` finds the person who owns (channel, address), marks their newest waiting
 *   nudge shown at `now` and returns it; older waiting ones are marked shown with it (superseded:
 *   someone back after a week sees today's nudge, not a backlog). Atomic: of concurrent takes,
 *   one gets the nudge. `undefined` when nothing waits.
 * - `untake` makes a taken nudge wait again when its delivery did not complete, only if it is
 *   still marked shown at `shownAt` (nobody took it since); returns whether it did.
 * - Everything is removed with the user.
 */
export interface PendingNudgeStore {
  put(pending: {
    readonly userId: UserId;
    readonly localDate: string;
    readonly content: NudgeContentRef;
    readonly now: Date;
  }): Promise<boolean>;
  takeForAddress(
    channel: ChannelName,
    address: string,
    now: Date,
  ): Promise<PendingNudge | undefined>;
  untake(userId: UserId, localDate: string, shownAt: Date): Promise<boolean>;
  get(userId: UserId, localDate: string): Promise<PendingNudge | undefined>;
}
