import type { ReplyPart } from '../../../src/messages/index.ts';
import { sseFrame, toWidgetPart } from '../../../channels/web/index.ts';

const link = () => 'https://sarathi.example/api/widget/files/t';

describe('reply parts as widget parts', () => {
  it.each<[string, ReplyPart, unknown]>([
    [
      'text, untouched (the browser uses textContent)',
      { type: 'text', text: '<b>&</b>' },
      { type: 'text', text: '<b>&</b>' },
    ],
    [
      'a verse, every field exactly as given',
      {
        type: 'verse',
        ref: '2.47',
        sanskrit: 'क ख',
        transliteration: 'ka kha',
        translation: 'T <i>',
        translator: 'Someone',
      },
      {
        type: 'verse',
        ref: '2.47',
        sanskrit: 'क ख',
        transliteration: 'ka kha',
        translation: 'T <i>',
        translator: 'Someone',
      },
    ],
    [
      'choices',
      { type: 'choices', choices: [{ label: 'Another verse', payload: 'verse:more' }] },
      { type: 'choices', choices: [{ label: 'Another verse', payload: 'verse:more' }] },
    ],
    [
      'resources, hours folded into the name only when not round the clock',
      {
        type: 'resources',
        resources: [
          { name: 'Line A', phone: '14416', region: 'IN', hours: '24/7' },
          {
            name: 'Line B',
            phone: '+91 1',
            url: 'https://b.example',
            region: 'IN',
            hours: 'Mon-Sat 10:00-20:00',
          },
          {
            name: 'Directory',
            url: 'https://d.example',
            region: 'INTL',
            hours: 'not applicable (directory)',
          },
          { name: 'Text line', sms: 'HOME to 1', region: 'US' },
        ],
      },
      {
        type: 'resources',
        resources: [
          { name: 'Line A', phone: '14416', region: 'IN' },
          {
            name: 'Line B (hours: Mon-Sat 10:00-20:00)',
            phone: '+91 1',
            url: 'https://b.example',
            region: 'IN',
          },
          { name: 'Directory', url: 'https://d.example', region: 'INTL' },
          { name: 'Text line', sms: 'HOME to 1', region: 'US' },
        ],
      },
    ],
    [
      'a file, as a download link',
      {
        type: 'file',
        name: 'export.json',
        mediaType: 'application/json',
        bytes: new Uint8Array([1]),
      },
      {
        type: 'file',
        name: 'export.json',
        mediaType: 'application/json',
        url: 'https://sarathi.example/api/widget/files/t',
      },
    ],
  ])('%s', (_name, part, expected) => {
    expect(toWidgetPart(part, link)).toEqual(expected);
  });
});

describe('SSE framing', () => {
  it('puts the event name and the whole event as one line of JSON, newlines escaped', () => {
    const frame = sseFrame({
      type: 'part',
      part: { type: 'text', text: 'line one\nline two\r\n' },
    });
    expect(frame).toBe(
      'event: part\ndata: {"type":"part","part":{"type":"text","text":"line one\\nline two\\r\\n"}}\n\n',
    );
    expect(sseFrame({ type: 'done', safety: 'crisis' })).toBe(
      'event: done\ndata: {"type":"done","safety":"crisis"}\n\n',
    );
  });
});
