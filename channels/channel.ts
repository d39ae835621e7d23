/**
 * The channel contract. An adapter turns its platform's raw updates into `InboundMessage`s,
 * hands each to the engine, and renders the `Reply` natively (escaping all text for its format,
 * degrading parts it cannot carry). The engine never imports a channel; the server wires them.
 *
 * What an adapter must NOT do: dedupe, rate-limit, order, or judge safety — the engine does that
 * for every channel alike (ARCHITECTURE.md, "The one path a message takes").
 */
import type { Express } from 'express';
import type { ChannelName, InboundMessage, Reply, ReplyPart } from '../src/messages/index.ts';

export type { ChannelName };

/** The engine's answer as channels see it: the reply, and whether to send anything at all. */
export interface HandledReply extends Reply {
  readonly meta: { readonly duplicate?: boolean; readonly safety?: 'crisis' | 'none' };
}

export type InboundHandler = (message: InboundMessage) => Promise<HandledReply>;

/**
 * The engine's streaming answer: prose released sentence by sentence (each already checked),
 * then the reply's parts, then `done`. Parts are the whole reply; deltas are a preview of its
 * first text part.
 */
export type StreamedEvent =
  | { readonly type: 'text-delta'; readonly text: string }
  | { readonly type: 'part'; readonly part: ReplyPart }
  | { readonly type: 'done'; readonly meta: HandledReply['meta'] };

export type StreamingHandler = (message: InboundMessage) => AsyncIterable<StreamedEvent>;

/** The slice of a pino logger adapters use; they log ids and codes, never message text. */
export interface ChannelLog {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

/** What the server gives every adapter when it starts. */
export interface ChannelContext {
  /** The engine: dedupe, identity, safety, limits, commands, knowledge — in that order. */
  readonly onMessage: InboundHandler;
  /** The same engine, streaming; channels that can show text as it comes (the widget) use it. */
  readonly onStream?: StreamingHandler;
  /**
   * Sends a reply through the shared retry/backoff/permanent-failure path; adapters use it for
   * replies to inbound messages too, so every channel gets the same guarantees.
   */
  readonly deliver: (adapter: ChannelAdapter, address: string, reply: Reply) => Promise<unknown>;
  readonly logger: ChannelLog;
}

export interface ChannelAdapter {
  readonly name: ChannelName;
  /** Starts receiving (long polling, a client connection); webhook channels just keep the context. */
  start(context: ChannelContext): Promise<void>;
  /**
   * Sends a reply to an address on this channel, outside any inbound turn (nudges, retries).
   * Throws `ChannelSendError` (with `retryAfterMs` or `permanent`) when the platform refuses.
   */
  send(address: string, reply: Reply): Promise<void>;
  /** Stops receiving and lets sends in flight finish. Safe to call twice. */
  close(): Promise<void>;
  /** Webhook channels add their routes (after the server's JSON body parser). */
  mount?(app: Express): void;
}

export interface ChannelRegistry {
  readonly adapters: readonly ChannelAdapter[];
  get(name: ChannelName): ChannelAdapter | undefined;
  startAll(context: ChannelContext): Promise<void>;
  mountAll(app: Express): void;
  closeAll(): Promise<void>;
}

export function createChannelRegistry(adapters: readonly ChannelAdapter[]): ChannelRegistry {
  const byName = new Map<ChannelName, ChannelAdapter>();
  for (const adapter of adapters) {
    if (byName.has(adapter.name)) throw new Error(`two adapters for channel "${adapter.name}"`);
    byName.set(adapter.name, adapter);
  }
  return {
    adapters,
    get: (name) => byName.get(name),
    startAll: async (context) => {
      for (const adapter of adapters) await adapter.start(context);
    },
    mountAll: (app) => {
      for (const adapter of adapters) adapter.mount?.(app);
    },
    closeAll: async () => {
      // Every adapter gets its chance to close even when one fails; the first failure is rethrown.
      const results = await Promise.allSettled(adapters.map((adapter) => adapter.close()));
      const failed = results.find((result) => result.status === 'rejected');
      if (failed !== undefined) throw failed.reason;
    },
  };
}
