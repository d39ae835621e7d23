import mongoose, { type Connection } from 'mongoose';

/**
 * How long opening waits for a reachable server before failing (a clear error, not a hang),
 * unless the connection string sets `serverSelectionTimeoutMS` itself.
 */
export const SERVER_SELECTION_TIMEOUT_MS = 10_000;

/** Used when neither the configuration nor the connection string names a database. */
export const DEFAULT_DATABASE = 'sarathi';

/**
 * The database named in a connection string's path (`mongodb://h1,h2/<db>?…`), if any.
 * Parsed by hand because multi-host strings are not WHATWG URLs.
 */
export function databaseNameOf(uri: string): string | undefined {
  const match = /^mongodb(?:\+srv)?:\/\/[^/?]*\/([^?]*)/.exec(uri);
  const name = match?.[1] === undefined ? '' : decodeURIComponent(match[1]);
  return name === '' ? undefined : name;
}

/** The parts of a `hello` reply that say what kind of deployment answered. */
export interface HelloReply {
  readonly setName?: unknown;
  readonly msg?: unknown;
}

/**
 * Multi-step changes run in transactions, which MongoDB only offers on a replica set or through
 * a sharded cluster's mongos. A standalone server would fail on the first such write, so
 * opening refuses it with the fix in the message instead.
 */
export function checkTransactionsAvailable(hello: HelloReply): void {
  const replicaSet = typeof hello.setName === 'string' && hello.setName !== '';
  const mongos = hello.msg === 'isdbgrid';
  if (!replicaSet && !mongos) {
    throw new Error(
      'MongoDB must be a replica set (a single node started with --replSet and rs.initiate() ' +
        'is enough) or a sharded cluster: Sarathi needs transactions',
    );
  }
}

/**
 * A connection of its own (not mongoose's global default), so each `openStores` call can be
 * closed on its own. Commands are never buffered: a call on a closed or unreachable database
 * fails at once instead of waiting. Indexes are built by `open-mongo-stores.ts`, awaited,
 * rather than in the background.
 */
export async function openMongoConnection(uri: string, dbName?: string): Promise<Connection> {
  if (typeof uri !== 'string' || !/^mongodb(\+srv)?:\/\//.test(uri)) {
    throw new RangeError(
      'the MongoDB store needs a mongodb:// or mongodb+srv:// connection string',
    );
  }
  const connection = mongoose.createConnection(uri, {
    dbName: dbName ?? databaseNameOf(uri) ?? DEFAULT_DATABASE,
    bufferCommands: false,
    autoIndex: false,
    autoCreate: false,
    // Options given here win over the string's, so the default is set only when it has none.
    ...(!/[?&]serverSelectionTimeoutMS=/i.test(uri) && {
      serverSelectionTimeoutMS: SERVER_SELECTION_TIMEOUT_MS,
    }),
  });
  try {
    await connection.asPromise();
    const db = connection.db;
    if (db === undefined) throw new Error('the connection has no database');
    checkTransactionsAvailable(await db.admin().command({ hello: 1 }));
    return connection;
  } catch (error) {
    await connection.close(true).catch(() => undefined);
    throw error;
  }
}
