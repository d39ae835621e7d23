import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { verseCardProblem } from '../../../knowledge/compose/index.ts';
import type { Knowledge } from '../../../knowledge/index.ts';
import {
  createConversationEngine,
  type ConversationEngine,
  type EngineReply,
} from '../../../src/conversation/index.ts';
import { createLogger } from '../../../src/logger/index.ts';
import type { InboundMessage, ReplyPart } from '../../../src/messages/index.ts';
import { openStores, type Stores } from '../../../src/stores/index.ts';
import { testMasterKeys } from '../../helpers/engine.ts';
import type { JourneyCatalog } from '../../../src/journeys/index.ts';
import { openTestKnowledge, projectJourneys } from '../../helpers/project.ts';

const texts = (reply: EngineReply) =>
  reply.parts.flatMap((part) => (part.type === 'text' ? [part.text] : []));
const verses = (reply: EngineReply) =>
  reply.parts.flatMap((part) => (part.type === 'verse' ? [part] : []));
const partTypes = (reply: EngineReply) => reply.parts.map((part: ReplyPart) => part.type);

describe('conversation engine (real knowledge, real Chroma, real SQLite)', () => {
  let knowledge: Knowledge;
  let closeKnowledge: () => Promise<void>;
  let dir: string;
  let stores: Stores;
  let engine: ConversationEngine;
  let journeys: JourneyCatalog;
  const logLines: string[] = [];
  let sequence = 0;
  const masterKeys = testMasterKeys();

  const makeEngine = (s: Stores, maxMessageLength = 400) =>
    createConversationEngine({
      knowledge,
      stores: s,
      masterKeys,
      journeys,
      logger: createLogger({
        level: 'info',
        stream: new Writable({
          write(chunk: Buffer, _encoding, done) {
            logLines.push(chunk.toString());
            done();
          },
        }),
      }),
      maxMessageLength,
    });

  function message(
    user: string,
    text: string,
    extra: Partial<InboundMessage> = {},
  ): InboundMessage {
    sequence++;
    return {
      channel: 'telegram',
      address: `chat-${user}`,
      channelUserId: user,
      dedupeKey: `update-${sequence}`,
      text,
      receivedAt: new Date(Date.UTC(2026, 10, 22, 10, 0, sequence)),
      ...extra,
    };
  }

  beforeAll(async () => {
    ({ knowledge, close: closeKnowledge } = await openTestKnowledge());
    journeys = await projectJourneys();
    dir = await mkdtemp(path.join(os.tmpdir(), 'sarathi-engine-'));
    stores = await openStores({ driver: 'sqlite', file: path.join(dir, 'sarathi.db') });
    engine = makeEngine(stores);
  }, 180_000);

  afterAll(async () => {
    await stores.close();
    await closeKnowledge();
    await rm(dir, { recursive: true, force: true });
  });

  it('welcomes a first-time sender and then answers the question with verified verse cards', async () => {
    const reply = await engine.handle(
      message('u-first', 'I am so anxious about my exam results, what if I fail'),
    );
    expect(texts(reply)[0]).toMatch(/I'm Sarathi/);
    expect(texts(reply)[0]).toMatch(/not Krishna and not a therapist/);
    expect(reply.meta).toMatchObject({ safety: 'none', composer: 'extractive' });
    expect(verses(reply).length).toBeGreaterThanOrEqual(1);
    expect(reply.meta.citations).toEqual(verses(reply).map((verse) => verse.ref));
    for (const verse of verses(reply))
      expect(verseCardProblem(knowledge.corpus, verse)).toBeUndefined();
    expect(reply.meta.retrieved.length).toBeGreaterThan(0);
    expect(reply.meta.retrieved).toEqual(expect.arrayContaining([...reply.meta.citations]));
    expect(partTypes(reply).at(-1)).toBe('choices');
  });

  it('does not welcome the same person twice', async () => {
    await engine.handle(message('u-second', 'hello'));
    const reply = await engine.handle(
      message('u-second', 'my boss humiliated me in front of everyone'),
    );
    expect(texts(reply).join(' ')).not.toMatch(/I'm Sarathi/);
    expect(verses(reply).length).toBeGreaterThan(0);
  });

  it('answers /start, /help and /privacy, and says so for an unknown command', async () => {
    expect(texts(await engine.handle(message('u-cmd', '/start')))[0]).toMatch(/I'm Sarathi/);
    const help = await engine.handle(message('u-cmd', '/help@SarathiBot'));
    expect(texts(help)[0]).toMatch(/\/verse 2\.47/);
    expect(help.meta.composer).toBe('command');
    expect(texts(await engine.handle(message('u-cmd', '/privacy')))[0]).toMatch(
      /do not keep: the words of our conversation/,
    );
    const unknown = await engine.handle(message('u-cmd', '/horoscope'));
    expect(unknown.meta.flags).toContain('unknown_command');
  });

  it('shows a verse by reference and answers honestly about verses that do not exist', async () => {
    const found = await engine.handle(message('u-ref', '/verse 2.47'));
    expect(verses(found).map((verse) => verse.ref)).toEqual(['2.47']);
    expect(found.meta.citations).toEqual(['2.47']);

    const beyond = await engine.handle(message('u-ref', 'BG 2:73'));
    expect(verses(beyond)).toEqual([]);
    expect(beyond.meta.flags).toContain('unknown_ref');
    expect(texts(beyond)[0]).toMatch(/Chapter 2 has 72 verses/);

    const noChapter = await engine.handle(message('u-ref', 'gita 19.3'));
    expect(noChapter.meta.flags).toContain('unknown_ref');
    expect(texts(noChapter)[0]).toMatch(/18 chapters/);

    const usage = await engine.handle(message('u-ref', '/verse'));
    expect(texts(usage)[0]).toMatch(/for example \/verse 2\.47/);
  });

  it('gives another verse on the same thread without repeating, by words or by button', async () => {
    const first = await engine.handle(
      message('u-more', 'I lost my job today and I do not know how to tell my family'),
    );
    const shown = new Set(first.meta.citations);
    const byWords = await engine.handle(message('u-more', 'another verse please'));
    expect(verses(byWords)).toHaveLength(1);
    const second = verses(byWords)[0]?.ref ?? '';
    expect(shown.has(second)).toBe(false);
    const byButton = await engine.handle(message('u-more', '', { action: 'another-verse' }));
    const third = verses(byButton)[0]?.ref ?? '';
    expect(third).not.toBe('');
    expect([...shown, second]).not.toContain(third);
  });

  it('asks for context when "another verse" comes before any verse', async () => {
    const reply = await engine.handle(message('u-fresh-more', 'ek aur shlok'));
    expect(verses(reply)).toEqual([]);
    expect(texts(reply).join(' ')).toMatch(/haven't shared a verse/);
  });

  it('handles a redelivered update once, even after a restart', async () => {
    const original = message('u-dup', 'I keep comparing myself to my friends on instagram');
    const first = await engine.handle(original);
    expect(first.meta.duplicate).toBeUndefined();
    const again = await engine.handle(original);
    expect(again.meta.duplicate).toBe(true);
    expect(again.parts).toEqual([]);

    await stores.close();
    stores = await openStores({ driver: 'sqlite', file: path.join(dir, 'sarathi.db') });
    engine = makeEngine(stores);
    expect((await engine.handle(original)).meta.duplicate).toBe(true);
  });

  it('answers a crisis with human help first — no verses, never refused for length — and logs no text', async () => {
    const before = logLines.length;
    const words = 'I cannot do this anymore, I want to end my life tonight. '.repeat(20);
    const reply = await engine.handle(message('u-crisis', words, { region: 'IN' }));
    expect(reply.meta).toMatchObject({ safety: 'crisis', composer: 'safety', citations: [] });
    expect(verses(reply)).toEqual([]);
    expect(partTypes(reply)[0]).toBe('text');
    const resources = reply.parts.find((part) => part.type === 'resources');
    expect(
      resources?.type === 'resources' && resources.resources.some((r) => r.region === 'IN'),
    ).toBe(true);
    const logged = logLines.slice(before).join('');
    expect(logged).toMatch(/safety\.crisis/);
    expect(logged).not.toMatch(/end my life/);
  });

  it('refuses an over-long ordinary message kindly', async () => {
    const reply = await engine.handle(message('u-long', 'my exams are next week and '.repeat(40)));
    expect(reply.meta.flags).toContain('too_long');
    expect(texts(reply)[0]).toMatch(/smaller pieces/);
  });

  it('treats the battlefield and idioms as ordinary questions', async () => {
    for (const text of [
      'why did Krishna tell Arjuna to fight his own family?',
      'this exam is killing me lol',
    ]) {
      const reply = await engine.handle(message('u-negatives', text));
      expect(reply.meta.safety).toBe('none');
      expect(reply.meta.flags).not.toContain('misuse_guard');
    }
  });

  it('will not present scripture as endorsing harm to a real person', async () => {
    const reply = await engine.handle(
      message(
        'u-misuse',
        'Krishna told Arjuna to kill, so it is my dharma to beat up my neighbour, right?',
      ),
    );
    if (reply.meta.safety === 'crisis') {
      expect(verses(reply)).toEqual([]);
    } else {
      expect(reply.meta.flags).toContain('misuse_guard');
      for (const verse of verses(reply))
        expect(verseCardProblem(knowledge.corpus, verse)).toBeUndefined();
    }
  });

  it('replies in Hindi to Hindi', async () => {
    const reply = await engine.handle(
      message('u-hindi', 'मेरी नौकरी चली गई है और घर कैसे चलेगा समझ नहीं आता'),
    );
    expect(texts(reply)[0]).toMatch(/\p{Script=Devanagari}/u);
    expect(verses(reply).length).toBeGreaterThan(0);
  });

  it('answers statelessly when asked: no welcome, nothing remembered', async () => {
    const reply = await engine.handle(
      { ...message('u-stateless', 'feeling lonely in a new city'), dedupeKey: undefined },
      { stateless: true },
    );
    expect(texts(reply).join(' ')).not.toMatch(/I'm Sarathi/);
    expect(reply.meta.userId).toBeUndefined();
  });

  it('still gives a person in crisis the crisis reply when storage fails, and others a clear message', async () => {
    const broken = await openStores({ driver: 'sqlite', file: path.join(dir, 'broken.db') });
    await broken.close();
    const brokenEngine = makeEngine(broken);
    const crisis = await brokenEngine.handle(message('u-broken', 'i want to kill myself'));
    expect(crisis.meta.safety).toBe('crisis');
    const ordinary = await brokenEngine.handle(message('u-broken', 'i feel lost at work'));
    expect(ordinary.meta.flags).toContain('internal_error');
    expect(texts(ordinary)[0]).toMatch(/something went wrong on my side/);
  });

  it('erases a person only after they confirm with the code, then starts fresh', async () => {
    await engine.handle(message('u-delete', 'I keep fighting with my wife'));
    const ask = await engine.handle(message('u-delete', '/delete'));
    const code = /\/delete (\d{4})/.exec(texts(ask)[0] ?? '')?.[1] ?? '';
    expect(code).toMatch(/^\d{4}$/);
    expect(ask.parts.find((part) => part.type === 'choices')).toEqual({
      type: 'choices',
      choices: [{ label: `/delete ${code}`, payload: `/delete ${code}` }],
    });

    const wrong = await engine.handle(
      message('u-delete', `/delete ${code === '0000' ? '1111' : '0000'}`),
    );
    expect(texts(wrong)[0]).toMatch(/nothing was deleted/);
    const userId = wrong.meta.userId;
    expect(userId).toEqual(expect.any(String));

    const done = await engine.handle(message('u-delete', `/delete ${code}`));
    expect(done.meta.flags).toContain('user_deleted');
    expect(texts(done)[0]).toMatch(/Everything I kept about you is deleted/);
    const fresh = await engine.handle(message('u-delete', 'hello again'));
    expect(texts(fresh)[0]).toMatch(/I'm Sarathi/);
    expect(await stores.users.get(userId ?? '')).toBeUndefined();
    expect(fresh.meta.userId).not.toBe(userId);
  });

  it('never writes what people said to the database files', async () => {
    const marker = 'zebracrossing-sorrow-4417';
    await engine.handle(message('u-marker', `I feel ${marker} about my father`));
    await engine.handle(message('u-marker', `another verse ${marker}`));
    for (const file of await readdir(dir)) {
      const bytes = await readFile(path.join(dir, file));
      expect(bytes.includes(Buffer.from(marker))).toBe(false);
    }
  });
});
