/**
 * A Bot Framework activity → the channel-neutral `InboundMessage`. Pure: the adapter calls it
 * with whatever arrived, and anything that is not a person talking to us becomes `undefined`.
 */
import type { InboundMessage } from '../../src/messages/index.ts';
import type { ActivityEntity, IncomingActivity } from './protocol.ts';

/** A person opening a one-to-one chat with the bot gets the engine's own welcome. */
export const WELCOME_COMMAND = '/start';

export function toInboundMessage(
  activity: IncomingActivity,
  receivedAt: Date,
): InboundMessage | undefined {
  const conversationId = activity.conversation?.id;
  const userId = activity.from?.id;
  const activityId = activity.id;
  if (!filled(conversationId) || !filled(userId) || !filled(activityId)) return undefined;
  // The bot's own messages can come back to it on some channels; never answer ourselves.
  if (userId === activity.recipient?.id) return undefined;

  const clientInfo = listOf(activity.entities).find((entity) => entity?.type === 'clientInfo');
  const locale = canonicalLocale(stringOf(activity.locale) ?? stringField(clientInfo, 'locale'));
  const timeZone = ianaTimeZone(
    stringOf(activity.localTimezone) ?? stringField(clientInfo, 'timezone'),
  );
  const region = countryCode(stringField(clientInfo, 'country'));
  const base = {
    channel: 'botframework' as const,
    // The conversation id is also the key of the stored conversation reference.
    address: conversationId,
    channelUserId: userId,
    // Activity ids are only unique within a conversation (Teams uses timestamps), so the
    // conversation scopes them; a redelivery still carries the same pair.
    dedupeKey: `${conversationId}|${activityId}`,
    receivedAt,
    ...(locale === undefined ? {} : { locale }),
    ...(timeZone === undefined ? {} : { timeZone }),
    ...(region === undefined ? {} : { region }),
  };

  if (activity.type === 'message') {
    const action = actionOf(activity.value);
    return {
      ...base,
      text: withoutBotMention(stringOf(activity.text) ?? '', activity),
      ...(action === undefined ? {} : { action }),
      ...(filled(activity.replyToId) ? { replyTo: activity.replyToId } : {}),
    };
  }
  if (activity.type === 'conversationUpdate' && isWelcome(activity)) {
    return { ...base, text: WELCOME_COMMAND };
  }
  return undefined;
}

/**
 * Only when the bot itself joins a one-to-one conversation (Teams sends that on install; the
 * Emulator and Web Chat when a chat opens): group chats would get a welcome for every newcomer.
 */
function isWelcome(activity: IncomingActivity): boolean {
  if (activity.conversation?.isGroup === true) return false;
  const botId = activity.recipient?.id;
  return filled(botId) && listOf(activity.membersAdded).some((member) => member?.id === botId);
}

/** A tapped `messageBack` or Adaptive Card submit carries `{ action }`; a bare string also works. */
function actionOf(value: unknown): string | undefined {
  if (typeof value === 'string') return filled(value) ? value : undefined;
  if (typeof value === 'object' && value !== null && 'action' in value) {
    const action = value.action;
    return typeof action === 'string' && filled(action) ? action : undefined;
  }
  return undefined;
}

/** In Teams channels and group chats the text starts with "<at>Sarathi</at>"; that is not for us. */
function withoutBotMention(text: string, activity: IncomingActivity): string {
  const botId = activity.recipient?.id;
  let result = text;
  for (const entity of listOf(activity.entities)) {
    if (entity?.type !== 'mention') continue;
    const mentioned = entity['mentioned'];
    const mentionText = stringField(entity, 'text');
    const mentionedId =
      typeof mentioned === 'object' && mentioned !== null && 'id' in mentioned
        ? mentioned.id
        : undefined;
    if (mentionedId === botId && filled(mentionText)) {
      result = result.split(mentionText).join('').trim();
    }
  }
  return result;
}

function canonicalLocale(value: string | undefined): string | undefined {
  if (!filled(value)) return undefined;
  try {
    return Intl.getCanonicalLocales(value)[0];
  } catch {
    return undefined;
  }
}

function ianaTimeZone(value: string | undefined): string | undefined {
  if (!filled(value)) return undefined;
  try {
    // Validates only: ICU would "canonicalize" Asia/Kolkata back to the old Asia/Calcutta.
    new Intl.DateTimeFormat('en', { timeZone: value });
    return value;
  } catch {
    return undefined;
  }
}

function countryCode(value: string | undefined): string | undefined {
  const upper = value?.trim().toUpperCase();
  return upper !== undefined && /^[A-Z]{2}$/u.test(upper) ? upper : undefined;
}

/** Activities are untrusted JSON: a field may hold anything, whatever the type says. */
function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function listOf<T>(value: readonly T[] | undefined): readonly (T | undefined)[] {
  return Array.isArray(value) ? (value as readonly (T | undefined)[]) : [];
}

function stringField(entity: ActivityEntity | undefined, key: string): string | undefined {
  const value = entity?.[key];
  return typeof value === 'string' ? value : undefined;
}

function filled(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}
