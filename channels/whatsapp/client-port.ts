/**
 * The narrow port between the WhatsApp adapter and whatsapp-web.js. Only what the adapter uses
 * is here, so tests drive the adapter with a fake client (emitting the library's own `Message`
 * objects and recording sends) and never launch Chromium. The real implementation is
 * `whatsapp-web-client.ts`.
 */
import type WAWebJS from 'whatsapp-web.js';

/** The fields of a whatsapp-web.js `Message` the adapter reads (the real class has them all). */
export interface WhatsAppRawMessage {
  /** `_serialized` is unique per message, e.g. "false_15551234567@c.us_3EB0…". */
  readonly id: { readonly _serialized: string };
  /** The chat it came from: "15551234567@c.us", "…@lid", "…@g.us", "status@broadcast". */
  readonly from: string;
  readonly fromMe: boolean;
  /** "chat" for text; media, calls, reactions and notifications have other types. */
  readonly type: string;
  readonly body: string;
  readonly isStatus?: boolean;
  /** Set in group chats: who in the group wrote it. */
  readonly author?: string | undefined;
}

/** The client's events the adapter listens to, with their payloads. */
export interface WhatsAppClientEvents {
  /** A login QR code (a secret for a minute: printed to the terminal, never logged). */
  qr: [qr: string];
  authenticated: [];
  auth_failure: [message: string];
  ready: [];
  /** A WAState such as "CONFLICT", or "LOGOUT" when the phone unlinked this device. */
  disconnected: [reason: string];
  /** Incoming messages only (the library's `message` event, not `message_create`). */
  message: [message: WhatsAppRawMessage];
}

export type WhatsAppClientEvent = keyof WhatsAppClientEvents;

/** What can be sent: text, or a library `MessageMedia` (a document). */
export type WhatsAppContent = string | WAWebJS.MessageMedia;

export type WhatsAppSendOptions = Pick<
  WAWebJS.MessageSendOptions,
  'linkPreview' | 'parseVCards' | 'sendMediaAsDocument'
>;

export interface WhatsAppClientPort {
  on<E extends WhatsAppClientEvent>(
    event: E,
    handler: (...args: WhatsAppClientEvents[E]) => void,
  ): unknown;
  /** Launches the browser and opens WhatsApp Web; resolves before a QR code is scanned. */
  initialize(): Promise<void>;
  /** Resolves to the sent message, or to nothing when WhatsApp Web found no such chat. */
  sendMessage(
    chatId: string,
    content: WhatsAppContent,
    options?: WhatsAppSendOptions,
  ): Promise<unknown>;
  /** Closes the browser. */
  destroy(): Promise<void>;
  getState?(): Promise<string | null>;
}

/**
 * Builds a fresh client; reconnecting after a disconnect makes a new one. `close`, when there,
 * ends what the factory keeps across clients (RemoteAuth's MongoDB connection); the channel
 * calls it when it closes.
 */
export type WhatsAppClientFactory = (() => Promise<WhatsAppClientPort>) & {
  close?(): Promise<void>;
};
