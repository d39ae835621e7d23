import { createInterface } from 'node:readline';
import { openApp } from '../app/index.ts';
import type { InboundMessage } from '../messages/index.ts';
import type { CliContext } from './cli-context.ts';
import { renderForTerminal } from './render-terminal.ts';

const EXIT_WORDS = new Set(['exit', 'quit', 'bye', '/exit', '/quit']);

/** `sarathi chat`: an interactive conversation in the terminal, remembered across runs per --user. */
export async function runChat(context: CliContext, user: string): Promise<void> {
  const app = await openApp({
    config: context.config,
    logger: context.logger,
    onProgress: context.progress,
  });
  const terminal = createInterface({
    input: process.stdin,
    output: process.stdout,
    prompt: 'you › ',
  });
  // Piped input can run out while an answer is being made; the lines already read still come.
  let inputEnded = false;
  terminal.once('close', () => (inputEnded = true));
  process.stdout.write(
    '\nSarathi is listening. Write what is on your mind (Ctrl-D or "exit" to leave).\n\n',
  );
  try {
    terminal.prompt();
    // The line iterator ends cleanly on Ctrl-D or when piped input runs out.
    for await (const line of terminal) {
      if (EXIT_WORDS.has(line.trim().toLowerCase())) break;
      if (line.trim() !== '') {
        const message: InboundMessage = {
          channel: 'cli',
          address: user,
          channelUserId: user,
          text: line,
          receivedAt: new Date(),
        };
        const reply = await app.engine.handle(message);
        process.stdout.write(`\n${renderForTerminal(reply)}\n\n`);
      }
      if (!inputEnded) terminal.prompt();
    }
  } finally {
    terminal.close();
    await app.close();
  }
  process.stdout.write('\nTake care. 🙏\n');
}
