import type { AuditLog } from './audit-log.ts';
import type { ChannelStateStore } from './channel-state.ts';
import type { DataKeyStore } from './data-keys.ts';
import type { IdentityStore } from './identities.ts';
import type { JourneyStore } from './journeys.ts';
import type { LinkStore } from './links.ts';
import type { NudgeStore } from './nudges.ts';
import type { PendingNudgeStore } from './pending-nudges.ts';
import type { ProcessedInboundStore } from './processed.ts';
import type { ReflectionStore } from './reflections.ts';
import type { ReminderStore } from './reminders.ts';
import type { TurnStore } from './turns.ts';
import type { UserStore } from './users.ts';

/** Which adapter is behind the port. */
export type StoreDriver = 'sqlite' | 'mongodb';

export interface SqliteStoreConfig {
  readonly driver: 'sqlite';
  /** Path of the database file; its folder is created when missing. */
  readonly file: string;
}

export interface MongoStoreConfig {
  readonly driver: 'mongodb';
  /**
   * A MongoDB connection string. The server must be a replica set (a single node started with
   * `--replSet` and `rs.initiate()` is enough): multi-step changes run in transactions.
   */
  readonly uri: string;
  /** The database; default: the one named in `uri`, else "sarathi". */
  readonly dbName?: string;
}

export type StoreConfig = SqliteStoreConfig | MongoStoreConfig;

/**
 * Everything Sarathi keeps per person, one port per aggregate. A new aggregate (reflections,
 * data keys, journeys, reminders) adds a field here, its port file, a migration and one
 * adapter file per driver. Ids are strings and times are `Date`, so no SQL leaks out.
 */
export interface Stores {
  readonly kind: StoreDriver;
  readonly users: UserStore;
  readonly identities: IdentityStore;
  readonly processed: ProcessedInboundStore;
  readonly turns: TurnStore;
  readonly channelState: ChannelStateStore;
  readonly dataKeys: DataKeyStore;
  readonly reflections: ReflectionStore;
  readonly auditLog: AuditLog;
  readonly journeys: JourneyStore;
  /** One-time codes and consented identity linking. */
  readonly links: LinkStore;
  readonly reminders: ReminderStore;
  readonly nudges: NudgeStore;
  /** Nudges waiting for the web widget to open (it has no push). */
  readonly pendingNudges: PendingNudgeStore;
  /** Safe to call twice; later calls to any store reject with a `StoreError`. */
  close(): Promise<void>;
}
