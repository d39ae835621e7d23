/**
 * Boots the knowledge layer from disk: the verified corpus, the theme map, the word vectors,
 * the Chroma collections (spawning a local Chroma when no URL is configured) and the safety
 * data. A vector store that cannot start or be reached degrades answers to the theme map and
 * keyword signals; it never stops Sarathi from answering.
 */
import path from 'node:path';
import { createKnowledge, type Knowledge } from './answer/knowledge.ts';
import { ExtractiveComposer } from './compose/index.ts';
import { corpusPaths, loadCorpus, type LoadedCorpus } from './corpus/index.ts';
import {
  createOpenAiEmbedder,
  loadGloveEmbeddings,
  type GloveCacheProgress,
  type OpenAiEmbeddingSettings,
  type RemoteEmbedder,
} from './embeddings/index.ts';
import {
  createChatModel,
  LlmComposer,
  providerHost,
  type ChatModelPort,
  type Clock,
  type GuardObserver,
  type LlmSettings,
} from './llm/index.ts';
import {
  createVectorMirror,
  HybridRetriever,
  KeywordIndex,
  ThemeMatcher,
  type VectorSearch,
} from './retrieval/index.ts';
import { loadHelplines, warmSafetyClassifier } from './safety/index.ts';
import { loadOpenings, loadThemeMap } from './themes/index.ts';
import {
  createVectorIndex,
  startChromaServer,
  type ChromaServer,
  type IndexItem,
  type VectorIndex,
} from './vector-index/index.ts';

/** The logging a boot needs; a pino logger fits. */
export interface KnowledgeLog {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
}

export interface OpenKnowledgeOptions {
  readonly projectRoot: string;
  /** Caches and the spawned Chroma's data live under here. */
  readonly dataDir: string;
  /** Where the word-vector cache lives; default `<dataDir>/cache`. */
  readonly cacheDir?: string;
  /** An external Chroma; when absent one is spawned locally. */
  readonly chromaUrl?: string | undefined;
  /** `off` skips the vector store entirely (tests of the other signals, constrained machines). */
  readonly vectorStore?: 'chroma' | 'off';
  /** Translator ids in display order; empty means the manifest's public-domain defaults. */
  readonly translators?: readonly string[];
  readonly logger?: KnowledgeLog;
  readonly onProgress?: (line: string) => void;
  /**
   * Embeddings for the vector store: `local` (word vectors, default) or OpenAI-compatible ones,
   * which get their own Chroma collection (the name carries the embedder id).
   */
  readonly embeddings?:
    { readonly kind: 'local' } | ({ readonly kind: 'openai' } & OpenAiEmbeddingSettings);
  /** The LLM composer's settings; absent means every answer is extractive. */
  readonly llm?: LlmSettings;
  /** Counts of the guard's work, for /metrics. */
  readonly guardObserver?: GuardObserver;
  /** Tests: a clock for the breaker and deadlines, a model port instead of ChatOpenAI. */
  readonly llmClock?: Clock;
  readonly chatModel?: ChatModelPort;
}

export class KnowledgeConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'KnowledgeConfigError';
  }
}

export async function openKnowledge(options: OpenKnowledgeOptions): Promise<Knowledge> {
  const { projectRoot } = options;
  const corpusFolder = path.join(projectRoot, 'corpus');
  const corpus = await loadCorpus({ dataDir: corpusPaths(projectRoot).dataDir });
  const helplines = loadHelplines(path.join(corpusFolder, 'helplines.json'));
  // Trained here, at start-up, so the first person to write does not wait for it.
  warmSafetyClassifier();
  const [themeMap, openings, vectors] = await Promise.all([
    loadThemeMap(path.join(corpusFolder, 'themes.json'), corpus),
    loadOpenings(path.join(corpusFolder, 'openings.json')),
    loadGloveEmbeddings({
      cacheDir: options.cacheDir ?? path.join(options.dataDir, 'cache'),
      onProgress: gloveReporter(options.onProgress),
    }),
  ]);
  const verseCards = { translators: displayTranslators(corpus, options.translators ?? []) };
  const remote =
    options.embeddings?.kind === 'openai' ? createOpenAiEmbedder(options.embeddings) : undefined;
  const vectorStore =
    options.vectorStore === 'off'
      ? undefined
      : await openVectorStore(options, corpus, remote ?? vectors);
  const retriever = new HybridRetriever({
    corpus,
    themeMap,
    themeMatcher: new ThemeMatcher(themeMap, { vectors }),
    keywordIndex: new KeywordIndex(corpus),
    vectors,
    ...(vectorStore === undefined ? {} : { vectorSearch: vectorStore.search }),
    ...(remote === undefined ? {} : { embedQuery: (text: string) => remote.embedQuery(text) }),
  });
  const llm =
    options.llm === undefined
      ? undefined
      : {
          provider: providerHost(options.llm.baseUrl),
          composer: new LlmComposer({
            model: options.chatModel ?? createChatModel(options.llm),
            corpus,
            verseCards,
            timeoutMs: options.llm.timeoutMs,
            breakerFailures: options.llm.breakerFailures,
            breakerCooldownMs: options.llm.breakerCooldownMs,
            ...(options.llmClock === undefined ? {} : { clock: options.llmClock }),
            ...(options.guardObserver === undefined ? {} : { observer: options.guardObserver }),
          }),
        };
  return createKnowledge({
    corpus,
    themeMap,
    retriever,
    ...(llm === undefined ? {} : { llm }),
    composer: new ExtractiveComposer({ corpus, openings, verseCards }),
    helplines,
    verseCards,
    ...(vectorStore === undefined ? {} : { checkVectorStore: () => vectorStore.ping() }),
    close: async () => {
      await vectorStore?.close();
    },
  });
}

function displayTranslators(corpus: LoadedCorpus, wanted: readonly string[]): string[] {
  if (wanted.length === 0) return [...corpus.defaultShown];
  const known = new Set(corpus.translators.map((t) => t.id));
  const unknown = wanted.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new KnowledgeConfigError(
      `SHOWN_TRANSLATORS names unknown translators (${unknown.join(', ')}); known: ${[...known].join(', ')}`,
    );
  }
  return [...wanted];
}

/** Prints the one-time cache build in quarters, so a first start visibly makes progress. */
function gloveReporter(onProgress?: (line: string) => void): (event: GloveCacheProgress) => void {
  let lastQuarter = 0;
  return (event) => {
    if (onProgress === undefined) return;
    if (event.stage === 'building') {
      onProgress(`word vectors: building the local cache (${event.reason}); this happens once`);
    } else if (event.stage === 'reading-source') {
      const quarter = Math.floor(event.fraction * 4);
      if (quarter > lastQuarter && quarter < 4) {
        lastQuarter = quarter;
        onProgress(`word vectors: ${quarter * 25}% read`);
      }
    } else if (event.stage === 'built') {
      onProgress(
        `word vectors: cache built in ${(event.ms / 1000).toFixed(1)} s (${event.words} words)`,
      );
    }
  };
}

interface OpenVectorStore {
  readonly search: VectorSearch;
  ping(): Promise<void>;
  close(): Promise<void>;
}

async function openVectorStore(
  options: OpenKnowledgeOptions,
  corpus: LoadedCorpus,
  embeddings: Awaited<ReturnType<typeof loadGloveEmbeddings>> | RemoteEmbedder,
): Promise<OpenVectorStore | undefined> {
  let server: ChromaServer | undefined;
  try {
    let url = options.chromaUrl;
    if (url === undefined) {
      options.onProgress?.('vector store: starting a local Chroma');
      server = await startChromaServer({ dataDir: path.join(options.dataDir, 'chroma') });
      url = server.url;
    }
    const chromaUrl = url;
    const index = createVectorIndex({ url, embeddings });
    const verses = await index.ensureCollection({
      kind: 'verses',
      corpusVersion: corpus.version,
      items: verseItems(corpus),
    });
    if (verses.ingested) options.onProgress?.(`vector store: indexed ${verses.count} verses`);
    const stop = server;
    return {
      search: await verseSearch(index, verses.name, verses.count),
      ping: async () => {
        const response = await fetch(`${chromaUrl}/api/v2/heartbeat`, {
          signal: AbortSignal.timeout(2000),
        });
        await response.body?.cancel();
        if (!response.ok) throw new Error(`Chroma answered ${response.status}`);
      },
      close: async () => {
        await stop?.stop();
      },
    };
  } catch (error) {
    await server?.stop();
    options.logger?.warn(
      { err: error },
      'vector store unavailable: answering from the theme map and keyword search only',
    );
    return undefined;
  }
}

/** Collections this small are mirrored in-process (see vector-mirror.ts); larger ones are queried. */
const MIRROR_LIMIT = 5_000;

async function verseSearch(index: VectorIndex, name: string, count: number): Promise<VectorSearch> {
  if (count <= MIRROR_LIMIT) {
    const { ids, embeddings } = await index.readAll(name);
    return createVectorMirror(ids, embeddings);
  }
  return {
    nearestVerses: async (vector, limit) =>
      (await index.query(name, vector, limit)).map((match) => match.id),
  };
}

function verseItems(corpus: LoadedCorpus): IndexItem[] {
  const english = new Set(corpus.translators.filter((t) => t.language === 'en').map((t) => t.id));
  return corpus.verses.map((verse) => ({
    id: verse.ref,
    text: Object.entries(verse.translations)
      .filter(([translator]) => english.has(translator))
      .map(([, text]) => text)
      .join(' '),
    metadata: { chapter: verse.chapter },
  }));
}
