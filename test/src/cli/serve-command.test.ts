/**
 * `sarathi serve` as a supervisor runs it: started in its own process with no configuration
 * beyond its folders, it stops on SIGTERM with exit code 0 and, with nothing in flight, without
 * waiting out the shutdown grace period (it used to: the grace timer kept the process alive).
 */
import { makeAppDataDir, startSarathi, type LongRunningSarathi } from '../../helpers/project.ts';

let data: Awaited<ReturnType<typeof makeAppDataDir>>;
let server: LongRunningSarathi | undefined;

beforeAll(async () => {
  data = await makeAppDataDir('sarathi-serve-cli-');
});

afterAll(async () => {
  // A server that failed to stop in time must not outlive the test.
  server?.kill();
  await data.remove();
});

it('stops on SIGTERM, cleanly and without sitting out the grace period when idle', async () => {
  server = await startSarathi(['serve'], {
    readyLine: 'Sarathi is listening on',
    env: {
      DATA_DIR: data.dir,
      SECRETS_DIR: data.secretsDir,
      PORT: '0',
      // The longest allowed, longer than this test's timeout: stopping within the timeout proves
      // the grace timer no longer holds the process once the turns are drained.
      SHUTDOWN_GRACE_MS: '120000',
    },
  });
  const { ready } = server;
  expect({ ready, stderr: ready ? '' : server.stderr() }).toEqual({ ready: true, stderr: '' });

  const ended = await server.stop();
  expect({ ...ended, stderr: ended.code === 0 ? '' : server.stderr() }).toEqual({
    code: 0,
    signal: null,
    stderr: '',
  });
}, 90_000);
