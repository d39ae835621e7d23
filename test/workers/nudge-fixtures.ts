/**
 * What the nudge tests share: real SQLite stores, the real knowledge layer (verse cards from the
 * corpus), a real redis-server, and a recording channel at the outermost edge (it stands where
 * Telegram's servers would be, and keeps the time each message was accepted).
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import type { Knowledge } from '../../knowledge/index.ts';
import type { ChannelAdapter } from '../../channels/index.ts';
import { startLocalRedis, type LocalRedis } from '../../src/infra/index.ts';
import type { ChannelName, Reply } from '../../src/messages/index.ts';
import { openStores, type Stores } from '../../src/stores/index.ts';
import { openTestKnowledge } from '../helpers/project.ts';

export interface Sent {
  readonly address: string;
  readonly reply: Reply;
  readonly at: Date;
}

export interface RecordingChannel extends ChannelAdapter {
  readonly sent: Sent[];
}

export function recordingChannel(
  name: ChannelName,
  now: () => Date = () => new Date(),
): RecordingChannel {
  const sent: Sent[] = [];
  return {
    name,
    sent,
    start: () => Promise.resolve(),
    close: () => Promise.resolve(),
    send: (address, reply) => {
      sent.push({ address, reply, at: now() });
      return Promise.resolve();
    },
  };
}

export interface NudgeWorld {
  readonly stores: Stores;
  readonly knowledge: Knowledge;
  readonly redis: LocalRedis;
  /** A client on that Redis for the tests' own queues and limiters; closed with the world. */
  readonly connection: Redis;
  /** A user reachable on Telegram at `chat-<id>`, with a zone and a reminder time. */
  addUser(options: {
    timeZone?: string;
    time?: string;
    quietHours?: string;
    channel?: ChannelName;
  }): Promise<{ userId: string; address: string }>;
  close(): Promise<void>;
}

export async function openNudgeWorld(): Promise<NudgeWorld> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'sarathi-nudges-'));
  const redis = await startLocalRedis({ dataDir: dir });
  const stores = await openStores({ driver: 'sqlite', file: path.join(dir, 'sarathi.db') });
  const knowledge = await openTestKnowledge({ vectorStore: 'off' });
  const connection = new Redis(redis.url, { maxRetriesPerRequest: null });
  return {
    stores,
    knowledge: knowledge.knowledge,
    redis,
    connection,
    async addUser({ timeZone, time, quietHours, channel = 'telegram' }) {
      const id = randomUUID();
      const address = `chat-${id}`;
      const { user } = await stores.identities.findOrCreateByIdentity({
        channel,
        channelUserId: id,
        address,
        now: new Date('2026-01-01T00:00:00Z'),
      });
      if (timeZone !== undefined) await stores.users.updateSettings(user.id, { timeZone });
      if (time !== undefined || quietHours !== undefined) {
        await stores.reminders.update(
          user.id,
          {
            ...(time === undefined ? {} : { time }),
            ...(quietHours === undefined ? {} : { quietHours }),
          },
          new Date(),
        );
      }
      return { userId: user.id, address };
    },
    async close() {
      await connection.quit();
      await stores.close();
      await knowledge.close();
      await redis.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** A job as BullMQ's scheduler makes it, for running the processor on a chosen time. */
export function jobAt(userId: string, scheduledAt: Date, attemptsMade = 0) {
  return {
    id: `repeat:nudge-${userId}:${scheduledAt.getTime()}`,
    data: { userId },
    attemptsMade,
    timestamp: scheduledAt.getTime() - 60_000,
    opts: { prevMillis: scheduledAt.getTime() },
  };
}
