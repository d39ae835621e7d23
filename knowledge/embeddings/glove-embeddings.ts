import { Embeddings } from '@langchain/core/embeddings';
import { sifWeights } from './sif.ts';
import { tokenize } from './tokenize.ts';
import type { Vocabulary } from './vocabulary.ts';

/** What a loaded cache provides: quantized vectors in frequency order. */
export interface GloveModel {
  dimensions: number;
  sourceVocabularySize: number;
  vocabulary: Vocabulary;
  scales: Float32Array;
  vectors: Int8Array;
  /** Unit vector of the common component, or all zero for none. */
  component: Float32Array;
}

export interface SentenceSettings {
  /** SIF smoothing constant a. */
  sifA: number;
  /**
   * How much of the model's common component to remove from sentence vectors: 0 none, 1 all
   * (Arora et al.). Full removal hurt short phrases ("laid off" came out nearer "banana" than
   * "lost my job"); half kept them right and most of the gain on longer messages.
   */
  componentRemoval: number;
  /** Words never counted (empty: none). */
  stopWords: ReadonlySet<string>;
}

/**
 * Word vectors from the GloVe-based wink model, and sentence vectors made from them by SIF
 * weighting. Sentence vectors are unit length, so their dot product is their cosine.
 */
export class GloveEmbeddings extends Embeddings {
  readonly id: string;
  readonly dimensions: number;
  private readonly vocabulary: Vocabulary;
  private readonly weights: Float32Array;
  // Public so that a subclass (a test's counting embedder, say) can be built from a loaded one.
  readonly model: GloveModel;
  readonly settings: SentenceSettings;
  private readonly component: Float32Array | undefined;
  private readonly componentRemoval: number;

  constructor(id: string, model: GloveModel, settings: SentenceSettings) {
    super({});
    this.id = id;
    this.model = model;
    this.settings = settings;
    this.dimensions = model.dimensions;
    this.vocabulary = model.vocabulary;
    this.weights = sifWeights(model.vocabulary.size, model.sourceVocabularySize, settings.sifA);
    const hasComponent = model.component.some((x) => x !== 0);
    this.component = settings.componentRemoval > 0 && hasComponent ? model.component : undefined;
    this.componentRemoval = settings.componentRemoval;
  }

  get vocabularySize(): number {
    return this.vocabulary.size;
  }

  /** The raw vector of one word (lowercased), or undefined when it is not in the vocabulary. */
  wordVector(word: string): Float32Array | undefined {
    const rank = this.vocabulary.rankOf(word.toLowerCase());
    if (rank === undefined) return undefined;
    const d = this.dimensions;
    const out = new Float32Array(d);
    const scale = this.model.scales[rank]!;
    const row = rank * d;
    for (let i = 0; i < d; i++) out[i] = this.model.vectors[row + i]! * scale;
    return out;
  }

  /** Ranks of the known words of a text, in order, with hyphenated unknowns split. */
  knownWordRanks(text: string): number[] {
    const ranks: number[] = [];
    const stop = this.settings.stopWords;
    const add = (word: string) => {
      if (stop.has(word)) return;
      const rank = this.vocabulary.rankOf(word);
      if (rank !== undefined) ranks.push(rank);
    };
    for (const token of tokenize(text)) {
      if (token.includes('-') && this.vocabulary.rankOf(token) === undefined) {
        token.split('-').forEach(add);
      } else add(token);
    }
    return ranks;
  }

  /** SIF sentence vector of a text (unit length), or undefined when no word is known. */
  embedText(text: string): Float32Array | undefined {
    const ranks = this.knownWordRanks(text);
    if (ranks.length === 0) return undefined;
    const d = this.dimensions;
    const sum = new Float32Array(d);
    const { vectors, scales } = this.model;
    for (const rank of ranks) {
      const w = this.weights[rank]! * scales[rank]!;
      const row = rank * d;
      for (let i = 0; i < d; i++) sum[i]! += w * vectors[row + i]!;
    }
    if (this.component) {
      const u = this.component;
      let projection = 0;
      for (let i = 0; i < d; i++) projection += sum[i]! * u[i]!;
      projection *= this.componentRemoval;
      for (let i = 0; i < d; i++) sum[i]! -= projection * u[i]!;
    }
    let norm = 0;
    for (let i = 0; i < d; i++) norm += sum[i]! * sum[i]!;
    if (norm === 0) return undefined;
    const inverse = 1 / Math.sqrt(norm);
    for (let i = 0; i < d; i++) sum[i]! *= inverse;
    return sum;
  }

  /** Cosine similarity; 0 when either vector is all zero. */
  cosine(a: ArrayLike<number>, b: ArrayLike<number>): number {
    if (a.length !== b.length) throw new RangeError('vectors differ in length');
    let dot = 0;
    let na = 0;
    let nb = 0;
    for (let i = 0; i < a.length; i++) {
      const x = a[i]!;
      const y = b[i]!;
      dot += x * y;
      na += x * x;
      nb += y * y;
    }
    return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
  }

  // LangChain's interface. A text with no known word gets the zero vector: LangChain needs
  // one row per text, and a zero vector matches nothing under cosine.
  embedDocuments(documents: string[]): Promise<number[][]> {
    return Promise.resolve(documents.map((text) => this.toArray(this.embedText(text))));
  }

  embedQuery(document: string): Promise<number[]> {
    return Promise.resolve(this.toArray(this.embedText(document)));
  }

  private toArray(vector: Float32Array | undefined): number[] {
    return vector ? Array.from(vector) : new Array<number>(this.dimensions).fill(0);
  }
}
