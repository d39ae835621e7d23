/**
 * Journeys end to end through the real engine (real knowledge, real SQLite): every command a
 * person can send, with the message's receivedAt as the injected clock.
 */
import type { EngineReply } from '../../../src/conversation/index.ts';
import type { ChannelName, InboundMessage } from '../../../src/messages/index.ts';
import { verseCardProblem } from '../../../knowledge/compose/index.ts';
import { openTestEngine, type TestEngine } from '../../helpers/engine.ts';
import { projectCorpus } from '../../helpers/project.ts';

const texts = (reply: EngineReply) =>
  reply.parts.flatMap((part) => (part.type === 'text' ? [part.text] : [])).join('\n');
const verses = (reply: EngineReply) =>
  reply.parts.flatMap((part) => (part.type === 'verse' ? [part] : []));
const payloads = (reply: EngineReply) =>
  reply.parts.flatMap((part) =>
    part.type === 'choices' ? part.choices.map((c) => c.payload) : [],
  );

describe('journeys through the engine', () => {
  let test: TestEngine;
  let sequence = 0;

  beforeAll(async () => {
    test = await openTestEngine();
  }, 180_000);

  afterAll(async () => {
    await test.close();
  });

  function send(
    user: string,
    text: string,
    at: Date,
    extra: Partial<InboundMessage> & { channel?: ChannelName } = {},
  ): Promise<EngineReply> {
    sequence += 1;
    return test.engine.handle({
      channel: 'telegram',
      address: `chat-${user}`,
      channelUserId: user,
      dedupeKey: `j-${sequence}`,
      text,
      receivedAt: at,
      ...extra,
    });
  }

  it('lists, starts, completes, pauses, resumes and finishes a journey, then suggests another', async () => {
    const user = 'lifecycle';
    let at = new Date('2026-03-01T08:00:00Z');
    const later = (minutes: number) => (at = new Date(at.getTime() + minutes * 60_000));

    const list = await send(user, '/journey', at);
    expect(texts(list)).toContain("You aren't on a journey right now.");
    expect(texts(list)).toContain('7 days to a calmer mind');
    expect(payloads(list)).toEqual([
      '/journey start calmer-mind',
      '/journey start anger-to-peace',
      '/journey start through-grief',
    ]);

    const started = await send(user, '', later(1), { action: '/journey start calmer-mind' });
    expect(texts(started)).toContain('Welcome to “7 days to a calmer mind”');
    expect(texts(started)).toContain('Day 1 of 7');
    expect(verses(started).map((v) => v.ref)).toEqual(['6.35']);
    const corpus = await projectCorpus();
    expect(verseCardProblem(corpus, verses(started)[0]!)).toBeUndefined();
    expect(started.meta.citations).toEqual(['6.35']);
    expect(payloads(started)).toContain('/journey done 1');

    const done1 = await send(user, '/journey done', later(5));
    expect(texts(done1)).toContain('Day 1 is done — 1 of 7 days completed.');
    expect(texts(done1)).toContain('Day 2 is open');

    const overview = await send(user, '/journey', later(1));
    expect(texts(overview)).toContain('1 of 7 days completed (14%)');
    expect(payloads(overview).slice(0, 3)).toEqual([
      '/journey today',
      '/journey pause',
      '/journey stop',
    ]);

    const paused = await send(user, '/journey pause', later(1));
    expect(texts(paused)).toContain('is paused, with 1 of 7 days completed');
    // A week passes while paused: the calendar does not open days, and progress stays 1 of 7.
    at = new Date('2026-03-08T08:00:00Z');
    expect(texts(await send(user, '/journey done', at))).toContain(
      'is paused. Resume it to carry on.',
    );
    expect(texts(await send(user, '/journey', later(1)))).toContain('1 of 7 days completed (14%)');

    const resumed = await send(user, '/journey resume', later(1));
    expect(texts(resumed)).toContain('Welcome back');
    expect(texts(resumed)).toContain('Day 2 of 7');
    expect(texts(await send(user, '/journey done 3', later(1)))).toContain("Day 3 isn't open yet");

    for (let day = 2; day <= 6; day += 1) {
      const reply = await send(user, '', later(10), { action: `/journey done ${day}` });
      expect(texts(reply)).toContain(`Day ${day} is done — ${day} of 7 days completed.`);
    }
    const today = await send(user, '/journey today', later(1));
    expect(verses(today).map((v) => v.ref)).toEqual(['6.19', '2.70']);

    const finished = await send(user, '/journey done', later(10));
    expect(texts(finished)).toContain("You've completed all 7 days of “7 days to a calmer mind”");
    expect(payloads(finished)).toEqual([
      '/journey start anger-to-peace',
      '/journey start through-grief',
    ]);
    expect(finished.meta.flags).toEqual([]);

    const userId = finished.meta.userId!;
    const history = await test.stores.journeys.history(userId);
    expect(history.map((e) => [e.journeyId, e.status])).toEqual([['calmer-mind', 'completed']]);
    expect(await test.stores.journeys.completions(history[0]!.id)).toHaveLength(7);
    expect(texts(await send(user, '/journey', later(1)))).toContain("You aren't on a journey");
  });

  it('opens the next day at local midnight in the person’s zone, and at UTC midnight without one', async () => {
    const kolkata = { channel: 'web' as const, timeZone: 'Asia/Kolkata' };
    const start = new Date('2026-03-01T18:00:00Z'); // 23:30 in Kolkata
    await send('in-ist', '/journey start anger-to-peace', start, kolkata);
    await send('in-utc', '/journey start anger-to-peace', start);

    const beforeMidnight = new Date('2026-03-01T18:29:00Z'); // 23:59 IST
    expect(texts(await send('in-ist', '/journey done 2', beforeMidnight, kolkata))).toContain(
      "Day 2 isn't open yet",
    );

    const afterMidnight = new Date('2026-03-01T18:31:00Z'); // 00:01 IST, still 18:31 UTC
    const ist = await send('in-ist', '/journey today', afterMidnight, kolkata);
    expect(texts(ist)).toContain('Day 2 of 10');
    expect(verses(ist).map((v) => v.ref)).toEqual(['2.63']);
    expect(texts(await send('in-utc', '/journey today', afterMidnight))).toContain('Day 1 of 10');

    const utcMidnight = new Date('2026-03-02T00:00:30Z');
    expect(texts(await send('in-utc', '/journey today', utcMidnight))).toContain('Day 2 of 10');
    // Days opened by the calendar are not progress.
    expect(texts(await send('in-utc', '/journey', utcMidnight))).toContain(
      '0 of 10 days completed (0%)',
    );
  });

  it('asks before switching journeys and keeps one in progress', async () => {
    const at = new Date('2026-03-05T09:00:00Z');
    await send('switcher', '/journey start calmer-mind', at);

    const busy = await send('switcher', '/journey start through-grief', at);
    expect(texts(busy)).toContain('would stop “7 days to a calmer mind”');
    expect(payloads(busy)).toEqual(['/journey switch through-grief', '/journey']);

    const switched = await send('switcher', '', at, { action: '/journey switch through-grief' });
    expect(texts(switched)).toContain('“7 days to a calmer mind” is stopped');
    expect(texts(switched)).toContain('Day 1 of 14');
    expect(verses(switched).map((v) => v.ref)).toEqual(['1.47']);

    const stopped = await send('switcher', '/journey stop', at);
    expect(texts(stopped)).toContain(
      '“14 days through grief” is stopped, with 0 of 14 days completed',
    );
    expect(texts(await send('switcher', '/journey start nonsense', at))).toContain(
      "I don't have a journey called “nonsense”",
    );
  });

  it('gives the day’s card for nudges, in the person’s language, or null', async () => {
    const at = new Date('2026-03-10T06:00:00Z');
    const reply = await send('nudged', '/journey start through-grief', at);
    const userId = reply.meta.userId!;

    const card = await test.engine.journeyDayReply(userId, new Date('2026-03-11T06:00:00Z'));
    expect(card?.meta).toMatchObject({ composer: 'command', citations: ['2.1'], userId });
    expect(texts(card!)).toContain('Day 2 of 14');

    await test.stores.users.updateSettings(userId, { locale: 'hi-IN' });
    const hindi = await test.engine.journeyDayReply(userId, new Date('2026-03-11T06:00:00Z'));
    expect(texts(hindi!)).toContain('शोक के बीच से 14 दिन · दिन 2 / 14');
    expect(texts(hindi!)).toContain('आँसू कमज़ोरी नहीं हैं');

    const nobody = await send('no-journey', '/help', at);
    expect(await test.engine.journeyDayReply(nobody.meta.userId!, at)).toBeNull();
    expect(await test.engine.journeyDayReply('no-such-user', at)).toBeNull();
  });

  it('answers in Hindi for a Hindi message or locale', async () => {
    const at = new Date('2026-03-12T06:00:00Z');
    const reply = await send('hindi', '/journey start calmer-mind', at, { locale: 'hi-IN' });
    expect(texts(reply)).toContain('“शांत मन की ओर 7 दिन” में आपका स्वागत है');
    expect(texts(reply)).toContain('बेचैन मन से ही सबकी शुरुआत होती है');
  });
});
