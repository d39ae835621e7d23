import {
  corpusPaths,
  ensureCorpus,
  syncCorpus,
  verifyCorpus,
  type CorpusSyncProgress,
} from '../../knowledge/index.ts';
import type { CliContext } from './cli-context.ts';

/** One line per finished file: enough to see a slow download is alive without flooding logs. */
export function describeProgress(progress: CorpusSyncProgress): string | undefined {
  if (!progress.fileDone) return undefined;
  const kb = Math.round(progress.fileBytes / 1024);
  return `corpus: ${progress.file} verified (${progress.fileIndex}/${progress.fileCount}, ${kb} KB)`;
}

export async function runCorpusSync(
  context: CliContext,
  options: { from?: string; ifMissing?: boolean },
): Promise<void> {
  const { config } = context;
  const paths = corpusPaths(config.projectRoot);
  const syncOptions = {
    ...paths,
    projectRoot: config.projectRoot,
    ...(options.from === undefined ? {} : { from: options.from }),
    ...(config.corpusSource === undefined ? {} : { corpusSource: config.corpusSource }),
    onProgress: (progress: CorpusSyncProgress) => {
      const line = describeProgress(progress);
      if (line !== undefined) context.progress(line);
    },
  };
  if (options.ifMissing === true) {
    const result = await ensureCorpus(syncOptions);
    process.stdout.write(
      result.action === 'kept'
        ? `corpus ${result.version} is installed and intact; nothing to do.\n`
        : `corpus ${result.version} synced (${result.reason}).\n`,
    );
    return;
  }
  const result = await syncCorpus(syncOptions);
  process.stdout.write(
    `corpus ${result.version} synced from ${result.source.location} (${result.source.origin}): ` +
      `${result.counts.chapters} chapters, ${result.counts.verses} verses, ` +
      `${result.files.length} files verified in ${Math.round(result.durationMs)} ms.\n`,
  );
}

export async function runCorpusVerify(context: CliContext): Promise<void> {
  const result = await verifyCorpus(corpusPaths(context.config.projectRoot));
  for (const file of result.files) {
    process.stdout.write(`${file.ok ? 'ok ' : 'BAD'} ${file.name}\n`);
  }
  if (result.ok) {
    process.stdout.write(
      `corpus ${result.version} verified: every hash, count and record matches.\n`,
    );
    return;
  }
  for (const problem of result.problems) process.stdout.write(`problem: ${problem.message}\n`);
  process.exitCode = 1;
}
