import type { UserId } from './users.ts';

export type TurnRole = 'user' | 'assistant';

/**
 * One step of a conversation, kept briefly so follow-ups ("another verse") make sense.
 *
 * Privacy rule: what a person wrote (and what we answered) is never stored in plaintext.
 * A turn holds metadata only: `kind`, `citations` and `themeId` must be short tokens (no
 * spaces), which both adapters enforce. `sealed` is for ciphertext made with the user's own
 * key once the encryption issue lands; nothing may put plaintext there.
 */
export interface NewTurn {
  readonly userId: UserId;
  readonly role: TurnRole;
  /** What happened, as a token: "question", "answer", "verse", "command.help"… */
  readonly kind: string;
  readonly at: Date;
  /** Verse refs shown, in order ("2.47"). */
  readonly citations: readonly string[];
  readonly themeId?: string;
  readonly sealed?: Uint8Array;
}

export interface ConversationTurn extends NewTurn {
  readonly id: string;
}

export interface TurnStore {
  append(turn: NewTurn): Promise<ConversationTurn>;
  /**
   * Several turns written together, in order, all or none (one transaction): the two sides of
   * an exchange cost one commit instead of two on every message.
   */
  appendAll(turns: readonly NewTurn[]): Promise<ConversationTurn[]>;
  /** Newest first (by `at`, then by insertion); at most `limit` turns. */
  recent(userId: UserId, limit: number): Promise<ConversationTurn[]>;
  /** Removes turns older than `cutoff` (all users); returns how many. */
  purgeOlderThan(cutoff: Date): Promise<number>;
  /** Removes every turn of one user; returns how many. */
  deleteAllFor(userId: UserId): Promise<number>;
}
