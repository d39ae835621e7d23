/**
 * A store operation failed. `store` and `op` say where ("turns", "append"); the driver's own
 * error is the `cause`. Messages never carry the values involved (addresses are personal).
 */
export class StoreError extends Error {
  readonly store: string;
  readonly op: string;

  constructor(store: string, op: string, options: { cause?: unknown; detail?: string } = {}) {
    super(`${store}.${op} failed${options.detail ? `: ${options.detail}` : ''}`, {
      cause: options.cause,
    });
    this.name = 'StoreError';
    this.store = store;
    this.op = op;
  }
}

/**
 * The database was written by a newer Sarathi (it records a schema version this code does not
 * know). Running old code on it could corrupt data, so opening refuses.
 */
export class StoreSchemaError extends StoreError {
  readonly fileVersion: number;
  readonly knownVersion: number;

  constructor(location: string, fileVersion: number, knownVersion: number) {
    super('schema', 'migrate', {
      detail:
        `${location} has schema version ${fileVersion}, newer than the ${knownVersion} ` +
        'this Sarathi knows; upgrade Sarathi or point it at another data folder',
    });
    this.name = 'StoreSchemaError';
    this.fileVersion = fileVersion;
    this.knownVersion = knownVersion;
  }
}
