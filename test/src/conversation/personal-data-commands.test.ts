/**
 * /reflect, /reflections, /export and /delete through the real engine (real knowledge, real
 * SQLite): a reflection is shown to its owner only, the export holds everything kept, and
 * delete leaves nothing readable.
 */
import { randomUUID } from 'node:crypto';
import {
  DataKeyMissingError,
  createDataKeys,
  createUserCipher,
} from '../../../src/crypto/index.ts';
import type { EngineReply } from '../../../src/conversation/index.ts';
import { PRIVACY } from '../../../src/conversation/wording.ts';
import type { InboundMessage } from '../../../src/messages/index.ts';
import type { UserDataExport } from '../../../src/privacy/index.ts';
import { openTestEngine, type TestEngine } from '../../helpers/engine.ts';

let test: TestEngine;
let sequence = 0;

beforeAll(async () => {
  test = await openTestEngine();
}, 120_000);

afterAll(async () => {
  await test.close();
});

function from(user: string, text: string, extra: Partial<InboundMessage> = {}): InboundMessage {
  sequence++;
  return {
    channel: 'telegram',
    address: `chat-${user}`,
    channelUserId: user,
    dedupeKey: `u-${sequence}-${randomUUID()}`,
    text,
    receivedAt: new Date(Date.UTC(2026, 10, 22, 10, 0, sequence)),
    ...extra,
  };
}

const texts = (reply: EngineReply) =>
  reply.parts.flatMap((part) => (part.type === 'text' ? [part.text] : []));

async function userIdOf(user: string): Promise<string> {
  const { user: found } = await test.stores.identities.findOrCreateByIdentity({
    channel: 'telegram',
    channelUserId: user,
    address: `chat-${user}`,
    now: new Date(),
  });
  return found.id;
}

describe('/reflect and /reflections', () => {
  it('keeps a reflection without echoing it, and shows it to its owner only', async () => {
    const owner = `owner-${randomUUID()}`;
    const stranger = `stranger-${randomUUID()}`;
    const words = `I noticed my anger pass like weather ${randomUUID()}`;

    const saved = await test.engine.handle(from(owner, `/reflect ${words}`));
    expect(saved.meta.flags).toContain('reflection_saved');
    expect(JSON.stringify(saved.parts)).not.toContain(words);

    const mine = await test.engine.handle(from(owner, '/reflections'));
    expect(texts(mine).join('\n')).toContain(words);
    expect(texts(mine).join('\n')).toMatch(/only you can see/);

    const theirs = await test.engine.handle(from(stranger, '/reflections'));
    expect(JSON.stringify(theirs.parts)).not.toContain(words);
    expect(texts(theirs).join('\n')).toMatch(/haven't kept a reflection yet/);
  });

  it('keeps line breaks and shows the newest first, dated in the person’s zone', async () => {
    const user = `lines-${randomUUID()}`;
    await test.engine.handle(from(user, '/reflect first one'));
    // 20:00 UTC is already the next day in India.
    await test.engine.handle(
      from(user, '/reflect line one\nline  two', { receivedAt: new Date('2026-11-22T20:00:00Z') }),
    );

    const reply = await test.engine.handle(
      from(user, '/reflections', { timeZone: 'Asia/Kolkata' }),
    );
    expect(texts(reply).slice(1)).toEqual([
      '2026-11-23 — line one\nline  two',
      '2026-11-22 — first one',
    ]);
  });

  it('explains how to use /reflect when there is nothing to keep', async () => {
    const reply = await test.engine.handle(from(`empty-${randomUUID()}`, '/reflect'));
    expect(texts(reply)[0]).toMatch(/^Write your reflection after \/reflect/);
    expect(reply.meta.flags).not.toContain('reflection_saved');
  });

  it('needs a user: a stateless terminal line keeps and shows nothing', async () => {
    const line: InboundMessage = {
      channel: 'cli',
      address: 'anonymous',
      channelUserId: 'anonymous',
      text: '/reflect nobody to keep this for',
      receivedAt: new Date(),
    };
    const reply = await test.engine.handle(line, { stateless: true });
    expect(texts(reply)[0]).toMatch(/only when I know who is writing/);
  });

  it('lists the new commands in /help', async () => {
    const help = texts(await test.engine.handle(from(`help-${randomUUID()}`, '/help'))).join('\n');
    for (const command of ['/reflect', '/reflections', '/export', '/delete', '/privacy']) {
      expect(help).toContain(command);
    }
  });
});

describe('/export', () => {
  it('sends everything kept as a JSON file: identities, reflections (readable), turns, audit', async () => {
    const user = `export-${randomUUID()}`;
    await test.engine.handle(from(user, '/verse 2.47'));
    await test.engine.handle(from(user, '/reflect my export marker'));
    await test.engine.handle(from(user, '/journey start calmer-mind'));
    await test.engine.handle(from(user, '/journey done 1'));
    // Reminders need the nudge queue (not running in this engine), so the setting is stored directly.
    await test.stores.reminders.update(await userIdOf(user), { time: '07:30' }, new Date());

    const reply = await test.engine.handle(from(user, '/export'));

    expect(reply.parts.map((part) => part.type)).toEqual(['text', 'file']);
    const file = reply.parts[1];
    if (file?.type !== 'file') throw new Error('no file part');
    expect(file.name).toBe('sarathi-export-2026-11-22.json');
    expect(file.mediaType).toBe('application/json');
    const data = JSON.parse(new TextDecoder().decode(file.bytes)) as UserDataExport;
    const userId = await userIdOf(user);
    expect(data).toMatchObject({
      format: 'sarathi-export/1',
      user: { id: userId },
      identities: [{ channel: 'telegram', channelUserId: user }],
      addresses: [{ channel: 'telegram', address: `chat-${user}` }],
      reflections: [{ text: 'my export marker' }],
    });
    expect(data.conversationTurns.some((turn) => turn.citations.includes('2.47'))).toBe(true);
    expect(data.journeys).toEqual([
      expect.objectContaining({
        journeyId: 'calmer-mind',
        status: 'active',
        completedDays: [expect.objectContaining({ day: 1 })],
      }),
    ]);
    expect(data.reminder).toMatchObject({ time: '07:30' });
    expect(data.auditLog.map((entry) => entry.action).sort()).toEqual([
      'reflection.create',
      'user.export',
    ]);
    const audit = await test.stores.auditLog.list({ actor: `user:${userId}` });
    expect(audit[0]).toMatchObject({ action: 'user.export', recordType: 'user', recordId: userId });
  });
});

describe('/reflect on a journey day', () => {
  it("keeps the reflection with the day the journey's prompt asked about", async () => {
    const user = `journey-reflect-${randomUUID()}`;
    const card = await test.engine.handle(from(user, '/journey start calmer-mind'));
    expect(texts(card).join('\n')).toContain('/reflect');
    await test.engine.handle(from(user, '/reflect the breath helped a little'));

    const reply = await test.engine.handle(from(user, '/export'));
    const file = reply.parts[1];
    if (file?.type !== 'file') throw new Error('no file part');
    const data = JSON.parse(new TextDecoder().decode(file.bytes)) as UserDataExport;
    expect(data.reflections).toEqual([
      expect.objectContaining({
        text: 'the breath helped a little',
        journeyDay: { journeyId: 'calmer-mind', day: 1 },
      }),
    ]);
  });
});

describe('/delete', () => {
  it('asks for a code, then destroys the key first and removes everything, audited by id', async () => {
    const user = `delete-${randomUUID()}`;
    await test.engine.handle(from(user, '/reflect something to be erased'));
    const userId = await userIdOf(user);
    const sealedRows = await test.stores.reflections.allFor(userId);
    expect(sealedRows).toHaveLength(1);

    const ask = await test.engine.handle(from(user, '/delete'));
    const code = /\/delete (\d{4})/.exec(texts(ask)[0] ?? '')?.[1];
    expect(code).toBeDefined();
    expect(texts(ask)[0]).toMatch(/reflections/);
    const wrong = await test.engine.handle(from(user, '/delete 99999'));
    expect(wrong.meta.flags).not.toContain('user_deleted');
    expect(await test.stores.dataKeys.get(userId)).toBeDefined();

    const done = await test.engine.handle(from(user, `/delete ${code}`));

    expect(done.meta.flags).toContain('user_deleted');
    expect(await test.stores.dataKeys.get(userId)).toBeUndefined();
    expect(await test.stores.reflections.allFor(userId)).toEqual([]);
    expect(await test.stores.turns.recent(userId, 10)).toEqual([]);
    expect(await test.stores.identities.identitiesOf(userId)).toEqual([]);
    expect(await test.stores.users.get(userId)).toBeUndefined();
    // Even with the master key, the saved rows cannot be opened: their key is gone.
    const cipher = createUserCipher(createDataKeys(test.stores.dataKeys, test.masterKeys));
    await expect(
      cipher.open({ userId, kind: 'reflection', recordId: sealedRows[0]!.id }, sealedRows[0]!),
    ).rejects.toBeInstanceOf(DataKeyMissingError);
    const actions = (await test.stores.auditLog.list({ actor: `user:${userId}` })).map(
      (e) => e.action,
    );
    expect(actions.slice(0, 2)).toEqual(['user.delete', 'data-key.destroy']);
    // Writing again starts someone new, with no reflections.
    const after = await test.engine.handle(from(user, '/reflections'));
    expect(texts(after).join('\n')).toMatch(/haven't kept a reflection yet/);
  });
});

describe('/privacy', () => {
  it('says in plain words what is kept, that reflections are encrypted per person, and how delete works', async () => {
    const en = texts(await test.engine.handle(from(`p-${randomUUID()}`, '/privacy'))).join('\n');
    expect(en).toMatch(/Reflections you keep with \/reflect/);
    expect(en).toMatch(/key made just for you/);
    expect(en).toMatch(/\/delete erases it: your key is destroyed first/);
    for (const command of ['/reflect', '/reflections', '/export', '/delete']) {
      expect(PRIVACY.hi).toContain(command);
    }
    expect(PRIVACY.hi).toMatch(/एन्क्रिप्ट/);
  });
});
