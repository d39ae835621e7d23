/**
 * A stand-in for whatsapp-web.js at the port: it emits the library's own `Message` objects and
 * records what the adapter sends, so the adapter runs end to end without launching Chromium.
 * Failures are scripted per send.
 */
import { EventEmitter } from 'node:events';
import type {
  WhatsAppClientEvent,
  WhatsAppClientEvents,
  WhatsAppClientPort,
  WhatsAppContent,
  WhatsAppSendOptions,
} from '../../../channels/whatsapp/index.ts';
import { rawMessage, type RawMessageFields } from './raw-message.ts';

export interface RecordedSend {
  readonly chatId: string;
  readonly content: WhatsAppContent;
  readonly options: WhatsAppSendOptions | undefined;
  /** Date.now() when the client got it. */
  readonly at: number;
}

/** What a scripted send does instead of succeeding: throw, or find no chat (resolve nothing). */
export type SendFailure = Error | 'no-chat';

export class FakeWhatsAppClient implements WhatsAppClientPort {
  readonly sends: RecordedSend[] = [];
  /** Consumed one per send; `null` lets that send succeed. */
  readonly failures: Array<SendFailure | null> = [];
  initialized = 0;
  destroyed = 0;
  /** Emitted during initialize, as the library does: a QR code first when not logged in. */
  qrOnInitialize: string | undefined;
  readyOnInitialize = true;
  initializeError: Error | undefined;
  readonly #events = new EventEmitter();

  on<E extends WhatsAppClientEvent>(
    event: E,
    handler: (...args: WhatsAppClientEvents[E]) => void,
  ): this {
    this.#events.on(event, handler as (...args: unknown[]) => void);
    return this;
  }

  initialize(): Promise<void> {
    this.initialized++;
    if (this.initializeError !== undefined) return Promise.reject(this.initializeError);
    if (this.qrOnInitialize !== undefined) this.emit('qr', this.qrOnInitialize);
    if (this.readyOnInitialize) {
      this.emit('authenticated');
      this.emit('ready');
    }
    return Promise.resolve();
  }

  sendMessage(
    chatId: string,
    content: WhatsAppContent,
    options?: WhatsAppSendOptions,
  ): Promise<unknown> {
    const failure = this.failures.shift();
    if (failure === 'no-chat') return Promise.resolve(undefined);
    if (failure !== undefined && failure !== null) return Promise.reject(failure);
    this.sends.push({ chatId, content, options, at: Date.now() });
    return Promise.resolve({ id: { _serialized: `true_${chatId}_SENT${this.sends.length}` } });
  }

  destroy(): Promise<void> {
    this.destroyed++;
    return Promise.resolve();
  }

  emit<E extends WhatsAppClientEvent>(event: E, ...args: WhatsAppClientEvents[E]): void {
    this.#events.emit(event, ...args);
  }

  /** A person's message arriving, as the library emits it. */
  receive(fields: RawMessageFields): void {
    this.emit('message', rawMessage(fields, this));
  }

  /** The text of every text message sent, in order. */
  texts(chatId?: string): string[] {
    return this.sends
      .filter((send) => chatId === undefined || send.chatId === chatId)
      .flatMap((send) => (typeof send.content === 'string' ? [send.content] : []));
  }
}
