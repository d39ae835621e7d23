/**
 * Where a sync takes the pinned files from. The caller passes `CORPUS_SOURCE` in as an option:
 * this module never reads the environment, so tests and the CLI decide.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { CorpusSourceError } from './errors.ts';

export type CorpusSourceKind = 'directory' | 'url' | 'upstream';

/** How the source was chosen, for the CLI to print. */
export type CorpusSourceOrigin = 'option' | 'CORPUS_SOURCE' | 'sibling' | 'default';

export interface CorpusSource {
  readonly kind: CorpusSourceKind;
  /** Absolute directory, base URL without a trailing slash, or "upstream". */
  readonly location: string;
  readonly origin: CorpusSourceOrigin;
}

export interface ResolveSourceOptions {
  /** `--from`: a directory, an http(s) base URL, or the literal "upstream". */
  readonly from?: string | undefined;
  /** The value of CORPUS_SOURCE, read by the caller. */
  readonly corpusSource?: string | undefined;
  /** Used to find the sibling `<projectRoot>/../shared/corpus/gita`. */
  readonly projectRoot?: string | undefined;
}

export async function resolveSource(options: ResolveSourceOptions): Promise<CorpusSource> {
  if (options.from !== undefined && options.from !== '') {
    return interpret(options.from, 'option');
  }
  if (options.corpusSource !== undefined && options.corpusSource !== '') {
    return interpret(options.corpusSource, 'CORPUS_SOURCE');
  }
  if (options.projectRoot !== undefined) {
    const sibling = path.resolve(options.projectRoot, '..', 'shared', 'corpus', 'gita');
    if (await isDirectory(sibling))
      return { kind: 'directory', location: sibling, origin: 'sibling' };
  }
  return { kind: 'upstream', location: 'upstream', origin: 'default' };
}

async function interpret(value: string, origin: CorpusSourceOrigin): Promise<CorpusSource> {
  if (value === 'upstream') return { kind: 'upstream', location: 'upstream', origin };
  if (/^https?:\/\//iu.test(value)) {
    let url: URL;
    try {
      url = new URL(value);
    } catch (error) {
      throw new CorpusSourceError(value, 'is not a valid URL', { cause: error });
    }
    return { kind: 'url', location: url.href.replace(/\/+$/u, ''), origin };
  }
  const dir = path.resolve(value);
  if (!(await isDirectory(dir))) {
    throw new CorpusSourceError(value, 'is not a directory, an http(s) URL, or "upstream"');
  }
  return { kind: 'directory', location: dir, origin };
}

async function isDirectory(dir: string): Promise<boolean> {
  try {
    return (await stat(dir)).isDirectory();
  } catch {
    return false;
  }
}
