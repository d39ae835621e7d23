/** Metadata stored with a vector; Chroma filters on it with `where`. */
export type ItemMetadata = Record<string, string | number | boolean>;

export interface IndexItem {
  id: string;
  text: string;
  metadata?: ItemMetadata;
}

/**
 * What the index needs from an embedder: one text at a time in-process (GloveEmbeddings), or a
 * batch over the network (OpenAI embeddings). `id` names the embedder and its weighting; it is
 * part of every collection name, so vectors of different embedders never share a collection.
 */
export type IndexEmbedder =
  | { readonly id: string; embedText(text: string): ArrayLike<number> | undefined }
  | {
      readonly id: string;
      embedTexts(texts: readonly string[]): Promise<Array<ArrayLike<number> | undefined>>;
    };

export interface EnsureCollectionInput {
  /** What the items are, e.g. "verses" or "themes". */
  kind: string;
  corpusVersion: string;
  items: readonly IndexItem[];
}

export interface EnsureCollectionResult {
  name: string;
  /** Records in the collection afterwards. */
  count: number;
  /** False when the collection already held exactly these items (no embedding was done). */
  ingested: boolean;
  /** Items left out because no word of their text is known to the embedder. */
  skipped: number;
  ms: number;
}

export interface VectorMatch {
  id: string;
  /** Cosine distance, 1 − cosine similarity: 0 is identical. */
  distance: number;
  metadata: ItemMetadata;
}
