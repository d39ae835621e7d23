/**
 * `sarathi serve` as a supervisor runs it: started in its own process with no configuration
 * beyond its folders, it stops on SIGTERM with exit code 0 and, with nothing in flight, without
 * waiting out the shutdown grace period (it used to: the grace timer kept the process alive).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { makeAppDataDir, PROJECT_ROOT } from '../../helpers/project.ts';

let data: Awaited<ReturnType<typeof makeAppDataDir>>;
let child: ReturnType<typeof spawn> | undefined;

beforeAll(async () => {
  data = await makeAppDataDir('sarathi-serve-cli-');
});

afterAll(async () => {
  // A server that failed to stop in time must not outlive the test.
  if (child !== undefined && child.exitCode === null && child.signalCode === null) {
    child.kill('SIGKILL');
  }
  await data.remove();
});

it('stops on SIGTERM, cleanly and without sitting out the grace period when idle', async () => {
  const server = spawn(process.execPath, [path.join(PROJECT_ROOT, 'bin/sarathi.js'), 'serve'], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      DATA_DIR: data.dir,
      SECRETS_DIR: data.secretsDir,
      PORT: '0',
      // The longest allowed, longer than this test's timeout: stopping within the timeout proves
      // the grace timer no longer holds the process once the turns are drained.
      SHUTDOWN_GRACE_MS: '120000',
      LOG_LEVEL: 'error',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  child = server;
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    server.once('exit', (code, signal) => resolve({ code, signal })),
  );
  let stderr = '';
  const listening = await new Promise<boolean>((resolve) => {
    server.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      if (stderr.includes('Sarathi is listening on')) resolve(true);
    });
    void exited.then(() => resolve(false));
  });
  expect({ listening, stderr: listening ? '' : stderr }).toEqual({ listening: true, stderr: '' });

  server.kill('SIGTERM');
  const ended = await exited;
  expect({ ...ended, stderr: ended.code === 0 ? '' : stderr }).toEqual({
    code: 0,
    signal: null,
    stderr: '',
  });
}, 90_000);
