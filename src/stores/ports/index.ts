export type {
  ChannelAddress,
  ChannelIdentity,
  FirstContact,
  FirstContactResult,
  IdentityStore,
} from './identities.ts';
export type { ChannelStateStore } from './channel-state.ts';
export type { AuditAction, AuditEntry, AuditFilter, AuditLog, NewAuditEntry } from './audit-log.ts';
export { AUDIT_ACTIONS, userActor } from './audit-log.ts';
export { checkAuditEntry } from './audit-rules.ts';
export type { DataKeyStore, Rewrap, WrappedDataKey } from './data-keys.ts';
export type { ReflectionStore, SealedReflection } from './reflections.ts';
export type {
  CompleteDay,
  CompleteDayOutcome,
  DayCompletion,
  EnrollmentStatus,
  JourneyEnrollment,
  JourneyStore,
  StartEnrollment,
  StartOutcome,
} from './journeys.ts';
export type { IssueLinkCode, LinkIdentity, LinkOutcome, LinkStore } from './links.ts';
export type { ProcessedInboundStore } from './processed.ts';
export type {
  MongoStoreConfig,
  SqliteStoreConfig,
  StoreConfig,
  StoreDriver,
  Stores,
} from './stores.ts';
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
export type { NudgeContentRef, PendingNudge, PendingNudgeStore } from './pending-nudges.ts';
export {
  checkContact,
  checkEnrollmentStart,
  checkJourneyDay,
  checkLinkCodeHash,
  checkLocalDate,
  checkNudgeContent,
  checkSealedReflection,
} from './input-rules.ts';
