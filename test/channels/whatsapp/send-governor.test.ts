import { createSendGovernor, GovernorStoppedError } from '../../../channels/whatsapp/index.ts';
import { flush, manualClock } from './manual-clock.ts';

/** Schedules sends that record when they started (in clock time since the test began). */
function setup(options: {
  perChatIntervalMs?: number;
  globalMax?: number;
  globalWindowMs?: number;
}) {
  const time = manualClock();
  const governor = createSendGovernor({ ...options, clock: time.clock });
  const started: Array<[string, number]> = [];
  const send = (chatId: string, label = chatId) =>
    governor.schedule(chatId, () => {
      started.push([label, time.elapsed()]);
      return Promise.resolve(label);
    });
  return { time, governor, started, send };
}

describe('send governor', () => {
  it('spaces messages to one chat by the per-chat interval, in order', async () => {
    const { time, started, send } = setup({ perChatIntervalMs: 3000 });
    const results = [send('a', 'a1'), send('a', 'a2'), send('a', 'a3')];
    await time.advance(10_000);
    expect(await Promise.all(results)).toEqual(['a1', 'a2', 'a3']);
    expect(started).toEqual([
      ['a1', 0],
      ['a2', 3000],
      ['a3', 6000],
    ]);
  });

  it('does not make one chat wait for another', async () => {
    const { time, started, send } = setup({ perChatIntervalMs: 3000 });
    void send('a', 'a1');
    void send('a', 'a2');
    void send('b', 'b1');
    await time.advance(5000);
    expect(started).toEqual([
      ['a1', 0],
      ['b1', 0],
      ['a2', 3000],
    ]);
  });

  it('holds everything beyond the global cap until the window frees a slot, dropping nothing', async () => {
    const { time, started, send } = setup({
      perChatIntervalMs: 0,
      globalMax: 2,
      globalWindowMs: 60_000,
    });
    const results = ['a', 'b', 'c', 'd', 'e'].map((chat) => send(chat));
    await time.advance(130_000);
    expect(await Promise.all(results)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(started).toEqual([
      ['a', 0],
      ['b', 0],
      ['c', 60_000],
      ['d', 60_000],
      ['e', 120_000],
    ]);
  });

  it('measures the per-chat interval from when the previous send finished', async () => {
    const time = manualClock();
    const governor = createSendGovernor({ perChatIntervalMs: 3000, clock: time.clock });
    const starts: number[] = [];
    const slow = () =>
      governor.schedule('a', async () => {
        starts.push(time.elapsed());
        // A send that takes two seconds of (manual) time.
        await new Promise<void>((resolve) => time.clock.setTimer(resolve, 2000));
      });
    void slow();
    void slow();
    await time.advance(10_000);
    expect(starts).toEqual([0, 5000]);
  });

  it('passes a failed send back to its caller and carries on with the next', async () => {
    const { time, governor, started, send } = setup({ perChatIntervalMs: 1000 });
    const failing = governor
      .schedule('a', () => Promise.reject(new Error('refused')))
      .catch((error: unknown) => error);
    const next = send('a', 'a2');
    await time.advance(2000);
    expect(await failing).toEqual(new Error('refused'));
    expect(await next).toBe('a2');
    expect(started).toEqual([['a2', 1000]]);
  });

  it('kill switch: refuses everything waiting and everything new at once, until resumed', async () => {
    const { time, governor, started, send } = setup({ perChatIntervalMs: 3000 });
    const first = send('a', 'a1');
    const waiting = [send('a', 'a2'), send('b', 'b1').then(() => send('b', 'b2'))];
    await flush();
    governor.pause();
    expect(governor.paused).toBe(true);
    await expect(waiting[0]).rejects.toEqual(new GovernorStoppedError('paused'));
    await expect(waiting[1]).rejects.toBeInstanceOf(GovernorStoppedError);
    await expect(send('c')).rejects.toMatchObject({ reason: 'paused' });
    await time.advance(10_000);
    expect(await first).toBe('a1');
    expect(started.map(([label]) => label)).toEqual(['a1', 'b1']);

    governor.resume();
    const after = send('a', 'a3');
    await time.advance(0);
    expect(await after).toBe('a3');
  });

  it('close refuses what waits, lets the send in flight finish, and is safe to repeat', async () => {
    const time = manualClock();
    const governor = createSendGovernor({ perChatIntervalMs: 3000, clock: time.clock });
    let finished = false;
    const inFlight = governor.schedule('a', async () => {
      await new Promise<void>((resolve) => time.clock.setTimer(resolve, 500));
      finished = true;
    });
    const waiting = governor.schedule('a', () => Promise.resolve());
    await flush();
    const closing = governor.close();
    await expect(waiting).rejects.toMatchObject({ reason: 'closed' });
    await time.advance(500);
    await closing;
    await governor.close();
    expect(finished).toBe(true);
    await inFlight;
    await expect(governor.schedule('a', () => Promise.resolve())).rejects.toMatchObject({
      reason: 'closed',
    });
    expect(time.pending()).toEqual([]);
  });
});
