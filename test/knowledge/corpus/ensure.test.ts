import { readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ensureCorpus, readSyncState, syncCorpus } from '../../../knowledge/corpus/index.ts';
import { MANIFEST_PATH, makeWorkspace, siblingsOf } from './corpus-workspace.ts';
import type { Workspace } from './corpus-workspace.ts';

describe('ensureCorpus', () => {
  let ws: Workspace;

  beforeEach(async () => {
    ws = await makeWorkspace();
  });
  afterEach(async () => {
    await ws.cleanup();
  });

  const options = () => ({ dataDir: ws.dataDir, manifestPath: MANIFEST_PATH, from: ws.sourceDir });

  it('syncs when there is no corpus yet', async () => {
    const result = await ensureCorpus(options());

    expect(result.action).toBe('synced');
    expect(result.reason).toBe('no synced corpus');
    expect(result.sync?.counts.verses).toBe(701);
    expect((await readSyncState(ws.dataDir))?.version).toBe(result.version);
  });

  it('keeps a good corpus without re-syncing, quickly', async () => {
    await syncCorpus(options());
    const before = await readSyncState(ws.dataDir);
    const gitaMtime = (await stat(path.join(ws.dataDir, 'gita.json'))).mtimeMs;

    const result = await ensureCorpus(options());

    expect(result).toMatchObject({ action: 'kept', reason: 'current', sync: undefined });
    expect(result.version).toBe(before?.version);
    expect((await readSyncState(ws.dataDir))?.syncedAt).toBe(before?.syncedAt);
    expect((await stat(path.join(ws.dataDir, 'gita.json'))).mtimeMs).toBe(gitaMtime);
  });

  it('re-syncs when the normalized file is gone', async () => {
    await syncCorpus(options());
    await rm(path.join(ws.dataDir, 'gita.json'));

    const result = await ensureCorpus(options());

    expect(result).toMatchObject({ action: 'synced', reason: 'gita.json is missing or changed' });
    expect((await stat(path.join(ws.dataDir, 'gita.json'))).isFile()).toBe(true);
    expect(await siblingsOf(ws.dataDir)).toEqual(['data']);
  });

  it('re-syncs when a copied source was altered', async () => {
    await syncCorpus(options());
    const file = path.join(ws.dataDir, 'chapters.json');
    await writeFile(file, `${await readFile(file, 'utf8')} `);

    const result = await ensureCorpus(options());

    expect(result).toMatchObject({
      action: 'synced',
      reason: 'chapters.json is missing or changed',
    });
  });
});
