import { Writable } from 'node:stream';
import { createLogger } from '../../../src/logger/index.ts';
import type { InboundMessage } from '../../../src/messages/index.ts';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { lines, logger: createLogger({ level: 'info', stream }) };
}

describe('logger redaction', () => {
  it('logs an inbound message without its text', () => {
    const { lines, logger } = capture();
    const message: InboundMessage = {
      channel: 'telegram',
      address: '42',
      channelUserId: '42',
      dedupeKey: '9001',
      text: 'I cannot stop crying since my mother died',
      receivedAt: new Date('2026-11-22T10:00:00Z'),
    };
    logger.info({ message }, 'inbound');
    const output = lines.join('');
    expect(output).not.toContain('crying');
    const record = JSON.parse(output) as { message: Record<string, unknown> };
    expect(record.message['text']).toBe('[redacted]');
    // Ids stay, so the line is still useful.
    expect(record.message['dedupeKey']).toBe('9001');
    expect(record.message['channel']).toBe('telegram');
  });

  it('redacts tokens, keys, reflections and phone numbers at any of the first three levels', () => {
    const { lines, logger } = capture();
    logger.warn(
      {
        token: 'bot-secret-token',
        config: { apiKey: 'sk-live-123', masterKeys: ['k1:abc'] },
        user: { contact: { phone: '+91 98200 00000' } },
        reflection: 'today I forgave my brother',
        req: { headers: { authorization: 'Bearer abc.def' } },
      },
      'settings loaded',
    );
    const output = lines.join('');
    for (const secret of [
      'bot-secret-token',
      'sk-live-123',
      'k1:abc',
      '98200',
      'forgave',
      'abc.def',
    ]) {
      expect(output).not.toContain(secret);
    }
    expect(output).toContain('settings loaded');
  });
});
