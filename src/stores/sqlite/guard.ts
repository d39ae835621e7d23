import { StoreError } from '../errors.ts';

function toStoreError(store: string, op: string, error: unknown): StoreError {
  return error instanceof StoreError ? error : new StoreError(store, op, { cause: error });
}

/**
 * Runs one synchronous database call behind the async port. Any failure becomes a rejected
 * `StoreError` naming the store and operation, so callers never see driver errors.
 */
export function storeCall<T>(store: string, op: string, work: () => T): Promise<T> {
  try {
    return Promise.resolve(work());
  } catch (error) {
    return Promise.reject(toStoreError(store, op, error));
  }
}
