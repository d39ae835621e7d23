import type { UserId } from './users.ts';

export type EnrollmentStatus = 'active' | 'paused' | 'stopped' | 'completed';

/**
 * One person's run through one journey. The journey's content lives in corpus/journeys; this
 * record holds only ids, status and times.
 *
 * `paceDay`/`paceAt` anchor the calendar half of the unlock rule ("a day opens after the
 * previous one is completed, or on the next local day"): day `paceDay` counts as opened at
 * `paceAt`. Starting sets (1, start); resuming moves the anchor, so paused days do not open days.
 */
export interface JourneyEnrollment {
  readonly id: string;
  readonly userId: UserId;
  readonly journeyId: string;
  readonly status: EnrollmentStatus;
  readonly startedAt: Date;
  readonly updatedAt: Date;
  readonly paceDay: number;
  readonly paceAt: Date;
  readonly pausedAt?: Date;
  /** When it was stopped or completed. */
  readonly endedAt?: Date;
}

export interface DayCompletion {
  readonly day: number;
  readonly completedAt: Date;
}

export interface StartEnrollment {
  readonly userId: UserId;
  readonly journeyId: string;
  readonly at: Date;
  /** Stop the journey in progress (if any) in the same transaction, instead of refusing. */
  readonly replaceOpen: boolean;
}

export type StartOutcome =
  | {
      readonly kind: 'started';
      readonly enrollment: JourneyEnrollment;
      readonly stopped?: JourneyEnrollment;
    }
  /** Another journey is in progress and `replaceOpen` was false. Nothing changed. */
  | { readonly kind: 'busy'; readonly open: JourneyEnrollment };

export interface CompleteDay {
  readonly enrollmentId: string;
  readonly day: number;
  /** The journey's length: completing the last missing day completes the enrollment. */
  readonly totalDays: number;
  readonly at: Date;
}

export interface CompleteDayOutcome {
  /** False when the day was already complete (a double tap, a second device): nothing changed. */
  readonly recorded: boolean;
  /** Completed days after this call. */
  readonly completedDays: number;
  /** True only for the one call whose completion finished the journey. */
  readonly finished: boolean;
}

/**
 * Enrollments and day progress.
 *
 * Contract:
 * - At most one enrollment per user is in progress (`active` or `paused`), enforced atomically:
 *   concurrent `start` calls for one user yield one `started`, the rest `busy`.
 * - `completeDay` counts a day once however many callers race for it, and exactly one caller
 *   sees `finished`. Completing a day of an enrollment that is not active records nothing.
 * - Status moves only along active ⇄ paused, active|paused → stopped, active → completed;
 *   a transition from the wrong status returns `undefined` and changes nothing.
 * - Deleting the user deletes their enrollments and completions.
 */
export interface JourneyStore {
  start(input: StartEnrollment): Promise<StartOutcome>;
  /** The enrollment in progress (active or paused), if any. */
  open(userId: UserId): Promise<JourneyEnrollment | undefined>;
  get(enrollmentId: string): Promise<JourneyEnrollment | undefined>;
  pause(enrollmentId: string, at: Date): Promise<JourneyEnrollment | undefined>;
  /** `paceDay` is the day that counts as opened at `at` (the last day open when paused). */
  resume(enrollmentId: string, at: Date, paceDay: number): Promise<JourneyEnrollment | undefined>;
  stop(enrollmentId: string, at: Date): Promise<JourneyEnrollment | undefined>;
  completeDay(input: CompleteDay): Promise<CompleteDayOutcome>;
  /** Ascending by day. */
  completions(enrollmentId: string): Promise<DayCompletion[]>;
  /** Every enrollment of the user, oldest first. */
  history(userId: UserId): Promise<JourneyEnrollment[]>;
}
