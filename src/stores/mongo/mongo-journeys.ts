import { checkEnrollmentStart, checkJourneyDay } from '../ports/index.ts';
import { randomUUID } from 'node:crypto';
import type {
  CompleteDayOutcome,
  JourneyEnrollment,
  JourneyStore,
  StartEnrollment,
  StartOutcome,
} from '../ports/index.ts';
import { claimUser, type MongoContext } from './context.ts';
import { mongoCall } from './guard.ts';
import {
  completionsFromDoc,
  countCompleted,
  enrollmentFromDoc,
  type EnrollmentDoc,
} from './schemas/journeys.ts';
import { inTransaction, isDuplicateKey } from './transaction.ts';
import { validDate } from './values.ts';

/** The shared check, plus a valid date (MongoDB would store an invalid one as null). */
function checkStart(input: StartEnrollment): void {
  checkEnrollmentStart(input);
  validDate(input.at);
}

/** Stops an enrollment in progress: the update shared by `stop` and a replacing `start`. */
export function stopUpdate(at: Date) {
  return {
    $set: { status: 'stopped', updatedAt: at, endedAt: at },
    $unset: { pausedAt: '', inProgress: '' },
  } as const;
}

/**
 * The one update that completes a day, as an aggregation pipeline applied to one document
 * (atomic in MongoDB): append the day, and in the same write, when that makes every day of
 * the journey complete, mark the enrollment completed. Its filter (active, day not yet there)
 * is what makes a second completion of the day, or a completion while paused, a no-op.
 */
export function completeDayPipeline(
  day: number,
  totalDays: number,
  at: Date,
): Record<string, unknown>[] {
  const allDone = {
    $gte: [
      { $size: { $filter: { input: '$completions', cond: { $lte: ['$$this.day', totalDays] } } } },
      totalDays,
    ],
  };
  return [
    {
      $set: {
        completions: { $concatArrays: ['$completions', [{ day, completedAt: at }]] },
        completedCount: { $add: ['$completedCount', 1] },
      },
    },
    {
      $set: {
        status: { $cond: [allDone, 'completed', '$status'] },
        updatedAt: { $cond: [allDone, at, '$updatedAt'] },
        endedAt: { $cond: [allDone, at, '$$REMOVE'] },
        inProgress: { $cond: [allDone, '$$REMOVE', true] },
      },
    },
  ];
}

export function createMongoJourneyStore({ connection, models, state }: MongoContext): JourneyStore {
  const { enrollments } = models;

  async function openOf(userId: string): Promise<JourneyEnrollment | undefined> {
    const doc = await enrollments.findOne({ userId, inProgress: true }).lean<EnrollmentDoc>();
    return doc === null ? undefined : enrollmentFromDoc(doc);
  }

  function start(input: StartEnrollment): Promise<StartOutcome> {
    const at = input.at;
    return inTransaction(connection, async (session) => {
      // Claiming the user makes concurrent starts for one person conflict, so they run one
      // after another; the partial unique index is the last word if anything slips by.
      await claimUser(models, input.userId, session);
      const open = await enrollments
        .findOne({ userId: input.userId, inProgress: true })
        .session(session)
        .lean<EnrollmentDoc>();
      let stopped: JourneyEnrollment | undefined;
      if (open !== null) {
        if (!input.replaceOpen) return { kind: 'busy', open: enrollmentFromDoc(open) } as const;
        const doc = await enrollments
          .findOneAndUpdate({ id: open.id, inProgress: true }, stopUpdate(at), {
            returnDocument: 'after',
            session,
          })
          .lean<EnrollmentDoc>();
        stopped = doc === null ? undefined : enrollmentFromDoc(doc);
      }
      const inserted = await enrollments.insertOne(
        {
          id: randomUUID(),
          userId: input.userId,
          journeyId: input.journeyId,
          status: 'active',
          inProgress: true,
          startedAt: at,
          updatedAt: at,
          paceDay: 1,
          paceAt: at,
          completions: [],
          completedCount: 0,
        },
        { session },
      );
      const enrollment = enrollmentFromDoc(inserted.toObject<EnrollmentDoc>());
      return { kind: 'started', enrollment, ...(stopped && { stopped }) } as const;
    });
  }

  async function transition(
    filter: Record<string, unknown>,
    update: Record<string, unknown>,
  ): Promise<JourneyEnrollment | undefined> {
    const doc = await enrollments
      .findOneAndUpdate(filter, update, { returnDocument: 'after' })
      .lean<EnrollmentDoc>();
    return doc === null ? undefined : enrollmentFromDoc(doc);
  }

  return {
    start: (input) =>
      mongoCall(state, 'journeys', 'start', async () => {
        checkStart(input);
        try {
          return await start(input);
        } catch (error) {
          if (!isDuplicateKey(error)) throw error;
          const open = await openOf(input.userId);
          if (open === undefined) throw error;
          return { kind: 'busy', open } as const;
        }
      }),

    open: (userId) => mongoCall(state, 'journeys', 'open', () => openOf(userId)),

    get: (enrollmentId) =>
      mongoCall(state, 'journeys', 'get', async () => {
        const doc = await enrollments.findOne({ id: enrollmentId }).lean<EnrollmentDoc>();
        return doc === null ? undefined : enrollmentFromDoc(doc);
      }),

    pause: (enrollmentId, at) =>
      mongoCall(state, 'journeys', 'pause', () =>
        transition(
          { id: enrollmentId, status: 'active' },
          { $set: { status: 'paused', updatedAt: validDate(at), pausedAt: at } },
        ),
      ),

    resume: (enrollmentId, at, paceDay) =>
      mongoCall(state, 'journeys', 'resume', () => {
        if (!Number.isInteger(paceDay) || paceDay < 1) {
          throw new RangeError('paceDay must be a positive integer');
        }
        return transition(
          { id: enrollmentId, status: 'paused' },
          {
            $set: { status: 'active', updatedAt: validDate(at), paceDay, paceAt: at },
            $unset: { pausedAt: '' },
          },
        );
      }),

    stop: (enrollmentId, at) =>
      mongoCall(state, 'journeys', 'stop', () =>
        transition({ id: enrollmentId, inProgress: true }, stopUpdate(validDate(at))),
      ),

    completeDay: (input) =>
      mongoCall(state, 'journeys', 'completeDay', async (): Promise<CompleteDayOutcome> => {
        checkJourneyDay(input.day, input.totalDays);
        validDate(input.at);
        // The driver's collection, not the model: mongoose does not cast update pipelines.
        const after = await enrollments.collection.findOneAndUpdate(
          { id: input.enrollmentId, status: 'active', 'completions.day': { $ne: input.day } },
          completeDayPipeline(input.day, input.totalDays, input.at),
          { returnDocument: 'after', projection: { completions: 1, status: 1 } },
        );
        if (after === null) {
          const doc = await enrollments
            .findOne({ id: input.enrollmentId }, { completions: 1 })
            .lean<Pick<EnrollmentDoc, 'completions'>>();
          const completedDays = doc === null ? 0 : countCompleted(doc, input.totalDays);
          return { recorded: false, completedDays, finished: false };
        }
        const doc = after as unknown as Pick<EnrollmentDoc, 'completions' | 'status'>;
        // The filter required "active", so "completed" now means this very write finished it.
        return {
          recorded: true,
          completedDays: countCompleted(doc, input.totalDays),
          finished: doc.status === 'completed',
        };
      }),

    completions: (enrollmentId) =>
      mongoCall(state, 'journeys', 'completions', async () => {
        const doc = await enrollments
          .findOne({ id: enrollmentId }, { completions: 1 })
          .lean<Pick<EnrollmentDoc, 'completions'>>();
        return doc === null ? [] : completionsFromDoc(doc);
      }),

    history: (userId) =>
      mongoCall(state, 'journeys', 'history', async () => {
        const docs = await enrollments
          .find({ userId })
          .sort({ startedAt: 1, _id: 1 })
          .lean<EnrollmentDoc[]>();
        return docs.map(enrollmentFromDoc);
      }),
  };
}
