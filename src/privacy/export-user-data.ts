/**
 * `/export`: everything Sarathi keeps about one person, as one JSON document they can read.
 * Reflections are decrypted for them; the audit entries are their own actions (ids only).
 */
import type { ReflectionService } from '../reflections/index.ts';
import { userActor, type Stores } from '../stores/index.ts';

export const EXPORT_FORMAT = 'sarathi-export/1';

export interface UserDataExport {
  readonly format: typeof EXPORT_FORMAT;
  readonly exportedAt: string;
  readonly user: { readonly id: string; readonly createdAt: string; readonly settings: object };
  readonly identities: ReadonlyArray<{ channel: string; channelUserId: string; createdAt: string }>;
  readonly addresses: ReadonlyArray<{
    channel: string;
    address: string;
    createdAt: string;
    lastSeenAt: string;
    blockedAt?: string;
  }>;
  readonly reflections: ReadonlyArray<{
    id: string;
    createdAt: string;
    text: string;
    journeyDay?: { journeyId: string; day: number };
  }>;
  readonly conversationTurns: ReadonlyArray<{
    at: string;
    role: string;
    kind: string;
    citations: readonly string[];
    themeId?: string;
  }>;
  readonly journeys: ReadonlyArray<{
    journeyId: string;
    status: string;
    startedAt: string;
    endedAt?: string;
    completedDays: ReadonlyArray<{ day: number; completedAt: string }>;
  }>;
  readonly reminder?: { time?: string; quietHours?: string; updatedAt: string };
  readonly auditLog: ReadonlyArray<{
    at: string;
    action: string;
    recordType: string;
    recordId: string;
  }>;
}

// Turns expire after 30 days; this bounds the export of an unusually busy person anyway.
const MAX_TURNS = 100_000;

export interface ExportDeps {
  readonly stores: Stores;
  readonly reflections: ReflectionService;
}

/** Returns undefined when there is no such user. Records a `user.export` audit entry. */
export async function exportUserData(
  deps: ExportDeps,
  userId: string,
  at: Date,
): Promise<UserDataExport | undefined> {
  const { stores } = deps;
  const user = await stores.users.get(userId);
  if (user === undefined) return undefined;
  const [identities, addresses, turns] = await Promise.all([
    stores.identities.identitiesOf(userId),
    stores.identities.addressesOf(userId),
    stores.turns.recent(userId, MAX_TURNS),
  ]);
  // Before reading the log, so the export lists itself.
  await stores.auditLog.record({
    at,
    actor: userActor(userId),
    action: 'user.export',
    recordType: 'user',
    recordId: userId,
  });
  const [reflections, audit, enrollments, reminder] = await Promise.all([
    deps.reflections.all(userId),
    stores.auditLog.list({ actor: userActor(userId) }),
    stores.journeys.history(userId),
    stores.reminders.get(userId),
  ]);
  const journeys = await Promise.all(
    enrollments.map(async (enrollment) => ({
      enrollment,
      completions: await stores.journeys.completions(enrollment.id),
    })),
  );
  return {
    format: EXPORT_FORMAT,
    exportedAt: at.toISOString(),
    user: { id: user.id, createdAt: user.createdAt.toISOString(), settings: user.settings },
    identities: identities.map((identity) => ({
      channel: identity.channel,
      channelUserId: identity.channelUserId,
      createdAt: identity.createdAt.toISOString(),
    })),
    addresses: addresses.map((address) => ({
      channel: address.channel,
      address: address.address,
      createdAt: address.createdAt.toISOString(),
      lastSeenAt: address.lastSeenAt.toISOString(),
      ...(address.blockedAt && { blockedAt: address.blockedAt.toISOString() }),
    })),
    reflections: reflections.map((reflection) => ({
      id: reflection.id,
      createdAt: reflection.createdAt.toISOString(),
      text: reflection.text,
      ...(reflection.journeyDay && { journeyDay: reflection.journeyDay }),
    })),
    conversationTurns: turns.map((turn) => ({
      at: turn.at.toISOString(),
      role: turn.role,
      kind: turn.kind,
      citations: turn.citations,
      ...(turn.themeId !== undefined && { themeId: turn.themeId }),
    })),
    journeys: journeys.map(({ enrollment, completions }) => ({
      journeyId: enrollment.journeyId,
      status: enrollment.status,
      startedAt: enrollment.startedAt.toISOString(),
      ...(enrollment.endedAt && { endedAt: enrollment.endedAt.toISOString() }),
      completedDays: completions.map((c) => ({
        day: c.day,
        completedAt: c.completedAt.toISOString(),
      })),
    })),
    ...(reminder && {
      reminder: {
        ...(reminder.time !== undefined && { time: reminder.time }),
        ...(reminder.quietHours !== undefined && { quietHours: reminder.quietHours }),
        updatedAt: reminder.updatedAt.toISOString(),
      },
    }),
    auditLog: audit.map((entry) => ({
      at: entry.at.toISOString(),
      action: entry.action,
      recordType: entry.recordType,
      recordId: entry.recordId,
    })),
  };
}
