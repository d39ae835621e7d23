/**
 * The WhatsApp channel (opt-in: whatsapp-web.js is unofficial and numbers that behave like bots
 * get banned). It listens to one logged-in WhatsApp account, answers one-to-one text messages
 * through the engine, and sends through a conservative governor with a kill switch. The
 * client is reached only through `WhatsAppClientPort`; a disconnect replaces it with a fresh one
 * after a backoff.
 */
import type { ChannelAdapter, ChannelContext } from '../channel.ts';
import type { Reply } from '../../src/messages/index.ts';
import { createChoiceMemory, type ChoiceMemoryOptions } from './choice-memory.ts';
import type {
  WhatsAppClientFactory,
  WhatsAppClientPort,
  WhatsAppRawMessage,
} from './client-port.ts';
import { GovernorStoppedError, WhatsAppNotReadyError, WhatsAppUnknownChatError } from './errors.ts';
import { loadWhatsAppWeb } from './load-library.ts';
import { toInboundMessage } from './normalize.ts';
import { printQrToTerminal, type QrPrinter } from './print-qr.ts';
import { MAX_MESSAGE_LENGTH, renderReply, type WhatsAppOutgoing } from './render.ts';
import { toChannelSendError } from './send-errors.ts';
import {
  createSendGovernor,
  systemClock,
  type GovernorClock,
  type SendGovernorOptions,
} from './send-governor.ts';

export type WhatsAppConnection = 'idle' | 'connecting' | 'ready' | 'reconnecting' | 'closed';

export interface WhatsAppChannelOptions {
  /** Builds the client: `createWhatsAppWebClientFactory(…)` in the product, a fake in tests. */
  readonly createClient: WhatsAppClientFactory;
  /** Start with the kill switch on (WHATSAPP_PAUSED). */
  readonly paused?: boolean;
  readonly governor?: Omit<SendGovernorOptions, 'clock'>;
  readonly reconnect?: {
    /** Default 5 s, doubled after each failed attempt … */
    readonly initialDelayMs?: number;
    /** … up to 5 minutes. */
    readonly maxDelayMs?: number;
  };
  readonly choiceMemory?: Omit<ChoiceMemoryOptions, 'now'>;
  readonly maxMessageLength?: number;
  readonly printQr?: QrPrinter;
  readonly clock?: GovernorClock;
}

export interface WhatsAppChannel extends ChannelAdapter {
  readonly name: 'whatsapp';
  /** The kill switch: stops all outbound at once (waiting sends are refused, not sent). */
  pause(): void;
  resume(): void;
  readonly paused: boolean;
  /** For readiness checks: "ready" once the account is logged in and connected. */
  readonly connection: WhatsAppConnection;
  /** Resolves when every message received so far has been answered or given up on. */
  settled(): Promise<void>;
}

export function createWhatsAppChannel(options: WhatsAppChannelOptions): WhatsAppChannel {
  const clock = options.clock ?? systemClock;
  const governor = createSendGovernor({ ...options.governor, clock });
  const memory = createChoiceMemory({ ...options.choiceMemory, now: () => clock.now() });
  const printQr = options.printQr ?? ((qr: string) => printQrToTerminal(qr));
  const maxLength = options.maxMessageLength ?? MAX_MESSAGE_LENGTH;
  const initialDelayMs = options.reconnect?.initialDelayMs ?? 5000;
  const maxDelayMs = options.reconnect?.maxDelayMs ?? 5 * 60 * 1000;

  let context: ChannelContext | undefined;
  let client: WhatsAppClientPort | undefined;
  let connection: WhatsAppConnection = 'idle';
  let failedAttempts = 0;
  let reconnectTimer: unknown;
  let closed = false;
  let closing: Promise<void> | undefined;
  /** Inbound turns being answered. */
  const inbound = new Set<Promise<void>>();
  /** Per chat, the tail of its sends, so two replies to one chat never interleave. */
  const chatTails = new Map<string, Promise<unknown>>();
  /**
   * How many of a reply's messages already went out, so a retry by the delivery path resumes
   * after them instead of sending them twice (it retries with the same Reply object).
   */
  const progress = new WeakMap<Reply, Map<string, number>>();

  if (options.paused === true) governor.pause();

  const log = () => context?.logger;

  async function connect(): Promise<void> {
    if (closed) return;
    connection = failedAttempts === 0 ? 'connecting' : 'reconnecting';
    let next: WhatsAppClientPort;
    try {
      next = await options.createClient();
    } catch (error) {
      log()?.error({ err: error }, 'whatsapp client could not be created');
      scheduleReconnect();
      return;
    }
    if (closed) {
      await next.destroy().catch(() => undefined);
      return;
    }
    client = next;
    listen(next);
    // Opening WhatsApp Web can take long (and waits on no one): never hold up the server.
    next.initialize().catch(async (error: unknown) => {
      if (client !== next) return;
      log()?.error({ err: error }, 'whatsapp client failed to start');
      await drop(next);
      scheduleReconnect();
    });
  }

  function listen(own: WhatsAppClientPort): void {
    const current = () => client === own && !closed;
    own.on('qr', (qr) => {
      if (!current()) return;
      log()?.info({}, 'whatsapp login needed: QR code printed to the terminal');
      printQr(qr);
    });
    own.on('authenticated', () => {
      if (current()) log()?.info({}, 'whatsapp session authenticated');
    });
    own.on('auth_failure', () => {
      if (current())
        log()?.error({}, 'whatsapp session could not be restored; a new QR code follows');
    });
    own.on('ready', () => {
      if (!current()) return;
      connection = 'ready';
      failedAttempts = 0;
      log()?.info({}, 'whatsapp connected');
    });
    own.on('disconnected', (reason) => {
      if (!current()) return;
      connection = 'reconnecting';
      log()?.warn({ reason: String(reason) }, 'whatsapp disconnected; reconnecting');
      void drop(own).then(scheduleReconnect);
    });
    own.on('message', (raw) => {
      if (!current()) return;
      const turn = answer(raw).finally(() => inbound.delete(turn));
      inbound.add(turn);
    });
  }

  async function drop(own: WhatsAppClientPort): Promise<void> {
    if (client === own) client = undefined;
    try {
      await own.destroy();
    } catch (error) {
      log()?.warn({ err: error }, 'whatsapp client did not close cleanly');
    }
  }

  function scheduleReconnect(): void {
    if (closed || reconnectTimer !== undefined) return;
    const delay = Math.min(initialDelayMs * 2 ** failedAttempts, maxDelayMs);
    failedAttempts++;
    connection = 'reconnecting';
    reconnectTimer = clock.setTimer(() => {
      reconnectTimer = undefined;
      void connect();
    }, delay);
  }

  async function answer(raw: WhatsAppRawMessage): Promise<void> {
    const ctx = context;
    if (ctx === undefined) return;
    const message = toInboundMessage(raw, new Date(clock.now()));
    if (message === undefined) return;
    if (governor.paused) {
      // No reply could be sent, and the engine would remember a turn the person never saw.
      ctx.logger.warn({}, 'whatsapp kill switch on: an inbound message was left unanswered');
      return;
    }
    try {
      const action = memory.resolve(message.address, message.text);
      const reply = await ctx.onMessage(action === undefined ? message : { ...message, action });
      if (reply.meta.duplicate === true) return;
      const outcome = await ctx.deliver(adapter, message.address, reply);
      if (isUndelivered(outcome)) {
        ctx.logger.warn(
          { status: outcome.status, reason: outcome.reason },
          'whatsapp reply not delivered',
        );
      }
    } catch (error) {
      ctx.logger.error({ err: error }, 'whatsapp inbound message failed');
    }
  }

  function inOrder<T>(chatId: string, work: () => Promise<T>): Promise<T> {
    const previous = chatTails.get(chatId) ?? Promise.resolve();
    const run = previous.then(work);
    const tail = run.catch(() => undefined);
    chatTails.set(chatId, tail);
    void tail.then(() => {
      if (chatTails.get(chatId) === tail) chatTails.delete(chatId);
    });
    return run;
  }

  async function sendOne(chatId: string, outgoing: WhatsAppOutgoing): Promise<void> {
    const own = client;
    if (own === undefined || connection !== 'ready') throw new WhatsAppNotReadyError();
    const sent =
      outgoing.kind === 'text'
        ? // A text that looks like a vCard must stay text; previews would fetch helpline sites.
          await own.sendMessage(chatId, outgoing.text, { linkPreview: false, parseVCards: false })
        : await own.sendMessage(chatId, await toMedia(outgoing), { sendMediaAsDocument: true });
    if (sent === undefined || sent === null) throw new WhatsAppUnknownChatError();
  }

  async function send(address: string, reply: Reply): Promise<void> {
    if (closed) throw toChannelSendError(new GovernorStoppedError('closed'));
    if (governor.paused) throw toChannelSendError(new GovernorStoppedError('paused'));
    if (connection !== 'ready') throw toChannelSendError(new WhatsAppNotReadyError());
    const rendered = renderReply(reply, maxLength);
    await inOrder(address, async () => {
      const sentSoFar = progress.get(reply) ?? new Map<string, number>();
      progress.set(reply, sentSoFar);
      for (let index = sentSoFar.get(address) ?? 0; index < rendered.messages.length; index++) {
        const outgoing = rendered.messages[index];
        if (outgoing === undefined) continue;
        try {
          await governor.schedule(address, () => sendOne(address, outgoing));
        } catch (error) {
          throw toChannelSendError(error);
        }
        sentSoFar.set(address, index + 1);
      }
      sentSoFar.delete(address);
      memory.remember(address, rendered.choices);
    });
  }

  const adapter: WhatsAppChannel = {
    name: 'whatsapp',
    async start(ctx) {
      if (context !== undefined || closed) return;
      context = ctx;
      await connect();
    },
    send,
    pause() {
      governor.pause();
      log()?.warn({}, 'whatsapp kill switch on: outbound stopped');
    },
    resume() {
      governor.resume();
      log()?.info({}, 'whatsapp kill switch off: outbound resumed');
    },
    get paused() {
      return governor.paused;
    },
    get connection() {
      return connection;
    },
    async settled() {
      while (inbound.size > 0) await Promise.allSettled([...inbound]);
    },
    close() {
      closing ??= (async () => {
        closed = true;
        connection = 'closed';
        if (reconnectTimer !== undefined) clock.clearTimer(reconnectTimer);
        reconnectTimer = undefined;
        // Sends waiting for a slot are refused (their delivery reports a retryable failure);
        // the ones already with the client finish.
        await governor.close();
        await adapter.settled();
        const own = client;
        client = undefined;
        if (own !== undefined) await drop(own);
        await options.createClient.close?.().catch((error: unknown) => {
          log()?.warn({ err: error }, 'whatsapp session store did not close cleanly');
        });
      })();
      return closing;
    },
  };
  return adapter;
}

async function toMedia(document: Extract<WhatsAppOutgoing, { kind: 'document' }>) {
  const library = await loadWhatsAppWeb();
  return new library.MessageMedia(
    document.mediaType,
    Buffer.from(document.bytes).toString('base64'),
    document.name,
    document.bytes.byteLength,
  );
}

function isUndelivered(outcome: unknown): outcome is { status: string; reason?: string } {
  return (
    typeof outcome === 'object' &&
    outcome !== null &&
    'status' in outcome &&
    outcome.status !== 'sent'
  );
}
