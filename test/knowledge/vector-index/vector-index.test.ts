import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { GloveEmbeddings } from '../../../knowledge/embeddings/index.ts';
import {
  createVectorIndex,
  startChromaServer,
  VectorIndexUnavailableError,
  type ChromaServer,
  type IndexItem,
} from '../../../knowledge/vector-index/index.ts';
import { createVectorMirror } from '../../../knowledge/retrieval/index.ts';
import { GLOVE_BUILD_TIMEOUT_MS, loadSharedGlove } from '../embeddings/shared-glove.ts';

/** Our real embedder, counting the texts it embeds. */
class CountingEmbeddings extends GloveEmbeddings {
  calls = 0;

  constructor(loaded: GloveEmbeddings) {
    super(loaded.id, loaded.model, loaded.settings);
  }

  override embedText(text: string): Float32Array | undefined {
    this.calls++;
    return super.embedText(text);
  }
}

// Our own short texts, a few per topic, with metadata to filter on.
const ITEMS: IndexItem[] = [
  { id: 'job-1', text: 'losing your job and your income', metadata: { topic: 'work', chapter: 2 } },
  {
    id: 'job-2',
    text: 'being fired or laid off from work',
    metadata: { topic: 'work', chapter: 3 },
  },
  {
    id: 'grief-1',
    text: 'the death of a parent and mourning',
    metadata: { topic: 'grief', chapter: 2 },
  },
  { id: 'grief-2', text: 'grieving someone you loved who died', metadata: { topic: 'grief' } },
  {
    id: 'anger-1',
    text: 'anger, rage and losing your temper',
    metadata: { topic: 'anger', chapter: 16 },
  },
  {
    id: 'calm-1',
    text: 'a calm and steady mind in meditation',
    metadata: { topic: 'calm', chapter: 6 },
  },
  { id: 'fruit-1', text: 'bananas, mangoes and other tropical fruit', metadata: { topic: 'food' } },
  { id: 'empty-1', text: '### ???', metadata: { topic: 'none' } },
  { id: 'no-meta', text: 'duty and responsibility' },
];

describe('vector index on a real Chroma server', () => {
  let dir: string;
  let server: ChromaServer;
  let embeddings: CountingEmbeddings;

  beforeAll(async () => {
    embeddings = new CountingEmbeddings(await loadSharedGlove());
    dir = await mkdtemp(path.join(os.tmpdir(), 'sarathi-vector-index-'));
    server = await startChromaServer({ dataDir: path.join(dir, 'chroma') });
  }, GLOVE_BUILD_TIMEOUT_MS);

  afterAll(async () => {
    await server?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('ingests once, skips texts without known words, and is idempotent across a restart', async () => {
    const index = createVectorIndex({ url: server.url, embeddings });
    embeddings.calls = 0;
    const first = await index.ensureCollection({
      kind: 'topics',
      corpusVersion: 'v1',
      items: ITEMS,
    });
    expect(first).toMatchObject({ ingested: true, count: ITEMS.length - 1, skipped: 1 });
    expect(first.name).toBe(`topics-v1-${embeddings.id}`);
    expect(embeddings.calls).toBe(ITEMS.length);

    embeddings.calls = 0;
    const second = await index.ensureCollection({
      kind: 'topics',
      corpusVersion: 'v1',
      items: ITEMS,
    });
    expect(second).toMatchObject({
      name: first.name,
      ingested: false,
      count: first.count,
      skipped: 1,
    });
    expect(embeddings.calls).toBe(0);

    // Same data folder, new server process (and a new port).
    await server.stop();
    server = await startChromaServer({ dataDir: path.join(dir, 'chroma') });
    const reopened = createVectorIndex({ url: server.url, embeddings });
    embeddings.calls = 0;
    const third = await reopened.ensureCollection({
      kind: 'topics',
      corpusVersion: 'v1',
      items: [...ITEMS].reverse(),
    });
    expect(third).toMatchObject({ ingested: false, count: first.count });
    expect(embeddings.calls).toBe(0);
  }, 60_000);

  it('returns the nearest items in order, with cosine distances and metadata', async () => {
    const index = createVectorIndex({ url: server.url, embeddings });
    const { name } = await index.ensureCollection({
      kind: 'topics',
      corpusVersion: 'v1',
      items: ITEMS,
    });
    const query = embeddings.embedText('I was fired from my job today')!;
    const matches = await index.query(name, query, 5);

    expect(matches).toHaveLength(5);
    expect(matches[0]!.id).toMatch(/^job-/);
    expect(matches.map((m) => m.distance)).toEqual(
      [...matches.map((m) => m.distance)].sort((a, b) => a - b),
    );
    // Same order and distances as a brute-force cosine over the items.
    const expected = ITEMS.filter((item) => embeddings.embedText(item.text))
      .map((item) => ({
        id: item.id,
        distance: 1 - embeddings.cosine(query, embeddings.embedText(item.text)!),
      }))
      .sort((a, b) => a.distance - b.distance)
      .slice(0, 5);
    expect(matches.map((m) => m.id)).toEqual(expected.map((e) => e.id));
    matches.forEach((m, i) => expect(m.distance).toBeCloseTo(expected[i]!.distance, 4));
    expect(matches.find((m) => m.id === 'job-2')!.metadata).toEqual({ topic: 'work', chapter: 3 });

    const griefOnly = await index.query(name, query, 5, { topic: 'grief' });
    expect(griefOnly.map((m) => m.id).sort()).toEqual(['grief-1', 'grief-2']);
    const noMeta = await index.query(name, embeddings.embedText('my duty')!, 1);
    expect(noMeta[0]).toMatchObject({ id: 'no-meta', metadata: {} });
  });

  it('reads every stored vector back, and an in-process mirror ranks exactly as Chroma does', async () => {
    const index = createVectorIndex({ url: server.url, embeddings, batchSize: 4 });
    const { name, count } = await index.ensureCollection({
      kind: 'mirror',
      corpusVersion: 'v1',
      items: ITEMS,
    });
    const all = await index.readAll(name);
    expect(all.ids).toHaveLength(count);
    expect(new Set(all.ids).size).toBe(count);
    const mirror = createVectorMirror(all.ids, all.embeddings);
    for (const text of ['I was fired from my job today', 'my mother passed away', 'my duty']) {
      const query = embeddings.embedText(text)!;
      const fromChroma = (await index.query(name, query, 4)).map((m) => m.id);
      expect(await mirror.nearestVerses(query, 4)).toEqual(fromChroma);
    }
  });

  it('re-ingests changed items: new texts, removed ids, dropped metadata keys', async () => {
    const index = createVectorIndex({ url: server.url, embeddings, batchSize: 3 });
    const base = await index.ensureCollection({
      kind: 'topics',
      corpusVersion: 'v1',
      items: ITEMS,
    });
    const changed: IndexItem[] = ITEMS.filter((item) => item.id !== 'fruit-1').map((item) =>
      item.id === 'calm-1'
        ? { id: 'calm-1', text: 'bananas and mangoes', metadata: { topic: 'calm' } }
        : item,
    );
    changed.push({
      id: 'fear-1',
      text: 'fear of failure and anxiety',
      metadata: { topic: 'fear' },
    });

    embeddings.calls = 0;
    const result = await index.ensureCollection({
      kind: 'topics',
      corpusVersion: 'v1',
      items: changed,
    });
    expect(result).toMatchObject({ name: base.name, ingested: true, count: changed.length - 1 });
    expect(embeddings.calls).toBe(changed.length);

    const fruitQuery = embeddings.embedText('tropical fruit like bananas')!;
    const matches = await index.query(base.name, fruitQuery, 20);
    expect(matches.map((m) => m.id)).not.toContain('fruit-1');
    expect(matches[0]).toEqual(
      expect.objectContaining({ id: 'calm-1', metadata: { topic: 'calm' } }),
    );
    expect(matches.map((m) => m.id)).toContain('fear-1');

    embeddings.calls = 0;
    const again = await index.ensureCollection({
      kind: 'topics',
      corpusVersion: 'v1',
      items: changed,
    });
    expect(again.ingested).toBe(false);
    expect(embeddings.calls).toBe(0);
  }, 60_000);

  it('keeps corpus versions in separate collections', async () => {
    const index = createVectorIndex({ url: server.url, embeddings });
    const v2 = await index.ensureCollection({
      kind: 'topics',
      corpusVersion: 'v2',
      items: ITEMS.slice(0, 3),
    });
    expect(v2.name).toBe(`topics-v2-${embeddings.id}`);
    expect(v2.count).toBe(3);
  });

  it('says the index is unavailable when no server answers', async () => {
    const spare = await startChromaServer({ dataDir: path.join(dir, 'spare') });
    const index = createVectorIndex({ url: spare.url, embeddings });
    const { name } = await index.ensureCollection({
      kind: 'topics',
      corpusVersion: 'v1',
      items: ITEMS,
    });
    await spare.stop();

    const vector = embeddings.embedText('anger')!;
    await expect(index.query(name, vector, 3)).rejects.toBeInstanceOf(VectorIndexUnavailableError);
    await expect(
      index.ensureCollection({ kind: 'topics', corpusVersion: 'v1', items: ITEMS }),
    ).rejects.toBeInstanceOf(VectorIndexUnavailableError);
  }, 60_000);

  it('says the index is unavailable when the server hangs past the query timeout', async () => {
    const hanging: Server = createServer(() => undefined);
    await new Promise<void>((r) => hanging.listen(0, '127.0.0.1', r));
    const address = hanging.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      const index = createVectorIndex({
        url: `http://127.0.0.1:${port}`,
        embeddings,
        queryTimeoutMs: 300,
      });
      const started = performance.now();
      await expect(
        index.query('topics-v1-x', embeddings.embedText('anger')!, 3),
      ).rejects.toBeInstanceOf(VectorIndexUnavailableError);
      expect(performance.now() - started).toBeLessThan(2_000);
    } finally {
      hanging.closeAllConnections();
      await new Promise((r) => hanging.close(r));
    }
  });
});
