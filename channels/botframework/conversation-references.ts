/**
 * Where a Bot Framework conversation can be reached later (nudges, retries): the channel, the
 * connector's `serviceUrl` and the ids of the conversation, the bot and the person. Kept per
 * address (the conversation id). It holds no message text, and we drop display names on the
 * way in, so what is stored is ids and a URL only.
 */
import type { ChannelAccount, ConversationAccount, IncomingActivity } from './protocol.ts';

export interface StoredConversationReference {
  readonly channelId: string;
  readonly serviceUrl: string;
  readonly conversation: Omit<ConversationAccount, 'name'>;
  readonly bot: ChannelAccount;
  readonly user?: Omit<ChannelAccount, 'name'>;
  readonly locale?: string;
}

/**
 * The port the store implements. Replies to inbound messages do not need it; proactive sends
 * do, and they must survive a restart, so production wants a durable implementation.
 */
export interface ConversationReferenceStore {
  save(key: string, reference: StoredConversationReference): Promise<void>;
  get(key: string): Promise<StoredConversationReference | undefined>;
}

/**
 * Until the store has a table for references. Lost on restart: a proactive send to such a
 * conversation then fails as permanent until the person writes again.
 */
export function createMemoryConversationReferenceStore(): ConversationReferenceStore {
  const references = new Map<string, StoredConversationReference>();
  return {
    save: (key, reference) => {
      references.set(key, structuredClone(reference));
      return Promise.resolve();
    },
    get: (key) => {
      const reference = references.get(key);
      return Promise.resolve(reference === undefined ? undefined : structuredClone(reference));
    },
  };
}

/** The reference for an inbound activity, or `undefined` when it lacks what a reply needs. */
export function toStoredReference(
  activity: IncomingActivity,
): StoredConversationReference | undefined {
  const { channelId, serviceUrl, conversation, recipient, from } = activity;
  if (
    typeof channelId !== 'string' ||
    typeof serviceUrl !== 'string' ||
    typeof conversation?.id !== 'string' ||
    typeof recipient?.id !== 'string'
  ) {
    return undefined;
  }
  return {
    channelId,
    serviceUrl,
    conversation: pick(conversation, ['id', 'isGroup', 'conversationType', 'tenantId']),
    bot: pick(recipient, ['id', 'name', 'role']),
    ...(typeof from?.id === 'string' ? { user: pick(from, ['id', 'aadObjectId', 'role']) } : {}),
    ...(typeof activity.locale === 'string' ? { locale: activity.locale } : {}),
  };
}

/** Copies only the named fields that are present, so nothing else the client sent is kept. */
function pick<T extends object, K extends keyof T>(source: T, keys: readonly K[]): Pick<T, K> {
  const result: Partial<Pick<T, K>> = {};
  for (const key of keys) {
    if (source[key] !== undefined) result[key] = source[key];
  }
  return result as Pick<T, K>;
}
