/**
 * The journeys feature: list, start, pause, resume, stop, today's day and "day done", each
 * answered as reply parts. The rules are in progress.ts; the records in the journey store; the
 * words in wording.ts. The clock and the person's time zone come in with every call.
 */
import type { Knowledge } from '../../knowledge/index.ts';
import type { Choice, ReplyPart, VersePart } from '../messages/index.ts';
import type { JourneyEnrollment, JourneyStore, UserId } from '../stores/index.ts';
import type { Journey } from './journey-schema.ts';
import type { JourneyCatalog } from './load-journeys.ts';
import { localDate, usableTimeZone } from './local-date.ts';
import { currentDay, isOpen, openThrough, progressOf, type PaceState } from './progress.ts';
import { JOURNEY_WORDS, say, type JourneyLanguage } from './wording.ts';

export interface JourneyContext {
  readonly userId: UserId;
  readonly now: Date;
  /** IANA zone; unknown or missing means UTC. */
  readonly timeZone?: string | undefined;
  readonly language: JourneyLanguage;
}

export interface JourneyReply {
  readonly parts: readonly ReplyPart[];
  /** Verse refs shown, in order (for the conversation's memory). */
  readonly citations: readonly string[];
}

export interface Journeys {
  readonly catalog: JourneyCatalog;
  overview(context: JourneyContext): Promise<JourneyReply>;
  /** `replace` stops the journey in progress first (the confirmed "switch"). */
  start(context: JourneyContext, journeyId: string, replace: boolean): Promise<JourneyReply>;
  pause(context: JourneyContext): Promise<JourneyReply>;
  resume(context: JourneyContext): Promise<JourneyReply>;
  stop(context: JourneyContext): Promise<JourneyReply>;
  today(context: JourneyContext): Promise<JourneyReply>;
  /** Completes `day`, or today's day when none is given. */
  complete(context: JourneyContext, day?: number): Promise<JourneyReply>;
  /**
   * The day's card for a person on an active journey, or `undefined` (no journey, paused, or
   * all done). This is what a daily nudge sends.
   */
  dayReply(context: JourneyContext): Promise<JourneyReply | undefined>;
  /**
   * The day a reflection written now belongs to: today's day of the active journey, or
   * `undefined` when there is none (paused, finished, or no journey).
   */
  currentDay(context: JourneyContext): Promise<{ journeyId: string; day: number } | undefined>;
  /**
   * The card of one given day, as a pending nudge recorded it (the widget shows it later):
   * with the "mark done" choice while that journey is the person's active one and the day is
   * open and not done; without it when they have moved on since. `undefined` when the journey
   * or the day no longer exists.
   */
  dayCardOf(
    context: JourneyContext,
    day: { readonly journeyId: string; readonly day: number },
  ): Promise<JourneyReply | undefined>;
}

export interface JourneysDeps {
  readonly catalog: JourneyCatalog;
  readonly store: JourneyStore;
  readonly knowledge: Pick<Knowledge, 'lookup'>;
}

export const JOURNEY_COMMANDS = {
  overview: '/journey',
  today: '/journey today',
  pause: '/journey pause',
  resume: '/journey resume',
  stop: '/journey stop',
  start: (id: string) => `/journey start ${id}`,
  switchTo: (id: string) => `/journey switch ${id}`,
  done: (day: number) => `/journey done ${day}`,
} as const;

interface Snapshot {
  readonly enrollment: JourneyEnrollment;
  readonly journey: Journey;
  readonly pace: PaceState;
}

const text = (value: string): ReplyPart => ({ type: 'text', text: value });
const choices = (list: readonly Choice[]): ReplyPart => ({ type: 'choices', choices: list });
const plain = (parts: readonly ReplyPart[]): JourneyReply => ({ parts, citations: [] });

export function createJourneys(deps: JourneysDeps): Journeys {
  const { catalog, store, knowledge } = deps;

  function title(journey: Journey, language: JourneyLanguage): string {
    return say(journey.title, language);
  }

  function versesFor(ref: string, language: JourneyLanguage): VersePart[] {
    const [chapter = 0, verse = 0] = ref.split('.').map(Number);
    // Through knowledge.lookup, so the card is built from the corpus and checked like any other.
    const answer = knowledge.lookup({ kind: 'verse', chapter, verse, ref }, language);
    return answer.parts.filter((part): part is VersePart => part.type === 'verse');
  }

  async function snapshot(
    context: JourneyContext,
    enrollment: JourneyEnrollment,
  ): Promise<Snapshot | undefined> {
    const journey = catalog.get(enrollment.journeyId);
    if (journey === undefined) return undefined;
    const zone = usableTimeZone(context.timeZone);
    const completions = await store.completions(enrollment.id);
    // A paused journey's calendar stands still at the moment it was paused.
    const clock =
      enrollment.status === 'paused' ? (enrollment.pausedAt ?? context.now) : context.now;
    return {
      enrollment,
      journey,
      pace: {
        totalDays: journey.days.length,
        paceDay: enrollment.paceDay,
        paceDate: localDate(enrollment.paceAt, zone),
        completed: new Map(completions.map((c) => [c.day, localDate(c.completedAt, zone)])),
        today: localDate(clock, zone),
      },
    };
  }

  /** The open enrollment with its content, stopping one whose journey file has gone. */
  async function openSnapshot(context: JourneyContext): Promise<Snapshot | 'none' | 'unavailable'> {
    const enrollment = await store.open(context.userId);
    if (enrollment === undefined) return 'none';
    const snap = await snapshot(context, enrollment);
    if (snap !== undefined) return snap;
    await store.stop(enrollment.id, context.now);
    return 'unavailable';
  }

  function dayCard(snap: Snapshot, day: number, language: JourneyLanguage): JourneyReply {
    return journeyDayCard(snap.journey, day, language, !snap.pace.completed.has(day));
  }

  /** `offerDone`: the "mark done" choice, only while the day is open and not yet done. */
  function journeyDayCard(
    journey: Journey,
    day: number,
    language: JourneyLanguage,
    offerDone: boolean,
  ): JourneyReply {
    const words = JOURNEY_WORDS[language];
    const content = journey.days[day - 1];
    if (content === undefined) return plain([text(words.noSuchDay(journey.days.length))]);
    const verses = content.refs.flatMap((ref) => versesFor(ref, language));
    return {
      parts: [
        text(
          words.dayHeading(
            title(journey, language),
            day,
            journey.days.length,
            say(content.title, language),
          ),
        ),
        ...verses,
        text(
          [
            say(content.teaching, language),
            words.reflect(say(content.prompt, language)),
            words.practice(say(content.practice, language)),
          ].join('\n\n'),
        ),
        choices([
          ...(offerDone
            ? [{ label: words.markDone(day), payload: JOURNEY_COMMANDS.done(day) }]
            : []),
          { label: words.overviewChoice, payload: JOURNEY_COMMANDS.overview },
        ]),
      ],
      citations: verses.map((verse) => verse.ref),
    };
  }

  function progressText(snap: Snapshot, language: JourneyLanguage): string {
    const progress = progressOf(snap.pace.completed.size, snap.journey.days.length);
    const line = JOURNEY_WORDS[language].progressLine(
      title(snap.journey, language),
      progress.completedDays,
      progress.totalDays,
      progress.percent,
    );
    return snap.enrollment.status === 'paused'
      ? `${line} ${JOURNEY_WORDS[language].pausedNote}`
      : line;
  }

  function listText(language: JourneyLanguage): string {
    const words = JOURNEY_WORDS[language];
    return [words.listIntro, ...catalog.journeys.map((j) => words.listItem(j, language))].join(
      '\n',
    );
  }

  function startChoices(language: JourneyLanguage, except: ReadonlySet<string>): Choice[] {
    return catalog.journeys
      .filter((journey) => !except.has(journey.id))
      .map((journey) => ({
        label: JOURNEY_WORDS[language].startChoice(title(journey, language)),
        payload: JOURNEY_COMMANDS.start(journey.id),
      }));
  }

  function listReply(lead: string, language: JourneyLanguage): JourneyReply {
    return plain([
      text(`${lead}\n\n${listText(language)}`),
      choices(startChoices(language, new Set())),
    ]);
  }

  async function suggestions(context: JourneyContext, finished: string): Promise<ReplyPart[]> {
    const words = JOURNEY_WORDS[context.language];
    const history = await store.history(context.userId);
    const completed = new Set(
      history.filter((e) => e.status === 'completed').map((e) => e.journeyId),
    );
    completed.add(finished);
    const next = startChoices(context.language, completed);
    if (next.length === 0) {
      return [text(words.allDone), choices(startChoices(context.language, new Set()))];
    }
    return [text(words.suggestAnother), choices(next)];
  }

  function whenNotActive(
    context: JourneyContext,
    state: Snapshot | 'none' | 'unavailable',
  ): JourneyReply {
    const words = JOURNEY_WORDS[context.language];
    if (state === 'none') return listReply(words.notOnJourney, context.language);
    if (state === 'unavailable') return listReply(words.unavailable, context.language);
    return plain([
      text(words.pausedHint(title(state.journey, context.language))),
      choices([
        { label: words.resumeChoice, payload: JOURNEY_COMMANDS.resume },
        { label: words.stopChoice, payload: JOURNEY_COMMANDS.stop },
      ]),
    ]);
  }

  function todayOf(snap: Snapshot, language: JourneyLanguage): JourneyReply {
    const day = currentDay(snap.pace) ?? snap.journey.days.length;
    return dayCard(snap, day, language);
  }

  const journeys: Journeys = {
    catalog,

    async overview(context) {
      const words = JOURNEY_WORDS[context.language];
      const state = await openSnapshot(context);
      if (typeof state === 'string') return whenNotActive(context, state);
      const controls: Choice[] =
        state.enrollment.status === 'active'
          ? [
              { label: words.todayChoice, payload: JOURNEY_COMMANDS.today },
              { label: words.pauseChoice, payload: JOURNEY_COMMANDS.pause },
              { label: words.stopChoice, payload: JOURNEY_COMMANDS.stop },
            ]
          : [
              { label: words.resumeChoice, payload: JOURNEY_COMMANDS.resume },
              { label: words.stopChoice, payload: JOURNEY_COMMANDS.stop },
            ];
      return plain([
        text(`${progressText(state, context.language)}\n\n${listText(context.language)}`),
        choices([...controls, ...startChoices(context.language, new Set([state.journey.id]))]),
      ]);
    },

    async start(context, journeyId, replace) {
      const words = JOURNEY_WORDS[context.language];
      const journey = catalog.get(journeyId);
      if (journey === undefined)
        return listReply(words.unknownJourney(journeyId), context.language);
      const outcome = await store.start({
        userId: context.userId,
        journeyId,
        at: context.now,
        replaceOpen: replace,
      });
      if (outcome.kind === 'busy') {
        const snap = await snapshot(context, outcome.open);
        if (snap === undefined) {
          await store.stop(outcome.open.id, context.now);
          return journeys.start(context, journeyId, false);
        }
        if (snap.journey.id === journeyId) {
          const today =
            snap.enrollment.status === 'active'
              ? todayOf(snap, context.language)
              : plain([choices([{ label: words.resumeChoice, payload: JOURNEY_COMMANDS.resume }])]);
          return {
            parts: [
              text(
                `${words.alreadyOn(title(journey, context.language))}\n${progressText(snap, context.language)}`,
              ),
              ...today.parts,
            ],
            citations: today.citations,
          };
        }
        return plain([
          text(
            words.busy(
              title(snap.journey, context.language),
              snap.pace.completed.size,
              snap.journey.days.length,
              title(journey, context.language),
            ),
          ),
          choices([
            {
              label: words.switchChoice(title(journey, context.language)),
              payload: JOURNEY_COMMANDS.switchTo(journeyId),
            },
            {
              label: words.keepChoice(title(snap.journey, context.language)),
              payload: JOURNEY_COMMANDS.overview,
            },
          ]),
        ]);
      }
      const stoppedJourney = outcome.stopped && catalog.get(outcome.stopped.journeyId);
      const snap = await snapshot(context, outcome.enrollment);
      if (snap === undefined) throw new Error('a journey just started has no content');
      const card = dayCard(snap, 1, context.language);
      const lead = [
        ...(stoppedJourney ? [words.switched(title(stoppedJourney, context.language))] : []),
        words.started(
          title(journey, context.language),
          say(journey.summary, context.language),
          journey.days.length,
        ),
      ].join('\n\n');
      return { parts: [text(lead), ...card.parts], citations: card.citations };
    },

    async pause(context) {
      const words = JOURNEY_WORDS[context.language];
      const state = await openSnapshot(context);
      if (typeof state === 'string') return whenNotActive(context, state);
      const resumeChoice = choices([
        { label: words.resumeChoice, payload: JOURNEY_COMMANDS.resume },
      ]);
      if (state.enrollment.status === 'paused')
        return plain([text(words.alreadyPaused), resumeChoice]);
      await store.pause(state.enrollment.id, context.now);
      return plain([
        text(
          words.paused(
            title(state.journey, context.language),
            state.pace.completed.size,
            state.journey.days.length,
          ),
        ),
        resumeChoice,
      ]);
    },

    async resume(context) {
      const words = JOURNEY_WORDS[context.language];
      const state = await openSnapshot(context);
      if (typeof state === 'string') return whenNotActive(context, state);
      if (state.enrollment.status === 'active') {
        const today = todayOf(state, context.language);
        return { parts: [text(words.notPaused), ...today.parts], citations: today.citations };
      }
      // The days open when it was paused stay open; the calendar restarts from now.
      const resumed = await store.resume(state.enrollment.id, context.now, openThrough(state.pace));
      const snap = resumed && (await snapshot(context, resumed));
      if (snap === undefined) return journeys.overview(context);
      const today = todayOf(snap, context.language);
      return {
        parts: [text(words.resumed(title(snap.journey, context.language))), ...today.parts],
        citations: today.citations,
      };
    },

    async stop(context) {
      const words = JOURNEY_WORDS[context.language];
      const state = await openSnapshot(context);
      if (typeof state === 'string') return whenNotActive(context, state);
      await store.stop(state.enrollment.id, context.now);
      return listReply(
        words.stopped(
          title(state.journey, context.language),
          state.pace.completed.size,
          state.journey.days.length,
        ),
        context.language,
      );
    },

    async today(context) {
      const state = await openSnapshot(context);
      if (typeof state === 'string' || state.enrollment.status !== 'active') {
        return whenNotActive(context, state);
      }
      return todayOf(state, context.language);
    },

    async complete(context, day) {
      const words = JOURNEY_WORDS[context.language];
      const state = await openSnapshot(context);
      if (typeof state === 'string' || state.enrollment.status !== 'active') {
        return whenNotActive(context, state);
      }
      const total = state.journey.days.length;
      const target = day ?? currentDay(state.pace);
      if (target === undefined) return journeys.overview(context);
      if (!Number.isInteger(target) || target < 1 || target > total) {
        return plain([text(words.noSuchDay(total))]);
      }
      if (!isOpen(state.pace, target)) {
        return plain([
          text(words.dayNotOpen(target)),
          choices([{ label: words.todayChoice, payload: JOURNEY_COMMANDS.today }]),
        ]);
      }
      const outcome = await store.completeDay({
        enrollmentId: state.enrollment.id,
        day: target,
        totalDays: total,
        at: context.now,
      });
      const name = title(state.journey, context.language);
      if (outcome.finished) {
        return plain([
          text(words.finished(name, total)),
          ...(await suggestions(context, state.journey.id)),
        ]);
      }
      if (!outcome.recorded) {
        return plain([
          text(`${words.dayAlreadyDone(target)}\n${progressText(state, context.language)}`),
          choices([{ label: words.todayChoice, payload: JOURNEY_COMMANDS.today }]),
        ]);
      }
      const completed = new Map(state.pace.completed).set(
        target,
        localDate(context.now, usableTimeZone(context.timeZone)),
      );
      const next = currentDay({ ...state.pace, completed });
      return plain([
        text(
          [
            words.dayRecorded(target, outcome.completedDays, total),
            ...(next === undefined ? [] : [words.nextDayOpen(next)]),
          ].join('\n'),
        ),
        choices([
          ...(next === undefined
            ? []
            : [{ label: words.nextDayChoice(next), payload: JOURNEY_COMMANDS.today }]),
          { label: words.overviewChoice, payload: JOURNEY_COMMANDS.overview },
        ]),
      ]);
    },

    async dayReply(context) {
      const state = await openSnapshot(context);
      if (typeof state === 'string' || state.enrollment.status !== 'active') return undefined;
      const day = currentDay(state.pace);
      return day === undefined ? undefined : dayCard(state, day, context.language);
    },

    async currentDay(context) {
      const state = await openSnapshot(context);
      if (typeof state === 'string' || state.enrollment.status !== 'active') return undefined;
      const day = currentDay(state.pace);
      return day === undefined ? undefined : { journeyId: state.journey.id, day };
    },

    async dayCardOf(context, { journeyId, day }) {
      const journey = catalog.get(journeyId);
      if (journey?.days[day - 1] === undefined) return undefined;
      const state = await openSnapshot(context);
      const current =
        typeof state !== 'string' &&
        state.enrollment.status === 'active' &&
        state.journey.id === journeyId;
      const offerDone = current && isOpen(state.pace, day) && !state.pace.completed.has(day);
      return journeyDayCard(journey, day, context.language, offerDone);
    },
  };
  return journeys;
}
