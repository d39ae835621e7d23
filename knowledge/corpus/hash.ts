import { createHash } from 'node:crypto';

export function sha256Hex(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * The corpus version: 12 hex of SHA-256 over the pinned hashes, sorted so that the order of
 * files in the manifest does not matter. Any change to any pinned source changes it.
 */
export function corpusVersion(fileHashes: readonly string[]): string {
  return sha256Hex([...fileHashes].sort().join('\n')).slice(0, 12);
}
