export type {
  WhatsAppClientEvent,
  WhatsAppClientEvents,
  WhatsAppClientFactory,
  WhatsAppClientPort,
  WhatsAppContent,
  WhatsAppRawMessage,
  WhatsAppSendOptions,
} from './client-port.ts';
export { createChoiceMemory } from './choice-memory.ts';
export type { ChoiceMemory, ChoiceMemoryOptions } from './choice-memory.ts';
export {
  GovernorStoppedError,
  WhatsAppNotReadyError,
  WhatsAppSetupError,
  WhatsAppUnknownChatError,
} from './errors.ts';
export { escapeWhatsApp, WORD_JOINER } from './escape.ts';
export { toInboundMessage } from './normalize.ts';
export { printQrToTerminal } from './print-qr.ts';
export type { QrPrinter } from './print-qr.ts';
export { regionFromPhoneNumber } from './region.ts';
export { MAX_MESSAGE_LENGTH, renderReply } from './render.ts';
export type { RenderedReply, WhatsAppOutgoing } from './render.ts';
export { PAUSED_RETRY_AFTER_MS, toChannelSendError } from './send-errors.ts';
export { createSendGovernor, DEFAULT_GOVERNOR, systemClock } from './send-governor.ts';
export type { GovernorClock, SendGovernor, SendGovernorOptions } from './send-governor.ts';
export { splitText } from './split-text.ts';
export { createWhatsAppChannel } from './whatsapp-channel.ts';
export type {
  WhatsAppChannel,
  WhatsAppChannelOptions,
  WhatsAppConnection,
} from './whatsapp-channel.ts';
export {
  buildClientOptions,
  chooseWhatsAppAuth,
  createWhatsAppWebClientFactory,
  DEFAULT_CHROMIUM,
  REMOTE_SESSION_BACKUP_MS,
} from './whatsapp-web-client.ts';
export { createMongoSessionStore } from './mongo-session-store.ts';
export type { RemoteAuthStore } from './mongo-session-store.ts';
export type { WhatsAppAuthChoice, WhatsAppWebSettings } from './whatsapp-web-client.ts';
