/**
 * Runs the fake OpenAI-compatible server in its own process, as a real model server would be:
 * its JSON work, timers and garbage collection then do not run on Sarathi's event loop, so the
 * bench measures Sarathi and not the harness. The parent asks for its statistics over IPC,
 * outside the timed window.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startFakeOpenAiServer, type FakeOpenAiStats } from './fake-openai-server.ts';

type Request = { readonly type: 'stats'; readonly from: number } | { readonly type: 'close' };
type Response =
  | { readonly type: 'ready'; readonly url: string }
  | { readonly type: 'stats'; readonly stats: FakeOpenAiStats };

export interface FakeOpenAiProcess {
  readonly url: string;
  readonly pid: number;
  stats(from?: number): Promise<FakeOpenAiStats>;
  close(): Promise<void>;
}

export async function startFakeOpenAiProcess(delayMs: number): Promise<FakeOpenAiProcess> {
  const child: ChildProcess = fork(fileURLToPath(import.meta.url), ['--child', String(delayMs)], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const next = () =>
    new Promise<Response>((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`fake server exited (${code})`));
      child.once('exit', onExit);
      child.once('message', (message) => {
        child.off('exit', onExit);
        resolve(message as Response);
      });
    });
  const ready = await next();
  if (ready.type !== 'ready') throw new Error('fake server did not start');
  return {
    url: ready.url,
    pid: child.pid ?? -1,
    async stats(from = 0) {
      const reply = next();
      child.send({ type: 'stats', from } satisfies Request);
      const message = await reply;
      if (message.type !== 'stats') throw new Error('unexpected message from the fake server');
      return message.stats;
    },
    close: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.send({ type: 'close' } satisfies Request);
      }),
  };
}

if (process.argv[2] === '--child' && process.send !== undefined) {
  const server = await startFakeOpenAiServer(Number(process.argv[3] ?? 0));
  process.on('message', (request: Request) => {
    if (request.type === 'stats') {
      process.send?.({ type: 'stats', stats: server.stats(request.from) } satisfies Response);
    } else {
      void server.close().then(() => process.exit(0));
    }
  });
  process.send({ type: 'ready', url: server.url } satisfies Response);
}
