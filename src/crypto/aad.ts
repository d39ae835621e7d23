/**
 * The additional authenticated data for every sealed thing. Binding the owner and the record
 * id (and the kind of record) means ciphertext copied to another user's row, another record,
 * or another table fails to decrypt, even under the right key.
 */
export type SealedKind = 'reflection' | 'turn';

export function recordAad(kind: SealedKind, userId: string, recordId: string): Buffer {
  return Buffer.from(`sarathi/v1|${kind}|${userId}|${recordId}`, 'utf8');
}

/** A wrapped data key is bound to its user and to the master key that wrapped it. */
export function dataKeyAad(userId: string, masterKeyId: string): Buffer {
  return Buffer.from(`sarathi/v1|data-key|${userId}|${masterKeyId}`, 'utf8');
}
