/**
 * RemoteAuth's session store against a real MongoDB: the zip RemoteAuth writes under its data
 * folder is uploaded, found, downloaded byte for byte, kept once, and deleted. MongoDB cannot
 * run on these machines: this runs when `MONGODB_URI` names a reachable server and says so when
 * skipped.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import mongoose, { type Connection } from 'mongoose';
import { createMongoSessionStore } from '../../../channels/whatsapp/index.ts';

const uri = process.env['MONGODB_URI'];

if (uri === undefined || uri === '') {
  console.log('WhatsApp MongoDB session store test skipped: set MONGODB_URI to run it');
  it.skip('runs when MONGODB_URI names a reachable MongoDB', () => undefined);
} else {
  let connection: Connection;
  let dir: string;

  beforeAll(async () => {
    connection = await mongoose
      .createConnection(uri, { serverSelectionTimeoutMS: 10_000 })
      .asPromise();
    dir = await mkdtemp(path.join(os.tmpdir(), 'sarathi-wa-session-'));
  }, 30_000);

  afterAll(async () => {
    await connection.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('saves, finds, extracts, keeps one copy and deletes a session', async () => {
    const store = createMongoSessionStore(connection, dir);
    const session = `RemoteAuth-test-${randomUUID()}`;
    expect(await store.sessionExists({ session })).toBe(false);

    const first = randomBytes(300_000);
    await writeFile(path.join(dir, `${session}.zip`), first);
    await store.save({ session });
    const second = randomBytes(200_000);
    await writeFile(path.join(dir, `${session}.zip`), second);
    await store.save({ session });
    expect(await store.sessionExists({ session })).toBe(true);
    expect(await connection.db!.collection(`whatsapp-${session}.files`).countDocuments()).toBe(1);

    const target = path.join(dir, 'restored.zip');
    await store.extract({ session, path: target });
    expect((await readFile(target)).equals(second)).toBe(true);

    await store.delete({ session });
    expect(await store.sessionExists({ session })).toBe(false);
  });
}
