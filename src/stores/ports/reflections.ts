import type { UserId } from './users.ts';

/** A reflection as stored: ciphertext only, under the user's data key. */
export interface SealedReflection {
  /** Chosen by the caller before sealing, because the ciphertext is bound to it. */
  readonly id: string;
  readonly userId: UserId;
  readonly createdAt: Date;
  readonly iv: Uint8Array;
  readonly tag: Uint8Array;
  readonly ciphertext: Uint8Array;
  /** The journey day this answers, when it was written as a reply to a journey prompt. */
  readonly journeyId?: string;
  readonly journeyDay?: number;
}

/**
 * Contract:
 * - The store holds ciphertext and ids only: no plaintext, hash or other searchable derivative.
 * - `add` writes the reflection and a `reflection.create` audit entry (actor `user:<userId>`)
 *   atomically; a second `add` with a known id fails with a `StoreError`.
 * - Lists are newest first (by `createdAt`, then by insertion).
 * - Deleting the user removes their reflections.
 */
export interface ReflectionStore {
  add(reflection: SealedReflection): Promise<void>;
  recent(userId: UserId, limit: number): Promise<SealedReflection[]>;
  /** Every reflection of one user, newest first (for export). */
  allFor(userId: UserId): Promise<SealedReflection[]>;
  /** Removes every reflection of one user; returns how many. */
  deleteAllFor(userId: UserId): Promise<number>;
}
