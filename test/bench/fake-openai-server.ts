/**
 * A tiny OpenAI-compatible chat server for benchmarks: answers `POST /v1/chat/completions`
 * after a fixed delay with a canned reply that relies on the first verse of the prompt's
 * context (so it passes the citation guard), whole or streamed as SSE chunks.
 *
 * It records, per call, how long it held the request (body fully read → response handed to the
 * socket): that is the model's own latency as the bench subtracts it, timer lateness included.
 * It also counts TCP connections, to show whether the client keeps them alive.
 */
import { createServer, type Server } from 'node:http';
import { performance } from 'node:perf_hooks';

/** One model call as the server saw it, in wall-clock milliseconds (sub-millisecond precision). */
export interface FakeCall {
  /** The request body was fully read. */
  readonly receivedAt: number;
  /** The response was handed to the socket. */
  readonly sentAt: number;
}

export interface FakeOpenAiStats {
  readonly calls: number;
  readonly connections: number;
  /** Calls in arrival order, from `from` on. */
  readonly log: readonly FakeCall[];
}

/** Wall-clock time with sub-millisecond precision, comparable across processes on one machine. */
export function wallClockMs(): number {
  return performance.timeOrigin + performance.now();
}

export interface FakeOpenAiServer {
  readonly url: string;
  stats(from?: number): FakeOpenAiStats;
  close(): Promise<void>;
}

function firstContextRef(body: string): string | undefined {
  return /\[1\] (\d+\.\d+) — /u.exec(body)?.[1];
}

/** The canned model output: a warm three-sentence reply relying on the first context verse. */
export function cannedContent(ref: string | undefined): string {
  return JSON.stringify({
    refs: ref === undefined ? [] : [ref],
    reply:
      ref === undefined
        ? 'That sounds like a lot to carry. Doing your part and letting go of the rest can lighten it. What is one small thing you could do today?'
        : `That sounds like a lot to carry. The verse ${ref} speaks to doing your part and letting go of the rest. What is one small thing you could do today?`,
  });
}

export async function startFakeOpenAiServer(delayMs: number): Promise<FakeOpenAiServer> {
  const log: FakeCall[] = [];
  let connections = 0;
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (raw += chunk));
    req.on('end', () => {
      const receivedAt = wallClockMs();
      const body = JSON.parse(raw) as { stream?: boolean; messages: Array<{ content: string }> };
      const content = cannedContent(
        firstContextRef(body.messages.map((m) => m.content).join('\n')),
      );
      setTimeout(() => {
        if (body.stream === true) {
          res.writeHead(200, { 'content-type': 'text/event-stream' });
          const base = {
            id: 'chatcmpl-bench',
            object: 'chat.completion.chunk',
            created: 1,
            model: 'bench',
          };
          for (let i = 0; i < content.length; i += 16) {
            const delta = { content: content.slice(i, i + 16) };
            res.write(
              `data: ${JSON.stringify({ ...base, choices: [{ index: 0, delta, finish_reason: null }] })}\n\n`,
            );
          }
          res.end(
            `data: ${JSON.stringify({ ...base, choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] })}\n\ndata: [DONE]\n\n`,
          );
        } else {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(
            JSON.stringify({
              id: 'chatcmpl-bench',
              object: 'chat.completion',
              created: 1,
              model: 'bench',
              choices: [
                { index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' },
              ],
              usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
            }),
          );
        }
        log.push({ receivedAt, sentAt: wallClockMs() });
      }, delayMs);
    });
  });
  server.on('connection', () => connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    stats: (from = 0) => ({ calls: log.length, connections, log: log.slice(from) }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
