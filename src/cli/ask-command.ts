import { createInterface } from 'node:readline';
import { openApp } from '../app/index.ts';
import type { InboundMessage } from '../messages/index.ts';
import type { CliContext } from './cli-context.ts';
import { parseJsonlLine, toJsonlOutput } from './jsonl-contract.ts';
import { renderForTerminal } from './render-terminal.ts';

export interface AskOptions {
  readonly jsonl?: boolean;
  readonly json?: boolean;
  readonly user?: string;
  readonly locale?: string;
}

/**
 * `sarathi ask "<text>"` prints one readable answer; `--jsonl` answers every line of stdin with
 * one JSON line, in order, from one warm process. Lines without a user are answered statelessly,
 * so evaluation results do not depend on the order of the lines.
 */
export async function runAsk(
  context: CliContext,
  words: string[],
  options: AskOptions,
): Promise<void> {
  const text = words.join(' ').trim();
  if (options.jsonl !== true && text === '') {
    throw new UsageError('ask needs some text, e.g. sarathi ask "I feel anxious about my exams"');
  }
  const app = await openApp({
    config: context.config,
    logger: context.logger,
    onProgress: context.progress,
  });
  try {
    if (options.jsonl === true) {
      await answerJsonl(app.engine);
      return;
    }
    const reply = await app.engine.handle(cliMessage(text, options.user, options.locale), {
      stateless: options.user === undefined,
    });
    process.stdout.write(
      options.json === true
        ? `${JSON.stringify(toJsonlOutput('1', reply))}\n`
        : `${renderForTerminal(reply)}\n`,
    );
  } finally {
    await app.close();
  }
}

async function answerJsonl(engine: Awaited<ReturnType<typeof openApp>>['engine']): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    const parsed = parseJsonlLine(line);
    if (!parsed.ok) {
      await write(JSON.stringify(parsed.error));
      continue;
    }
    const { id, text, user, locale } = parsed.input;
    const reply = await engine.handle(cliMessage(text, user, locale), {
      stateless: user === undefined,
    });
    await write(JSON.stringify(toJsonlOutput(id, reply)));
  }
}

function cliMessage(
  text: string,
  user: string | undefined,
  locale: string | undefined,
): InboundMessage {
  const id = user ?? 'anonymous';
  return {
    channel: 'cli',
    address: id,
    channelUserId: id,
    text,
    receivedAt: new Date(),
    ...(locale === undefined ? {} : { locale }),
  };
}

/** Respects back-pressure so a large input never buffers every answer in memory. */
function write(line: string): Promise<void> {
  return new Promise((resolve, reject) => {
    process.stdout.write(`${line}\n`, (error) => (error ? reject(error) : resolve()));
  });
}

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
