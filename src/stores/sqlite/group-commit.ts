import type { DatabaseSync, StatementSync } from 'node:sqlite';

/**
 * Group commit for one SQLite connection. Every store call made while the event loop is busy is
 * queued and, on the loop's next turn, run in call order inside one `BEGIN IMMEDIATE … COMMIT`,
 * each in its own savepoint: a call that throws rolls back its own writes only. Each call's
 * promise settles after the COMMIT, so a resolved write is as durable as it was with a commit of
 * its own, and calls still see each other's effects in the order they were made.
 *
 * Why: a commit costs about 45 µs on these machines (WAL frames written per transaction), and a
 * nudge or a widget message makes several store calls; at tens of concurrent nudge jobs, one
 * commit for all of them was most of the store's time (`npm run bench:nudges`).
 */
interface Pending {
  readonly work: () => unknown;
  readonly settle: (outcome: { ok: true; value: unknown } | { ok: false; error: unknown }) => void;
}

/** The batch's own statements, prepared once per connection (parsing them cost more than running). */
interface BatchStatements {
  readonly begin: StatementSync;
  readonly commit: StatementSync;
  readonly rollback: StatementSync;
  readonly savepoint: StatementSync;
  readonly release: StatementSync;
  readonly rollbackToSavepoint: StatementSync;
}

interface Runner {
  readonly statements: BatchStatements;
  queue: Pending[];
  scheduled: boolean;
  /** Set while a batch runs: work that must wait for the commit (a WAL checkpoint) goes here. */
  afterCommit: (() => void)[] | undefined;
  idle: (() => void)[];
}

const runners = new WeakMap<DatabaseSync, Runner>();

function runnerOf(db: DatabaseSync): Runner {
  let runner = runners.get(db);
  if (runner === undefined) {
    runner = {
      statements: {
        begin: db.prepare('BEGIN IMMEDIATE'),
        commit: db.prepare('COMMIT'),
        rollback: db.prepare('ROLLBACK'),
        savepoint: db.prepare('SAVEPOINT store_call'),
        release: db.prepare('RELEASE store_call'),
        rollbackToSavepoint: db.prepare('ROLLBACK TO store_call'),
      },
      queue: [],
      scheduled: false,
      afterCommit: undefined,
      idle: [],
    };
    runners.set(db, runner);
  }
  return runner;
}

/** Queues `work` (synchronous) for the next batch on `db`; settles after its commit. */
export function runInBatch<T>(db: DatabaseSync, work: () => T): Promise<T> {
  let runner: Runner;
  try {
    runner = runnerOf(db);
  } catch (error) {
    // A closed connection cannot prepare the batch's statements: the call fails as a call.
    // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
    return Promise.reject(error);
  }
  const result = new Promise<T>((resolve, reject) => {
    runner.queue.push({
      work,
      settle: (outcome) => {
        if (outcome.ok) resolve(outcome.value as T);
        // As thrown: driver errors keep their code (and come from another realm under Jest, so an
        // instanceof check would wrongly rewrap them).
        // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
        else reject(outcome.error);
      },
    });
  });
  if (!runner.scheduled) {
    runner.scheduled = true;
    setImmediate(() => runBatch(db, runner));
  }
  return result;
}

/** True while `db` runs a batch: `inTransaction` then leaves atomicity to the call's savepoint. */
export function isInBatch(db: DatabaseSync): boolean {
  return runners.get(db)?.afterCommit !== undefined;
}

/** Runs `action` once the current batch has committed (at once outside a batch). */
export function afterCommit(db: DatabaseSync, action: () => void): void {
  const pending = runners.get(db)?.afterCommit;
  if (pending === undefined) action();
  else pending.push(action);
}

/** Resolves when no call is queued or running on `db` (before closing it). */
export function whenIdle(db: DatabaseSync): Promise<void> {
  const runner = runners.get(db);
  if (runner === undefined || (!runner.scheduled && runner.queue.length === 0)) {
    return Promise.resolve();
  }
  return new Promise((resolve) => runner.idle.push(resolve));
}

function runBatch(db: DatabaseSync, runner: Runner): void {
  const batch = runner.queue;
  runner.queue = [];
  runner.scheduled = false;
  const outcomes: Parameters<Pending['settle']>[0][] = [];
  const afterCommitActions: (() => void)[] = [];
  const sql = runner.statements;
  try {
    sql.begin.run();
  } catch (error) {
    // The write lock stayed with another process past the busy timeout: nothing ran.
    for (const item of batch) item.settle({ ok: false, error });
    return finish(db, runner);
  }
  runner.afterCommit = afterCommitActions;
  const alone = batch.length === 1;
  for (const item of batch) {
    if (!alone) sql.savepoint.run();
    try {
      const value = item.work();
      if (value instanceof Promise) throw new TypeError('store work must be synchronous');
      if (!alone) sql.release.run();
      outcomes.push({ ok: true, value });
    } catch (error) {
      if (!alone) {
        sql.rollbackToSavepoint.run();
        sql.release.run();
      }
      outcomes.push({ ok: false, error });
    }
  }
  runner.afterCommit = undefined;
  try {
    if (alone && !outcomes[0]!.ok) sql.rollback.run();
    else sql.commit.run();
  } catch (error) {
    if (db.isTransaction) sql.rollback.run();
    // Nothing of this batch was kept: every call fails, including those that had succeeded.
    for (const item of batch) item.settle({ ok: false, error });
    return finish(db, runner);
  }
  for (const action of afterCommitActions) {
    try {
      action();
    } catch {
      // After-commit work is housekeeping (a checkpoint SQLite would also run on its own).
    }
  }
  batch.forEach((item, index) => item.settle(outcomes[index]!));
  finish(db, runner);
}

function finish(db: DatabaseSync, runner: Runner): void {
  if (runner.queue.length > 0) {
    if (!runner.scheduled) {
      runner.scheduled = true;
      setImmediate(() => runBatch(db, runner));
    }
    return;
  }
  if (runner.idle.length === 0) return;
  // Callers react to their results in microtasks, which may queue more calls: look again once
  // those have run, so closing waits for them too.
  setImmediate(() => {
    if (runner.scheduled || runner.queue.length > 0) return;
    const idle = runner.idle;
    runner.idle = [];
    for (const resolve of idle) resolve();
  });
}
