import type { DatabaseSync } from 'node:sqlite';
import { StoreError } from '../errors.ts';
import { runInBatch } from './group-commit.ts';

function toStoreError(store: string, op: string, error: unknown): StoreError {
  return error instanceof StoreError ? error : new StoreError(store, op, { cause: error });
}

/**
 * Runs one synchronous database call behind the async port, batched with the other calls made
 * meanwhile into one commit (see group-commit.ts). Any failure becomes a rejected `StoreError`
 * naming the store and operation, so callers never see driver errors.
 */
export function storeCall<T>(
  db: DatabaseSync,
  store: string,
  op: string,
  work: () => T,
): Promise<T> {
  return runInBatch(db, work).catch((error: unknown) => {
    throw toStoreError(store, op, error);
  });
}

/** A call that must not wait for a batch (opening the database). */
export function storeCallNow<T>(store: string, op: string, work: () => T): Promise<T> {
  try {
    return Promise.resolve(work());
  } catch (error) {
    return Promise.reject(toStoreError(store, op, error));
  }
}
