import { createOriginPolicy, OriginPatternError } from '../../../channels/web/index.ts';

describe('the embedding origin allow-list', () => {
  const policy = createOriginPolicy([
    'https://sarathi.example',
    'https://www.partner.example:8443',
    'http://localhost:*',
    'http://127.0.0.1:*',
  ]);

  it.each([
    ['https://sarathi.example', true],
    ['https://sarathi.example:443', true],
    ['http://sarathi.example', false],
    ['https://evil.sarathi.example', false],
    ['https://sarathi.example.evil.example', false],
    ['https://www.partner.example:8443', true],
    ['https://www.partner.example', false],
    ['http://localhost:3000', true],
    ['http://localhost', true],
    ['https://localhost:3000', false],
    ['http://127.0.0.1:49152', true],
    ['null', false],
    ['file://', false],
    ['not an origin', false],
  ])('%s → %s', (origin, allowed) => {
    expect(policy(origin)).toBe(allowed);
  });

  it('allows any web page with *, still not opaque origins', () => {
    const any = createOriginPolicy(['*']);
    expect(any('https://anything.example')).toBe(true);
    expect(any('null')).toBe(false);
  });

  it('allows nothing cross-origin when the list is empty', () => {
    expect(createOriginPolicy([])('https://sarathi.example')).toBe(false);
  });

  it.each(['sarathi.example', 'https://sarathi.example/path', 'ftp://x.example'])(
    'refuses a configured entry that is not an origin: %s',
    (entry) => {
      expect(() => createOriginPolicy([entry])).toThrow(OriginPatternError);
    },
  );
});
