export { createWebChannel, ALREADY_ANSWERED, DEFAULT_RENEW_WINDOW_MS } from './web-channel.ts';
export type { WebChannelOptions } from './web-channel.ts';
export type { PendingReplies, TakenReply } from './pending.ts';
export { clientWidgetAssets, WIDGET_CACHE_CONTROL } from './assets.ts';
export type { WidgetAssets } from './assets.ts';
export {
  loadOrCreateWidgetSecret,
  parseWidgetSecrets,
  LOCAL_SECRET_ID,
  MIN_SECRET_LENGTH,
  WidgetSecretError,
} from './widget-secret.ts';
export type { WidgetSecret } from './widget-secret.ts';
export { createSessionTokens, DEFAULT_SESSION_TTL_MS } from './session-token.ts';
export type { SessionClaims, SessionTokens, TokenCheck } from './session-token.ts';
export { createOriginPolicy, OriginPatternError } from './cors.ts';
export type { OriginPolicy } from './cors.ts';
export { toInboundMessage, widgetMessageSchema } from './normalize.ts';
export { regionFor } from './region.ts';
export { toWidgetPart, sseFrame } from './render.ts';
export type {
  PendingResponse,
  SessionResponse,
  WidgetErrorCode,
  WidgetEvent,
  WidgetMessageRequest,
  WidgetPart,
} from './protocol.ts';
