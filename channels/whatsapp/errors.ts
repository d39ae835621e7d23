/**
 * WhatsApp's own failure sites. Sends that the platform refuses surface as the shared
 * `ChannelSendError` (see `send-errors.ts`); these are the causes behind it and setup errors.
 */

/** The send governor refused a waiting send: the kill switch is on, or the channel closed. */
export class GovernorStoppedError extends Error {
  readonly reason: 'paused' | 'closed';

  constructor(reason: 'paused' | 'closed') {
    super(`whatsapp outbound ${reason}`);
    this.name = 'GovernorStoppedError';
    this.reason = reason;
  }
}

/** The WhatsApp client cannot be built as configured; the message says what to change. */
export class WhatsAppSetupError extends Error {
  readonly code: 'remote-auth-needs-mongodb';

  constructor(code: WhatsAppSetupError['code'], message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'WhatsAppSetupError';
    this.code = code;
  }
}

/** A send was attempted while the client was not connected (starting, reconnecting, closed). */
export class WhatsAppNotReadyError extends Error {
  constructor() {
    super('whatsapp client is not connected');
    this.name = 'WhatsAppNotReadyError';
  }
}

/** WhatsApp Web found no chat for the address (the number is not on WhatsApp). */
export class WhatsAppUnknownChatError extends Error {
  constructor() {
    super('whatsapp has no chat for this address');
    this.name = 'WhatsAppUnknownChatError';
  }
}
