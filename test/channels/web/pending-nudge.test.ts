/**
 * The widget's pending nudge over HTTP: a person who talked to Sarathi in the widget and asked
 * for reminders gets the day's nudge recorded in the store (by the nudge processor, as a separate
 * worker would) and sees it once when the widget opens (`POST /api/widget/pending`), or before
 * the answer to their next message when the widget stayed open.
 */
import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import { createChannelRegistry, createDelivery } from '../../../channels/index.ts';
import type { PendingResponse } from '../../../channels/web/protocol.ts';
import { localClock } from '../../../src/reminders/index.ts';
import {
  createNudgeContent,
  createNudgeProcessor,
  createNudgeScheduler,
  createWidgetPendingNudges,
  type NudgeContent,
  type NudgeJobData,
} from '../../../workers/index.ts';
import { openTestEngine, type TestEngine } from '../../helpers/engine.ts';
import {
  partTypes,
  sendAndRead,
  sessionIdOf,
  sessionToken,
  startWidgetServer,
  type WidgetServer,
} from './widget-server.ts';

let test: TestEngine;
let widget: WidgetServer;
let content: NudgeContent;

beforeAll(async () => {
  test = await openTestEngine();
  content = createNudgeContent({ knowledge: test.knowledge, nudges: test.stores.nudges });
  widget = await startWidgetServer(test.engine, {
    pending: createWidgetPendingNudges({ stores: test.stores, content }),
  });
}, 120_000);

afterAll(async () => {
  await widget.close();
  await test.close();
});

function pending(token: string | undefined): Promise<Response> {
  return fetch(`${widget.url}/api/widget/pending`, {
    method: 'POST',
    headers: token === undefined ? {} : { authorization: `Bearer ${token}` },
  });
}

/** A widget visitor who asked for a daily reminder, and the nudge processor running for them. */
async function visitorWithNudge(): Promise<{ token: string; userId: string; ref: string }> {
  const token = await sessionToken(widget.url);
  // The person first talks in the widget; their reminder settings are written as /remind and
  // /timezone would (those commands need the BullMQ scheduler, tested in test/workers).
  const hello = await sendAndRead(widget.url, token, { id: randomUUID(), text: '/start' });
  expect(hello.status).toBe(200);
  const sessionId = sessionIdOf(token);
  const { user } = await test.stores.identities.findOrCreateByIdentity({
    channel: 'web',
    channelUserId: sessionId,
    address: sessionId,
    now: new Date(),
  });
  await test.stores.users.updateSettings(user.id, { timeZone: 'Asia/Kolkata' });
  await test.stores.reminders.update(user.id, { time: '07:30', quietHours: 'off' }, new Date());

  // No web channel in the processor's registry: as `sarathi worker` runs it.
  const queue = new Queue<NudgeJobData>(`nudges-${randomUUID()}`, {
    connection: { host: '127.0.0.1', port: 1, lazyConnect: true },
  });
  const scheduledAt = new Date();
  const process = createNudgeProcessor({
    stores: test.stores,
    channels: createChannelRegistry([]),
    deliver: createDelivery({ markBlocked: () => Promise.resolve(false) }),
    content,
    scheduler: createNudgeScheduler(queue),
    workerId: 'test',
  });
  try {
    const result = await process({
      id: `nudge-${randomUUID()}`,
      data: { userId: user.id },
      attemptsMade: 0,
      timestamp: scheduledAt.getTime(),
      opts: { prevMillis: scheduledAt.getTime() },
    });
    expect(result).toMatchObject({ outcome: 'sent', channel: 'web' });
  } finally {
    await queue.close();
  }
  const localDate = localClock(scheduledAt, 'Asia/Kolkata').date;
  const stored = await test.stores.pendingNudges.get(user.id, localDate);
  if (stored?.content.kind !== 'verse') throw new Error('expected a pending verse nudge');
  return { token, userId: user.id, ref: stored.content.ref };
}

describe('POST /api/widget/pending', () => {
  it('gives the waiting nudge once: the verse card from the corpus in our framing', async () => {
    const visitor = await visitorWithNudge();

    const first = await pending(visitor.token);
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('no-store');
    const body = (await first.json()) as PendingResponse;
    expect(body.parts.map((part) => part.type)).toEqual(['text', 'verse', 'text']);
    const verse = body.parts[1];
    const corpusVerse = test.knowledge.corpus.verses.find((v) => v.ref === visitor.ref);
    expect(verse).toMatchObject({ type: 'verse', ref: visitor.ref });
    expect(verse?.type === 'verse' && verse.sanskrit).toBe(corpusVerse?.sanskrit);

    const again = (await (await pending(visitor.token)).json()) as PendingResponse;
    expect(again.parts).toEqual([]);
    // Nor does it come back with the next message's answer.
    const next = await sendAndRead(widget.url, visitor.token, { id: randomUUID(), text: '/help' });
    expect(partTypes(next.events)).not.toContain('verse');
  });

  it('shows it before the answer when the widget stayed open and the person writes', async () => {
    const visitor = await visitorWithNudge();
    const reply = await sendAndRead(widget.url, visitor.token, {
      id: randomUUID(),
      text: '/help',
    });
    const parts = reply.events.flatMap((event) => (event.type === 'part' ? [event.part] : []));
    expect(parts[1]).toMatchObject({ type: 'verse', ref: visitor.ref });
    expect(reply.events.at(-1)).toMatchObject({ type: 'done' });
    expect(((await (await pending(visitor.token)).json()) as PendingResponse).parts).toEqual([]);
  });

  it('has nothing for a new session, and refuses a missing token', async () => {
    const token = await sessionToken(widget.url);
    expect(((await (await pending(token)).json()) as PendingResponse).parts).toEqual([]);
    const refused = await pending(undefined);
    expect(refused.status).toBe(401);
    expect(await refused.json()).toMatchObject({ type: 'error', code: 'unauthorized' });
  });

  it('nothing is left for a person who deleted their data', async () => {
    const visitor = await visitorWithNudge();
    await test.stores.users.delete(visitor.userId);
    expect(((await (await pending(visitor.token)).json()) as PendingResponse).parts).toEqual([]);
  });
});
