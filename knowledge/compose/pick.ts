import { createHash } from 'node:crypto';

/**
 * Picks one of several wordings deterministically: the same message always gets the same
 * reply (so answers can be tested and reproduced), different messages get varied ones.
 */
export function pickVariant<T>(options: readonly T[], seed: string, salt = ''): T {
  if (options.length === 0) throw new RangeError('pickVariant needs at least one option');
  const digest = createHash('sha256').update(salt).update('\u0000').update(seed).digest();
  const index = digest.readUInt32BE(0) % options.length;
  return options[index] as T;
}
