import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { syncCorpus, verifyCorpus } from '../../../knowledge/corpus/index.ts';
import { flipOneByte, MANIFEST_PATH, PINNED_FILES, makeWorkspace } from './corpus-workspace.ts';
import type { Workspace } from './corpus-workspace.ts';

describe('verifyCorpus', () => {
  let ws: Workspace;

  beforeEach(async () => {
    ws = await makeWorkspace();
    await syncCorpus({ dataDir: ws.dataDir, manifestPath: MANIFEST_PATH, from: ws.sourceDir });
  });
  afterEach(async () => {
    await ws.cleanup();
  });

  it('passes a freshly synced corpus and reports its files and counts', async () => {
    const result = await verifyCorpus({ dataDir: ws.dataDir, manifestPath: MANIFEST_PATH });

    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.files.map((f) => [f.name, f.ok])).toEqual(PINNED_FILES.map((n) => [n, true]));
    expect(result.counts?.verses).toBe(701);
    expect(result.counts?.versesPerChapter[12]).toBe(35);
    expect(result.version).toMatch(/^[0-9a-f]{12}$/);
  });

  it('catches a hand-edited gita.json and names the verse and field', async () => {
    const file = path.join(ws.dataDir, 'gita.json');
    const corpus = JSON.parse(await readFile(file, 'utf8')) as {
      verses: { ref: string; translations: Record<string, string> }[];
    };
    const record = corpus.verses.find((v) => v.ref === '2.47');
    if (record === undefined) throw new Error('2.47 missing');
    record.translations.purohit = `${record.translations.purohit ?? ''} (edited)`;
    await writeFile(file, `${JSON.stringify(corpus)}\n`);

    const result = await verifyCorpus({ dataDir: ws.dataDir, manifestPath: MANIFEST_PATH });

    expect(result.ok).toBe(false);
    expect(result.files.every((f) => f.ok)).toBe(true);
    const normalized = result.problems.find((p) => p.kind === 'normalized');
    expect(normalized?.file).toBe('gita.json');
    expect(normalized?.message).toContain('2.47 translations');
    // The state file recorded the hash of what sync wrote, so it disagrees too.
    expect(result.problems.some((p) => p.kind === 'state')).toBe(true);
  });

  it('catches a tampered copied source by checksum and does not trust gita.json', async () => {
    await flipOneByte(path.join(ws.dataDir, 'translation.json'));

    const result = await verifyCorpus({ dataDir: ws.dataDir, manifestPath: MANIFEST_PATH });

    expect(result.ok).toBe(false);
    const translation = result.files.find((f) => f.name === 'translation.json');
    expect(translation?.ok).toBe(false);
    expect(translation?.actual).not.toBe(translation?.expected);
    expect(result.problems.map((p) => [p.file, p.kind])).toEqual([
      ['translation.json', 'checksum'],
      ['gita.json', 'normalized'],
    ]);
    expect(result.problems[0]?.message).toContain(
      'translation.json: SHA-256 mismatch, expected 5851dd393e0a45cfa4b1aed11402221092abc9ddcdf4b9ab54998366f67da8ff',
    );
    expect(result.counts).toBeUndefined();
  });

  it('reports missing files, one problem each', async () => {
    await rm(path.join(ws.dataDir, 'LICENSE'));
    await rm(path.join(ws.dataDir, 'sync-state.json'));

    const result = await verifyCorpus({ dataDir: ws.dataDir, manifestPath: MANIFEST_PATH });

    expect(result.ok).toBe(false);
    expect(result.problems).toContainEqual({
      file: 'LICENSE',
      kind: 'missing',
      message: 'LICENSE: missing',
    });
    expect(result.problems).toContainEqual({
      file: 'sync-state.json',
      kind: 'state',
      message: 'sync-state.json: missing or unreadable',
    });
  });
});
