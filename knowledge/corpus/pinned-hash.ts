import { CorpusChecksumError } from './errors.ts';
import { sha256Hex } from './hash.ts';
import type { Manifest, PinnedFile } from './manifest.ts';

/**
 * The error for bytes that are not the pinned file, or undefined when they are. A hash the
 * manifest knows as bad (whatever file it turns up as) is named, so the message can say what
 * the file really is instead of only that it differs.
 */
export function checksumProblem(
  manifest: Manifest,
  file: PinnedFile,
  bytes: Uint8Array,
): CorpusChecksumError | undefined {
  const actual = sha256Hex(bytes);
  if (actual === file.sha256) return undefined;
  const bad = manifest.knownBad.find((b) => b.sha256 === actual);
  return new CorpusChecksumError(
    file.name,
    file.sha256,
    actual,
    bad === undefined ? undefined : { what: bad.what, reason: bad.reason },
  );
}
