/**
 * `sarathi corpus sync`: fetch every pinned file, prove it is the pinned one, normalize, and
 * swap the result into corpus/data in one rename. Any failure throws a CorpusError and leaves
 * the previous corpus exactly as it was.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createStagingDir, NORMALIZED_FILE, replaceDataDir, STATE_FILE } from './data-dir.ts';
import type { SyncState } from './data-dir.ts';
import { downloadFile } from './download.ts';
import { CorpusFileMissingError, CorpusSourceError } from './errors.ts';
import { sha256Hex } from './hash.ts';
import { readManifest, upstreamUrl } from './manifest.ts';
import type { Manifest, PinnedFile } from './manifest.ts';
import { NORMALIZED_FORMAT, normalizeSources, serializeCorpusFile } from './normalize.ts';
import { countCorpus } from './counts.ts';
import type { CorpusCounts } from './counts.ts';
import { checksumProblem } from './pinned-hash.ts';
import { resolveSource } from './source.ts';
import type { CorpusSource, ResolveSourceOptions } from './source.ts';
import { errorDetail, isNotFound } from './error-details.ts';

export const DEFAULT_DOWNLOAD_TIMEOUT_MS = 60_000;

export interface CorpusSyncProgress {
  readonly file: string;
  /** 1-based position of `file` among the pinned files. */
  readonly fileIndex: number;
  readonly fileCount: number;
  /** Bytes of this file received so far, and its size (from the server or the manifest). */
  readonly bytes: number;
  readonly fileBytes: number;
  /** Bytes of all files so far, and the pinned total. */
  readonly doneBytes: number;
  readonly totalBytes: number;
  readonly fileDone: boolean;
}

export interface SyncCorpusOptions extends ResolveSourceOptions {
  /** `<projectRoot>/corpus/data`. */
  readonly dataDir: string;
  /** `<projectRoot>/corpus/manifest.json`. */
  readonly manifestPath: string;
  /** Per file; default 60 s. */
  readonly timeoutMs?: number | undefined;
  readonly onProgress?: ((progress: CorpusSyncProgress) => void) | undefined;
}

export interface SyncedFile {
  readonly name: string;
  readonly sha256: string;
  readonly bytes: number;
}

export interface SyncCorpusResult {
  readonly source: CorpusSource;
  readonly dataDir: string;
  readonly version: string;
  readonly files: readonly SyncedFile[];
  readonly counts: CorpusCounts;
  readonly syncedAt: string;
  readonly durationMs: number;
}

export async function syncCorpus(options: SyncCorpusOptions): Promise<SyncCorpusResult> {
  const started = performance.now();
  const dataDir = path.resolve(options.dataDir);
  const manifest = await readManifest(options.manifestPath);
  const source = await resolveSource(options);
  const staging = await createStagingDir(dataDir);
  try {
    const files = await fetchAll(manifest, source, staging, options);
    const corpus = await normalizeSources(staging, manifest);
    const normalized = serializeCorpusFile(corpus);
    await writeFile(path.join(staging, NORMALIZED_FILE), normalized);
    const syncedAt = new Date().toISOString();
    const state: SyncState = {
      format: NORMALIZED_FORMAT,
      version: corpus.version,
      source: { kind: source.kind, location: source.location, origin: source.origin },
      syncedAt,
      files: Object.fromEntries(files.map((f) => [f.name, f.sha256])),
      normalized: { file: NORMALIZED_FILE, sha256: sha256Hex(normalized) },
    };
    await writeFile(path.join(staging, STATE_FILE), `${JSON.stringify(state, null, 2)}\n`);
    await replaceDataDir(staging, dataDir);
    return {
      source,
      dataDir,
      version: corpus.version,
      files,
      counts: countCorpus(corpus),
      syncedAt,
      durationMs: Math.round(performance.now() - started),
    };
  } finally {
    // After a successful rename the staging folder is gone and this does nothing.
    await rm(staging, { recursive: true, force: true });
  }
}

async function fetchAll(
  manifest: Manifest,
  source: CorpusSource,
  staging: string,
  options: SyncCorpusOptions,
): Promise<SyncedFile[]> {
  const totalBytes = manifest.files.reduce((sum, f) => sum + f.bytes, 0);
  let doneBytes = 0;
  const synced: SyncedFile[] = [];
  for (const [index, file] of manifest.files.entries()) {
    const report = (bytes: number, fileBytes: number, fileDone: boolean) =>
      options.onProgress?.({
        file: file.name,
        fileIndex: index + 1,
        fileCount: manifest.files.length,
        bytes,
        fileBytes,
        doneBytes: doneBytes + bytes,
        totalBytes,
        fileDone,
      });
    const bytes = await fetchOne(manifest, source, file, options, (received, total) =>
      report(received, total ?? file.bytes, false),
    );
    // Checked before anything else reads the bytes: nothing unverified is parsed.
    const problem = checksumProblem(manifest, file, bytes);
    if (problem !== undefined) throw problem;
    await writeFile(path.join(staging, file.name), bytes);
    report(bytes.byteLength, bytes.byteLength, true);
    doneBytes += bytes.byteLength;
    synced.push({ name: file.name, sha256: file.sha256, bytes: bytes.byteLength });
  }
  return synced;
}

async function fetchOne(
  manifest: Manifest,
  source: CorpusSource,
  file: PinnedFile,
  options: SyncCorpusOptions,
  onBytes: (received: number, total: number | undefined) => void,
): Promise<Buffer> {
  if (source.kind === 'directory') {
    try {
      return await readFile(path.join(source.location, file.name));
    } catch (error) {
      if (isNotFound(error)) {
        throw new CorpusFileMissingError(file.name, source.location, { cause: error });
      }
      throw new CorpusSourceError(
        source.location,
        `cannot read ${file.name} (${errorDetail(error)})`,
        {
          cause: error,
        },
      );
    }
  }
  const url =
    source.kind === 'url' ? `${source.location}/${file.name}` : upstreamUrl(manifest, file);
  return downloadFile(url, {
    file: file.name,
    expectedBytes: file.bytes,
    timeoutMs: options.timeoutMs ?? DEFAULT_DOWNLOAD_TIMEOUT_MS,
    onBytes,
  });
}
