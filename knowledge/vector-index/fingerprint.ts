import { createHash } from 'node:crypto';
import type { IndexItem } from './types.ts';

function canonicalMetadata(metadata: IndexItem['metadata']): string {
  return JSON.stringify(Object.entries(metadata ?? {}).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/**
 * Hash of everything that decides a collection's contents: the embedder, and each item's id,
 * text and metadata, independent of item order. Equal fingerprints mean nothing to re-embed.
 */
export function ingestFingerprint(items: readonly IndexItem[], embedderId: string): string {
  const hash = createHash('sha256');
  hash.update(`embedder\0${embedderId}\0`);
  const sorted = [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const item of sorted) {
    hash.update(`${item.id}\0${item.text}\0${canonicalMetadata(item.metadata)}\0`);
  }
  return hash.digest('hex');
}
