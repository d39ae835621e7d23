// A fake Telegram Bot API for nudge-chaos.test.ts, forked as its own process so that it outlives
// every worker the test kills. It answers `sendMessage` the way Telegram does and appends each
// accepted message — sequence number, chat id, a hash of the text (never the text), time, and
// whether its answer is being held back — to the record file with a synchronous write *before*
// answering, so the record holds exactly what "Telegram" accepted, whatever happens to the caller.
//
// argv: <record file>. IPC from the parent: { hold: ms } holds the answer to the next accepted
// message for that long (the test kills the worker meanwhile: the send→confirm window).
// IPC to the parent: { port } once listening; { accepted: n } after each accepted message;
// { held: seq, chatId } when an answer is held.
import { createHash } from 'node:crypto';
import { closeSync, fsyncSync, openSync, writeSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';

const [recordFile] = process.argv.slice(2);
if (recordFile === undefined || process.send === undefined) {
  throw new Error('usage: fork fake-telegram-api.ts <record file> (with an IPC channel)');
}
const send = (message: object) => process.send?.(message);
const record = openSync(recordFile, 'a');

let accepted = 0;
let holdNextMs = 0;
process.on('message', (message: { hold?: number }) => {
  if (typeof message.hold === 'number') holdNextMs = message.hold;
});

/** Network time before Telegram has the message: kills land here too (claimed, not accepted). */
const latencyMs = () => 5 + Math.random() * 25;

const BOT = { id: 4242, is_bot: true, first_name: 'Sarathi', username: 'sarathi_test_bot' };

async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const body = Buffer.concat(chunks).toString('utf8');
  return body === '' ? {} : (JSON.parse(body) as Record<string, unknown>);
}

function answer(response: ServerResponse, status: number, body: object): void {
  if (response.destroyed) return; // the worker died while we held the answer
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}

async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const method = /^\/bot[^/]+\/(\w+)$/u.exec(request.url ?? '')?.[1];
  const payload = await readJson(request);
  if (method === 'getMe') return answer(response, 200, { ok: true, result: BOT });
  if (method !== 'sendMessage') return answer(response, 200, { ok: true, result: true });
  const chatId = payload['chat_id'];
  const text = payload['text'];
  if ((typeof chatId !== 'number' && typeof chatId !== 'string') || typeof text !== 'string') {
    return answer(response, 400, {
      ok: false,
      error_code: 400,
      description: 'Bad Request: message text is empty',
    });
  }
  await sleep(latencyMs());
  const seq = ++accepted;
  const holdMs = holdNextMs;
  holdNextMs = 0;
  const line = {
    seq,
    chatId: String(chatId),
    textSha256: createHash('sha256').update(text).digest('hex'),
    at: Date.now(),
    held: holdMs > 0,
  };
  writeSync(record, `${JSON.stringify(line)}\n`);
  fsyncSync(record);
  send({ accepted: seq });
  if (holdMs > 0) {
    send({ held: seq, chatId: String(chatId) });
    await sleep(holdMs);
  }
  answer(response, 200, {
    ok: true,
    result: {
      message_id: seq,
      from: BOT,
      chat: { id: Number(chatId), type: 'private', first_name: 'Friend' },
      date: Math.floor(line.at / 1000),
      text,
    },
  });
}

const server = createServer((request, response) => {
  handle(request, response).catch(() => answer(response, 500, { ok: false, error_code: 500 }));
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  send({ port: typeof address === 'object' && address !== null ? address.port : 0 });
});

// The parent closes the IPC channel (or dies): stop, so no process outlives the test.
process.on('disconnect', () => {
  server.closeAllConnections();
  server.close();
  closeSync(record);
  process.exit(0);
});
