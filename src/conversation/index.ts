export { createConversationEngine } from './engine.ts';
export type { ConversationEngine, EngineDeps, HandleOptions } from './engine.ts';
export { TurnError } from './errors.ts';
export type { TurnIds } from './errors.ts';
export type { EngineReply, ReplyMeta } from './turn.ts';
