/**
 * One message's trip through the engine: the inbound message, what the steps learn about it
 * on the way (who sent it, which language), and the reply with the facts callers need.
 */
import type { ComposerKind, InboundMessage, Reply, ReplyPart } from '../messages/index.ts';

export type ReplyLanguage = 'en' | 'hi' | 'hinglish';

export interface Turn {
  readonly message: InboundMessage;
  /** No identity, no memory, no welcome: each message stands alone (CLI lines without a user). */
  readonly stateless?: boolean;
  /** Set by the identify step. */
  userId?: string;
  /** True when this message created the user (first contact). */
  firstContact?: boolean;
  /** The person's own region setting, when they gave one. */
  userRegion?: string;
  language?: ReplyLanguage;
  /** Verses shown recently (newest first) and the last theme, loaded by the remember step. */
  memory?: ConversationMemory;
  /** Set by `engine.stream`: where the answer step releases checked prose and parts early. */
  readonly release?: (event: ReleasedEvent) => void;
  /** True once the answer step released this reply's parts through `release`. */
  streamed?: boolean;
}

/** What a step may release before the whole reply is ready (each piece already checked). */
export type ReleasedEvent =
  | { readonly type: 'text-delta'; readonly text: string }
  | { readonly type: 'part'; readonly part: ReplyPart };

export interface ConversationMemory {
  readonly recentlyShown: readonly string[];
  readonly lastThemeId: string | undefined;
}

/** Facts about a reply for the JSONL contract, metrics and memory; never shown to users. */
export interface ReplyMeta {
  readonly safety: 'crisis' | 'none';
  readonly composer: ComposerKind;
  readonly citations: readonly string[];
  readonly retrieved: readonly string[];
  readonly flags: readonly string[];
  readonly themeId?: string;
  /** True when the message was a redelivery already handled: channels send nothing. */
  readonly duplicate?: boolean;
  readonly userId?: string;
}

export interface EngineReply extends Reply {
  readonly meta: ReplyMeta;
}

export function commandReply(
  parts: readonly ReplyPart[],
  flags: readonly string[] = [],
): EngineReply {
  return {
    parts,
    meta: { safety: 'none', composer: 'command', citations: [], retrieved: [], flags },
  };
}
