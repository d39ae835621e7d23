import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  CorpusManifestError,
  manifestVersion,
  readManifest,
} from '../../../knowledge/corpus/index.ts';
import { corpusVersion, sha256Hex } from '../../../knowledge/corpus/hash.ts';
import { MANIFEST_PATH, makeWorkspace } from './corpus-workspace.ts';
import type { Workspace } from './corpus-workspace.ts';

const C6F = 'c6fce39595445768876ddbb8d1268a9c935e1d2b';
const T84 = '84de81db2264a1cd3eb90f0ce28143c0980b6dfb';

describe('corpus/manifest.json', () => {
  let ws: Workspace;

  beforeAll(async () => {
    ws = await makeWorkspace();
  });
  afterAll(async () => {
    await ws.cleanup();
  });

  it('pins each file at its own commit, translation.json at 84de81d', async () => {
    const manifest = await readManifest(MANIFEST_PATH);
    const pins = Object.fromEntries(manifest.files.map((f) => [f.name, [f.commit, f.path]]));
    expect(pins).toEqual({
      'verse.json': [C6F, 'data/verse.json'],
      'chapters.json': [C6F, 'data/chapters.json'],
      'translation.json': [T84, 'data/translation.json'],
      'authors.json': [C6F, 'data/authors.json'],
      LICENSE: [C6F, 'LICENSE'],
    });
    expect(manifest.upstream.repository).toBe('gita/gita');
  });

  it('matches the hashes of the shared source folder', async () => {
    const manifest = await readManifest(MANIFEST_PATH);
    for (const file of manifest.files) {
      const bytes = await readFile(path.join(ws.sourceDir, file.name));
      expect([file.name, sha256Hex(bytes), bytes.length]).toEqual([
        file.name,
        file.sha256,
        file.bytes,
      ]);
    }
  });

  it('knows the machine-edited translations by hash', async () => {
    const manifest = await readManifest(MANIFEST_PATH);
    const machine = sha256Hex(
      await readFile(path.join(ws.sourceDir, 'translation.machine-edited.json')),
    );
    expect(manifest.knownBad.map((b) => b.sha256)).toContain(machine);
  });

  it('records upstream transliteration and word meanings as rights unclear, retrieval only', async () => {
    const manifest = await readManifest(MANIFEST_PATH);
    expect(manifest.sourceFields.map((f) => [f.field, f.rights, f.use])).toEqual([
      ['transliteration', 'rights-unclear', 'retrieval-signal-only'],
      ['word_meanings', 'rights-unclear', 'retrieval-signal-only'],
    ]);
  });

  it('derives the version from the sorted pinned hashes', async () => {
    const manifest = await readManifest(MANIFEST_PATH);
    const hashes = manifest.files.map((f) => f.sha256);
    expect(manifestVersion(manifest)).toBe(corpusVersion([...hashes].reverse()));
    expect(corpusVersion([...hashes.slice(1), 'f'.repeat(64)])).not.toBe(manifestVersion(manifest));
  });

  const cases: [string, (m: ManifestJson) => void, RegExp][] = [
    ['a short hash', (m) => void (first(m.files).sha256 = 'abc'), /files\.0\.sha256/],
    ['an abbreviated commit', (m) => void (first(m.files).commit = '84de81d'), /commit/],
    [
      'an unknown default translator',
      (m) => void m.defaultShown.push('nobody'),
      /defaultShown names unknown translator "nobody"/,
    ],
    ['counts that do not add up', (m) => void (m.expected.verses = 700), /adds up to 701, not 700/],
    [
      'a pinned hash listed as bad',
      (m) => void (first(m.knownBad).sha256 = first(m.files).sha256),
      /known-bad hash of translation\.json is also pinned/,
    ],
    [
      'a gap for an unknown translator',
      (m) => void m.translationGaps.push({ ref: '2.47', translator: 'x', reason: 'r' }),
      /unknown translator "x"/,
    ],
  ];

  it.each(cases)('refuses a manifest with %s', async (_what, alter, message) => {
    const manifest = JSON.parse(await readFile(MANIFEST_PATH, 'utf8')) as ManifestJson;
    alter(manifest);
    const file = path.join(ws.root, 'manifest.json');
    await writeFile(file, JSON.stringify(manifest));

    const error: unknown = await readManifest(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CorpusManifestError);
    expect((error as Error).message).toMatch(message);
  });

  it('refuses a manifest that is not JSON', async () => {
    const file = path.join(ws.root, 'broken.json');
    await writeFile(file, '{');
    await expect(readManifest(file)).rejects.toThrow(`corpus manifest ${file}: is not valid JSON`);
  });
});

interface ManifestJson {
  files: { sha256: string; commit: string }[];
  defaultShown: string[];
  expected: { verses: number };
  knownBad: { sha256: string }[];
  translationGaps: { ref: string; translator: string; reason: string }[];
}

function first<T>(items: T[]): T {
  const item = items[0];
  if (item === undefined) throw new Error('empty list');
  return item;
}
