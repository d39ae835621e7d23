import { StoreError } from '../errors.ts';

/** Shared by every store of one `openStores` call: set once `close()` starts. */
export interface MongoState {
  closed: boolean;
}

function toStoreError(store: string, op: string, error: unknown): StoreError {
  return error instanceof StoreError ? error : new StoreError(store, op, { cause: error });
}

/**
 * Runs one store operation. Any failure (a driver error, a validation `RangeError`) becomes a
 * rejected `StoreError` naming the store and operation, so callers never see driver errors.
 * After `close()` every call rejects at once, without touching the driver.
 */
export async function mongoCall<T>(
  state: MongoState,
  store: string,
  op: string,
  work: () => Promise<T>,
): Promise<T> {
  if (state.closed) throw new StoreError(store, op, { detail: 'the stores are closed' });
  try {
    return await work();
  } catch (error) {
    throw toStoreError(store, op, error);
  }
}
