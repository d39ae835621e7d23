import { checkEnrollmentStart, checkJourneyDay } from '../ports/index.ts';
import { randomUUID } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import type { EnrollmentStatus, JourneyEnrollment, JourneyStore } from '../ports/index.ts';
import { storeCall } from './guard.ts';
import { date, integer, millis, optionalDate, text } from './rows.ts';
import type { Row } from './rows.ts';
import { inTransaction } from './transaction.ts';

const STATUSES: readonly EnrollmentStatus[] = ['active', 'paused', 'stopped', 'completed'];

function statusOf(row: Row): EnrollmentStatus {
  const value = text(row, 'status');
  const status = STATUSES.find((known) => known === value);
  if (status === undefined) throw new TypeError('column status is unknown');
  return status;
}

function enrollmentFromRow(row: Row): JourneyEnrollment {
  const pausedAt = optionalDate(row, 'paused_at');
  const endedAt = optionalDate(row, 'ended_at');
  return {
    id: text(row, 'id'),
    userId: text(row, 'user_id'),
    journeyId: text(row, 'journey_id'),
    status: statusOf(row),
    startedAt: date(row, 'started_at'),
    updatedAt: date(row, 'updated_at'),
    paceDay: integer(row, 'pace_day'),
    paceAt: date(row, 'pace_at'),
    ...(pausedAt && { pausedAt }),
    ...(endedAt && { endedAt }),
  };
}

export function createSqliteJourneyStore(db: DatabaseSync): JourneyStore {
  const selectOpen = db.prepare(
    "SELECT * FROM journey_enrollments WHERE user_id = ? AND status IN ('active', 'paused')",
  );
  const selectOne = db.prepare('SELECT * FROM journey_enrollments WHERE id = ?');
  const insert = db.prepare(
    `INSERT INTO journey_enrollments
       (id, user_id, journey_id, status, started_at, updated_at, pace_day, pace_at)
     VALUES (?, ?, ?, 'active', ?, ?, 1, ?) RETURNING *`,
  );
  const stopOne = db.prepare(
    `UPDATE journey_enrollments SET status = 'stopped', updated_at = :at, ended_at = :at,
       paused_at = NULL
     WHERE id = :id AND status IN ('active', 'paused') RETURNING *`,
  );
  const pauseOne = db.prepare(
    `UPDATE journey_enrollments SET status = 'paused', updated_at = :at, paused_at = :at
     WHERE id = :id AND status = 'active' RETURNING *`,
  );
  const resumeOne = db.prepare(
    `UPDATE journey_enrollments SET status = 'active', updated_at = :at, paused_at = NULL,
       pace_day = :pace_day, pace_at = :at
     WHERE id = :id AND status = 'paused' RETURNING *`,
  );
  const completeOne = db.prepare(
    `UPDATE journey_enrollments SET status = 'completed', updated_at = :at, ended_at = :at
     WHERE id = :id AND status = 'active'`,
  );
  // The primary key (enrollment_id, day) turns a second completion into a no-op, atomically.
  const insertCompletion = db.prepare(
    `INSERT INTO journey_day_completions (enrollment_id, day, completed_at)
     SELECT id, :day, :at FROM journey_enrollments WHERE id = :id AND status = 'active'
     ON CONFLICT DO NOTHING`,
  );
  const countCompletions = db.prepare(
    'SELECT count(*) AS n FROM journey_day_completions WHERE enrollment_id = ? AND day <= ?',
  );
  const selectCompletions = db.prepare(
    'SELECT day, completed_at FROM journey_day_completions WHERE enrollment_id = ? ORDER BY day',
  );
  const selectHistory = db.prepare(
    'SELECT * FROM journey_enrollments WHERE user_id = ? ORDER BY started_at, rowid',
  );

  return {
    start: (input) =>
      storeCall(db, 'journeys', 'start', () => {
        checkEnrollmentStart(input);
        const at = millis(input.at);
        return inTransaction(db, () => {
          const openRow = selectOpen.get(input.userId);
          let stopped: JourneyEnrollment | undefined;
          if (openRow !== undefined) {
            const open = enrollmentFromRow(openRow);
            if (!input.replaceOpen) return { kind: 'busy', open } as const;
            const row = stopOne.get({ id: open.id, at });
            stopped = row && enrollmentFromRow(row);
          }
          const row = insert.get(randomUUID(), input.userId, input.journeyId, at, at, at);
          if (!row) throw new Error('insert returned no row');
          const enrollment = enrollmentFromRow(row);
          return { kind: 'started', enrollment, ...(stopped && { stopped }) } as const;
        });
      }),

    open: (userId) =>
      storeCall(db, 'journeys', 'open', () => {
        const row = selectOpen.get(userId);
        return row && enrollmentFromRow(row);
      }),

    get: (enrollmentId) =>
      storeCall(db, 'journeys', 'get', () => {
        const row = selectOne.get(enrollmentId);
        return row && enrollmentFromRow(row);
      }),

    pause: (enrollmentId, at) =>
      storeCall(db, 'journeys', 'pause', () => {
        const row = pauseOne.get({ id: enrollmentId, at: millis(at) });
        return row && enrollmentFromRow(row);
      }),

    resume: (enrollmentId, at, paceDay) =>
      storeCall(db, 'journeys', 'resume', () => {
        if (!Number.isInteger(paceDay) || paceDay < 1) {
          throw new RangeError('paceDay must be a positive integer');
        }
        const row = resumeOne.get({ id: enrollmentId, at: millis(at), pace_day: paceDay });
        return row && enrollmentFromRow(row);
      }),

    stop: (enrollmentId, at) =>
      storeCall(db, 'journeys', 'stop', () => {
        const row = stopOne.get({ id: enrollmentId, at: millis(at) });
        return row && enrollmentFromRow(row);
      }),

    completeDay: (input) =>
      storeCall(db, 'journeys', 'completeDay', () => {
        checkJourneyDay(input.day, input.totalDays);
        const at = millis(input.at);
        // One IMMEDIATE transaction: the insert, the count and the status change cannot
        // interleave with another connection's, so exactly one caller finishes the journey.
        return inTransaction(db, () => {
          const recorded =
            Number(insertCompletion.run({ id: input.enrollmentId, day: input.day, at }).changes) ===
            1;
          const counted = countCompletions.get(input.enrollmentId, input.totalDays);
          const completedDays = counted === undefined ? 0 : integer(counted, 'n');
          let finished = false;
          if (recorded && completedDays >= input.totalDays) {
            finished = Number(completeOne.run({ id: input.enrollmentId, at }).changes) === 1;
          }
          return { recorded, completedDays, finished };
        });
      }),

    completions: (enrollmentId) =>
      storeCall(db, 'journeys', 'completions', () =>
        selectCompletions
          .all(enrollmentId)
          .map((row) => ({ day: integer(row, 'day'), completedAt: date(row, 'completed_at') })),
      ),

    history: (userId) =>
      storeCall(db, 'journeys', 'history', () => selectHistory.all(userId).map(enrollmentFromRow)),
  };
}
