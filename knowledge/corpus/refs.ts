/**
 * Canonical verse refs: "<chapter>.<verse>" in the corpus's own numbering, no leading zeros.
 * These helpers check the form only; whether a verse exists is `Corpus.get(ref)`.
 */

const CANONICAL = /^(1[0-8]|[1-9])\.([1-9]\d?)$/;

export function isCanonicalRef(ref: string): boolean {
  return CANONICAL.test(ref);
}

export function formatRef(chapter: number, verse: number): string {
  return `${chapter}.${verse}`;
}

export function parseRef(ref: string): { chapter: number; verse: number } | undefined {
  const match = CANONICAL.exec(ref);
  if (match?.[1] === undefined || match[2] === undefined) return undefined;
  return { chapter: Number(match[1]), verse: Number(match[2]) };
}

/** Orders refs as the text does (2.9 before 2.10), for sorting and range checks. */
export function compareRefs(
  a: { chapter: number; verse: number },
  b: { chapter: number; verse: number },
): number {
  return a.chapter - b.chapter || a.verse - b.verse;
}
