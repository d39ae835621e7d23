import type { ClientSession, Connection } from 'mongoose';

/**
 * Runs `work` in a MongoDB transaction (commit on success, abort on a throw). The driver retries
 * `work` on transient errors such as a write conflict with a concurrent transaction, so `work`
 * must do nothing but database calls with `session` and return what it read: no side effects.
 * Every query inside must be given `session`, or it runs outside the transaction.
 */
export function inTransaction<T>(
  connection: Connection,
  work: (session: ClientSession) => Promise<T>,
): Promise<T> {
  return connection.transaction(work);
}

/** A unique index refused a write (E11000): someone else created the record first. */
export function isDuplicateKey(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 11000 || code === 11001;
}

/**
 * Runs `attempt` again when a unique index refused it because a concurrent caller created the
 * same record first; the next attempt then finds that record. Bounded, so a bug cannot loop.
 */
export async function retryOnDuplicate<T>(attempt: () => Promise<T>, tries = 5): Promise<T> {
  for (let left = tries; ; left -= 1) {
    try {
      return await attempt();
    } catch (error) {
      if (!isDuplicateKey(error) || left <= 1) throw error;
    }
  }
}
