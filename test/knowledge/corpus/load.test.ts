import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  CorpusNotSyncedError,
  formatRef,
  isCanonicalRef,
  loadCorpus,
  parseRef,
  syncCorpus,
} from '../../../knowledge/corpus/index.ts';
import { MANIFEST_PATH, makeWorkspace } from './corpus-workspace.ts';
import type { Workspace } from './corpus-workspace.ts';

describe('loadCorpus', () => {
  let ws: Workspace;

  beforeAll(async () => {
    ws = await makeWorkspace();
    await syncCorpus({ dataDir: ws.dataDir, manifestPath: MANIFEST_PATH, from: ws.sourceDir });
  });
  afterAll(async () => {
    await ws.cleanup();
  });

  it('loads every verse of the corpus', async () => {
    const corpus = await loadCorpus({ dataDir: ws.dataDir });

    expect(corpus.verses).toHaveLength(701);
  });

  it('finds verses by canonical ref and answers undefined for anything else', async () => {
    const corpus = await loadCorpus({ dataDir: ws.dataDir });

    expect(corpus.get('2.47')?.ref).toBe('2.47');
    expect(corpus.get('13.35')?.chapter).toBe(13);
    expect(corpus.get('18.78')?.verse).toBe(78);
    for (const ref of ['13.36', '18.79', '19.1', '0.1', '2.047', '2:47', 'BG 2.47', '']) {
      expect(corpus.get(ref)).toBeUndefined();
    }
  });

  it('keeps the verses in canonical order, 1.1 to 18.78', async () => {
    const corpus = await loadCorpus({ dataDir: ws.dataDir });
    expect(corpus.verses[0]?.ref).toBe('1.1');
    expect(corpus.verses.at(-1)?.ref).toBe('18.78');
    const order = corpus.verses.map((v) => v.chapter * 1000 + v.verse);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('carries translators with rights and the public-domain English defaults, Purohit first', async () => {
    const corpus = await loadCorpus({ dataDir: ws.dataDir });
    expect(corpus.defaultShown).toEqual(['purohit', 'sivananda']);
    const rights = Object.fromEntries(corpus.translators.map((t) => [t.id, t.rights]));
    expect(rights).toEqual({
      purohit: 'public-domain',
      sivananda: 'public-domain',
      gambirananda: 'rights-reserved',
      adidevananda: 'rights-reserved',
      sankaranarayan: 'rights-reserved',
      ramsukhdas: 'rights-unclear',
      tejomayananda: 'rights-reserved',
    });
  });

  it('says to run a sync when there is no corpus', async () => {
    const empty = path.join(ws.root, 'empty');
    await mkdir(empty, { recursive: true });
    const error: unknown = await loadCorpus({ dataDir: empty }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CorpusNotSyncedError);
    expect((error as Error).message).toBe(
      `corpus at ${empty}: gita.json is missing; run \`sarathi corpus sync\``,
    );
  });

  it('refuses a gita.json of another format', async () => {
    const other = path.join(ws.root, 'other-format');
    await mkdir(other, { recursive: true });
    const corpus = JSON.parse(await readFile(path.join(ws.dataDir, 'gita.json'), 'utf8')) as {
      format: number;
    };
    await writeFile(path.join(other, 'gita.json'), JSON.stringify({ ...corpus, format: 99 }));
    await expect(loadCorpus({ dataDir: other })).rejects.toThrow(/format 99/);
  });
});

describe('ref helpers', () => {
  it('accept canonical refs only', () => {
    expect(['1.1', '2.47', '13.35', '18.78'].every(isCanonicalRef)).toBe(true);
    expect(
      ['02.47', '2.047', '2:47', '19.1', '0.1', '2.0', ' 2.47', '2.47.'].some(isCanonicalRef),
    ).toBe(false);
    expect(formatRef(2, 47)).toBe('2.47');
    expect(parseRef('13.35')).toEqual({ chapter: 13, verse: 35 });
    expect(parseRef('BG 2.47')).toBeUndefined();
  });
});
