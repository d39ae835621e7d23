import { ChromaClient, type Collection, type Metadata, type Where } from 'chromadb';
import { collectionName } from './collection-name.ts';
import { VectorIndexUnavailableError } from './errors.ts';
import { ingestFingerprint } from './fingerprint.ts';
import type {
  EnsureCollectionInput,
  EnsureCollectionResult,
  IndexEmbedder,
  ItemMetadata,
  VectorMatch,
} from './types.ts';

export interface VectorIndexOptions {
  /** Chroma server, e.g. `http://127.0.0.1:8000`. */
  url: string;
  embeddings: IndexEmbedder;
  /** A query slower than this counts as the index being unavailable. */
  queryTimeoutMs?: number;
  /** Records per upsert or delete request. */
  batchSize?: number;
}

export interface VectorIndex {
  ensureCollection(input: EnsureCollectionInput): Promise<EnsureCollectionResult>;
  query(name: string, vector: ArrayLike<number>, n: number, where?: Where): Promise<VectorMatch[]>;
  /** Every stored vector of a collection, page by page (for an in-process mirror). */
  readAll(name: string): Promise<{ ids: string[]; embeddings: number[][] }>;
}

// Collection metadata keys. The fingerprint is written last, after every upsert and delete,
// so an interrupted ingest never looks complete.
const FINGERPRINT = 'sarathi_fingerprint';
const RECORDS = 'sarathi_records';
const SKIPPED = 'sarathi_skipped';
const EMBEDDER = 'sarathi_embedder';
const INGESTING = 'ingesting';

function isUnreachable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  // By name as well as class: under Jest the client's CommonJS and ESM builds can both load.
  return (
    error.name === 'ChromaConnectionError' ||
    (error instanceof TypeError && /fetch failed/i.test(error.message))
  );
}

async function guarded<T>(what: string, action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    if (isUnreachable(error)) {
      throw new VectorIndexUnavailableError(`vector index unreachable (${what})`, { cause: error });
    }
    throw error;
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new VectorIndexUnavailableError(`vector index too slow (${what}, ${ms} ms)`)),
      ms,
    );
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function clientFor(url: string): ChromaClient {
  const parsed = new URL(url);
  const ssl = parsed.protocol === 'https:';
  return new ChromaClient({
    host: parsed.hostname.replace(/^\[|\]$/g, ''),
    port: parsed.port ? Number(parsed.port) : ssl ? 443 : 80,
    ssl,
  });
}

async function existingRecords(collection: Collection, pageSize: number) {
  const records = new Map<string, Metadata | null>();
  for (let offset = 0; ; offset += pageSize) {
    const page = await collection.get({ include: ['metadatas'], limit: pageSize, offset });
    page.ids.forEach((id, i) => records.set(id, page.metadatas[i] ?? null));
    if (page.ids.length < pageSize) return records;
  }
}

/** Chroma-backed vector index over items embedded with our own embedder. */
export function createVectorIndex(options: VectorIndexOptions): VectorIndex {
  const client = clientFor(options.url);
  const embedder = options.embeddings;
  const queryTimeoutMs = options.queryTimeoutMs ?? 2_000;
  const batchSize = options.batchSize ?? 500;
  const collections = new Map<string, Collection>();

  async function ingest(collection: Collection, input: EnsureCollectionInput, fingerprint: string) {
    await collection.modify({ metadata: { [FINGERPRINT]: INGESTING } });
    const planned = new Map<string, { embedding: number[]; metadata: Metadata | null }>();
    const seen = new Set<string>();
    let skipped = 0;
    for (const item of input.items) {
      if (seen.has(item.id)) throw new RangeError(`duplicate item id ${item.id}`);
      seen.add(item.id);
    }
    const vectors =
      'embedTexts' in embedder
        ? await embedder.embedTexts(input.items.map((item) => item.text))
        : input.items.map((item) => embedder.embedText(item.text));
    for (const [index, item] of input.items.entries()) {
      const vector = vectors[index];
      if (!vector) {
        skipped++;
        continue;
      }
      // Chroma rejects an empty metadata object but takes null.
      const metadata =
        item.metadata && Object.keys(item.metadata).length > 0 ? item.metadata : null;
      planned.set(item.id, { embedding: Array.from(vector), metadata });
    }

    // Upserts merge metadata and cannot drop a key, so a record that loses a key is deleted
    // and written afresh, along with the records that are no longer wanted.
    const removals: string[] = [];
    for (const [id, old] of await existingRecords(collection, 5_000)) {
      const next = planned.get(id);
      const losesKey =
        old && next && Object.keys(old).some((key) => !(next.metadata && key in next.metadata));
      if (!next || losesKey) removals.push(id);
    }
    for (let start = 0; start < removals.length; start += batchSize) {
      await collection.delete({ ids: removals.slice(start, start + batchSize) });
    }
    const ids = [...planned.keys()];
    for (let start = 0; start < ids.length; start += batchSize) {
      const batch = ids.slice(start, start + batchSize);
      await collection.upsert({
        ids: batch,
        embeddings: batch.map((id) => planned.get(id)!.embedding),
        metadatas: batch.map((id) => planned.get(id)!.metadata) as Metadata[],
      });
    }
    await collection.modify({
      metadata: {
        [FINGERPRINT]: fingerprint,
        [RECORDS]: ids.length,
        [SKIPPED]: skipped,
        [EMBEDDER]: embedder.id,
      },
    });
    return skipped;
  }

  async function ensureCollection(input: EnsureCollectionInput): Promise<EnsureCollectionResult> {
    const started = performance.now();
    const name = collectionName(input.kind, input.corpusVersion, embedder.id);
    const fingerprint = ingestFingerprint(input.items, embedder.id);
    return guarded(`ensure ${name}`, async () => {
      const collection = await client.getOrCreateCollection({
        name,
        embeddingFunction: null,
        configuration: { hnsw: { space: 'cosine' } },
      });
      collections.set(name, collection);
      const metadata = collection.metadata ?? {};
      const count = await collection.count();
      if (metadata[FINGERPRINT] === fingerprint && metadata[RECORDS] === count) {
        const skipped = typeof metadata[SKIPPED] === 'number' ? metadata[SKIPPED] : 0;
        return { name, count, ingested: false, skipped, ms: performance.now() - started };
      }
      const skipped = await ingest(collection, input, fingerprint);
      return {
        name,
        count: await collection.count(),
        ingested: true,
        skipped,
        ms: performance.now() - started,
      };
    });
  }

  async function collectionNamed(name: string): Promise<Collection> {
    const known = collections.get(name);
    if (known) return known;
    const collection = await client.getCollection({ name });
    collections.set(name, collection);
    return collection;
  }

  async function query(
    name: string,
    vector: ArrayLike<number>,
    n: number,
    where?: Where,
  ): Promise<VectorMatch[]> {
    const work = guarded(`query ${name}`, async () => {
      const collection = await collectionNamed(name);
      const result = await collection.query({
        queryEmbeddings: [Array.from(vector)],
        nResults: n,
        where,
        include: ['distances', 'metadatas'],
      });
      const ids = result.ids[0] ?? [];
      const distances = result.distances[0] ?? [];
      const metadatas = result.metadatas[0] ?? [];
      return ids
        .map((id, i) => ({
          id,
          distance: distances[i] ?? Number.POSITIVE_INFINITY,
          metadata: (metadatas[i] ?? {}) as ItemMetadata,
        }))
        .sort((a, b) => a.distance - b.distance);
    });
    return withTimeout(work, queryTimeoutMs, `query ${name}`);
  }

  async function readAll(name: string): Promise<{ ids: string[]; embeddings: number[][] }> {
    return guarded(`read ${name}`, async () => {
      const collection = await collectionNamed(name);
      const ids: string[] = [];
      const embeddings: number[][] = [];
      for (let offset = 0; ; offset += batchSize) {
        const page = await collection.get({ include: ['embeddings'], limit: batchSize, offset });
        page.ids.forEach((id, i) => {
          const embedding = page.embeddings[i];
          if (embedding !== undefined && embedding !== null) {
            ids.push(id);
            embeddings.push(Array.from(embedding));
          }
        });
        if (page.ids.length < batchSize) return { ids, embeddings };
      }
    });
  }

  return { ensureCollection, query, readAll };
}
