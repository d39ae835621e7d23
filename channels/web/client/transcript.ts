/**
 * The conversation as the widget remembers it across page reloads, and the messages still on
 * their way (the outbox). Both live in the visitor's own browser storage; both are bounded, so a
 * long conversation never fills the site's storage quota.
 */
import type { WidgetPart } from '../protocol.ts';

export type Entry =
  | {
      readonly kind: 'user';
      /** The message id sent to the server (its dedupe key). */
      readonly id: string;
      readonly text: string;
      /** Set when the message was never answered and is too old to resend by itself. */
      readonly unsent?: true;
    }
  | { readonly kind: 'bot'; readonly id: string; readonly parts: readonly WidgetPart[] };

export interface Outgoing {
  readonly id: string;
  readonly text: string;
  readonly action?: string;
  /** Epoch ms when first queued: a reload resumes only recent messages with the same id. */
  readonly queuedAt: number;
}

export const MAX_ENTRIES = 60;
/** Characters of JSON; localStorage quotas are about 5 MB per site, shared with the host page. */
export const MAX_TRANSCRIPT_CHARS = 200_000;

/** Drops the oldest entries until both bounds hold; never drops the newest entry. */
export function bounded(entries: readonly Entry[]): Entry[] {
  let kept = entries.slice(-MAX_ENTRIES);
  while (kept.length > 1 && JSON.stringify(kept).length > MAX_TRANSCRIPT_CHARS) {
    kept = kept.slice(1);
  }
  return kept;
}

/** Reads back stored entries, discarding anything that does not have the expected shape. */
export function validEntries(value: unknown): Entry[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (entry: unknown): entry is Entry =>
      typeof entry === 'object' &&
      entry !== null &&
      typeof (entry as Entry).id === 'string' &&
      (((entry as Entry).kind === 'user' &&
        typeof (entry as { text?: unknown }).text === 'string') ||
        ((entry as Entry).kind === 'bot' && Array.isArray((entry as { parts?: unknown }).parts))),
  );
}

export function validOutbox(value: unknown): Outgoing[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (item: unknown): item is Outgoing =>
      typeof item === 'object' &&
      item !== null &&
      typeof (item as Outgoing).id === 'string' &&
      typeof (item as Outgoing).text === 'string' &&
      typeof (item as Outgoing).queuedAt === 'number',
  );
}
