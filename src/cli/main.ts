/**
 * `sarathi` — the command line. Each subcommand is a thin wrapper over the app; errors end in
 * one clear line on stderr and a non-zero exit code, never a stack trace for a user mistake.
 */
import { Command } from 'commander';
import { ConfigError } from '../config/index.ts';
import { runAsk } from './ask-command.ts';
import { runChat } from './chat-command.ts';
import { createCliContext } from './cli-context.ts';
import { runCorpusSync, runCorpusVerify } from './corpus-command.ts';
import { runKeysRotate } from './keys-command.ts';
import { runServe } from './serve-command.ts';
import { runNudgesFailed, runWorker, runWorkerHealth } from './worker-command.ts';

const program = new Command('sarathi')
  .description(
    'Sarathi — a Bhagavad Gita companion whose every verse is checked against a verified corpus.',
  )
  .showHelpAfterError('(run sarathi --help for the commands)');

program
  .command('chat')
  .description('talk with Sarathi in the terminal')
  .option('--user <id>', 'who you are in this terminal, remembered across runs', 'terminal')
  .action(async (options: { user: string }) => {
    await runChat(createCliContext(), options.user);
  });

program
  .command('ask')
  .description('answer one message, or every JSON line on stdin with --jsonl (see README)')
  .argument('[text...]', 'what to ask')
  .option(
    '--jsonl',
    'read {"id","text","user"?,"locale"?} lines from stdin, write one JSON answer per line',
  )
  .option('--json', 'print the answer as one JSON object (the --jsonl output shape)')
  .option('--user <id>', 'answer as this CLI user (remembers the conversation)')
  .option('--locale <tag>', "the asker's locale, e.g. hi-IN")
  .action(
    async (
      words: string[],
      options: { jsonl?: boolean; json?: boolean; user?: string; locale?: string },
    ) => {
      await runAsk(
        createCliContext({ quiet: options.jsonl === true || options.json === true }),
        words,
        options,
      );
    },
  );

// `start` (what `npm start` runs) and `serve` are the same: the whole product in one process.
for (const [name, description] of [
  ['start', 'run Sarathi with no configuration: the server with the web widget demo at /'],
  [
    'serve',
    'run the HTTP server: web widget demo at /, channel webhooks, /health, /ready, /metrics',
  ],
] as const) {
  program
    .command(name)
    .description(description)
    .action(async () => {
      await runServe(createCliContext({ server: true }));
    });
}

program
  .command('worker')
  .description('run the daily nudge worker as its own process (needs REDIS_URL)')
  .option('--health', "exit 0 if this host's worker wrote a heartbeat in the last 30 s, else 1")
  .action(async (options: { health?: boolean }) => {
    if (options.health === true) await runWorkerHealth(createCliContext());
    else await runWorker(createCliContext({ server: true }));
  });

const nudges = program.command('nudges').description('daily nudges');

nudges
  .command('failed')
  .description('list nudge jobs that used up their retries (the dead-letter queue)')
  .option('--limit <n>', 'how many, newest first', '100')
  .action(async (options: { limit: string }) => {
    await runNudgesFailed(createCliContext(), Math.max(1, Number(options.limit) || 100));
  });

const corpus = program.command('corpus').description('the verified Gita corpus');

corpus
  .command('sync')
  .description(
    'copy the pinned source files, verify every hash and count, normalize, install atomically',
  )
  .option(
    '--from <dir|url>',
    'a folder, an http(s) base URL, or "upstream" (default: CORPUS_SOURCE, ../shared/corpus/gita, upstream)',
  )
  .option('--if-missing', 'do nothing when a verified corpus is already installed')
  .action(async (options: { from?: string; ifMissing?: boolean }) => {
    await runCorpusSync(createCliContext(), options);
  });

corpus
  .command('verify')
  .description('re-check the installed corpus against the manifest')
  .action(async () => {
    await runCorpusVerify(createCliContext());
  });

const keys = program.command('keys').description("the master keys that wrap each user's data key");

keys
  .command('rotate')
  .description(
    're-wrap every data key under the active (first) master key; reflections are untouched, safe to repeat',
  )
  .option(
    '--generate',
    'embedded mode: first add a new generated master key to the key file in SECRETS_DIR',
  )
  .action(async (options: { generate?: boolean }) => {
    await runKeysRotate(createCliContext(), options);
  });

try {
  await program.parseAsync(process.argv);
} catch (error) {
  process.exitCode = 1;
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(`sarathi: ${error instanceof Error ? error.message : String(error)}\n`);
    // Unexpected failures keep their stack for whoever debugs; user mistakes do not need one.
    if (process.env['SARATHI_DEBUG'] === '1' && error instanceof Error) {
      process.stderr.write(`${error.stack ?? ''}\n`);
    }
  }
}
