/**
 * A tiny OpenAI-compatible chat server for benchmarks: answers `POST /v1/chat/completions`
 * after a fixed delay with a canned reply that relies on the first verse of the prompt's
 * context (so it passes the citation guard), whole or streamed as SSE chunks.
 */
import { createServer, type Server } from 'node:http';

export interface FakeOpenAiServer {
  readonly url: string;
  readonly calls: () => number;
  close(): Promise<void>;
}

function firstContextRef(body: string): string | undefined {
  return /\[1\] (\d+\.\d+) — /u.exec(body)?.[1];
}

export async function startFakeOpenAiServer(delayMs: number): Promise<FakeOpenAiServer> {
  let calls = 0;
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (raw += chunk));
    req.on('end', () => {
      calls++;
      const body = JSON.parse(raw) as { stream?: boolean; messages: Array<{ content: string }> };
      const ref = firstContextRef(body.messages.map((m) => m.content).join('\n'));
      const content = JSON.stringify({
        refs: ref === undefined ? [] : [ref],
        reply: `That sounds like a lot to carry. The verse ${ref ?? ''} speaks to doing your part and letting go of the rest. What is one small thing you could do today?`,
      });
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
          return;
        }
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({
            id: 'chatcmpl-bench',
            object: 'chat.completion',
            created: 1,
            model: 'bench',
            choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
            usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
          }),
        );
      }, delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    calls: () => calls,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
