import type { Knowledge } from '../../../knowledge/index.ts';
import type { IdentityLinks } from '../../identity/index.ts';
import type { Journeys } from '../../journeys/index.ts';
import type { ReflectionService } from '../../reflections/index.ts';
import type { Stores } from '../../stores/index.ts';
import type { Step } from '../step.ts';
import { deleteCommand } from './delete-command.ts';
import { exportCommand } from './export-command.ts';
import { journeyCommand, journeyContext } from './journey-command.ts';
import { linkCommand } from './link-command.ts';
import { reflectCommand, reflectionsCommand } from './reflection-commands.ts';
import {
  quietCommand,
  remindCommand,
  stopCommand,
  timezoneCommand,
  type ReminderCommandDeps,
} from './reminder-commands.ts';
import { commandReply, type EngineReply, type Turn } from '../turn.ts';
import {
  EMPTY_MESSAGE,
  HELP,
  NOTHING_SHOWN_YET,
  privacyText,
  UNKNOWN_COMMAND,
  VERSE_USAGE,
  welcomeText,
  wordingFor,
} from '../wording.ts';
import { toEngineReply } from './to-engine-reply.ts';

export const ANOTHER_VERSE_ACTION = 'another-verse';

// Ways people ask for one more verse on the same thread, in English, Hinglish and Hindi.
const ANOTHER_VERSE =
  /^(?:(?:please|pls|plz)\s+)?(?:(?:give|show|send|tell)\s+(?:me\s+)?)?(?:another|one\s+more|more|next)(?:\s+(?:verse|one|shloka?|sloka|please|pls))*[\s.!?]*$|^(?:ek\s+aur|aur\s+ek|dusra|doosra|agla)(?:\s+(?:shloka?|sloka|verse|batao|dikhao|do))*[\s.!?]*$|^(?:एक\s+और|दूसरा|अगला)(?:\s+(?:श्लोक|बताइए|बताओ|दिखाइए))*[\s।.!?]*$/iu;

type Command = (turn: Turn, argument: string) => Promise<EngineReply> | EngineReply;

/** What commands need beyond knowledge: the stores and the services built on them. */
export interface CommandDeps extends ReminderCommandDeps {
  readonly stores: Stores;
  readonly reflections: ReflectionService;
  readonly journeys: Journeys;
  readonly links: IdentityLinks;
}

/**
 * Step 5: slash commands and quick-reply actions. Anything else goes on to knowledge.
 * Commands later issues add (/journey, /remind…) join this table.
 */
export function commands(knowledge: Knowledge, deps: CommandDeps): Step {
  const table: Record<string, Command> = {
    start: (turn) =>
      commandReply([
        { type: 'text', text: welcomeText(wordingFor(turn.language), knowledge.llmProvider) },
      ]),
    help: (turn) => commandReply([{ type: 'text', text: HELP[wordingFor(turn.language)] }]),
    privacy: (turn) =>
      commandReply([
        { type: 'text', text: privacyText(wordingFor(turn.language), knowledge.llmProvider) },
      ]),
    delete: (turn, argument) => deleteCommand(deps.stores, turn, argument, deps.scheduler),
    reflect: (turn, argument) =>
      reflectCommand(deps.reflections, turn, argument, async (t, userId) =>
        deps.journeys.currentDay(await journeyContext(deps.stores.users, t, userId)),
      ),
    reflections: (turn) => reflectionsCommand(deps.reflections, turn),
    export: (turn) => exportCommand(deps, turn),
    journey: (turn, argument) => journeyCommand(deps.journeys, deps.stores.users, turn, argument),
    link: (turn, argument) => linkCommand(deps.links, turn, argument),
    remind: (turn, argument) => remindCommand(deps, turn, argument),
    timezone: (turn, argument) => timezoneCommand(deps, turn, argument),
    quiet: (turn, argument) => quietCommand(deps, turn, argument),
    stop: (turn) => stopCommand(deps, turn),
    verse: (turn, argument) => {
      const language = turn.language ?? 'en';
      const reference = knowledge.findReference(`verse ${argument}`);
      if (reference === undefined) {
        return commandReply([{ type: 'text', text: VERSE_USAGE[wordingFor(language)] }]);
      }
      return toEngineReply(knowledge.lookup(reference, language), turn);
    },
  };

  return async function commandsStep(turn, next) {
    const { text, action } = turn.message;
    const trimmed = (action ?? text).trim();
    if (trimmed === '') {
      return commandReply([{ type: 'text', text: EMPTY_MESSAGE[wordingFor(turn.language)] }]);
    }
    if (trimmed === ANOTHER_VERSE_ACTION || ANOTHER_VERSE.test(trimmed)) {
      return anotherVerse(knowledge, turn);
    }
    if (!trimmed.startsWith('/')) return next();
    const [head = ''] = trimmed.slice(1).split(/\s/u, 1);
    // Telegram appends the bot's name in groups: /help@SarathiBot.
    const name = head.split('@')[0]?.toLowerCase() ?? '';
    const command = table[name];
    if (command === undefined) {
      return commandReply(
        [{ type: 'text', text: UNKNOWN_COMMAND[wordingFor(turn.language)] }],
        ['unknown_command'],
      );
    }
    // The rest as written (line breaks kept): a reflection is the person's own words.
    return command(turn, trimmed.slice(1 + head.length).trim());
  };
}

async function anotherVerse(knowledge: Knowledge, turn: Turn): Promise<EngineReply> {
  const shown = turn.memory?.recentlyShown ?? [];
  if (shown.length === 0) {
    return commandReply([{ type: 'text', text: NOTHING_SHOWN_YET[wordingFor(turn.language)] }]);
  }
  const answer = await knowledge.anotherVerse({
    themeId: turn.memory?.lastThemeId,
    shown,
    language: turn.language ?? 'en',
    seed: `${turn.userId ?? ''}:${shown.join(',')}`,
  });
  return toEngineReply(answer, turn);
}
