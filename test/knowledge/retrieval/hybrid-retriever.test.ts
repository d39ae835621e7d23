import type { LoadedCorpus } from '../../../knowledge/corpus/index.ts';
import type { GloveEmbeddings } from '../../../knowledge/embeddings/index.ts';
import {
  HybridRetriever,
  KeywordIndex,
  ThemeMatcher,
  type VectorSearch,
} from '../../../knowledge/retrieval/index.ts';
import type { ThemeMap } from '../../../knowledge/themes/index.ts';
import { createVectorIndex } from '../../../knowledge/vector-index/index.ts';
import { GLOVE_BUILD_TIMEOUT_MS, loadSharedGlove } from '../embeddings/shared-glove.ts';
import { projectCorpus, projectThemes } from '../../helpers/project.ts';

describe('hybrid retrieval with real word vectors', () => {
  let corpus: LoadedCorpus;
  let themes: ThemeMap;
  let vectors: GloveEmbeddings;
  let keywordIndex: KeywordIndex;

  beforeAll(async () => {
    [corpus, themes, vectors] = await Promise.all([
      projectCorpus(),
      projectThemes(),
      loadSharedGlove(),
    ]);
    keywordIndex = new KeywordIndex(corpus);
  }, GLOVE_BUILD_TIMEOUT_MS);

  it('matches a theme through word vectors when no trigger word is used', () => {
    const text = 'my spouse and i argue constantly';
    const lexical = new ThemeMatcher(themes).match(text, 3).map((m) => m.theme.id);
    const semantic = new ThemeMatcher(themes, { vectors }).match(text, 3).map((m) => m.theme.id);
    expect(lexical).not.toContain('marriage-conflict');
    expect(semantic).toContain('marriage-conflict');
  });

  it('ranks the matched theme’s verses first, at most ten, and never from outside the corpus', async () => {
    const retriever = new HybridRetriever({
      corpus,
      themeMap: themes,
      themeMatcher: new ThemeMatcher(themes, { vectors }),
      keywordIndex,
      vectors,
    });
    const result = await retriever.retrieve(
      'waiting for my board exam results, what if the marks are low',
    );
    expect(result.themes[0]?.theme.id).toBe('exam-results-fear');
    expect(result.refs.length).toBe(10);
    const firstThemeRef = themes.get('exam-results-fear')?.verses[0]?.ref;
    expect(result.refs.slice(0, 3).map((r) => r.ref)).toContain(firstThemeRef);
    for (const { ref } of result.refs) expect(corpus.get(ref)).toBeDefined();
    expect(result.degraded).toEqual([]);
  });

  it('leaves out verses already shown', async () => {
    const retriever = new HybridRetriever({
      corpus,
      themeMap: themes,
      themeMatcher: new ThemeMatcher(themes),
      keywordIndex,
    });
    const first = await retriever.retrieve('i got laid off and feel useless');
    const shown = new Set(first.refs.slice(0, 3).map((r) => r.ref));
    const second = await retriever.retrieve('i got laid off and feel useless', { exclude: shown });
    for (const { ref } of second.refs) expect(shown.has(ref)).toBe(false);
  });

  it('keeps chapter 1’s battlefield roll-call out of answers to personal worries', async () => {
    const retriever = new HybridRetriever({
      corpus,
      themeMap: themes,
      themeMatcher: new ThemeMatcher(themes),
      keywordIndex,
    });
    // Keyword search alone would favour chapter 1 here: its verses are full of relatives and armies.
    const result = await retriever.retrieve(
      'my relatives and my uncles are fighting over the property',
    );
    const chapterOne = result.refs.slice(0, 5).filter((r) => r.ref.startsWith('1.'));
    expect(chapterOne.length).toBeLessThanOrEqual(1);
  });

  it('answers from the other signals when the vector store is unreachable, and says so', async () => {
    // A real client pointed at a port nobody listens on.
    const index = createVectorIndex({
      url: 'http://127.0.0.1:9',
      embeddings: vectors,
      queryTimeoutMs: 500,
    });
    const unreachable: VectorSearch = {
      nearestVerses: async (vector, limit) =>
        (await index.query('verses', vector, limit)).map((m) => m.id),
    };
    const retriever = new HybridRetriever({
      corpus,
      themeMap: themes,
      themeMatcher: new ThemeMatcher(themes, { vectors }),
      keywordIndex,
      vectors,
      vectorSearch: unreachable,
    });
    const result = await retriever.retrieve('i feel so lonely in this new city');
    expect(result.degraded).toEqual(['vector-store']);
    expect(result.refs.length).toBeGreaterThan(0);
  });
});
