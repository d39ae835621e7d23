export {
  createTelegramChannel,
  TELEGRAM_ALLOWED_UPDATES,
  TELEGRAM_WEBHOOK_PATH,
  webhookEndpoint,
} from './telegram-channel.ts';
export type { TelegramChannel, TelegramChannelOptions } from './telegram-channel.ts';
export { TelegramConfigError } from './telegram-config-error.ts';
export { normalizeUpdate } from './normalize.ts';
export type { IgnoredReason, NormalizedUpdate, UnsupportedKind } from './normalize.ts';
export { CALLBACK_DATA_LIMIT, renderReply, TELEGRAM_TEXT_LIMIT } from './render.ts';
export type { InlineButton, InlineKeyboard, TelegramOutgoing } from './render.ts';
export { escapeHtml, escapeHtmlAttribute } from './escape-html.ts';
export { toChannelSendError } from './send-error.ts';
export { COMMAND_MENU, TEXT_ONLY } from './wording.ts';
