// A real HTTP server on loopback: the "plain base URL" source, and a server that stalls.
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CorpusDownloadError, syncCorpus } from '../../../knowledge/corpus/index.ts';
import { MANIFEST_PATH, PINNED_FILES, makeWorkspace, siblingsOf } from './corpus-workspace.ts';
import type { Workspace } from './corpus-workspace.ts';

describe('syncCorpus from a local HTTP server', () => {
  let ws: Workspace;
  let server: Server;
  let origin: string;

  beforeAll(async () => {
    ws = await makeWorkspace();
    server = createServer((request, response) => {
      const url = request.url ?? '';
      // Under /stall/ the server sends headers and half a file, then nothing more.
      if (url.startsWith('/stall/')) {
        response.writeHead(200, { 'content-length': '1000' });
        response.write('x'.repeat(500));
        return;
      }
      // Under /huge/ every file is far larger than any pinned one.
      if (url.startsWith('/huge/')) {
        response.writeHead(200).end(Buffer.alloc(12 * 1024 * 1024, 0x20));
        return;
      }
      readFile(path.join(ws.sourceDir, path.basename(url))).then(
        (content) => response.writeHead(200).end(content),
        () => response.writeHead(404).end(),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await ws.cleanup();
  });

  it('syncs the pinned files served under a base URL', async () => {
    const base = `${origin}/corpus`;
    const result = await syncCorpus({
      dataDir: ws.dataDir,
      manifestPath: MANIFEST_PATH,
      from: base,
    });
    expect(result.source).toEqual({ kind: 'url', location: base, origin: 'option' });
    expect(result.counts.verses).toBe(701);
    expect(result.files.map((f) => f.name)).toEqual([...PINNED_FILES]);
  });

  it('gives up on a server that stops sending within the timeout', async () => {
    const started = Date.now();
    const error: unknown = await syncCorpus({
      dataDir: ws.dataDir,
      manifestPath: MANIFEST_PATH,
      from: `${origin}/stall`,
      timeoutMs: 300,
    }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(CorpusDownloadError);
    expect((error as Error).message).toBe(
      `verse.json: download from ${origin}/stall/verse.json failed: no complete answer within 300 ms`,
    );
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(await siblingsOf(ws.dataDir)).toEqual(['data']);
  });

  it('stops reading a download far larger than the pinned file', async () => {
    const error: unknown = await syncCorpus({
      dataDir: ws.dataDir,
      manifestPath: MANIFEST_PATH,
      from: `${origin}/huge`,
    }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(CorpusDownloadError);
    expect((error as Error).message).toMatch(
      /^verse\.json: download from .* failed: larger than \d+ bytes, stopped$/,
    );
  });
});
