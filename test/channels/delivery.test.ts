import { ChannelSendError, createDelivery, type ChannelAdapter } from '../../channels/index.ts';
import type { Reply } from '../../src/messages/index.ts';

/** A channel at the platform edge that fails as told, then accepts; it records what it got. */
function scriptedChannel(failures: ChannelSendError[]) {
  const sent: Array<{ address: string; reply: Reply }> = [];
  let calls = 0;
  const adapter: ChannelAdapter = {
    name: 'telegram',
    start: () => Promise.resolve(),
    close: () => Promise.resolve(),
    send: (address, reply) => {
      const failure = failures[calls++];
      if (failure !== undefined) return Promise.reject(failure);
      sent.push({ address, reply });
      return Promise.resolve();
    },
  };
  return { adapter, sent, calls: () => calls };
}

const reply: Reply = { parts: [{ type: 'text', text: 'hello' }] };

function setup(options: { maxAttempts?: number } = {}) {
  const waits: number[] = [];
  const blocked: Array<[string, string, string]> = [];
  const observed: string[] = [];
  const deliver = createDelivery({
    markBlocked: (channel, address, reason) => {
      blocked.push([channel, address, reason]);
      return Promise.resolve();
    },
    wait: (ms) => {
      waits.push(ms);
      return Promise.resolve();
    },
    observer: {
      onRetry: (channel, reason) => observed.push(`retry ${channel} ${reason}`),
      onFailure: (channel, kind) => observed.push(`${kind} ${channel}`),
    },
    ...options,
  });
  return { deliver, waits, blocked, observed };
}

describe('delivery', () => {
  it('waits exactly as long as the platform asks before retrying', async () => {
    const channel = scriptedChannel([
      new ChannelSendError('telegram', 'telegram:429', { retryAfterMs: 3000 }),
    ]);
    const { deliver, waits, observed } = setup();
    expect(await deliver(channel.adapter, '42', reply)).toEqual({ status: 'sent', attempts: 2 });
    expect(waits).toEqual([3000]);
    expect(channel.sent).toEqual([{ address: '42', reply }]);
    expect(observed).toEqual(['retry telegram telegram:429']);
  });

  it('backs off exponentially when the platform gives no wait', async () => {
    const failure = () => new ChannelSendError('telegram', 'telegram:502');
    const channel = scriptedChannel([failure(), failure(), failure()]);
    const { deliver, waits } = setup();
    expect(await deliver(channel.adapter, '42', reply)).toEqual({ status: 'sent', attempts: 4 });
    expect(waits).toEqual([500, 1000, 2000]);
  });

  it('gives up after the last attempt and says so', async () => {
    const failure = () => new ChannelSendError('telegram', 'telegram:502');
    const channel = scriptedChannel([failure(), failure(), failure()]);
    const { deliver, observed } = setup({ maxAttempts: 2 });
    expect(await deliver(channel.adapter, '42', reply)).toEqual({
      status: 'failed',
      reason: 'telegram:502',
      attempts: 2,
    });
    expect(observed.at(-1)).toBe('exhausted telegram');
  });

  it('records a permanent failure on the address and does not retry', async () => {
    const channel = scriptedChannel([
      new ChannelSendError('telegram', 'telegram:403', { permanent: true }),
    ]);
    const { deliver, blocked, waits } = setup();
    expect(await deliver(channel.adapter, '42', reply)).toEqual({
      status: 'blocked',
      reason: 'telegram:403',
    });
    expect(blocked).toEqual([['telegram', '42', 'telegram:403']]);
    expect(waits).toEqual([]);
    expect(channel.calls()).toBe(1);
  });

  it('sends nothing for an empty reply (a duplicate delivery)', async () => {
    const channel = scriptedChannel([]);
    const { deliver } = setup();
    expect(await deliver(channel.adapter, '42', { parts: [] })).toEqual({
      status: 'sent',
      attempts: 0,
    });
    expect(channel.calls()).toBe(0);
  });

  it('treats an unexpected error as retryable', async () => {
    const adapter = scriptedChannel([]).adapter;
    let calls = 0;
    const flaky: ChannelAdapter = {
      ...adapter,
      send: () =>
        calls++ === 0 ? Promise.reject(new TypeError('socket hang up')) : Promise.resolve(),
    };
    const { deliver } = setup();
    expect(await deliver(flaky, '42', reply)).toEqual({ status: 'sent', attempts: 2 });
  });
});
