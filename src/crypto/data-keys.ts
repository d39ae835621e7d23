/**
 * Per-user data keys (envelope encryption): each user's records are sealed with their own
 * random AES-256 key, which is stored only wrapped by the active master key. Destroying the
 * wrapped key makes every record of that user unreadable, master key or not (crypto-shredding).
 */
import { randomBytes } from 'node:crypto';
import type { DataKeyStore, WrappedDataKey } from '../stores/index.ts';
import { dataKeyAad } from './aad.ts';
import { fromBlob, KEY_BYTES, open, seal, toBlob } from './aes-gcm.ts';
import { MasterKeyError } from './errors.ts';
import type { MasterKey, MasterKeyRing } from './master-key-ring.ts';

export interface DataKeys {
  /**
   * The user's data key, unwrapped. With `create`, a user without one gets one (concurrent
   * callers all get the same key); without it, `undefined` means there is none (or it was
   * destroyed). Callers should `fill(0)` the buffer when done.
   */
  forUser(userId: string, options: { create: boolean; at: Date }): Promise<Buffer | undefined>;
  /** Crypto-shredding: removes the wrapped key (audited); true when there was one. */
  destroy(userId: string, actor: string, at: Date): Promise<boolean>;
}

export function wrapDataKey(master: MasterKey, userId: string, key: Uint8Array): Uint8Array {
  return toBlob(seal(master.key, key, dataKeyAad(userId, master.id)));
}

/** Throws `MasterKeyError` when the wrapping master key is not configured. */
export function unwrapDataKey(ring: MasterKeyRing, stored: WrappedDataKey): Buffer {
  const master = ring.get(stored.masterKeyId);
  if (master === undefined) {
    throw new MasterKeyError(
      `a data key is wrapped by master key ${stored.masterKeyId}, which is not configured; ` +
        'add it back to MASTER_KEYS (after the active one) until `sarathi keys rotate` has run',
    );
  }
  const what = `the data key of user ${stored.userId}`;
  const key = open(
    master.key,
    fromBlob(stored.wrapped, what),
    dataKeyAad(stored.userId, master.id),
    what,
  );
  if (key.byteLength !== KEY_BYTES) throw new MasterKeyError(`${what} has the wrong length`);
  return key;
}

export function createDataKeys(store: DataKeyStore, ring: MasterKeyRing): DataKeys {
  return {
    async forUser(userId, { create, at }) {
      let stored = await store.get(userId);
      if (stored === undefined) {
        if (!create) return undefined;
        const fresh = randomBytes(KEY_BYTES);
        try {
          stored = await store.putIfAbsent({
            userId,
            masterKeyId: ring.active.id,
            wrapped: wrapDataKey(ring.active, userId, fresh),
            createdAt: at,
            wrappedAt: at,
          });
        } finally {
          fresh.fill(0);
        }
      }
      return unwrapDataKey(ring, stored);
    },
    destroy: (userId, actor, at) => store.destroy(userId, actor, at),
  };
}
