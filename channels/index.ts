export { createChannelRegistry } from './channel.ts';
export type {
  ChannelAdapter,
  ChannelContext,
  ChannelLog,
  ChannelName,
  ChannelRegistry,
  HandledReply,
  InboundHandler,
} from './channel.ts';
export { createDelivery } from './delivery.ts';
export type { Deliver, DeliveryObserver, DeliveryOptions, DeliveryOutcome } from './delivery.ts';
export { ChannelSendError } from './errors.ts';
export { createWebChannel, loadOrCreateWidgetSecret, parseWidgetSecrets } from './web/index.ts';
export type { PendingReplies, TakenReply, WebChannelOptions, WidgetSecret } from './web/index.ts';
export { BotFrameworkSetupError, createBotFrameworkChannel } from './botframework/index.ts';
export type {
  BotFrameworkChannelOptions,
  ConversationReferenceStore,
  StoredConversationReference,
} from './botframework/index.ts';
export { createTelegramChannel } from './telegram/index.ts';
export type { TelegramChannel, TelegramChannelOptions } from './telegram/index.ts';
export { createWhatsAppChannel, createWhatsAppWebClientFactory } from './whatsapp/index.ts';
export type { WhatsAppChannel, WhatsAppChannelOptions } from './whatsapp/index.ts';
