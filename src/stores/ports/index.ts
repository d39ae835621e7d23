export type {
  ChannelAddress,
  ChannelIdentity,
  FirstContact,
  FirstContactResult,
  IdentityStore,
} from './identities.ts';
export type { ChannelStateStore } from './channel-state.ts';
export type { ProcessedInboundStore } from './processed.ts';
export type { SqliteStoreConfig, StoreConfig, StoreDriver, Stores } from './stores.ts';
export type { ConversationTurn, NewTurn, TurnRole, TurnStore } from './turns.ts';
export type { User, UserId, UserSettings, UserSettingsPatch, UserStore } from './users.ts';
export { checkNewTurn } from './turn-rules.ts';
export type {
  ClaimResult,
  NudgeClaim,
  NudgeDelivery,
  NudgeOutcome,
  NudgeStatus,
  NudgeStore,
} from './nudges.ts';
export type { ReminderPatch, ReminderSettings, ReminderStore } from './reminders.ts';
