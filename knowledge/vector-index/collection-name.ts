import { createHash } from 'node:crypto';

const MAX = 512;

function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 10);
}

/**
 * A valid Chroma collection name (3–512 of [a-zA-Z0-9._-], alphanumeric at both ends, no "..")
 * for one kind of items, one corpus version and one embedder, so that vectors of different
 * embedders or corpus versions never share a collection. When the parts need changing to fit
 * the rules, a hash of the original parts keeps distinct inputs apart.
 */
export function collectionName(kind: string, corpusVersion: string, embedderId: string): string {
  const raw = `${kind}-${corpusVersion}-${embedderId}`;
  let name = raw
    .replace(/[^a-zA-Z0-9._-]/g, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/^[^a-zA-Z0-9]+|[^a-zA-Z0-9]+$/g, '');
  if (name !== raw || name.length < 3 || name.length > MAX) {
    name = `${name.slice(0, MAX - 12)}-${shortHash(raw)}`.replace(/^[^a-zA-Z0-9]+/, '');
  }
  return name;
}
