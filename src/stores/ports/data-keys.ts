import type { UserId } from './users.ts';

/**
 * A user's data key as stored: the key itself only ever wrapped (encrypted) by a master key,
 * named by `masterKeyId` so the right master key unwraps it after a rotation. The store never
 * sees an unwrapped key; wrapping and unwrapping live in `src/crypto`.
 */
export interface WrappedDataKey {
  readonly userId: UserId;
  readonly masterKeyId: string;
  /** Opaque bytes made by `src/crypto` (format version, IV, tag, ciphertext). */
  readonly wrapped: Uint8Array;
  readonly createdAt: Date;
  /** When the current wrapping was written (equals `createdAt` until a rotation re-wraps it). */
  readonly wrappedAt: Date;
}

/** A re-wrap: the same key under another master key, replacing the one `from` names. */
export interface Rewrap {
  readonly userId: UserId;
  readonly fromMasterKeyId: string;
  readonly toMasterKeyId: string;
  readonly wrapped: Uint8Array;
  readonly at: Date;
  /** Who asked, for the audit log: "operator", "user:<id>". */
  readonly actor: string;
}

/**
 * Contract:
 * - One key per user, created once: concurrent `putIfAbsent` calls keep the first and every
 *   caller gets that one back, so nothing is ever sealed under a key that was then dropped.
 * - `rewrap` is compare-and-set: it changes the row only while it is still wrapped by
 *   `fromMasterKeyId`, and records a `data-key.rewrap` audit entry in the same transaction.
 * - `destroy` removes the key with nothing recoverable left where the adapter can ensure it
 *   (SQLite: secure_delete and a WAL checkpoint), recording `data-key.destroy` with it.
 * - Deleting the user removes their key too.
 */
export interface DataKeyStore {
  get(userId: UserId): Promise<WrappedDataKey | undefined>;
  /** Stores `key` unless the user has one already; returns the stored key either way. */
  putIfAbsent(key: WrappedDataKey): Promise<WrappedDataKey>;
  /** False when the key is gone or was already re-wrapped by someone else. */
  rewrap(change: Rewrap): Promise<boolean>;
  /** Up to `limit` keys wrapped by any master key other than `masterKeyId`, oldest first. */
  wrappedByOtherThan(masterKeyId: string, limit: number): Promise<WrappedDataKey[]>;
  /** How many keys each master key wraps (ids with no keys are absent). */
  countByMasterKey(): Promise<Record<string, number>>;
  /** True when a key was removed. */
  destroy(userId: UserId, actor: string, at: Date): Promise<boolean>;
}
