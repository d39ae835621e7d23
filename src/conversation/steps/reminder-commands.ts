/**
 * `/remind HH:MM | off`, `/timezone <IANA>`, `/quiet HH:MM-HH:MM | off`, `/stop`: the person's
 * control over daily nudges. Settings are saved first (the store is the truth; the worker reads
 * it when each job runs), then the BullMQ scheduler is brought in line through the
 * `ReminderScheduler` port. A scheduler failure is said plainly, never hidden.
 */
import {
  DEFAULT_QUIET_HOURS,
  SUGGESTED_TIME_ZONES,
  canonicalTimeZone,
  formatClockTime,
  formatQuietHours,
  isQuietAt,
  parseClockTime,
  parseQuietHours,
  type ReminderScheduler,
} from '../../reminders/index.ts';
import type { ReminderStore, UserStore } from '../../stores/index.ts';
import {
  QUIET_OFF_LABEL,
  QUIET_SET,
  QUIET_TURNED_OFF,
  QUIET_USAGE,
  REMINDER_SAVE_FAILED,
  REMINDERS_UNAVAILABLE,
  REMIND_INSIDE_QUIET,
  REMIND_NEEDS_ZONE,
  REMIND_OFF,
  REMIND_SET,
  REMIND_STATUS,
  REMIND_USAGE,
  STOP_DONE,
  TIMEZONE_SET,
  TIMEZONE_USAGE,
} from '../reminder-wording.ts';
import { commandReply, type EngineReply, type Turn } from '../turn.ts';
import { wordingFor } from '../wording.ts';

export interface ReminderCommandDeps {
  readonly users: UserStore;
  readonly reminders: ReminderStore;
  /** Absent when no queue runs (no Redis): reminders are off, not broken. */
  readonly scheduler?: ReminderScheduler;
}

function say(text: string, flags: readonly string[] = []): EngineReply {
  return commandReply([{ type: 'text', text }], flags);
}

function quietLabel(setting: string | undefined, wording: 'en' | 'hi'): string {
  if (setting === 'off') return QUIET_OFF_LABEL[wording];
  return setting ?? formatQuietHours(DEFAULT_QUIET_HOURS);
}

/** Brings the scheduler in line with what is stored; false when the queue could not be reached. */
async function sync(deps: ReminderCommandDeps, userId: string): Promise<boolean> {
  if (deps.scheduler === undefined) return false;
  const [user, reminder] = await Promise.all([deps.users.get(userId), deps.reminders.get(userId)]);
  const time = reminder?.time === undefined ? undefined : parseClockTime(reminder.time);
  const zone = user?.settings.timeZone;
  try {
    if (time === undefined || zone === undefined) await deps.scheduler.cancel(userId);
    else await deps.scheduler.schedule(userId, time, zone);
    return true;
  } catch {
    return false;
  }
}

export async function remindCommand(
  deps: ReminderCommandDeps,
  turn: Turn,
  argument: string,
): Promise<EngineReply> {
  const wording = wordingFor(turn.language);
  const userId = turn.userId;
  if (userId === undefined) return say(REMIND_USAGE[wording]);
  const given = argument.trim().toLowerCase();
  const user = await deps.users.get(userId);
  const zone = user?.settings.timeZone;
  if (given === '') {
    const reminder = await deps.reminders.get(userId);
    return say(
      REMIND_STATUS[wording](reminder?.time, zone, quietLabel(reminder?.quietHours, wording)),
    );
  }
  if (given === 'off' || given === 'stop' || given === 'बंद') {
    await deps.reminders.update(userId, { time: null }, turn.message.receivedAt);
    const synced = await sync(deps, userId);
    return say(
      synced || deps.scheduler === undefined ? REMIND_OFF[wording] : REMINDER_SAVE_FAILED[wording],
    );
  }
  const time = parseClockTime(given);
  if (time === undefined) return say(REMIND_USAGE[wording], ['invalid_time']);
  if (deps.scheduler === undefined) return say(REMINDERS_UNAVAILABLE[wording], ['reminders_off']);
  const text = formatClockTime(time);
  const reminder = await deps.reminders.update(userId, { time: text }, turn.message.receivedAt);
  if (zone === undefined) {
    return commandReply([
      { type: 'text', text: REMIND_NEEDS_ZONE[wording](text) },
      {
        type: 'choices',
        choices: SUGGESTED_TIME_ZONES.map((z) => ({ label: z, payload: `/timezone ${z}` })),
      },
    ]);
  }
  if (!(await sync(deps, userId))) return say(REMINDER_SAVE_FAILED[wording]);
  const quietSetting = reminder?.quietHours;
  const quiet =
    quietSetting === 'off'
      ? undefined
      : ((quietSetting === undefined ? undefined : parseQuietHours(quietSetting)) ??
        DEFAULT_QUIET_HOURS);
  const lines = [REMIND_SET[wording](text, zone)];
  if (quiet !== undefined && isQuietAt(quiet, time)) lines.push(REMIND_INSIDE_QUIET[wording]);
  return say(lines.join(' '));
}

export async function timezoneCommand(
  deps: ReminderCommandDeps,
  turn: Turn,
  argument: string,
): Promise<EngineReply> {
  const wording = wordingFor(turn.language);
  const userId = turn.userId;
  const zone = canonicalTimeZone(argument);
  if (userId === undefined || zone === undefined) {
    return commandReply(
      [
        { type: 'text', text: TIMEZONE_USAGE[wording] },
        {
          type: 'choices',
          choices: SUGGESTED_TIME_ZONES.map((z) => ({ label: z, payload: `/timezone ${z}` })),
        },
      ],
      ['invalid_time_zone'],
    );
  }
  await deps.users.updateSettings(userId, { timeZone: zone });
  const reminder = await deps.reminders.get(userId);
  if (reminder?.time !== undefined) {
    if (deps.scheduler === undefined) return say(REMINDERS_UNAVAILABLE[wording]);
    if (!(await sync(deps, userId))) return say(REMINDER_SAVE_FAILED[wording]);
    return say(`${TIMEZONE_SET[wording](zone)} ${REMIND_SET[wording](reminder.time, zone)}`);
  }
  return say(TIMEZONE_SET[wording](zone));
}

export async function quietCommand(
  deps: ReminderCommandDeps,
  turn: Turn,
  argument: string,
): Promise<EngineReply> {
  const wording = wordingFor(turn.language);
  const userId = turn.userId;
  if (userId === undefined) return say(QUIET_USAGE[wording]);
  const given = argument.trim().toLowerCase();
  if (given === 'off') {
    await deps.reminders.update(userId, { quietHours: 'off' }, turn.message.receivedAt);
    return say(QUIET_TURNED_OFF[wording]);
  }
  const quiet = parseQuietHours(given);
  if (quiet === undefined)
    return say(QUIET_USAGE[wording], given === '' ? [] : ['invalid_quiet_hours']);
  const span = formatQuietHours(quiet);
  await deps.reminders.update(userId, { quietHours: span }, turn.message.receivedAt);
  return say(QUIET_SET[wording](span));
}

/** Unsubscribes from everything Sarathi sends unasked; the conversation itself stays. */
export async function stopCommand(deps: ReminderCommandDeps, turn: Turn): Promise<EngineReply> {
  const wording = wordingFor(turn.language);
  const userId = turn.userId;
  if (userId !== undefined) {
    await deps.reminders.remove(userId);
    if (deps.scheduler !== undefined && !(await sync(deps, userId))) {
      return say(REMINDER_SAVE_FAILED[wording]);
    }
  }
  return say(STOP_DONE[wording]);
}
