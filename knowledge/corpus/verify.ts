/**
 * `sarathi corpus verify`: re-checks what is on disk. Every copied source against its pinned
 * hash, the counts, and gita.json against a fresh normalization of those sources, so a
 * hand-edited verse is caught even when every source is intact. Problems are collected and
 * returned, not thrown: the CLI prints them all.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { countCorpus } from './counts.ts';
import type { CorpusCounts } from './counts.ts';
import { NORMALIZED_FILE, readSyncState, STATE_FILE } from './data-dir.ts';
import { CorpusError } from './errors.ts';
import { sha256Hex } from './hash.ts';
import { manifestVersion, readManifest } from './manifest.ts';
import type { Manifest } from './manifest.ts';
import { normalizeSources, serializeCorpusFile } from './normalize.ts';
import type { CorpusFile } from './normalize.ts';
import { checksumProblem } from './pinned-hash.ts';

export type CorpusProblemKind =
  'missing' | 'checksum' | 'parse' | 'count' | 'format' | 'normalized' | 'state';

export interface CorpusProblem {
  readonly file: string;
  readonly kind: CorpusProblemKind;
  /** One line, naming files and refs, never quoting scripture. */
  readonly message: string;
}

export interface VerifiedFile {
  readonly name: string;
  readonly expected: string;
  /** Undefined when the file is missing. */
  readonly actual: string | undefined;
  readonly ok: boolean;
}

export interface VerifyCorpusResult {
  readonly ok: boolean;
  readonly dataDir: string;
  /** The version the manifest's pins give. */
  readonly version: string;
  readonly files: readonly VerifiedFile[];
  /** Counts of the corpus the verified sources give; undefined when a source failed. */
  readonly counts: CorpusCounts | undefined;
  readonly problems: readonly CorpusProblem[];
}

export interface VerifyCorpusOptions {
  readonly dataDir: string;
  readonly manifestPath: string;
}

const MAX_LISTED_DIFFERENCES = 5;

export async function verifyCorpus(options: VerifyCorpusOptions): Promise<VerifyCorpusResult> {
  const dataDir = path.resolve(options.dataDir);
  const manifest = await readManifest(options.manifestPath);
  const version = manifestVersion(manifest);
  const problems: CorpusProblem[] = [];
  const files = await checkSources(dataDir, manifest, problems);

  let counts: CorpusCounts | undefined;
  if (files.every((f) => f.ok)) {
    const expected = await normalizeOrReport(dataDir, manifest, problems);
    if (expected !== undefined) {
      counts = countCorpus(expected);
      await checkNormalized(dataDir, expected, problems);
    }
  } else {
    problems.push({
      file: NORMALIZED_FILE,
      kind: 'normalized',
      message: `${NORMALIZED_FILE}: not checked, because a source file failed its checksum`,
    });
  }
  await checkState(dataDir, manifest, problems);
  return { ok: problems.length === 0, dataDir, version, files, counts, problems };
}

async function checkSources(
  dataDir: string,
  manifest: Manifest,
  problems: CorpusProblem[],
): Promise<VerifiedFile[]> {
  const files: VerifiedFile[] = [];
  for (const file of manifest.files) {
    const bytes = await readOptional(path.join(dataDir, file.name));
    if (bytes === undefined) {
      problems.push({ file: file.name, kind: 'missing', message: `${file.name}: missing` });
      files.push({ name: file.name, expected: file.sha256, actual: undefined, ok: false });
      continue;
    }
    const problem = checksumProblem(manifest, file, bytes);
    if (problem !== undefined) {
      problems.push({ file: file.name, kind: 'checksum', message: problem.message });
    }
    files.push({
      name: file.name,
      expected: file.sha256,
      actual: problem?.actual ?? file.sha256,
      ok: problem === undefined,
    });
  }
  return files;
}

async function normalizeOrReport(
  dataDir: string,
  manifest: Manifest,
  problems: CorpusProblem[],
): Promise<CorpusFile | undefined> {
  try {
    return await normalizeSources(dataDir, manifest);
  } catch (error) {
    if (!(error instanceof CorpusError)) throw error;
    const file = 'file' in error && typeof error.file === 'string' ? error.file : NORMALIZED_FILE;
    const kind: CorpusProblemKind =
      error.code === 'parse' || error.code === 'count' || error.code === 'format'
        ? error.code
        : 'missing';
    problems.push({ file, kind, message: error.message });
    return undefined;
  }
}

async function checkNormalized(
  dataDir: string,
  expected: CorpusFile,
  problems: CorpusProblem[],
): Promise<void> {
  const bytes = await readOptional(path.join(dataDir, NORMALIZED_FILE));
  if (bytes === undefined) {
    problems.push({
      file: NORMALIZED_FILE,
      kind: 'missing',
      message: `${NORMALIZED_FILE}: missing`,
    });
    return;
  }
  const text = bytes.toString('utf8');
  if (text === serializeCorpusFile(expected)) return;
  problems.push({
    file: NORMALIZED_FILE,
    kind: 'normalized',
    message: `${NORMALIZED_FILE}: differs from what the verified sources give (${describeDifference(text, expected)}); run \`sarathi corpus sync\``,
  });
}

/** Names where a damaged gita.json departs from the expected one, so a person can look. */
function describeDifference(text: string, expected: CorpusFile): string {
  let actual: Partial<CorpusFile>;
  try {
    actual = JSON.parse(text) as Partial<CorpusFile>;
  } catch {
    return 'not valid JSON';
  }
  const places: string[] = [];
  for (const key of ['format', 'version', 'chapters', 'translators', 'defaultShown'] as const) {
    if (JSON.stringify(actual[key]) !== JSON.stringify(expected[key])) places.push(key);
  }
  const verses: readonly unknown[] = Array.isArray(actual.verses) ? actual.verses : [];
  if (verses.length !== expected.verses.length) {
    places.push(`${verses.length} verses instead of ${expected.verses.length}`);
  }
  expected.verses.forEach((verse, index) => {
    const other = verses[index];
    if (JSON.stringify(other) === JSON.stringify(verse)) return;
    const fields = Object.keys(verse).filter(
      (k) =>
        JSON.stringify((other as Record<string, unknown> | undefined)?.[k]) !==
        JSON.stringify((verse as unknown as Record<string, unknown>)[k]),
    );
    places.push(fields.length > 0 ? `${verse.ref} ${fields.join('+')}` : `${verse.ref}`);
  });
  if (places.length === 0) return 'formatting only';
  const shown = places.slice(0, MAX_LISTED_DIFFERENCES).join(', ');
  const more = places.length - MAX_LISTED_DIFFERENCES;
  return more > 0 ? `${shown} and ${more} more` : shown;
}

async function checkState(
  dataDir: string,
  manifest: Manifest,
  problems: CorpusProblem[],
): Promise<void> {
  const state = await readSyncState(dataDir);
  if (state === undefined) {
    problems.push({
      file: STATE_FILE,
      kind: 'state',
      message: `${STATE_FILE}: missing or unreadable`,
    });
    return;
  }
  if (state.version !== manifestVersion(manifest)) {
    problems.push({
      file: STATE_FILE,
      kind: 'state',
      message: `${STATE_FILE}: records version ${state.version}, the manifest gives ${manifestVersion(manifest)}`,
    });
  }
  const normalized = await readOptional(path.join(dataDir, NORMALIZED_FILE));
  if (normalized !== undefined && sha256Hex(normalized) !== state.normalized.sha256) {
    problems.push({
      file: STATE_FILE,
      kind: 'state',
      message: `${STATE_FILE}: the recorded hash of ${NORMALIZED_FILE} does not match the file`,
    });
  }
}

async function readOptional(file: string): Promise<Buffer | undefined> {
  try {
    return await readFile(file);
  } catch {
    return undefined;
  }
}
