/**
 * EMBEDDINGS=openai: verses are embedded through the OpenAI embeddings API (nock, in its real
 * shape: base64 floats, since the client asks for them) into a real Chroma, in a collection whose
 * name carries the embedder id, beside — never mixed with — the local word-vector collection.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ChromaClient } from 'chromadb';
import nock from 'nock';
import { startChromaServer, type ChromaServer } from '../../../knowledge/vector-index/index.ts';
import { openTestKnowledge } from '../../helpers/project.ts';
import { answering } from '../llm/openai-fixtures.ts';

const DIMENSIONS = 16;

/** A deterministic vector per text: the same words always land in the same place. */
function fakeVector(text: string): Float32Array {
  const vector = new Float32Array(DIMENSIONS);
  for (const word of text.toLowerCase().split(/\W+/u).filter(Boolean)) {
    const digest = createHash('sha256').update(word).digest();
    for (let i = 0; i < DIMENSIONS; i++) vector[i]! += (digest[i]! - 128) / 128;
  }
  return vector;
}

interface EmbeddingsRequest {
  input: string | string[];
  model: string;
  encoding_format?: string;
}

let chroma: ChromaServer;
let dir: string;
const requests: EmbeddingsRequest[] = [];

beforeAll(async () => {
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
  dir = await mkdtemp(path.join(os.tmpdir(), 'sarathi-openai-embeddings-'));
  chroma = await startChromaServer({ dataDir: path.join(dir, 'chroma') });
  nock('https://api.openai.com')
    .persist()
    .post('/v1/embeddings')
    .reply(
      200,
      answering((body) => {
        const request = body as EmbeddingsRequest;
        requests.push(request);
        const inputs = Array.isArray(request.input) ? request.input : [request.input];
        return {
          object: 'list',
          data: inputs.map((input, index) => {
            const vector = fakeVector(input);
            return {
              object: 'embedding',
              index,
              embedding:
                request.encoding_format === 'base64'
                  ? Buffer.from(vector.buffer).toString('base64')
                  : Array.from(vector),
            };
          }),
          model: 'text-embedding-3-small',
          usage: { prompt_tokens: inputs.length * 10, total_tokens: inputs.length * 10 },
        };
      }),
    );
}, 60_000);

afterAll(async () => {
  await chroma.stop();
  await rm(dir, { recursive: true, force: true });
  nock.cleanAll();
  nock.enableNetConnect();
  nock.restore();
});

it('indexes the verses with OpenAI embeddings in a collection named for that embedder', async () => {
  const opened = await openTestKnowledge({
    vectorStore: 'chroma',
    extra: {
      chromaUrl: chroma.url,
      embeddings: {
        kind: 'openai',
        apiKey: 'sk-test',
        baseUrl: undefined,
        model: 'text-embedding-3-small',
      },
    },
  });
  try {
    const indexed = requests.flatMap((request) =>
      Array.isArray(request.input) ? request.input : [request.input],
    );
    expect(indexed).toHaveLength(opened.knowledge.corpus.verses.length);
    expect(requests.every((request) => request.model === 'text-embedding-3-small')).toBe(true);

    const before = requests.length;
    const answer = await opened.knowledge.answer({ text: 'I feel anxious about my exam results' });
    // The message itself was embedded by the same model, and the vector signal was used.
    expect(requests.length).toBe(before + 1);
    expect(requests.at(-1)!.input).toEqual('I feel anxious about my exam results');
    expect(answer.flags).not.toContain('vector_store_unavailable');
    expect(answer.citations.length).toBeGreaterThan(0);
  } finally {
    await opened.close();
  }

  // The local word vectors get their own collection on the same server: the two never mix.
  const local = await openTestKnowledge({
    vectorStore: 'chroma',
    extra: { chromaUrl: chroma.url },
  });
  await local.close();
  const { hostname, port } = new URL(chroma.url);
  const client = new ChromaClient({ host: hostname, port: Number(port) });
  const names = (await client.listCollections()).map((collection) => collection.name);
  expect(names).toHaveLength(2);
  expect(names.filter((name) => name.includes('openai-text-embedding-3-small'))).toHaveLength(1);
  const openaiCollection = await client.getCollection({
    name: names.find((name) => name.includes('openai'))!,
    embeddingFunction: null,
  } as never);
  const sample = await openaiCollection.get({ limit: 1, include: ['embeddings'] as never });
  expect(sample.embeddings[0]).toHaveLength(DIMENSIONS);
}, 120_000);
