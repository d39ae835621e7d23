import { execFile } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { promisify } from 'node:util';
import { openStores, StoreError, StoreSchemaError } from '../../src/stores/index.ts';
import type { Stores } from '../../src/stores/index.ts';
import {
  applyMigrations,
  BUSY_TIMEOUT_MS,
  inTransaction,
  openSqliteDatabase,
  SQLITE_MIGRATIONS,
} from '../../src/stores/sqlite/index.ts';
import { runJourneyStoreConformance } from './journey-conformance.ts';
import { runStoreConformance } from './store-conformance.ts';

const run = promisify(execFile);
const root = mkdtempSync(join(tmpdir(), 'sarathi-stores-'));
let counter = 0;

/** A database path in a folder that does not exist yet. */
function freshFile(): string {
  counter += 1;
  return join(root, `case-${counter}`, 'nested', 'sarathi.db');
}

function openFile(file: string): Promise<Stores> {
  return openStores({ driver: 'sqlite', file });
}

/** A plain connection for looking at the file from outside the store. */
function inspect<T>(file: string, look: (db: DatabaseSync) => T): T {
  const db = new DatabaseSync(file);
  try {
    return look(db);
  } finally {
    db.close();
  }
}

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

const shared = freshFile();
runStoreConformance('sqlite', () => openFile(shared));
runJourneyStoreConformance('sqlite', () => openFile(shared));

const LATEST = Math.max(...SQLITE_MIGRATIONS.map((migration) => migration.version));

describe('sqlite adapter', () => {
  it('reports its kind and creates the missing parent folder', async () => {
    const file = freshFile();
    expect(existsSync(join(file, '..'))).toBe(false);

    const stores = await openFile(file);
    await stores.close();

    expect(stores.kind).toBe('sqlite');
    expect(existsSync(file)).toBe(true);
  });

  it('refuses an in-memory database with a StoreError', async () => {
    await expect(openFile(':memory:')).rejects.toMatchObject({
      name: 'StoreError',
      store: 'sqlite',
      op: 'open',
      cause: expect.any(RangeError),
    });
  });

  describe('connection settings', () => {
    it('uses WAL, foreign keys, secure_delete, NORMAL sync and a busy timeout', () => {
      const db = openSqliteDatabase(freshFile());
      try {
        const pragma = (name: string, column = name) =>
          db.prepare(`PRAGMA ${name}`).get()?.[column];
        expect(pragma('journal_mode')).toBe('wal');
        expect(pragma('foreign_keys')).toBe(1);
        expect(pragma('secure_delete')).toBe(1);
        expect(pragma('synchronous')).toBe(1);
        expect(pragma('busy_timeout', 'timeout')).toBe(BUSY_TIMEOUT_MS);
      } finally {
        db.close();
      }
    });

    it('leaves the file in WAL mode for any later connection', async () => {
      const file = freshFile();
      const stores = await openFile(file);
      await stores.close();

      expect(inspect(file, (db) => db.prepare('PRAGMA journal_mode').get()?.['journal_mode'])).toBe(
        'wal',
      );
    });

    it('zeroes deleted turns in the file, so a deleted row cannot be read back', async () => {
      const file = freshFile();
      const marker = randomBytes(24);
      const holdsMarker = () => readFileSync(file).includes(marker);

      let stores = await openFile(file);
      const { user } = await stores.identities.findOrCreateByIdentity({
        channel: 'web',
        channelUserId: 'w1',
        address: 'session-1',
        now: new Date(),
      });
      await stores.turns.append({
        userId: user.id,
        role: 'user',
        kind: 'question',
        at: new Date(),
        citations: [],
        sealed: new Uint8Array(marker),
      });
      await stores.close(); // the last connection closing checkpoints the WAL into the file
      expect(holdsMarker()).toBe(true);

      stores = await openFile(file);
      expect(await stores.turns.deleteAllFor(user.id)).toBe(1);
      await stores.close();

      expect(existsSync(`${file}-wal`)).toBe(false);
      expect(holdsMarker()).toBe(false);
    });
  });

  describe('privacy of reflections and data keys', () => {
    it('has no reflection column that could hold plaintext: ids, times and sealed bytes', async () => {
      const file = freshFile();
      await (await openFile(file)).close();
      const columns = (table: string) =>
        inspect(file, (db) =>
          db
            .prepare(`PRAGMA table_info(${table})`)
            .all()
            .map((c) => `${String(c['name'])}:${String(c['type'])}`)
            .sort(),
        );

      expect(columns('reflections')).toEqual(
        [
          'ciphertext:BLOB',
          'created_at:INTEGER',
          'id:TEXT',
          'iv:BLOB',
          'journey_day:INTEGER',
          'journey_id:TEXT',
          'seq:INTEGER',
          'tag:BLOB',
          'user_id:TEXT',
        ].sort(),
      );
      expect(columns('audit_log')).toEqual(
        [
          'action:TEXT',
          'actor:TEXT',
          'at:INTEGER',
          'id:TEXT',
          'record_id:TEXT',
          'record_type:TEXT',
          'seq:INTEGER',
        ].sort(),
      );
    });

    it('leaves a destroyed data key in neither the file nor the WAL, with the connection still open', async () => {
      const file = freshFile();
      const wrapped = randomBytes(61);
      const onDisk = () =>
        [file, `${file}-wal`].some(
          (path) => existsSync(path) && readFileSync(path).includes(wrapped),
        );
      const stores = await openFile(file);
      try {
        const { user } = await stores.identities.findOrCreateByIdentity({
          channel: 'web',
          channelUserId: 'w-key',
          address: 'session-key',
          now: new Date(),
        });
        await stores.dataKeys.putIfAbsent({
          userId: user.id,
          masterKeyId: 'mk1',
          wrapped,
          createdAt: new Date(),
          wrappedAt: new Date(),
        });
        expect(onDisk()).toBe(true);

        expect(await stores.dataKeys.destroy(user.id, `user:${user.id}`, new Date())).toBe(true);

        expect(onDisk()).toBe(false);
      } finally {
        await stores.close();
      }
    });
  });

  describe('migrations', () => {
    it('records each applied migration once and applies nothing on reopening', async () => {
      const file = freshFile();
      const ledger = () =>
        inspect(file, (db) =>
          db
            .prepare('SELECT version, name, applied_at FROM schema_migrations ORDER BY version')
            .all()
            .map((row) => ({ ...row })),
        );

      await (await openFile(file)).close();
      const afterFirst = ledger();
      await (await openFile(file)).close();

      expect(afterFirst).toEqual(
        SQLITE_MIGRATIONS.map((m) => ({
          version: m.version,
          name: m.name,
          applied_at: expect.any(Number),
        })),
      );
      expect(ledger()).toEqual(afterFirst);
      const db = openSqliteDatabase(file);
      try {
        expect(applyMigrations(db, SQLITE_MIGRATIONS, file)).toEqual([]);
      } finally {
        db.close();
      }
    });

    it('applies only a newly added migration', () => {
      const file = freshFile();
      const db = openSqliteDatabase(file);
      try {
        const known = SQLITE_MIGRATIONS.map((migration) => migration.version);
        expect(applyMigrations(db, SQLITE_MIGRATIONS, file)).toEqual(known);
        const next = {
          version: LATEST + 1,
          name: 'example',
          sql: 'CREATE TABLE example (x INTEGER) STRICT',
        };

        expect(applyMigrations(db, [...SQLITE_MIGRATIONS, next], file)).toEqual([LATEST + 1]);
        expect(db.prepare("SELECT name FROM sqlite_schema WHERE name = 'example'").get()).toEqual(
          expect.objectContaining({ name: 'example' }),
        );
      } finally {
        db.close();
      }
    });

    it('rolls a failing migration back completely', () => {
      const file = freshFile();
      const db = openSqliteDatabase(file);
      try {
        applyMigrations(db, SQLITE_MIGRATIONS, file);
        const broken = {
          version: LATEST + 1,
          name: 'broken',
          sql: 'CREATE TABLE half (x INTEGER); INSERT INTO no_such_table VALUES (1);',
        };

        expect(() => applyMigrations(db, [...SQLITE_MIGRATIONS, broken], file)).toThrow(
          /no such table/,
        );
        expect(db.prepare("SELECT 1 FROM sqlite_schema WHERE name = 'half'").get()).toBeUndefined();
        expect(db.prepare('SELECT max(version) AS v FROM schema_migrations').get()?.['v']).toBe(
          LATEST,
        );
        expect(db.isTransaction).toBe(false);
      } finally {
        db.close();
      }
    });

    it('refuses a file written by a newer schema, saying so', async () => {
      const file = freshFile();
      await (await openFile(file)).close();
      inspect(file, (db) =>
        db
          .prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)')
          .run(99, 'from-the-future', Date.now()),
      );

      const failure = await openFile(file).catch((error: unknown) => error);

      expect(failure).toBeInstanceOf(StoreSchemaError);
      expect(failure).toMatchObject({ fileVersion: 99, knownVersion: LATEST });
      expect((failure as Error).message).toMatch(
        new RegExp(`schema version 99, newer than the ${LATEST}`),
      );
    });

    it('refuses a file whose recorded migration this code does not have', async () => {
      const file = freshFile();
      await (await openFile(file)).close();
      inspect(file, (db) =>
        db.prepare("UPDATE schema_migrations SET name = 'renamed' WHERE version = 1").run(),
      );

      await expect(openFile(file)).rejects.toThrow(/migration 1 "renamed"/);
    });

    it('refuses a migration list that is out of order', () => {
      const db = openSqliteDatabase(freshFile());
      try {
        const one = { version: 1, name: 'a', sql: 'SELECT 1' };
        expect(() => applyMigrations(db, [one, one], 'test')).toThrow(/out of order/);
      } finally {
        db.close();
      }
    });
  });

  describe('transactions', () => {
    it('commits on success, rolls back on a throw, and refuses async work or nesting', () => {
      const db = openSqliteDatabase(freshFile());
      try {
        db.exec('CREATE TABLE t (x INTEGER) STRICT');
        const count = () => db.prepare('SELECT count(*) AS n FROM t').get()?.['n'];

        inTransaction(db, () => db.exec('INSERT INTO t VALUES (1)'));
        expect(() =>
          inTransaction(db, () => {
            db.exec('INSERT INTO t VALUES (2)');
            throw new Error('boom');
          }),
        ).toThrow('boom');
        expect(() => inTransaction(db, () => Promise.resolve(1))).toThrow(/synchronous/);
        expect(() => inTransaction(db, () => inTransaction(db, () => 1))).toThrow(/nest/);

        expect(count()).toBe(1);
        expect(db.isTransaction).toBe(false);
      } finally {
        db.close();
      }
    });
  });

  describe('privacy of turns', () => {
    it('has no column that could hold plaintext: only metadata and sealed bytes', async () => {
      const file = freshFile();
      await (await openFile(file)).close();

      const columns = inspect(file, (db) =>
        db
          .prepare('PRAGMA table_info(conversation_turns)')
          .all()
          .map((c) => `${String(c['name'])}:${String(c['type'])}`),
      );

      expect(columns.sort()).toEqual(
        [
          'at:INTEGER',
          'citations:TEXT',
          'id:TEXT',
          'kind:TEXT',
          'role:TEXT',
          'sealed:BLOB',
          'seq:INTEGER',
          'theme_id:TEXT',
          'user_id:TEXT',
        ].sort(),
      );
    });

    it('writes only tokens into the text columns of a stored turn', async () => {
      const file = freshFile();
      const stores = await openFile(file);
      const { user } = await stores.identities.findOrCreateByIdentity({
        channel: 'telegram',
        channelUserId: '7',
        address: '7',
        now: new Date(),
      });
      await stores.turns.append({
        userId: user.id,
        role: 'assistant',
        kind: 'answer',
        at: new Date(),
        citations: ['2.47', '6.5'],
        themeId: 'fear-of-failure',
        sealed: new Uint8Array([9, 9, 9]),
      });
      await stores.close();

      const row = inspect(file, (db) => db.prepare('SELECT * FROM conversation_turns').get());
      const texts = Object.values(row ?? {}).filter((v): v is string => typeof v === 'string');

      expect(texts).toHaveLength(6);
      for (const value of texts) expect(value).not.toMatch(/\s/);
    });
  });

  describe('errors', () => {
    it('wraps a driver failure in a StoreError that keeps the cause', async () => {
      const stores = await openFile(freshFile());
      try {
        const failure = await stores.turns
          .append({ userId: randomUUID(), role: 'user', kind: 'q', at: new Date(), citations: [] })
          .catch((error: unknown) => error);

        expect(failure).toBeInstanceOf(StoreError);
        expect(failure).toMatchObject({ store: 'turns', op: 'append' });
        expect((failure as StoreError).message).toBe('turns.append failed');
        expect((failure as StoreError).cause).toMatchObject({ code: 'ERR_SQLITE_ERROR' });
      } finally {
        await stores.close();
      }
    });
  });

  describe('two connections to one file', () => {
    it('agree on first contact and on dedupe keys', async () => {
      const file = freshFile();
      const [a, b] = await Promise.all([openFile(file), openFile(file)]);
      try {
        const who = { channel: 'telegram' as const, channelUserId: 'x', address: 'x' };
        const results = await Promise.all(
          Array.from({ length: 10 }, (_, i) =>
            (i % 2 ? a : b).identities.findOrCreateByIdentity({ ...who, now: new Date() }),
          ),
        );
        const seen = await Promise.all(
          Array.from({ length: 10 }, (_, i) =>
            (i % 2 ? b : a).processed.markFirstSeen('telegram', 'update-1', new Date()),
          ),
        );

        expect(results.filter((r) => r.created)).toHaveLength(1);
        expect(new Set(results.map((r) => r.user.id)).size).toBe(1);
        expect(seen.filter(Boolean)).toHaveLength(1);
        expect(await b.users.get(results[0]!.user.id)).toEqual(results[0]!.user);
      } finally {
        await Promise.all([a.close(), b.close()]);
      }
    });

    it('create one user per identity and one first-seen per key across racing processes', async () => {
      const file = freshFile(); // fresh: the processes also race to create and migrate it
      const worker = join(import.meta.dirname, 'sqlite-race-worker.ts');
      const processes = 4;
      const rounds = 40;
      const startAt = Date.now() + 1_500;

      const outputs = await Promise.all(
        Array.from({ length: processes }, () =>
          run(process.execPath, [worker, file, String(startAt), String(rounds)]),
        ),
      );
      const reports = outputs.map(
        (o) =>
          JSON.parse(o.stdout) as {
            created: string[];
            firstSeen: string[];
            userIds: Record<string, string>;
          },
      );

      const keys = Array.from({ length: rounds }, (_, i) => `race-${i}`);
      const created = reports.flatMap((r) => r.created).sort();
      const firstSeen = reports.flatMap((r) => r.firstSeen).sort();
      expect(created).toEqual([...keys].sort());
      expect(firstSeen).toEqual([...keys].sort());
      for (const key of keys) {
        expect(new Set(reports.map((r) => r.userIds[key])).size).toBe(1);
      }
      expect(
        inspect(file, (db) => db.prepare('SELECT count(*) AS n FROM users').get()?.['n']),
      ).toBe(rounds);
    });
  });
});
