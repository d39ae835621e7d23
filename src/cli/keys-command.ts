/**
 * `sarathi keys rotate [--generate]`: re-wraps every user's data key under the active master
 * key (the first of MASTER_KEYS / MASTER_KEY_FILE). Reflections are not touched. Safe to run
 * beside the server and to run again; it reports progress on stderr and a summary on stdout.
 */
import { storeConfigFor } from '../app/index.ts';
import {
  addGeneratedMasterKey,
  loadMasterKeys,
  rotateDataKeys,
  type RotationProgress,
} from '../crypto/index.ts';
import { openStores } from '../stores/index.ts';
import type { CliContext } from './cli-context.ts';

const PROGRESS_EVERY = 200;

export async function runKeysRotate(
  context: CliContext,
  options: { generate?: boolean },
): Promise<void> {
  const { config, logger } = context;
  const ring =
    options.generate === true
      ? await addGeneratedMasterKey(config, logger)
      : await loadMasterKeys(config, logger);
  if (options.generate === true) context.progress(`new active master key ${ring.active.id}`);
  const stores = await openStores(storeConfigFor(config));
  try {
    const result = await rotateDataKeys(stores.dataKeys, ring, {
      actor: 'operator',
      onProgress: (progress) => {
        const line = describeRotationProgress(progress);
        if (line !== undefined) context.progress(line);
      },
    });
    const retired = ring.ids.filter((id) => id !== ring.active.id && !(id in result.byMasterKey));
    process.stdout.write(
      `${result.rewrapped} data key(s) re-wrapped under ${result.activeKeyId}` +
        (result.skipped > 0 ? ` (${result.skipped} changed meanwhile, left alone)` : '') +
        '; reflections untouched.\n' +
        (retired.length > 0
          ? `No data key uses ${retired.join(', ')} any more: it can be removed from the configuration.\n`
          : ''),
    );
  } finally {
    await stores.close();
  }
}

/** A line at the start, every few hundred keys, and at the end: alive, without a flood. */
export function describeRotationProgress({ done, total }: RotationProgress): string | undefined {
  if (done !== 0 && done !== total && done % PROGRESS_EVERY !== 0) return undefined;
  const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
  return `re-wrapping data keys: ${done}/${total} (${percent}%)`;
}
