import {
  JsonScanner,
  JsonSyntaxError,
  type JsonHandler,
} from '../../../knowledge/embeddings/json-scanner.ts';

function recorder(): { handler: JsonHandler; events: unknown[] } {
  const events: unknown[] = [];
  return {
    events,
    handler: {
      open: (c) => events.push(`${c}{`),
      close: (c) => events.push(`}${c}`),
      string: (v) => events.push(['s', v]),
      number: (v) => events.push(['n', v]),
      literal: (v) => events.push(['l', v]),
    },
  };
}

const SAMPLE =
  '{"words":["the","\\"","\\\\","€","naïve"],"n":[0.25,-0.000123,4e-7,-2.5E+3,12345678.123456789,0],' +
  '"flags":[true,false,null],"nested":{"k":[]}}';

describe('JsonScanner', () => {
  it('reports the same values as JSON.parse wherever the input is cut into chunks', () => {
    const bytes = Buffer.from(SAMPLE, 'utf8');
    const whole = recorder();
    const scanner = new JsonScanner(whole.handler);
    scanner.push(bytes);
    scanner.end();
    const parsed = JSON.parse(SAMPLE) as { words: string[]; n: number[] };
    expect(
      whole.events.filter((e) => Array.isArray(e) && e[0] === 'n').map((e) => (e as unknown[])[1]),
    ).toEqual(parsed.n);
    expect(whole.events).toContainEqual(['s', '"']);
    expect(whole.events).toContainEqual(['s', '\\']);
    expect(whole.events).toContainEqual(['s', 'naïve']);

    for (let cut = 1; cut < bytes.length; cut++) {
      const split = recorder();
      const chunked = new JsonScanner(split.handler);
      // One reused buffer, as the file reader does: the scanner must copy what it keeps.
      const reused = Buffer.alloc(bytes.length);
      bytes.copy(reused, 0, 0, cut);
      chunked.push(reused.subarray(0, cut));
      bytes.copy(reused, 0, cut);
      chunked.push(reused.subarray(0, bytes.length - cut));
      chunked.end();
      expect(split.events).toEqual(whole.events);
    }
  });

  it('rejects input it cannot read', () => {
    const bad = new JsonScanner(recorder().handler);
    expect(() => bad.push(Buffer.from('[nope]'))).toThrow(JsonSyntaxError);
    const cut = new JsonScanner(recorder().handler);
    cut.push(Buffer.from('["unterminated'));
    expect(() => cut.end()).toThrow(JsonSyntaxError);
  });
});
