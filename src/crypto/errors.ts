/**
 * Decryption refused: wrong key, tampered bytes, or ciphertext presented for another user or
 * record than it was sealed for (the AAD differs). AES-GCM cannot tell these apart, and neither
 * does this error: it never says which, and never carries the bytes.
 */
export class DecryptionError extends Error {
  constructor(what: string, options: { cause?: unknown } = {}) {
    super(
      `cannot decrypt ${what}: wrong key, tampered data or another record's ciphertext`,
      options,
    );
    this.name = 'DecryptionError';
  }
}

/** The user has no data key (never had one, or /delete destroyed it): nothing can be read. */
export class DataKeyMissingError extends Error {
  readonly userId: string;

  constructor(userId: string) {
    super(`user ${userId} has no data key`);
    this.name = 'DataKeyMissingError';
    this.userId = userId;
  }
}

/** Master keys are missing, malformed or do not include one a stored key was wrapped by. */
export class MasterKeyError extends Error {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super(message, options);
    this.name = 'MasterKeyError';
  }
}
