/**
 * Group commit on a real SQLite file: store calls made together run in call order in one
 * transaction, each in its own savepoint, and settle only once committed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterCommit, inTransaction, runInBatch, whenIdle } from '../../src/stores/sqlite/index.ts';

const root = mkdtempSync(join(tmpdir(), 'sarathi-group-commit-'));
let counter = 0;
const open: DatabaseSync[] = [];

function openPair(): { db: DatabaseSync; other: DatabaseSync } {
  const file = join(root, `case-${++counter}.db`);
  const db = new DatabaseSync(file);
  db.exec('PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 50');
  db.exec('CREATE TABLE t (k TEXT PRIMARY KEY, v INTEGER NOT NULL)');
  const other = new DatabaseSync(file);
  other.exec('PRAGMA busy_timeout = 50');
  open.push(db, other);
  return { db, other };
}

const rows = (db: DatabaseSync) =>
  db
    .prepare('SELECT k, v FROM t ORDER BY k')
    .all()
    .map((r) => `${String(r['k'])}=${String(r['v'])}`);

afterAll(() => {
  for (const db of open) if (db.isOpen) db.close();
  rmSync(root, { recursive: true, force: true });
});

it('runs calls in the order they were made, each seeing the ones before', async () => {
  const { db } = openPair();
  const insert = db.prepare('INSERT INTO t VALUES (?, ?)');
  const count = db.prepare('SELECT COUNT(*) AS n FROM t');
  const results = await Promise.all([
    runInBatch(db, () => count.get()!['n']),
    runInBatch(db, () => insert.run('a', 1).changes),
    runInBatch(db, () => count.get()!['n']),
    runInBatch(db, () => insert.run('b', 2).changes),
    runInBatch(db, () => count.get()!['n']),
  ]);
  expect(results.map(Number)).toEqual([0, 1, 1, 1, 2]);
});

it('settles a write only after it is committed: another connection already sees it', async () => {
  const { db, other } = openPair();
  const written = runInBatch(db, () => db.prepare('INSERT INTO t VALUES (?, ?)').run('a', 1));
  expect(rows(other)).toEqual([]);
  await written;
  expect(rows(other)).toEqual(['a=1']);
});

it('rolls back a failing call alone; the others in its batch are kept', async () => {
  const { db, other } = openPair();
  const insert = db.prepare('INSERT INTO t VALUES (?, ?)');
  const outcomes = await Promise.allSettled([
    runInBatch(db, () => insert.run('a', 1)),
    runInBatch(db, () => {
      insert.run('b', 2);
      insert.run('a', 3); // duplicate key: this call's 'b' must go too
    }),
    runInBatch(db, () =>
      inTransaction(db, () => {
        insert.run('c', 4);
        throw new Error('changed my mind');
      }),
    ),
    runInBatch(db, () => Promise.resolve(insert.run('d', 5))),
    runInBatch(db, () => insert.run('e', 6)),
  ]);
  expect(outcomes.map((o) => o.status)).toEqual([
    'fulfilled',
    'rejected',
    'rejected',
    'rejected',
    'fulfilled',
  ]);
  expect(String((outcomes[3] as PromiseRejectedResult).reason)).toMatch(/synchronous/);
  // 'd' was written before the work was found to be asynchronous: rolled back with it.
  expect(rows(other)).toEqual(['a=1', 'e=6']);
});

it('a lone call that fails leaves nothing behind', async () => {
  const { db, other } = openPair();
  await expect(
    runInBatch(db, () => {
      db.prepare('INSERT INTO t VALUES (?, ?)').run('a', 1);
      throw new Error('no');
    }),
  ).rejects.toThrow('no');
  expect(rows(other)).toEqual([]);
  expect(db.isTransaction).toBe(false);
});

it('fails the whole batch when the write lock stays taken, and works again after', async () => {
  const { db, other } = openPair();
  other.exec('BEGIN IMMEDIATE');
  const blocked = await Promise.allSettled([
    runInBatch(db, () => db.prepare('INSERT INTO t VALUES (?, ?)').run('a', 1)),
    runInBatch(db, () => 'read'),
  ]);
  other.exec('ROLLBACK');
  expect(blocked.map((o) => o.status)).toEqual(['rejected', 'rejected']);
  expect(String((blocked[0] as PromiseRejectedResult).reason)).toMatch(/locked|busy/i);
  await runInBatch(db, () => db.prepare('INSERT INTO t VALUES (?, ?)').run('b', 2));
  expect(rows(other)).toEqual(['b=2']);
});

it('runs after-commit work once the batch is committed, and at once outside a batch', async () => {
  const { db, other } = openPair();
  const seen: string[][] = [];
  await runInBatch(db, () => {
    db.prepare('INSERT INTO t VALUES (?, ?)').run('a', 1);
    afterCommit(db, () => seen.push([String(db.isTransaction), ...rows(other)]));
    expect(seen).toEqual([]);
  });
  expect(seen).toEqual([['false', 'a=1']]);
  afterCommit(db, () => seen.push(['outside']));
  expect(seen).toHaveLength(2);
});

it('whenIdle waits for every call made so far, including ones queued by them', async () => {
  const { db, other } = openPair();
  const insert = db.prepare('INSERT INTO t VALUES (?, ?)');
  void runInBatch(db, () => insert.run('a', 1)).then(() =>
    runInBatch(db, () => insert.run('b', 2)),
  );
  await whenIdle(db);
  // 'b' was queued when 'a' settled, before the runner went idle.
  expect(rows(other)).toEqual(['a=1', 'b=2']);
  await expect(whenIdle(db)).resolves.toBeUndefined();
});
