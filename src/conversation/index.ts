export { createConversationEngine } from './engine.ts';
export type { ConversationEngine, EngineDeps, HandleOptions, StreamEvent } from './engine.ts';
export { TurnError } from './errors.ts';
export type { TurnIds } from './errors.ts';
export type { EngineObserver, TurnReport } from './observer.ts';
export type { EngineReply, ReplyMeta } from './turn.ts';
