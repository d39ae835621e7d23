import { readFile } from 'node:fs/promises';
import path from 'node:path';
import nock from 'nock';
import {
  CorpusChecksumError,
  CorpusDownloadError,
  CorpusFileMissingError,
  readManifest,
  syncCorpus,
  upstreamUrl,
} from '../../../knowledge/corpus/index.ts';
import type { CorpusSyncProgress } from '../../../knowledge/corpus/index.ts';
import { MANIFEST_PATH, PINNED_FILES, makeWorkspace, siblingsOf } from './corpus-workspace.ts';
import type { Workspace } from './corpus-workspace.ts';

const RAW = 'https://raw.githubusercontent.com';
const MIRROR = 'https://mirror.example.org';

describe('syncCorpus over HTTP from third-party hosts (mocked with nock)', () => {
  let ws: Workspace;

  beforeAll(async () => {
    ws = await makeWorkspace();
    nock.disableNetConnect();
  });
  afterEach(() => {
    nock.cleanAll();
  });
  afterAll(async () => {
    nock.enableNetConnect();
    nock.restore();
    await ws.cleanup();
  });

  const body = (name: string) => readFile(path.join(ws.sourceDir, name));

  it('fetches each file from upstream at its own pinned commit', async () => {
    const manifest = await readManifest(MANIFEST_PATH);
    const urls = manifest.files.map((f) => upstreamUrl(manifest, f));
    expect(urls).toEqual([
      `${RAW}/gita/gita/c6fce39595445768876ddbb8d1268a9c935e1d2b/data/verse.json`,
      `${RAW}/gita/gita/c6fce39595445768876ddbb8d1268a9c935e1d2b/data/chapters.json`,
      `${RAW}/gita/gita/84de81db2264a1cd3eb90f0ce28143c0980b6dfb/data/translation.json`,
      `${RAW}/gita/gita/c6fce39595445768876ddbb8d1268a9c935e1d2b/data/authors.json`,
      `${RAW}/gita/gita/c6fce39595445768876ddbb8d1268a9c935e1d2b/LICENSE`,
    ]);
    const scope = nock(RAW);
    for (const [index, url] of urls.entries()) {
      const name = PINNED_FILES[index] ?? '';
      const content = await body(name);
      scope
        .get(new URL(url).pathname)
        .reply(200, content, { 'content-length': String(content.length) });
    }
    const progress: CorpusSyncProgress[] = [];

    const result = await syncCorpus({
      dataDir: ws.dataDir,
      manifestPath: MANIFEST_PATH,
      from: 'upstream',
      onProgress: (p) => progress.push(p),
    });

    expect(scope.isDone()).toBe(true);
    expect(result.source).toEqual({ kind: 'upstream', location: 'upstream', origin: 'option' });
    expect(result.counts.verses).toBe(701);
    const translation = progress.filter((p) => p.file === 'translation.json');
    expect(translation.at(-1)).toMatchObject({
      bytes: 2337174,
      fileBytes: 2337174,
      fileDone: true,
    });
    expect(progress.at(-1)?.doneBytes).toBe(progress.at(-1)?.totalBytes);
  });

  it('fetches <base>/<file> from a base URL and rejects a mirror serving the machine-edited translations', async () => {
    const scope = nock(MIRROR);
    for (const name of PINNED_FILES) {
      const served = name === 'translation.json' ? 'translation.machine-edited.json' : name;
      scope.get(`/gita/${name}`).reply(200, await body(served));
    }

    const error: unknown = await syncCorpus({
      dataDir: ws.dataDir,
      manifestPath: MANIFEST_PATH,
      from: `${MIRROR}/gita/`,
    }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(CorpusChecksumError);
    expect((error as CorpusChecksumError).file).toBe('translation.json');
    expect((error as Error).message).toContain("upstream's machine-edited translation.json");
    // Files after the rejected one are never requested.
    expect(scope.pendingMocks()).toEqual([
      `GET ${MIRROR}:443/gita/authors.json`,
      `GET ${MIRROR}:443/gita/LICENSE`,
    ]);
    expect(await siblingsOf(ws.dataDir)).toEqual(['data']);
  });

  it('reports HTTP 404 as a missing file with its URL', async () => {
    nock(MIRROR).get('/gita/verse.json').reply(404, 'Not Found');

    const error: unknown = await syncCorpus({
      dataDir: ws.dataDir,
      manifestPath: MANIFEST_PATH,
      from: `${MIRROR}/gita`,
    }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(CorpusFileMissingError);
    expect((error as Error).message).toBe(`verse.json: not found at ${MIRROR}/gita/verse.json`);
  });

  it('reports another HTTP status as a download failure', async () => {
    nock(MIRROR).get('/gita/verse.json').reply(503, 'busy');

    const error: unknown = await syncCorpus({
      dataDir: ws.dataDir,
      manifestPath: MANIFEST_PATH,
      from: `${MIRROR}/gita`,
    }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(CorpusDownloadError);
    expect((error as Error).message).toBe(
      `verse.json: download from ${MIRROR}/gita/verse.json failed: HTTP 503`,
    );
  });
});
