/**
 * Consented identity linking end to end: a Telegram person and a web-widget person talk to the
 * same real engine (real SQLite); the code from one channel links the other, and only that.
 */
import type { EngineReply } from '../../../src/conversation/index.ts';
import { normalizeLinkCode } from '../../../src/identity/index.ts';
import type { ChannelName } from '../../../src/messages/index.ts';
import { openTestEngine, type TestEngine } from '../../helpers/engine.ts';

const texts = (reply: EngineReply) =>
  reply.parts.flatMap((part) => (part.type === 'text' ? [part.text] : [])).join('\n');
const payloads = (reply: EngineReply) =>
  reply.parts.flatMap((part) =>
    part.type === 'choices' ? part.choices.map((c) => c.payload) : [],
  );

function codeIn(reply: EngineReply): string {
  const code = /\/link ([A-Z2-9]{8})\b/u.exec(texts(reply))?.[1];
  if (code === undefined) throw new Error(`no code in: ${texts(reply)}`);
  return code;
}

const T0 = new Date('2026-04-01T09:00:00Z');
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);

describe('/link across channels', () => {
  let test: TestEngine;
  let sequence = 0;

  beforeAll(async () => {
    test = await openTestEngine();
  }, 180_000);

  afterAll(async () => {
    await test.close();
  });

  function send(
    channel: ChannelName,
    user: string,
    text: string,
    at: Date,
    action?: string,
  ): Promise<EngineReply> {
    sequence += 1;
    return test.engine.handle({
      channel,
      address: `${channel}-${user}`,
      channelUserId: user,
      dedupeKey: `l-${sequence}`,
      text,
      receivedAt: at,
      ...(action === undefined ? {} : { action }),
    });
  }

  it('links the widget to the Telegram user by consent, carrying the journey across', async () => {
    const started = await send('telegram', 'tg-happy', '/journey start calmer-mind', T0);
    const ownerId = started.meta.userId!;
    await send('telegram', 'tg-happy', '/journey done 1', minutes(1));

    const issued = await send('telegram', 'tg-happy', '/link', minutes(2));
    const code = codeIn(issued);
    expect(texts(issued)).toContain('It works once, for 10 minutes');

    // The widget person is a different user until they choose otherwise.
    const webFirst = await send('web', 'web-happy', 'hello', minutes(3));
    const webUserId = webFirst.meta.userId!;
    expect(webUserId).not.toBe(ownerId);

    const preview = await send('web', 'web-happy', `/link ${code.toLowerCase()}`, minutes(4));
    expect(texts(preview)).toContain('This will connect this chat');
    expect(texts(preview)).toContain('will be deleted');
    expect(payloads(preview)).toEqual([`/link ${code.toLowerCase()} confirm`, '/link cancel']);
    expect(await test.stores.users.get(webUserId)).toBeDefined(); // nothing changed yet

    const linked = await send('web', 'web-happy', '', minutes(5), payloads(preview)[0]);
    expect(texts(linked)).toContain('Linked.');
    expect(linked.meta).toMatchObject({
      userId: ownerId,
      flags: ['identity_linked', 'user_deleted'],
    });
    expect(await test.stores.users.get(webUserId)).toBeUndefined();

    const fromWeb = await send('web', 'web-happy', '/journey', minutes(6));
    expect(fromWeb.meta.userId).toBe(ownerId);
    expect(texts(fromWeb)).toContain('1 of 7 days completed');
    expect((await test.stores.identities.addressesOf(ownerId)).map((a) => a.channel)).toEqual([
      'telegram',
      'web',
    ]);

    // A second tap on the confirmation finds the link made; nothing else happens.
    const again = await send('web', 'web-happy', '', minutes(6), payloads(preview)[0]);
    expect(texts(again)).toContain('already linked');

    // Now one person on two channels: two simultaneous "day 2 done" count once.
    const [fromTelegram, fromWidget] = await Promise.all([
      send('telegram', 'tg-happy', '/journey done 2', minutes(7)),
      send('web', 'web-happy', '/journey done 2', minutes(7)),
    ]);
    const outcomes = [texts(fromTelegram), texts(fromWidget)];
    expect(
      outcomes.filter((t) => t.includes('Day 2 is done — 2 of 7 days completed.')),
    ).toHaveLength(1);
    expect(outcomes.filter((t) => t.includes('Day 2 was already marked done'))).toHaveLength(1);
    const enrollment = await test.stores.journeys.open(ownerId);
    expect(await test.stores.journeys.completions(enrollment!.id)).toHaveLength(2);
  });

  it('refuses an expired code, a used code and a wrong code, and changes nothing', async () => {
    const owner = await send('telegram', 'tg-refuse', '/link', T0);
    const code = codeIn(owner);
    const web = await send('web', 'web-late', 'hi', T0);

    const late = await send('web', 'web-late', `/link ${code} confirm`, minutes(11));
    expect(texts(late)).toContain('That code has expired');
    expect(late.meta.flags).toEqual(['link_code_invalid']);

    const fresh = codeIn(await send('telegram', 'tg-refuse', '/link', minutes(12)));
    await send('web', 'web-first', `/link ${fresh} confirm`, minutes(13));
    const reused = await send('web', 'web-second', `/link ${fresh} confirm`, minutes(14));
    expect(texts(reused)).toContain('That code has already been used');

    const wrong = await send('web', 'web-wrong', '/link ZZZZ-ZZZZ confirm', minutes(15));
    expect(texts(wrong)).toContain("That code doesn't match one I gave");
    expect(texts(await send('web', 'web-wrong', '/link not-a-code', minutes(15)))).toContain(
      "doesn't match",
    );

    expect(await test.stores.users.get(web.meta.userId!)).toBeDefined();
    expect((await send('web', 'web-late', 'hi again', minutes(16))).meta.userId).toBe(
      web.meta.userId,
    );
  });

  it('limits codes per person, and wrong guesses per person', async () => {
    const issued: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      issued.push(codeIn(await send('telegram', 'tg-greedy', '/link', minutes(i))));
    }
    expect(new Set(issued).size).toBe(5);
    const sixth = await send('telegram', 'tg-greedy', '/link', minutes(5));
    expect(texts(sixth)).toContain('try again in an hour');
    expect(sixth.meta.flags).toEqual(['link_rate_limited']);
    // Only the newest code is live: an older one no longer works.
    expect(texts(await send('web', 'web-old', `/link ${issued[0]}`, minutes(6)))).toContain(
      'expired',
    );

    for (let i = 0; i < 5; i += 1) {
      await send('web', 'web-guesser', `/link ${'ABCDEFGH'.slice(i) + 'Z'.repeat(i)}`, minutes(6));
    }
    // Even the right code is not checked while the brake is on.
    const braked = await send('web', 'web-guesser', `/link ${issued[4]}`, minutes(7));
    expect(texts(braked)).toContain('wait fifteen minutes');
    // Fifteen minutes on, codes are checked again (this one has expired meanwhile).
    const after = await send('web', 'web-guesser', `/link ${issued[4]}`, minutes(22));
    expect(texts(after)).toContain('That code has expired');
  });

  it('refuses to link when this chat’s own journey progress would be deleted, and says how', async () => {
    const code = codeIn(await send('telegram', 'tg-owner2', '/link', T0));
    const web = await send('web', 'web-journeyer', '/journey start through-grief', T0);

    const refused = await send('web', 'web-journeyer', `/link ${code}`, minutes(1));
    expect(texts(refused)).toContain('linking this way would delete it');
    expect(texts(refused)).toContain('send /link here');
    expect(refused.meta.flags).toEqual(['link_refused']);
    expect(await test.stores.journeys.open(web.meta.userId!)).toBeDefined();

    // The other way round keeps it: the widget's user becomes the owner of the Telegram identity.
    const reverse = codeIn(await send('web', 'web-journeyer', '/link', minutes(2)));
    const linked = await send('telegram', 'tg-owner2', `/link ${reverse} confirm`, minutes(3));
    expect(linked.meta.userId).toBe(web.meta.userId);
    expect(texts(await send('telegram', 'tg-owner2', '/journey', minutes(4)))).toContain(
      '14 days through grief',
    );
  });

  it('accepts what people type: lower case, spaces and dashes', () => {
    expect(normalizeLinkCode('abcd-efgh')).toBe('ABCDEFGH');
    expect(normalizeLinkCode(' AB CD EF GH ')).toBe('ABCDEFGH');
    expect(normalizeLinkCode('ABCDEFG0')).toBeUndefined(); // 0 is never in a code
    expect(normalizeLinkCode('ABC')).toBeUndefined();
  });
});
