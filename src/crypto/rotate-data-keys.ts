/**
 * `sarathi keys rotate`: re-wraps every data key under the active master key. The data keys
 * themselves do not change, so reflections and turns are untouched and stay readable. Each
 * re-wrap is a compare-and-set, so a rotation can run beside the server, be interrupted, and be
 * run again: keys already under the active master key are not touched (idempotent).
 */
import type { DataKeyStore } from '../stores/index.ts';
import { unwrapDataKey, wrapDataKey } from './data-keys.ts';
import type { MasterKeyRing } from './master-key-ring.ts';

export interface RotationProgress {
  readonly done: number;
  readonly total: number;
}

export interface RotationResult {
  readonly activeKeyId: string;
  readonly rewrapped: number;
  /** Keys deleted or re-wrapped by someone else while this ran. */
  readonly skipped: number;
  /** Keys per master key afterwards: only the active id, once a rotation completed. */
  readonly byMasterKey: Record<string, number>;
}

export interface RotationOptions {
  readonly actor?: string;
  readonly batchSize?: number;
  readonly now?: () => Date;
  readonly onProgress?: (progress: RotationProgress) => void;
}

export async function rotateDataKeys(
  store: DataKeyStore,
  ring: MasterKeyRing,
  options: RotationOptions = {},
): Promise<RotationResult> {
  const active = ring.active;
  const batchSize = options.batchSize ?? 200;
  const now = options.now ?? (() => new Date());
  const before = await store.countByMasterKey();
  const total = Object.entries(before)
    .filter(([id]) => id !== active.id)
    .reduce((sum, [, count]) => sum + count, 0);
  let rewrapped = 0;
  let skipped = 0;
  options.onProgress?.({ done: 0, total });
  // A re-wrapped key leaves the query's results; one that lost a race is remembered and passed
  // over, so a page of them cannot make this loop spin.
  const lost = new Set<string>();
  for (;;) {
    const page = (await store.wrappedByOtherThan(active.id, batchSize + lost.size)).filter(
      (key) => !lost.has(key.userId),
    );
    if (page.length === 0) break;
    for (const stored of page.slice(0, batchSize)) {
      const key = unwrapDataKey(ring, stored);
      try {
        const changed = await store.rewrap({
          userId: stored.userId,
          fromMasterKeyId: stored.masterKeyId,
          toMasterKeyId: active.id,
          wrapped: wrapDataKey(active, stored.userId, key),
          at: now(),
          actor: options.actor ?? 'operator',
        });
        if (changed) rewrapped++;
        else {
          skipped++;
          lost.add(stored.userId);
        }
      } finally {
        key.fill(0);
      }
      options.onProgress?.({
        done: rewrapped + skipped,
        total: Math.max(total, rewrapped + skipped),
      });
    }
  }
  return {
    activeKeyId: active.id,
    rewrapped,
    skipped,
    byMasterKey: await store.countByMasterKey(),
  };
}
