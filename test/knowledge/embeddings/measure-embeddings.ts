// Measurements behind the embedder's settings. Not a test: run it by hand with
//   node --expose-gc test/knowledge/embeddings/measure-embeddings.ts [--rebuild]
// It prints: frequency-order check, vocabulary coverage by size, sentence-vector quality of
// the weighting variants, and cache build/load time, RSS and embedText speed.
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  DEFAULT_SOURCE_PATH,
  DEFAULT_VOCABULARY_SIZE,
  gloveCacheFileName,
  loadGloveEmbeddings,
  tokenize,
} from '../../../knowledge/embeddings/index.ts';
import { readCacheFile } from '../../../knowledge/embeddings/cache-file.ts';
import {
  GloveEmbeddings,
  type SentenceSettings,
} from '../../../knowledge/embeddings/glove-embeddings.ts';
import { readWinkSource } from '../../../knowledge/embeddings/read-wink-source.ts';
import { STOP_WORDS } from '../../../knowledge/embeddings/stop-words.ts';
import { CHAT_PARAPHRASES } from './chat-paraphrases.ts';
import { SHARED_GLOVE_CACHE_DIR } from './shared-glove.ts';

const GITA = path.resolve(import.meta.dirname, '../../../../shared/corpus/gita/translation.json');
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

// Pairs (anchor, related, unrelated): the related text must come out closer.
const TRIPLETS: [string, string, string][] = [
  ['fired', 'laid off', 'banana'],
  ['fired', 'lost my job', 'banana'],
  ['laid off', 'lost my job', 'banana'],
  ['I got fired today', 'I was laid off', 'I ate a banana'],
  ['I feel lonely', 'nobody talks to me', 'the train was late'],
  ['my mother died', 'grieving the loss of my mom', 'my phone battery is low'],
  ['exam stress', 'worried about my test results', 'the weather is sunny'],
  ['I am angry', 'I lose my temper', 'the recipe needs sugar'],
  ['anxious', 'worried', 'purple'],
  ['sad', 'depressed', 'keyboard'],
  ['breakup', 'my girlfriend left me', 'quarterly revenue'],
  ['what is my purpose', 'meaning of life', 'change the oil filter'],
  ['I am scared of failing', 'afraid of failure', 'tomato soup recipe'],
  ['meditation', 'calm my mind', 'football score'],
  ['duty', 'responsibility', 'banana'],
  ['I am jealous', 'envy of others', 'a red bicycle'],
];

async function gitaEnglish(): Promise<string[]> {
  const records = JSON.parse(await readFile(GITA, 'utf8')) as {
    lang: string;
    description: string;
  }[];
  return records.filter((r) => r.lang === 'english').map((r) => r.description);
}

function quality(e: GloveEmbeddings): string {
  const items = CHAT_PARAPHRASES.flatMap((g) =>
    g.messages.map((text) => ({ theme: g.theme, text })),
  );
  const vectors = items.map((item) => e.embedText(item.text));
  let sumAp = 0;
  let counted = 0;
  items.forEach((item, i) => {
    const v = vectors[i];
    if (!v) return;
    const ranked = items
      .map((other, j) => ({ j, theme: other.theme, s: vectors[j] ? e.cosine(v, vectors[j]) : -2 }))
      .filter((x) => x.j !== i)
      .sort((a, b) => b.s - a.s);
    let hits = 0;
    let precisions = 0;
    ranked.forEach((x, k) => {
      if (x.theme === item.theme) precisions += ++hits / (k + 1);
    });
    sumAp += precisions / hits;
    counted++;
  });
  const failed = TRIPLETS.filter(([a, b, z]) => {
    const va = e.embedText(a)!;
    return e.cosine(va, e.embedText(b)!) <= e.cosine(va, e.embedText(z)!);
  });
  return `MAP ${(sumAp / counted).toFixed(3)}  triplets ${TRIPLETS.length - failed.length}/${TRIPLETS.length}${
    failed.length ? `  (failed: ${failed.map((t) => t.join('/')).join('; ')})` : ''
  }`;
}

async function frequencyAndCoverage(): Promise<void> {
  const { rankedWords } = await readWinkSource(DEFAULT_SOURCE_PATH, {
    maxWords: Number.MAX_SAFE_INTEGER,
    onVector: () => undefined,
  });
  const rank = new Map(rankedWords.map((w, i) => [w, i]));
  const gita = await gitaEnglish();
  const chat = CHAT_PARAPHRASES.flatMap((g) => g.messages);

  // Frequency order: words ranked higher must occur more often in independent English text.
  // Zipf predicts the per-word count to fall about tenfold per tenfold of rank.
  const counts = new Map<string, number>();
  for (const text of gita) for (const t of tokenize(text)) counts.set(t, (counts.get(t) ?? 0) + 1);
  console.log('occurrences per word in the Gita translations, by rank bucket in the source:');
  for (const [lo, hi] of [
    [0, 100],
    [100, 1_000],
    [1_000, 10_000],
    [10_000, 100_000],
    [100_000, rankedWords.length],
  ] as const) {
    let total = 0;
    for (let r = lo; r < hi; r++) total += counts.get(rankedWords[r]!) ?? 0;
    console.log(`  ranks ${lo}–${hi}: ${(total / (hi - lo)).toFixed(3)}`);
  }

  console.log('share of known word tokens inside the N most frequent words:');
  for (const [name, texts] of [
    ['chat paraphrases', chat],
    ['Gita translations', gita],
  ] as const) {
    const ranks = texts.flatMap((t) => tokenize(t).flatMap((w) => rank.get(w) ?? []));
    const cells = [20_000, 50_000, 100_000, 150_000, 200_000, 300_000].map(
      (n) =>
        `${n / 1000}k ${((100 * ranks.filter((r) => r < n).length) / ranks.length).toFixed(2)}%`,
    );
    console.log(`  ${name}: ${cells.join('  ')}`);
  }
}

function variants(cacheDir: string): void {
  const model = readCacheFile(path.join(cacheDir, gloveCacheFileName(DEFAULT_VOCABULARY_SIZE)));
  const none = new Set<string>();
  const table: [string, SentenceSettings][] = [
    ['plain mean of word vectors', { sifA: 1, componentRemoval: 0, stopWords: none }],
    ['SIF a=1e-4', { sifA: 1e-4, componentRemoval: 0, stopWords: none }],
    ['SIF a=1e-3', { sifA: 1e-3, componentRemoval: 0, stopWords: none }],
    ['SIF a=1e-4 + stop words', { sifA: 1e-4, componentRemoval: 0, stopWords: STOP_WORDS }],
    ['SIF + component 0.5 (no stop words)', { sifA: 1e-4, componentRemoval: 0.5, stopWords: none }],
    [
      'SIF + stop + component 0.5 (chosen)',
      { sifA: 1e-4, componentRemoval: 0.5, stopWords: STOP_WORDS },
    ],
    [
      'SIF + stop + component 1 (Arora)',
      { sifA: 1e-4, componentRemoval: 1, stopWords: STOP_WORDS },
    ],
  ];
  console.log('sentence-vector quality on the chat paraphrase set (90 messages, 18 worries):');
  for (const [name, settings] of table) {
    console.log(`  ${name.padEnd(38)} ${quality(new GloveEmbeddings('measure', model, settings))}`);
  }
}

async function buildAndLoad(rebuild: boolean): Promise<string> {
  const gc = (globalThis as { gc?: () => void }).gc;
  let cacheDir = SHARED_GLOVE_CACHE_DIR;
  if (rebuild) {
    cacheDir = await mkdtemp(path.join(os.tmpdir(), 'sarathi-glove-measure-'));
    const built = await loadGloveEmbeddings({
      cacheDir,
      onProgress: (e) => {
        if (e.stage === 'built') console.log(`cache build: ${Math.round(e.ms)} ms, ${mb(e.bytes)}`);
      },
    });
    void built;
  }
  gc?.();
  const before = process.memoryUsage().rss;
  const started = performance.now();
  // A fresh load: the in-process share of loads only lasts while one is in flight.
  const embeddings = await loadGloveEmbeddings({ cacheDir });
  const loadMs = performance.now() - started;
  gc?.();
  const after = process.memoryUsage();
  console.log(
    `cache load: ${Math.round(loadMs)} ms; RSS ${mb(before)} → ${mb(after.rss)} (+${mb(after.rss - before)}),` +
      ` heap ${mb(after.heapUsed)}, array buffers ${mb(after.arrayBuffers)}`,
  );
  const messages = CHAT_PARAPHRASES.flatMap((g) => g.messages);
  for (let i = 0; i < 2_000; i++) embeddings.embedText(messages[i % messages.length]!);
  const t = performance.now();
  const rounds = 20_000;
  for (let i = 0; i < rounds; i++) embeddings.embedText(messages[i % messages.length]!);
  console.log(
    `embedText: ${(((performance.now() - t) / rounds) * 1000).toFixed(1)} µs per message`,
  );
  return cacheDir;
}

const rebuild = process.argv.includes('--rebuild');
const cacheDir = await buildAndLoad(rebuild);
variants(cacheDir);
await frequencyAndCoverage();
if (rebuild) await rm(cacheDir, { recursive: true, force: true });
