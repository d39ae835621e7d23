/**
 * Where RemoteAuth keeps the WhatsApp session in production: MongoDB GridFS, one bucket per
 * session (`whatsapp-<session>`, the layout wwebjs-mongo uses, so a session it saved is found).
 *
 * Written here rather than taken from wwebjs-mongo 1.1.0: with whatsapp-web.js 1.34 that store
 * reads the session zip from the working directory while RemoteAuth writes it under its
 * `dataPath` (ENOENT after every login: wwebjs/whatsapp-web.js issues 3615, 201794), and its
 * `delete` does not wait for the deletions.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { mongo, type Connection } from 'mongoose';

/** The store contract of whatsapp-web.js's RemoteAuth. */
export interface RemoteAuthStore {
  sessionExists(options: { session: string }): Promise<boolean>;
  /** Uploads `<dataPath>/<session>.zip`, which RemoteAuth has just written. */
  save(options: { session: string }): Promise<void>;
  /** Downloads the session zip to `path`. */
  extract(options: { session: string; path: string }): Promise<void>;
  delete(options: { session: string }): Promise<void>;
}

export function createMongoSessionStore(connection: Connection, dataPath: string): RemoteAuthStore {
  function database(): mongo.Db {
    if (connection.db === undefined) throw new Error('the MongoDB connection is not open');
    return connection.db;
  }
  const bucketOf = (session: string) =>
    new mongo.GridFSBucket(database(), { bucketName: `whatsapp-${session}` });
  const fileName = (session: string) => `${session}.zip`;

  return {
    async sessionExists({ session }) {
      return (await database().collection(`whatsapp-${session}.files`).countDocuments()) > 0;
    },
    async save({ session }) {
      const bucket = bucketOf(session);
      await pipeline(
        createReadStream(path.join(dataPath, fileName(session))),
        bucket.openUploadStream(fileName(session)),
      );
      // Keep the newest copy only: a session zip holds the login.
      const copies = await bucket
        .find({ filename: fileName(session) })
        .sort({ uploadDate: -1 })
        .toArray();
      for (const old of copies.slice(1)) await bucket.delete(old._id);
    },
    async extract({ session, path: target }) {
      await pipeline(
        bucketOf(session).openDownloadStreamByName(fileName(session)),
        createWriteStream(target),
      );
    },
    async delete({ session }) {
      const bucket = bucketOf(session);
      for (const copy of await bucket.find({ filename: fileName(session) }).toArray()) {
        await bucket.delete(copy._id);
      }
    },
  };
}
