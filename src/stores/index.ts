export { StoreError, StoreSchemaError } from './errors.ts';
export { openStores } from './open-stores.ts';
export { checkNewTurn } from './ports/index.ts';
export type {
  ChannelAddress,
  ChannelStateStore,
  ChannelIdentity,
  ConversationTurn,
  FirstContact,
  FirstContactResult,
  IdentityStore,
  NewTurn,
  ProcessedInboundStore,
  SqliteStoreConfig,
  StoreConfig,
  StoreDriver,
  Stores,
  TurnRole,
  TurnStore,
  User,
  UserId,
  UserSettings,
  UserSettingsPatch,
  UserStore,
} from './ports/index.ts';
