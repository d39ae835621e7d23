/**
 * Reflections, export and delete through the web widget end to end: real HTTP (session token,
 * SSE), the real engine on real SQLite, the file part as a short-lived download link.
 */
import { randomUUID } from 'node:crypto';
import type { WidgetEvent } from '../../../channels/web/protocol.ts';
import { openTestEngine, type TestEngine } from '../../helpers/engine.ts';
import {
  sendAndRead,
  sessionIdOf,
  sessionToken,
  startWidgetServer,
  type WidgetServer,
} from './widget-server.ts';

let test: TestEngine;
let widget: WidgetServer;

beforeAll(async () => {
  test = await openTestEngine();
  widget = await startWidgetServer(test.engine);
}, 120_000);

afterAll(async () => {
  await widget.close();
  await test.close();
});

const say = async (token: string, text: string) => {
  const reply = await sendAndRead(widget.url, token, { id: randomUUID(), text });
  expect(reply.status).toBe(200);
  return reply.events;
};

const shownText = (events: readonly WidgetEvent[]) =>
  events
    .flatMap((event) =>
      event.type === 'part' && event.part.type === 'text' ? [event.part.text] : [],
    )
    .join('\n');

async function userIdOf(token: string): Promise<string> {
  const sessionId = sessionIdOf(token);
  const { user, created } = await test.stores.identities.findOrCreateByIdentity({
    channel: 'web',
    channelUserId: sessionId,
    address: sessionId,
    now: new Date(),
  });
  expect(created).toBe(false);
  return user.id;
}

describe('the widget: reflections, export and delete', () => {
  it('shows a reflection to its session only, exports it as a download, then deletes everything', async () => {
    const token = await sessionToken(widget.url);
    const other = await sessionToken(widget.url);
    const marker = `widget reflection ${randomUUID()}`;

    const saved = await say(token, `/reflect ${marker}`);
    expect(shownText(saved)).toMatch(/^Kept\./);
    expect(JSON.stringify(saved)).not.toContain(marker);
    expect(shownText(await say(token, '/reflections'))).toContain(marker);
    expect(JSON.stringify(await say(other, '/reflections'))).not.toContain(marker);

    // Export: a text part and a file part carried as a link to the file.
    const exported = await say(token, '/export');
    const file = exported.find(
      (event): event is Extract<WidgetEvent, { type: 'part' }> =>
        event.type === 'part' && event.part.type === 'file',
    );
    if (file?.part.type !== 'file') throw new Error('no file part in the export reply');
    expect(file.part.name).toMatch(/^sarathi-export-\d{4}-\d{2}-\d{2}\.json$/);
    const download = await fetch(file.part.url);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toMatch(/^application\/json/);
    expect(download.headers.get('content-disposition')).toContain('attachment');
    const data = (await download.json()) as {
      user: { id: string };
      reflections: Array<{ text: string }>;
      identities: Array<{ channel: string }>;
    };
    const userId = await userIdOf(token);
    expect(data.user.id).toBe(userId);
    expect(data.reflections.map((r) => r.text)).toEqual([marker]);
    expect(data.identities).toEqual([expect.objectContaining({ channel: 'web' })]);

    // Delete: two steps, then nothing of theirs is left, their key first of all.
    const ask = shownText(await say(token, '/delete'));
    const code = /\/delete (\d{4})/.exec(ask)?.[1];
    expect(code).toBeDefined();
    expect(shownText(await say(token, `/delete ${code}`))).toMatch(/^Done\./);
    expect(await test.stores.dataKeys.get(userId)).toBeUndefined();
    expect(await test.stores.reflections.allFor(userId)).toEqual([]);
    expect(await test.stores.users.get(userId)).toBeUndefined();
    expect(shownText(await say(token, '/reflections'))).toMatch(/haven't kept a reflection yet/);
  });
});
