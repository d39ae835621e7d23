/**
 * The slice of the Bot Framework Activity protocol this channel reads and writes, as plain JSON
 * types. `normalize` and `render` speak only these, so swapping the archived botbuilder SDK for
 * its successor (the Microsoft 365 Agents SDK speaks the same protocol) touches only the adapter.
 */

export interface ChannelAccount {
  readonly id: string;
  readonly name?: string;
  readonly aadObjectId?: string;
  readonly role?: string;
}

export interface ConversationAccount {
  readonly id: string;
  readonly name?: string;
  readonly isGroup?: boolean;
  readonly conversationType?: string;
  readonly tenantId?: string;
}

export interface ActivityEntity {
  readonly type: string;
  readonly [key: string]: unknown;
}

/** An activity as it arrives at `/api/messages`; every field is untrusted and may be missing. */
export interface IncomingActivity {
  readonly type?: string;
  readonly id?: string;
  readonly channelId?: string;
  readonly serviceUrl?: string;
  readonly from?: ChannelAccount;
  readonly recipient?: ChannelAccount;
  readonly conversation?: ConversationAccount;
  readonly text?: string;
  readonly value?: unknown;
  readonly locale?: string;
  readonly localTimezone?: string;
  readonly replyToId?: string;
  readonly entities?: readonly ActivityEntity[];
  readonly membersAdded?: readonly ChannelAccount[];
}

export interface CardAction {
  readonly type: 'imBack' | 'messageBack';
  readonly title: string;
  readonly value: unknown;
  readonly text?: string;
  readonly displayText?: string;
}

export interface Attachment {
  readonly contentType: string;
  readonly content: unknown;
}

/** What the channel sends: the SDK adds from, recipient, conversation and replyToId. */
export interface OutgoingActivity {
  readonly type: 'message';
  readonly text?: string;
  readonly textFormat?: 'markdown';
  readonly attachments?: readonly Attachment[];
  readonly attachmentLayout?: 'list';
  readonly suggestedActions?: { readonly actions: readonly CardAction[] };
}
