/**
 * One file over HTTP with global fetch: a timeout for the whole transfer, progress as bytes
 * arrive, and a size cap so a wrong URL cannot fill memory (the pinned size is known).
 */
import { CorpusDownloadError, CorpusFileMissingError } from './errors.ts';
import { errorDetail } from './error-details.ts';

export interface DownloadOptions {
  readonly file: string;
  readonly expectedBytes: number;
  readonly timeoutMs: number;
  readonly onBytes?: ((received: number, total: number | undefined) => void) | undefined;
}

export async function downloadFile(url: string, options: DownloadOptions): Promise<Buffer> {
  const { file, timeoutMs } = options;
  const signal = AbortSignal.timeout(timeoutMs);
  const fail = (error: unknown): never => {
    if (signal.aborted) {
      throw new CorpusDownloadError(file, url, `no complete answer within ${timeoutMs} ms`, {
        cause: error,
      });
    }
    throw new CorpusDownloadError(file, url, errorDetail(error), { cause: error });
  };

  let response: Response;
  try {
    response = await fetch(url, { signal, redirect: 'follow' });
  } catch (error) {
    return fail(error);
  }
  if (response.status === 404) {
    await response.body?.cancel();
    throw new CorpusFileMissingError(file, url);
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new CorpusDownloadError(file, url, `HTTP ${response.status}`);
  }

  const header = Number(response.headers.get('content-length'));
  const total = Number.isFinite(header) && header > 0 ? header : options.expectedBytes;
  // Anything far larger than the pinned file cannot be it; stop before holding all of it.
  const limit = options.expectedBytes * 4 + 1024 * 1024;
  const chunks: Uint8Array[] = [];
  let received = 0;
  options.onBytes?.(0, total);
  try {
    if (response.body === null) return Buffer.alloc(0);
    // Node's web stream is async-iterable; its lib typing does not say so.
    const body = response.body as unknown as AsyncIterable<Uint8Array>;
    for await (const chunk of body) {
      received += chunk.byteLength;
      if (received > limit) {
        await response.body.cancel().catch(() => undefined);
        throw new CorpusDownloadError(file, url, `larger than ${limit} bytes, stopped`);
      }
      chunks.push(chunk);
      options.onBytes?.(received, total);
    }
  } catch (error) {
    if (error instanceof CorpusDownloadError) throw error;
    return fail(error);
  }
  return Buffer.concat(chunks);
}
