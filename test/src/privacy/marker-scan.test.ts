/**
 * "No plaintext, hash or other searchable derivative of reflection text is stored": the whole
 * product runs (embedded mode: SQLite, a spawned Chroma, a spawned redis-server, the widget over
 * HTTP, logs at trace level captured), a reflection with a unique marker goes in through the
 * widget and comes back out to its owner, and then every file the product wrote — the database
 * and its -wal/-shm, the Redis folder, the Chroma folder, the secrets folder — and every log line
 * is scanned for the marker's bytes. Also scanned: the words of an ordinary message.
 */
import { randomUUID } from 'node:crypto';
import { lstat, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Writable } from 'node:stream';
import { loadConfig } from '../../../src/config/index.ts';
import { createLogger } from '../../../src/logger/index.ts';
import { startServer, type RunningServer } from '../../../src/server/index.ts';
import { sessionToken, sendAndRead, sessionIdOf } from '../../channels/web/widget-server.ts';
import { makeAppDataDir, PROJECT_ROOT } from '../../helpers/project.ts';

const REFLECTION_MARKER = `zq-reflection-${randomUUID()}`;
const MESSAGE_MARKER = `zq-message-${randomUUID()}`;
const logChunks: Buffer[] = [];

let server: RunningServer | undefined;
let data: Awaited<ReturnType<typeof makeAppDataDir>>;

/** Every regular file under `dir`, not following symlinks (the shared word-vector cache). */
async function filesUnder(dir: string): Promise<string[]> {
  const found: string[] = [];
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return found;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isSymbolicLink()) continue;
    if (entry.isDirectory()) found.push(...(await filesUnder(full)));
    else if (entry.isFile()) found.push(full);
  }
  return found;
}

/** The files among `files` that hold any of the markers (as UTF-8 bytes or UTF-16). */
async function filesHolding(
  files: readonly string[],
  markers: readonly string[],
): Promise<string[]> {
  const needles = markers.flatMap((marker) => [
    Buffer.from(marker, 'utf8'),
    Buffer.from(marker, 'utf16le'),
  ]);
  const holding: string[] = [];
  for (const file of files) {
    if (!(await lstat(file)).isFile()) continue;
    const bytes = await readFile(file).catch(() => undefined); // a file may vanish (a checkpoint)
    if (bytes !== undefined && needles.some((needle) => bytes.includes(needle))) holding.push(file);
  }
  return holding;
}

async function everything(): Promise<string[]> {
  return [...(await filesUnder(data.dir)), ...(await filesUnder(data.secretsDir))];
}

beforeAll(async () => {
  data = await makeAppDataDir('sarathi-scan-');
  const config = loadConfig(
    { PORT: '0', DATA_DIR: data.dir, SECRETS_DIR: data.secretsDir, LOG_LEVEL: 'trace' },
    { projectRoot: PROJECT_ROOT },
  );
  const logger = createLogger({
    level: 'trace',
    stream: new Writable({
      write(chunk: Buffer, _encoding, done) {
        logChunks.push(Buffer.from(chunk));
        done();
      },
    }),
  });
  server = await startServer({ config, logger });
}, 180_000);

afterAll(async () => {
  await server?.stop();
  await data.remove();
});

describe('a reflection written through the widget', () => {
  it('is on disk only as ciphertext: not in the database, WAL, Redis, Chroma, secrets or logs', async () => {
    if (server === undefined) throw new Error('the server did not start');
    const url = server.url;
    const token = await sessionToken(url);
    const saved = await sendAndRead(url, token, {
      id: randomUUID(),
      text: `/reflect ${REFLECTION_MARKER}`,
    });
    expect(saved.status).toBe(200);
    const asked = await sendAndRead(url, token, {
      id: randomUUID(),
      text: `I feel anxious about my exams ${MESSAGE_MARKER}`,
    });
    expect(asked.status).toBe(200);
    const shown = await sendAndRead(url, token, { id: randomUUID(), text: '/reflections' });
    // Control: the reflection really is stored, and comes back to its owner.
    expect(JSON.stringify(shown.events)).toContain(REFLECTION_MARKER);
    const sessionId = sessionIdOf(token);
    const { user } = await server.app.stores.identities.findOrCreateByIdentity({
      channel: 'web',
      channelUserId: sessionId,
      address: sessionId,
      now: new Date(),
    });
    expect(await server.app.stores.reflections.allFor(user.id)).toHaveLength(1);

    // While running: the WAL and shared-memory files are there too.
    const running = await everything();
    const names = running.map((file) => path.relative(data.dir, file));
    expect(names).toEqual(
      expect.arrayContaining(['sarathi.db', 'sarathi.db-wal', 'sarathi.db-shm']),
    );
    expect(names.some((name) => name.startsWith(`redis${path.sep}`))).toBe(true);
    expect(names.some((name) => name.startsWith(`chroma${path.sep}`))).toBe(true);
    expect(await filesHolding(running, [REFLECTION_MARKER, MESSAGE_MARKER])).toEqual([]);

    // After a graceful stop (SQLite checkpoints, Redis rewrites its files).
    await server.stop();
    server = undefined;
    expect(await filesHolding(await everything(), [REFLECTION_MARKER, MESSAGE_MARKER])).toEqual([]);

    // Control: the scan does find the marker where it is.
    const control = path.join(data.dir, 'redis', 'control.bin');
    await writeFile(
      control,
      Buffer.concat([Buffer.from('x'), Buffer.from(REFLECTION_MARKER), Buffer.from('y')]),
    );
    expect(await filesHolding(await everything(), [REFLECTION_MARKER])).toEqual([control]);

    const logs = Buffer.concat(logChunks);
    expect(logs.length).toBeGreaterThan(0);
    expect(logs.includes(Buffer.from(REFLECTION_MARKER))).toBe(false);
    expect(logs.includes(Buffer.from(MESSAGE_MARKER))).toBe(false);
  }, 120_000);
});
