/**
 * Shared test fixtures built from the real project files: the synced, verified corpus (npm test
 * syncs it first; tests sync it here too when run alone) and the theme map.
 */
import path from 'node:path';
import { corpusPaths, ensureCorpus, loadCorpus, type LoadedCorpus } from '../../knowledge/corpus/index.ts';
import { loadOpenings, loadThemeMap, type Openings, type ThemeMap } from '../../knowledge/themes/index.ts';

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '..', '..');
export const SHARED_CORPUS = path.resolve(PROJECT_ROOT, '..', 'shared', 'corpus', 'gita');

let corpusPromise: Promise<LoadedCorpus> | undefined;

export function projectCorpus(): Promise<LoadedCorpus> {
  corpusPromise ??= (async () => {
    const paths = corpusPaths(PROJECT_ROOT);
    await ensureCorpus({ ...paths, projectRoot: PROJECT_ROOT, corpusSource: process.env['CORPUS_SOURCE'] });
    return loadCorpus({ dataDir: paths.dataDir });
  })();
  return corpusPromise;
}

export async function projectThemes(): Promise<ThemeMap> {
  return loadThemeMap(path.join(PROJECT_ROOT, 'corpus', 'themes.json'), await projectCorpus());
}

export function projectOpenings(): Promise<Openings> {
  return loadOpenings(path.join(PROJECT_ROOT, 'corpus', 'openings.json'));
}
