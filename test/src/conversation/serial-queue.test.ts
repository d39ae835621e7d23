import { setTimeout as sleep } from 'node:timers/promises';
import { SerialQueue } from '../../../src/conversation/serial-queue.ts';

describe('SerialQueue', () => {
  it('runs one key in arrival order even when an earlier task is slower', async () => {
    const queue = new SerialQueue();
    const done: string[] = [];
    await Promise.all([
      queue.run('asha', async () => {
        await sleep(30);
        done.push('first');
      }),
      queue.run('asha', () => {
        done.push('second');
        return Promise.resolve();
      }),
    ]);
    expect(done).toEqual(['first', 'second']);
  });

  it('does not make one person wait for another', async () => {
    const queue = new SerialQueue();
    const done: string[] = [];
    await Promise.all([
      queue.run('asha', async () => {
        await sleep(30);
        done.push('asha');
      }),
      queue.run('ravi', () => {
        done.push('ravi');
        return Promise.resolve();
      }),
    ]);
    expect(done).toEqual(['ravi', 'asha']);
  });

  it('keeps going after a task fails, and forgets idle keys', async () => {
    const queue = new SerialQueue();
    await expect(queue.run('k', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(queue.run('k', () => Promise.resolve('ok'))).resolves.toBe('ok');
    await sleep(0);
    expect(queue.activeKeys).toBe(0);
  });
});
