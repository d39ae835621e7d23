// Timings of the local Chroma set-up. Not a test: run it by hand with
//   node test/knowledge/vector-index/measure-vector-index.ts
// Items are ~2,000 short sentences cut at run time from the Gita translations in
// ../shared/corpus/gita (never stored here); queries are the chat paraphrase messages.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createVectorIndex, startChromaServer } from '../../../knowledge/vector-index/index.ts';
import { CHAT_PARAPHRASES } from '../embeddings/chat-paraphrases.ts';
import { loadSharedGlove } from '../embeddings/shared-glove.ts';

const GITA = path.resolve(import.meta.dirname, '../../../../shared/corpus/gita/translation.json');

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const records = JSON.parse(await readFile(GITA, 'utf8')) as {
  id: number;
  lang: string;
  description: string;
}[];
const items = records
  .filter((r) => r.lang === 'english')
  .flatMap((r) =>
    r.description
      .split(/(?<=[.;?!])\s+/)
      .map((sentence, i) => ({ id: `${r.id}-${i}`, text: sentence.trim() }))
      .filter((s) => s.text.length >= 20 && s.text.length <= 160),
  )
  .slice(0, 2_000);

const embeddings = await loadSharedGlove();
const dir = await mkdtemp(path.join(os.tmpdir(), 'sarathi-measure-chroma-'));
try {
  let t = performance.now();
  const server = await startChromaServer({ dataDir: path.join(dir, 'chroma') });
  console.log(`chroma start: ${Math.round(performance.now() - t)} ms`);
  try {
    const index = createVectorIndex({ url: server.url, embeddings });
    const first = await index.ensureCollection({ kind: 'measure', corpusVersion: 'v1', items });
    console.log(
      `ingest ${items.length} items: ${Math.round(first.ms)} ms (count ${first.count}, skipped ${first.skipped})`,
    );
    const second = await index.ensureCollection({ kind: 'measure', corpusVersion: 'v1', items });
    console.log(`ensureCollection when already ingested: ${Math.round(second.ms)} ms`);

    const messages = CHAT_PARAPHRASES.flatMap((g) => g.messages);
    for (let i = 0; i < 20; i++) {
      await index.query(first.name, embeddings.embedText(messages[i % messages.length]!)!, 10);
    }
    const total: number[] = [];
    const chromaOnly: number[] = [];
    for (let i = 0; i < 200; i++) {
      t = performance.now();
      const vector = embeddings.embedText(messages[i % messages.length]!)!;
      const afterEmbed = performance.now();
      await index.query(first.name, vector, 10);
      const end = performance.now();
      total.push(end - t);
      chromaOnly.push(end - afterEmbed);
    }
    total.sort((a, b) => a - b);
    chromaOnly.sort((a, b) => a - b);
    const fmt = (xs: number[]) =>
      `p50 ${percentile(xs, 50).toFixed(2)} ms, p95 ${percentile(xs, 95).toFixed(2)} ms`;
    console.log(
      `200 queries (top 10), embed + query: ${fmt(total)}; query alone: ${fmt(chromaOnly)}`,
    );
    const rss = process.memoryUsage().rss;
    console.log(`our process RSS: ${(rss / 1e6).toFixed(1)} MB (Chroma runs in its own process)`);
  } finally {
    t = performance.now();
    await server.stop();
    console.log(`chroma stop: ${Math.round(performance.now() - t)} ms`);
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
