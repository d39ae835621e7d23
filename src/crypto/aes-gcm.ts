/**
 * AES-256-GCM with node:crypto: a fresh random 96-bit IV per message, a 128-bit tag, and
 * additional authenticated data that binds the ciphertext to where it belongs.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { DecryptionError } from './errors.ts';

export const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;

export interface Sealed {
  readonly iv: Uint8Array;
  readonly tag: Uint8Array;
  readonly ciphertext: Uint8Array;
}

function checkKey(key: Uint8Array): void {
  if (key.byteLength !== KEY_BYTES) throw new RangeError('an AES-256 key is 32 bytes');
}

export function seal(key: Uint8Array, plaintext: Uint8Array, aad: Uint8Array): Sealed {
  checkKey(key);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(aad);
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return { iv, tag: cipher.getAuthTag(), ciphertext };
}

/** Throws `DecryptionError` (naming `what`, never the data) unless key, bytes and AAD all match. */
export function open(key: Uint8Array, sealed: Sealed, aad: Uint8Array, what: string): Buffer {
  checkKey(key);
  if (sealed.iv.byteLength !== IV_BYTES || sealed.tag.byteLength !== TAG_BYTES) {
    throw new DecryptionError(what);
  }
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, sealed.iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(aad);
    decipher.setAuthTag(sealed.tag);
    return Buffer.concat([decipher.update(sealed.ciphertext), decipher.final()]);
  } catch (cause) {
    throw new DecryptionError(what, { cause });
  }
}

// One blob for places that keep a single column: a format byte, then IV, tag, ciphertext.
const FORMAT_V1 = 1;

export function toBlob(sealed: Sealed): Uint8Array {
  return Buffer.concat([Buffer.of(FORMAT_V1), sealed.iv, sealed.tag, sealed.ciphertext]);
}

export function fromBlob(blob: Uint8Array, what: string): Sealed {
  if (blob.byteLength < 1 + IV_BYTES + TAG_BYTES || blob[0] !== FORMAT_V1) {
    throw new DecryptionError(what);
  }
  return {
    iv: blob.subarray(1, 1 + IV_BYTES),
    tag: blob.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES),
    ciphertext: blob.subarray(1 + IV_BYTES + TAG_BYTES),
  };
}
