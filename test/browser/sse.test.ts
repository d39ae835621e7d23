import type { WidgetEvent } from '../../channels/web/protocol.ts';
import { createSseParser, readSse } from '../../channels/web/client/sse.ts';

const verse = {
  type: 'verse',
  ref: '2.47',
  sanskrit: 'स',
  transliteration: 's',
  translation: 't',
  translator: 'x',
};

function parseAll(chunks: readonly string[]): WidgetEvent[] {
  const parse = createSseParser();
  return chunks.flatMap((chunk) => parse(chunk));
}

describe('the widget reads Server-Sent Events from a fetch body', () => {
  it.each<[string, string[], WidgetEvent[]]>([
    [
      'one frame per event, as the server writes them',
      [
        `event: part\ndata: ${JSON.stringify({ type: 'part', part: verse })}\n\nevent: done\ndata: {"type":"done","safety":"none"}\n\n`,
      ],
      [{ type: 'part', part: verse } as WidgetEvent, { type: 'done', safety: 'none' }],
    ],
    [
      'frames split anywhere across network chunks, even inside a CRLF',
      ['event: text-del', 'ta\r', '\ndata: {"type":"text-delta","te', 'xt":"Calm."}\r\n\r', '\n'],
      [{ type: 'text-delta', text: 'Calm.' }],
    ],
    [
      'bare CR line endings',
      ['data: {"type":"done","safety":"crisis"}\r\r'],
      [{ type: 'done', safety: 'crisis' }],
    ],
    [
      'keep-alive comments and unknown fields are ignored',
      [': keep-alive\n\nid: 7\nretry: 10\ndata: {"type":"done","safety":"none"}\n\n'],
      [{ type: 'done', safety: 'none' }],
    ],
    [
      'the event name supplies a missing type',
      ['event: text-delta\ndata: {"text":"a"}\n\n'],
      [{ type: 'text-delta', text: 'a' }],
    ],
    [
      'several data lines join with a newline',
      ['event: text-delta\ndata: {"type":"text-delta",\ndata: "text":"b"}\n\n'],
      [{ type: 'text-delta', text: 'b' }],
    ],
    [
      'unknown event types, broken JSON and part events without a part are skipped',
      [
        'event: nudge\ndata: {"type":"nudge"}\n\n',
        'data: {not json\n\n',
        'data: {"type":"part"}\n\n',
        'data: {"type":"error","code":"rate_limited","message":"m"}\n\n',
      ],
      [{ type: 'error', code: 'rate_limited', message: 'm' }],
    ],
    ['an event without its blank line is not dispatched yet', ['data: {"type":"done"'], []],
  ])('%s', (_name, chunks, expected) => {
    expect(parseAll(chunks)).toEqual(expected);
  });

  it('decodes UTF-8 split between chunks and dispatches a final event without a blank line', async () => {
    const bytes = new TextEncoder().encode(
      `data: ${JSON.stringify({ type: 'part', part: { type: 'text', text: 'शान्ति और धैर्य' } })}\n\ndata: {"type":"done","safety":"none"}`,
    );
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        // 7 bytes at a time cuts Devanagari characters (3 bytes each) in half.
        for (let i = 0; i < bytes.length; i += 7) controller.enqueue(bytes.slice(i, i + 7));
        controller.close();
      },
    });
    const events: WidgetEvent[] = [];
    for await (const event of readSse(body)) events.push(event);
    expect(events).toEqual([
      { type: 'part', part: { type: 'text', text: 'शान्ति और धैर्य' } },
      { type: 'done', safety: 'none' },
    ]);
  });
});
