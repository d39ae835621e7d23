import { createFileLinks } from '../../../channels/web/file-links.ts';
import { createOutbox } from '../../../channels/web/outbox.ts';
import { createReplayLog } from '../../../channels/web/replay-log.ts';

describe('the replay record', () => {
  it('produces once per key; concurrent and later calls get the same value', async () => {
    const log = createReplayLog<string>();
    let produced = 0;
    const produce = async () => {
      produced++;
      await new Promise((resolve) => setTimeout(resolve, 10));
      return `answer ${produced}`;
    };
    const [a, b] = await Promise.all([log.run('s:1', produce), log.run('s:1', produce)]);
    const c = await log.run('s:1', produce);
    expect([a, b, c]).toEqual([
      { value: 'answer 1', replayed: false },
      { value: 'answer 1', replayed: true },
      { value: 'answer 1', replayed: true },
    ]);
    expect(produced).toBe(1);
  });

  it('forgets a failure, so the next retry tries again', async () => {
    const log = createReplayLog<string>();
    await expect(log.run('k', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    await expect(log.run('k', () => Promise.resolve('ok'))).resolves.toEqual({
      value: 'ok',
      replayed: false,
    });
  });

  it('keeps entries for the TTL and at most maxEntries, oldest dropped first', async () => {
    let now = 0;
    const log = createReplayLog<number>({ ttlMs: 1000, maxEntries: 2, now: () => now });
    await log.run('a', () => Promise.resolve(1));
    await log.run('b', () => Promise.resolve(2));
    await log.run('c', () => Promise.resolve(3));
    expect(log.size).toBe(2);
    expect((await log.run('a', () => Promise.resolve(10))).replayed).toBe(false);
    now = 999;
    expect((await log.run('a', () => Promise.resolve(11))).value).toBe(10);
    now = 2000;
    expect((await log.run('a', () => Promise.resolve(12))).value).toBe(12);
  });
});

describe('the outbox', () => {
  const text = (t: string) => [{ type: 'text' as const, text: t }];

  it('hands a session what waits for it once, oldest first', () => {
    const outbox = createOutbox();
    expect(outbox.put('s', text('one'))).toBe(true);
    expect(outbox.put('s', text('two'))).toBe(true);
    expect(outbox.take('s')).toEqual([...text('one'), ...text('two')]);
    expect(outbox.take('s')).toEqual([]);
    expect(outbox.sessions).toBe(0);
  });

  it('refuses when full per session or overall, and drops replies past their age', () => {
    let now = 0;
    const outbox = createOutbox({
      maxSessions: 1,
      maxRepliesPerSession: 1,
      ttlMs: 100,
      now: () => now,
    });
    expect(outbox.put('a', text('1'))).toBe(true);
    expect(outbox.put('a', text('2'))).toBe(false);
    expect(outbox.put('b', text('1'))).toBe(false);
    now = 100;
    expect(outbox.put('b', text('1'))).toBe(true);
    expect(outbox.take('a')).toEqual([]);
    expect(outbox.take('b')).toEqual(text('1'));
  });
});

describe('file download links', () => {
  const file = (name: string, size = 1) => ({
    type: 'file' as const,
    name,
    mediaType: 'text/plain',
    bytes: new Uint8Array(size),
  });

  it('serve a file under an unguessable token until it expires', () => {
    let now = 0;
    const links = createFileLinks({ ttlMs: 100, now: () => now });
    const token = links.put(file('a.txt'));
    expect(token).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(links.get(token)?.name).toBe('a.txt');
    expect(links.get('../../etc/passwd')).toBeUndefined();
    now = 100;
    expect(links.get(token)).toBeUndefined();
  });

  it('drop the oldest when over their count or byte budget', () => {
    const links = createFileLinks({ maxFiles: 2, maxBytes: 10 });
    const a = links.put(file('a', 4));
    const b = links.put(file('b', 4));
    const c = links.put(file('c', 4));
    expect(links.get(a)).toBeUndefined();
    expect(links.get(b)?.name).toBe('b');
    expect(links.get(c)?.name).toBe('c');
  });
});
