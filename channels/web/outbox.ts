/**
 * The widget has no push: a reply sent outside a turn (`send`) waits here and is
 * streamed at the start of that session's next message. Memory of one process, bounded in
 * sessions, replies per session and age; a full outbox refuses (and `send` throws) rather than
 * dropping something silently.
 *
 * Daily nudges do not come through here: they wait durably in the store (`PendingNudgeStore`)
 * and reach the widget through `pending.ts`. This outbox is for any other reply sent outside a
 * turn, and is lost on restart.
 */
import type { ReplyPart } from '../../src/messages/index.ts';

export interface OutboxOptions {
  readonly maxSessions?: number;
  readonly maxRepliesPerSession?: number;
  readonly ttlMs?: number;
  readonly now?: () => number;
}

export interface Outbox {
  /** False when the outbox is full for this session or overall: nothing was queued. */
  put(address: string, parts: readonly ReplyPart[]): boolean;
  /** Removes and returns what waits for the session (oldest first), dropping expired replies. */
  take(address: string): ReplyPart[];
  readonly sessions: number;
}

export const DEFAULT_OUTBOX_TTL_MS = 7 * 24 * 60 * 60 * 1000;

interface Pending {
  readonly parts: readonly ReplyPart[];
  readonly expiresAt: number;
}

export function createOutbox(options: OutboxOptions = {}): Outbox {
  const maxSessions = options.maxSessions ?? 10_000;
  const maxReplies = options.maxRepliesPerSession ?? 10;
  const ttlMs = options.ttlMs ?? DEFAULT_OUTBOX_TTL_MS;
  const now = options.now ?? Date.now;
  const bySession = new Map<string, Pending[]>();

  function live(address: string, at: number): Pending[] {
    const pending = (bySession.get(address) ?? []).filter((reply) => reply.expiresAt > at);
    if (pending.length === 0) bySession.delete(address);
    else bySession.set(address, pending);
    return pending;
  }

  function pruneExpiredSessions(at: number): void {
    for (const address of [...bySession.keys()]) live(address, at);
  }

  return {
    put(address, parts) {
      const at = now();
      let pending = live(address, at);
      if (pending.length === 0 && bySession.size >= maxSessions) {
        pruneExpiredSessions(at);
        if (bySession.size >= maxSessions) return false;
        pending = [];
      }
      if (pending.length >= maxReplies) return false;
      bySession.set(address, [...pending, { parts, expiresAt: at + ttlMs }]);
      return true;
    },
    take(address) {
      const pending = live(address, now());
      bySession.delete(address);
      return pending.flatMap((reply) => [...reply.parts]);
    },
    get sessions() {
      return bySession.size;
    },
  };
}
