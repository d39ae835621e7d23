/**
 * StreamRun reads the partial JSON only when a chunk could have completed something. These tests
 * hold it to an eager reader: whatever way the output is cut into chunks, after every chunk it
 * has released exactly the checked sentences a full re-read would release, and a failing
 * sentence still stops the run.
 */
import {
  parsePartialReply,
  scanSentences,
  splitSentences,
  type GuardContext,
} from '../../../knowledge/llm/index.ts';
import { StreamRun, type RunEvent } from '../../../knowledge/llm/stream-run.ts';

const TRANSLATION_2_47 =
  'Only the action that is done is your concern, not its fruits; let not the fruits of action be your motive.';

const guard: GuardContext = {
  corpus: {
    get: (ref) =>
      ref === '2.47'
        ? { translations: { a: TRANSLATION_2_47 } }
        : ref === '2.48'
          ? { translations: { a: 'Perform action.' } }
          : undefined,
  },
  allowed: new Set(['2.47', '2.48']),
};

/**
 * What an eager reader (one that re-reads the whole output after every chunk) would have
 * released by now: it never takes a sentence back, so the longest release of any prefix read.
 */
function eagerRelease(raw: string, before: string): string {
  const reply = parsePartialReply(raw).reply;
  const now = reply === undefined ? '' : scanSentences(reply, 0, false).sentences.join('');
  return now.length > before.length ? now : before;
}

function chunks(raw: string, size: number): string[] {
  const pieces: string[] = [];
  for (let i = 0; i < raw.length; i += size) pieces.push(raw.slice(i, i + size));
  return pieces;
}

function run(pieces: readonly string[]): { events: RunEvent[]; releasedAfter: string[] } {
  const stream = new StreamRun(guard);
  const events: RunEvent[] = [];
  const releasedAfter: string[] = [];
  let released = '';
  for (const piece of pieces) {
    for (const event of stream.push(piece)) {
      events.push(event);
      if (event.type === 'sentence') released += event.text;
    }
    releasedAfter.push(released);
    if (events.some((event) => event.type === 'violation')) return { events, releasedAfter };
  }
  events.push(...stream.finish());
  return { events, releasedAfter };
}

const ENGLISH = `That is a lot to carry. In 2.47 we read "${TRANSLATION_2_47.slice(0, 40)}". Rest now!\nWhat is one small thing you could do today?`;
const HINDI = 'यह भारी लगता है। 2.47 कर्म की बात करता है॥ आज आप क्या छोटा कदम उठा सकते हैं?';

// JSON.stringify writes Devanagari as is; a model may escape it, so one output escapes the dandas.
const OUTPUTS: ReadonlyArray<readonly [string, string]> = [
  ['English with a quotation and a line break', JSON.stringify({ refs: ['2.47'], reply: ENGLISH })],
  ['Hindi with dandas', JSON.stringify({ refs: ['2.47'], reply: HINDI })],
  [
    'Hindi with the dandas escaped',
    JSON.stringify({ refs: ['2.47'], reply: HINDI })
      .replaceAll('।', '\\u0964')
      .replaceAll('॥', '\\u0965'),
  ],
  [
    'in a code fence',
    '```json\n' + JSON.stringify({ refs: ['2.48'], reply: 'Act. Then rest. Then ask?' }) + '\n```',
  ],
];

describe('StreamRun', () => {
  describe.each(OUTPUTS)('%s', (_name, raw) => {
    const reply = JSON.parse(raw.replace(/^```json\n|\n```$/gu, '')).reply as string;

    it.each([1, 2, 3, 5, 7, 16, 64, 10_000])(
      'in chunks of %i releases as an eager reader would',
      (size) => {
        const pieces = chunks(raw, size);
        const { events, releasedAfter } = run(pieces);
        expect(events.filter((event) => event.type === 'violation')).toEqual([]);
        expect(events.map((event) => (event.type === 'sentence' ? event.text : ''))).toEqual(
          splitSentences(reply),
        );
        let raws = '';
        let eager = '';
        pieces.forEach((piece, index) => {
          raws += piece;
          eager = eagerRelease(raws, eager);
          expect(releasedAfter[index]).toBe(eager);
        });
      },
    );
  });

  it.each([1, 3, 16])(
    'stops at a misquote in the last sentence (chunks of %i), after releasing the sentences before it',
    (size) => {
      const raw = JSON.stringify({
        refs: ['2.47'],
        reply:
          'That is heavy. Rest a while. In 2.47 it says "let the fruits of action be your only motive".',
      });
      const { events } = run(chunks(raw, size));
      expect(events).toEqual([
        { type: 'sentence', text: 'That is heavy. ' },
        { type: 'sentence', text: 'Rest a while. ' },
        { type: 'violation', kinds: ['misquote'] },
      ]);
    },
  );

  it.each([1, 4, 16])('stops at a sentence speaking as Krishna (chunks of %i)', (size) => {
    const raw = JSON.stringify({
      refs: ['2.48'],
      reply: 'Breathe. I am Krishna and I say act. Then rest.',
    });
    const { events } = run(chunks(raw, size));
    expect(events).toEqual([
      { type: 'sentence', text: 'Breathe. ' },
      { type: 'violation', kinds: ['persona'] },
    ]);
  });

  it('stops at a ref that was not given as context before any prose', () => {
    const raw = JSON.stringify({ refs: ['18.66'], reply: 'Surrender. Then rest.' });
    const { events } = run(chunks(raw, 2));
    expect(events).toEqual([{ type: 'violation', kinds: ['invented_ref'] }]);
  });
});
