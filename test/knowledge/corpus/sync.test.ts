import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  CorpusChecksumError,
  CorpusCountError,
  CorpusFileMissingError,
  CorpusParseError,
  CorpusSourceError,
  loadCorpus,
  readSyncState,
  syncCorpus,
} from '../../../knowledge/corpus/index.ts';
import type { CorpusSyncProgress } from '../../../knowledge/corpus/index.ts';
import { sha256Hex } from '../../../knowledge/corpus/hash.ts';
import {
  flipOneByte,
  MANIFEST_PATH,
  PINNED_FILES,
  makeWorkspace,
  siblingsOf,
  snapshot,
} from './corpus-workspace.ts';
import type { Workspace } from './corpus-workspace.ts';

const MACHINE_EDITED_SHA = '92354e876e9a48112e352d0c7ed573ef6ebc802f8ef6d3369edf92ede33391e3';
const TRANSLATION_SHA = '5851dd393e0a45cfa4b1aed11402221092abc9ddcdf4b9ab54998366f67da8ff';

describe('syncCorpus from a directory', () => {
  let ws: Workspace;

  beforeAll(async () => {
    ws = await makeWorkspace();
  });
  afterAll(async () => {
    await ws.cleanup();
  });

  it('writes one record per verse: 701, with the pinned per-chapter counts and 35 in chapter 13', async () => {
    const progress: CorpusSyncProgress[] = [];
    const result = await syncCorpus({
      dataDir: ws.dataDir,
      manifestPath: MANIFEST_PATH,
      from: ws.sourceDir,
      onProgress: (p) => progress.push(p),
    });

    expect(result.source).toEqual({ kind: 'directory', location: ws.sourceDir, origin: 'option' });
    expect(result.counts.chapters).toBe(18);
    expect(result.counts.verses).toBe(701);
    expect(result.counts.versesPerChapter).toEqual([
      47, 72, 43, 42, 29, 47, 30, 28, 34, 42, 55, 20, 35, 27, 20, 24, 28, 78,
    ]);
    expect(result.counts.versesPerChapter[12]).toBe(35);
    expect(result.version).toMatch(/^[0-9a-f]{12}$/);
    expect(result.files.map((f) => f.name)).toEqual([...PINNED_FILES]);

    const corpus = await loadCorpus({ dataDir: ws.dataDir });
    expect(corpus.verses).toHaveLength(701);
    expect(corpus.verses.filter((v) => v.chapter === 13)).toHaveLength(35);
    expect(corpus.get('13.35')).toBeDefined();
    expect(corpus.version).toBe(result.version);

    // The copied sources sit next to the normalized file and the state.
    const state = await readSyncState(ws.dataDir);
    expect(state?.version).toBe(result.version);
    expect(state?.files['translation.json']).toBe(TRANSLATION_SHA);
    for (const name of PINNED_FILES) {
      const copied = await readFile(path.join(ws.dataDir, name));
      expect(sha256Hex(copied)).toBe(result.files.find((f) => f.name === name)?.sha256);
    }

    // Progress: one finished event per file, and the byte total adds up.
    const finished = progress.filter((p) => p.fileDone);
    expect(finished.map((p) => p.file)).toEqual([...PINNED_FILES]);
    expect(finished.at(-1)?.doneBytes).toBe(finished.at(-1)?.totalBytes);
  });

  it('rejects the machine-edited translations by checksum, says what they are, and keeps the previous corpus', async () => {
    const before = await snapshot(ws.dataDir);
    await copyFile(
      path.join(ws.sourceDir, 'translation.machine-edited.json'),
      path.join(ws.sourceDir, 'translation.json'),
    );
    const error: unknown = await syncCorpus({
      dataDir: ws.dataDir,
      manifestPath: MANIFEST_PATH,
      from: ws.sourceDir,
    }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(CorpusChecksumError);
    const checksum = error as CorpusChecksumError;
    expect(checksum.file).toBe('translation.json');
    expect(checksum.expected).toBe(TRANSLATION_SHA);
    expect(checksum.actual).toBe(MACHINE_EDITED_SHA);
    expect(checksum.knownBad?.what).toBe("upstream's machine-edited translation.json");
    expect(checksum.message).toContain('translation.json');
    expect(checksum.message).toContain(TRANSLATION_SHA);
    expect(checksum.message).toContain(MACHINE_EDITED_SHA);
    expect(checksum.message).toContain("this is upstream's machine-edited translation.json");
    expect(checksum.message).not.toContain('\n');

    expect(await snapshot(ws.dataDir)).toEqual(before);
    expect(await siblingsOf(ws.dataDir)).toEqual(['data']);
  });
});

describe('syncCorpus rejects sources that are not the pinned ones', () => {
  let ws: Workspace;

  beforeEach(async () => {
    ws = await makeWorkspace();
    await syncCorpus({ dataDir: ws.dataDir, manifestPath: MANIFEST_PATH, from: ws.sourceDir });
  });
  afterEach(async () => {
    await ws.cleanup();
  });

  it('rejects a file with one byte changed, naming the file and both hashes', async () => {
    const before = await snapshot(ws.dataDir);
    await flipOneByte(path.join(ws.sourceDir, 'verse.json'));
    const tampered = sha256Hex(await readFile(path.join(ws.sourceDir, 'verse.json')));

    const error: unknown = await syncCorpus({
      dataDir: ws.dataDir,
      manifestPath: MANIFEST_PATH,
      from: ws.sourceDir,
    }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(CorpusChecksumError);
    const checksum = error as CorpusChecksumError;
    expect(checksum.file).toBe('verse.json');
    expect(checksum.actual).toBe(tampered);
    expect(checksum.knownBad).toBeUndefined();
    expect(checksum.message).toBe(
      `verse.json: SHA-256 mismatch, expected bb599e666e552bd65080f1f8da6d488f067237f64091ab265978861cf3fadec7, got ${tampered}`,
    );
    expect(await snapshot(ws.dataDir)).toEqual(before);
    expect(await siblingsOf(ws.dataDir)).toEqual(['data']);
  });

  it('reports a missing file in one line and keeps the previous corpus', async () => {
    const before = await snapshot(ws.dataDir);
    await rm(path.join(ws.sourceDir, 'authors.json'));

    const error: unknown = await syncCorpus({
      dataDir: ws.dataDir,
      manifestPath: MANIFEST_PATH,
      from: ws.sourceDir,
    }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(CorpusFileMissingError);
    expect((error as CorpusFileMissingError).file).toBe('authors.json');
    expect((error as Error).message).toBe(`authors.json: not found at ${ws.sourceDir}`);
    expect(await snapshot(ws.dataDir)).toEqual(before);
    expect(await siblingsOf(ws.dataDir)).toEqual(['data']);
  });

  it('reports a wrong verse count even when the manifest pins the altered file', async () => {
    const versePath = path.join(ws.sourceDir, 'verse.json');
    const verses = JSON.parse(await readFile(versePath, 'utf8')) as unknown[];
    const shorter = Buffer.from(JSON.stringify(verses.slice(0, -1)));
    await writeFile(versePath, shorter);
    const manifestPath = await pinAltered(ws, 'verse.json', shorter);

    const error: unknown = await syncCorpus({
      dataDir: ws.dataDir,
      manifestPath,
      from: ws.sourceDir,
    }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(CorpusCountError);
    expect((error as Error).message).toBe('verse.json: expected 701 verses, found 700');
  });

  it('reports unparseable JSON as such', async () => {
    const broken = Buffer.from('{"chapters": [');
    await writeFile(path.join(ws.sourceDir, 'chapters.json'), broken);
    const manifestPath = await pinAltered(ws, 'chapters.json', broken);

    const error: unknown = await syncCorpus({
      dataDir: ws.dataDir,
      manifestPath,
      from: ws.sourceDir,
    }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(CorpusParseError);
    expect((error as Error).message).toMatch(/^chapters\.json: not valid JSON/);
    expect((error as Error).message).not.toContain('\n');
  });
});

describe('syncCorpus source resolution', () => {
  let ws: Workspace;

  beforeAll(async () => {
    ws = await makeWorkspace();
  });
  afterAll(async () => {
    await ws.cleanup();
  });

  it('uses CORPUS_SOURCE (passed in) when no --from is given', async () => {
    const result = await syncCorpus({
      dataDir: ws.dataDir,
      manifestPath: MANIFEST_PATH,
      corpusSource: ws.sourceDir,
      projectRoot: ws.projectRoot,
    });
    expect(result.source).toEqual({
      kind: 'directory',
      location: ws.sourceDir,
      origin: 'CORPUS_SOURCE',
    });
  });

  it('falls back to the sibling ../shared/corpus/gita of the project root', async () => {
    const projectRoot = path.join(ws.root, 'workspace', 'main');
    const sibling = path.join(ws.root, 'workspace', 'shared', 'corpus', 'gita');
    await mkdir(projectRoot, { recursive: true });
    await mkdir(path.dirname(sibling), { recursive: true });
    await copyDir(ws.sourceDir, sibling);

    const result = await syncCorpus({
      dataDir: path.join(projectRoot, 'corpus', 'data'),
      manifestPath: MANIFEST_PATH,
      projectRoot,
    });
    expect(result.source).toEqual({ kind: 'directory', location: sibling, origin: 'sibling' });
    expect(result.counts.verses).toBe(701);
  });

  it('refuses a --from that is neither a directory, a URL nor "upstream"', async () => {
    const missing = path.join(ws.root, 'no-such-folder');
    const error: unknown = await syncCorpus({
      dataDir: ws.dataDir,
      manifestPath: MANIFEST_PATH,
      from: missing,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CorpusSourceError);
    expect((error as Error).message).toContain(missing);
  });
});

/** A copy of the manifest that pins `bytes` as `name`, for tests past the checksum step. */
async function pinAltered(ws: Workspace, name: string, bytes: Buffer): Promise<string> {
  const manifest = JSON.parse(await readFile(MANIFEST_PATH, 'utf8')) as {
    files: { name: string; sha256: string; bytes: number }[];
  };
  for (const file of manifest.files) {
    if (file.name === name) {
      file.sha256 = sha256Hex(bytes);
      file.bytes = bytes.length;
    }
  }
  const manifestPath = path.join(ws.root, 'altered-manifest.json');
  await writeFile(manifestPath, JSON.stringify(manifest));
  return manifestPath;
}

async function copyDir(from: string, to: string): Promise<void> {
  await mkdir(to, { recursive: true });
  for (const name of PINNED_FILES) await copyFile(path.join(from, name), path.join(to, name));
}
