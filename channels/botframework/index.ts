export { BOTFRAMEWORK_PATH, createBotFrameworkChannel } from './botframework-channel.ts';
export type {
  BotFrameworkAppType,
  BotFrameworkChannel,
  BotFrameworkChannelOptions,
} from './botframework-channel.ts';
export {
  createMemoryConversationReferenceStore,
  toStoredReference,
} from './conversation-references.ts';
export type {
  ConversationReferenceStore,
  StoredConversationReference,
} from './conversation-references.ts';
export { BotFrameworkSetupError } from './errors.ts';
export { isLoopbackAddress, isLoopbackRequest, isLoopbackServiceUrl } from './loopback.ts';
export { escapeMarkdown, markdownText } from './markdown.ts';
export { toInboundMessage, WELCOME_COMMAND } from './normalize.ts';
export type { IncomingActivity, OutgoingActivity } from './protocol.ts';
export { renderReply, TEAMS_CHANNEL_ID } from './render.ts';
export type { RenderOptions } from './render.ts';
export { parseRetryAfter, toChannelSendError } from './send-errors.ts';
