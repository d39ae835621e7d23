/**
 * Seals and opens one user's records with that user's data key, each bound (by the AAD) to the
 * user, the record's id and its kind. The unwrapped key lives only for the call.
 */
import { recordAad, type SealedKind } from './aad.ts';
import { open, seal, type Sealed } from './aes-gcm.ts';
import type { DataKeys } from './data-keys.ts';
import { DataKeyMissingError } from './errors.ts';

export interface RecordRef {
  readonly userId: string;
  readonly kind: SealedKind;
  readonly recordId: string;
}

export interface UserCipher {
  /** Creates the user's data key on first use. */
  seal(ref: RecordRef, plaintext: Uint8Array, at: Date): Promise<Sealed>;
  /** Throws `DataKeyMissingError` when the user has no key, `DecryptionError` on any mismatch. */
  open(ref: RecordRef, sealed: Sealed): Promise<Buffer>;
  /** Opens several records of one user with one unwrap of their key. */
  openAll(
    userId: string,
    records: ReadonlyArray<Omit<RecordRef, 'userId'> & Sealed>,
  ): Promise<Buffer[]>;
}

export function createUserCipher(dataKeys: DataKeys): UserCipher {
  async function withKey<T>(
    userId: string,
    create: boolean,
    at: Date,
    work: (key: Buffer) => T,
  ): Promise<T> {
    const key = await dataKeys.forUser(userId, { create, at });
    if (key === undefined) throw new DataKeyMissingError(userId);
    try {
      return work(key);
    } finally {
      key.fill(0);
    }
  }

  return {
    seal: (ref, plaintext, at) =>
      withKey(ref.userId, true, at, (key) =>
        seal(key, plaintext, recordAad(ref.kind, ref.userId, ref.recordId)),
      ),
    open: (ref, sealed) =>
      withKey(ref.userId, false, new Date(), (key) =>
        open(
          key,
          sealed,
          recordAad(ref.kind, ref.userId, ref.recordId),
          `${ref.kind} ${ref.recordId}`,
        ),
      ),
    openAll: async (userId, records) => {
      if (records.length === 0) return [];
      return withKey(userId, false, new Date(), (key) =>
        records.map((record) =>
          open(
            key,
            record,
            recordAad(record.kind, userId, record.recordId),
            `${record.kind} ${record.recordId}`,
          ),
        ),
      );
    },
  };
}
