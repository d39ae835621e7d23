/**
 * The widget has no push: a nudge for a widget-only person waits in a durable store (the
 * workers record it by reference) and the widget fetches it when it opens. This is the port the
 * channel reads it through; the composition root supplies it (`workers/widget-pending.ts`).
 */
import type { Reply } from '../../src/messages/index.ts';

export interface TakenReply {
  readonly reply: Reply;
  /** Makes it wait again: the response carrying it did not complete. */
  undo(): Promise<void>;
}

export interface PendingReplies {
  /** What waits for the person behind this widget session, now marked shown; or undefined. */
  take(address: string): Promise<TakenReply | undefined>;
}
