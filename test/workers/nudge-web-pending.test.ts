/**
 * A nudge for someone reachable only on the web widget (no push) is recorded as pending, by
 * reference, in the store: by the processor whether or not this process runs a web channel (the
 * separate `sarathi worker` does not), and by a real BullMQ worker on a real redis-server. The
 * widget's side rebuilds the same Reply from the reference and gives it once.
 */
import { randomUUID } from 'node:crypto';
import { createChannelRegistry, createDelivery } from '../../channels/index.ts';
import { createWebChannel } from '../../channels/web/index.ts';
import { createConversationEngine } from '../../src/conversation/index.ts';
import { journeyNudgeSource } from '../../src/app/index.ts';
import type { ChannelAdapter } from '../../channels/index.ts';
import {
  createNudgeContent,
  createNudgeProcessor,
  createNudgeScheduler,
  createWidgetPendingNudges,
  NUDGE_JOB,
  startNudgeWorker,
  type NudgeOutcomeKind,
  createNudgeQueue,
} from '../../workers/index.ts';
import { silentLogger, testMasterKeys } from '../helpers/engine.ts';
import { projectJourneys } from '../helpers/project.ts';
import { jobAt, openNudgeWorld, recordingChannel, type NudgeWorld } from './nudge-fixtures.ts';

let world: NudgeWorld;

beforeAll(async () => {
  world = await openNudgeWorld();
}, 120_000);

afterAll(async () => {
  await world.close();
});

const AT = new Date('2026-03-10T02:00:00Z'); // 07:30 in Asia/Kolkata

function deliver() {
  return createDelivery({
    markBlocked: (c, a, r, at) => world.stores.identities.markAddressBlocked(c, a, r, at),
  });
}

function processorWith(
  channels: ChannelAdapter[],
  content = createNudgeContent({ knowledge: world.knowledge, nudges: world.stores.nudges }),
) {
  const outcomes: Array<[string, NudgeOutcomeKind]> = [];
  const queue = createNudgeQueue(`nudges-${randomUUID()}`, world.connection);
  const process = createNudgeProcessor({
    stores: world.stores,
    channels: createChannelRegistry(channels),
    deliver: deliver(),
    content,
    scheduler: createNudgeScheduler(queue),
    workerId: 'test',
    now: () => AT,
    observer: { onOutcome: (channel, outcome) => outcomes.push([channel, outcome]) },
  });
  return { process, outcomes, queue, content };
}

async function webOnlyUser() {
  return world.addUser({
    timeZone: 'Asia/Kolkata',
    time: '07:30',
    quietHours: 'off',
    channel: 'web',
  });
}

describe.each([
  ['a worker without a web channel (sarathi worker)', false],
  ['the server’s in-process worker, beside the web channel', true],
])('%s', (_name, withWebChannel) => {
  it('records the day’s nudge as pending for a web-only person, counted sent on web', async () => {
    const telegram = recordingChannel('telegram');
    const web = createWebChannel({
      secrets: [{ id: 'k', secret: 'a-test-secret-of-enough-length-0123456789' }],
      allowedOrigins: [],
      ipRateLimitPerMinute: 100,
    });
    const sendToWeb = jest.spyOn(web, 'send');
    const { process, outcomes, queue, content } = processorWith(
      withWebChannel ? [telegram, web] : [telegram],
    );
    const person = await webOnlyUser();
    try {
      const result = await process(jobAt(person.userId, AT));

      expect(result).toEqual({ outcome: 'sent', localDate: '2026-03-10', channel: 'web' });
      expect(outcomes).toEqual([['web', 'sent']]);
      expect(telegram.sent).toHaveLength(0);
      // Not through the channel's in-memory outbox: the store holds it.
      expect(sendToWeb).not.toHaveBeenCalled();
      const pending = await world.stores.pendingNudges.get(person.userId, '2026-03-10');
      const verse = await world.stores.nudges.verseOfDay(person.userId, '2026-03-10', () => []);
      expect(pending).toMatchObject({ content: { kind: 'verse', ref: verse.ref } });
      expect(pending?.shownAt).toBeUndefined();
      expect(await world.stores.nudges.get(person.userId, '2026-03-10')).toMatchObject({
        status: 'sent',
        channel: 'web',
      });

      // A retry of the same job sends nothing more.
      expect(await process(jobAt(person.userId, AT, 1))).toMatchObject({
        outcome: 'skipped_already',
      });

      // The widget's side: the verse card rebuilt from the reference, given once.
      const widget = createWidgetPendingNudges({ stores: world.stores, content });
      const taken = await widget.take(person.address);
      const card = taken?.reply.parts.find((part) => part.type === 'verse');
      expect(card).toMatchObject({ type: 'verse', ref: verse.ref });
      expect(taken?.reply.parts.map((part) => part.type)).toEqual(['text', 'verse', 'text']);
      expect(await widget.take(person.address)).toBeUndefined();
      await taken?.undo();
      expect((await widget.take(person.address))?.reply).toEqual(taken?.reply);
    } finally {
      await queue.obliterate({ force: true });
      await queue.close();
    }
  });
});

it('keeps a journey day by reference and shows that day’s card when the widget opens', async () => {
  const engine = createConversationEngine({
    knowledge: world.knowledge,
    stores: world.stores,
    masterKeys: testMasterKeys(),
    journeys: await projectJourneys(),
    logger: silentLogger,
    maxMessageLength: 2000,
  });
  const person = await webOnlyUser();
  const started = await engine.handle({
    channel: 'web',
    address: person.address,
    channelUserId: person.address.replace(/^chat-/, ''),
    dedupeKey: randomUUID(),
    text: '/journey start calmer-mind',
    receivedAt: new Date('2026-03-09T04:00:00Z'),
  });
  expect(started.meta.flags).not.toContain('unknown_command');
  const content = createNudgeContent({
    knowledge: world.knowledge,
    nudges: world.stores.nudges,
    journeys: journeyNudgeSource(engine, () => AT),
  });
  const { process, queue } = processorWith([], content);
  try {
    expect(await process(jobAt(person.userId, AT))).toMatchObject({ channel: 'web' });
    const pending = await world.stores.pendingNudges.get(person.userId, '2026-03-10');
    expect(pending?.content).toEqual({ kind: 'journey', journeyId: 'calmer-mind', day: 2 });

    const taken = await createWidgetPendingNudges({ stores: world.stores, content }).take(
      person.address,
    );
    const expected = await engine.journeyDayCard(
      person.userId,
      { journeyId: 'calmer-mind', day: 2 },
      AT,
    );
    expect(taken?.reply.parts).toEqual(expected?.parts);
    expect(taken?.reply.parts.some((part) => part.type === 'verse')).toBe(true);
  } finally {
    await queue.obliterate({ force: true });
    await queue.close();
  }
});

it('is recorded by a real worker on Redis that runs no web channel', async () => {
  const person = await world.addUser({
    timeZone: 'UTC',
    time: '00:00',
    quietHours: 'off',
    channel: 'web',
  });
  const worker = await startNudgeWorker({
    redisUrl: world.redis.url,
    queueName: `nudges-${randomUUID()}`,
    stores: world.stores,
    channels: createChannelRegistry([recordingChannel('telegram')]),
    deliver: deliver(),
    content: createNudgeContent({ knowledge: world.knowledge, nudges: world.stores.nudges }),
    logger: silentLogger,
  });
  try {
    // A job due now (as a scheduler's would be at the chosen minute).
    const job = await worker.queue.add(NUDGE_JOB, { userId: person.userId });
    const localDate = new Date(job.timestamp).toISOString().slice(0, 10);
    const deadline = Date.now() + 20_000;
    while (
      (await world.stores.pendingNudges.get(person.userId, localDate)) === undefined &&
      Date.now() < deadline
    ) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(await world.stores.pendingNudges.get(person.userId, localDate)).toMatchObject({
      content: { kind: 'verse' },
    });
    expect(await world.stores.nudges.get(person.userId, localDate)).toMatchObject({
      status: 'sent',
      channel: 'web',
    });
  } finally {
    await worker.queue.obliterate({ force: true });
    await worker.close();
  }
}, 30_000);
