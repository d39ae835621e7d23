import { dialable, langOf, regionName, safeUrl } from '../../channels/web/client/render.ts';

describe('links in replies are built only from safe, parsed values', () => {
  it.each<[string, string | undefined, string | undefined]>([
    ['https://example.org/help', undefined, 'https://example.org/help'],
    [
      '/api/widget/files/abc',
      'https://sarathi.example',
      'https://sarathi.example/api/widget/files/abc',
    ],
    [
      'http://127.0.0.1:3000/api/widget/files/x',
      undefined,
      'http://127.0.0.1:3000/api/widget/files/x',
    ],
    ['http://localhost:3000/x', undefined, 'http://localhost:3000/x'],
    ['http://example.org/plain', undefined, undefined],
    ['javascript:alert(1)', undefined, undefined],
    ['JaVaScRiPt:alert(1)', 'https://sarathi.example', undefined],
    ['data:text/html,<b>x</b>', undefined, undefined],
    ['not a url', undefined, undefined],
  ])('safeUrl(%j, %j) → %j', (url, base, expected) => {
    expect(safeUrl(url, base)).toBe(expected);
  });

  it.each<[string | undefined, string | undefined]>([
    ['+91 98765 43210', '+919876543210'],
    ['1800-599-0019', '18005990019'],
    ['14416', '14416'],
    ['988', '988'],
    ['+1+2', '+12'],
    ['javascript:1', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('dialable(%j) → %j', (number, expected) => {
    expect(dialable(number)).toBe(expected);
  });

  it('marks Devanagari text as Hindi so screen readers change voice, and leaves Latin text alone', () => {
    expect(langOf('मुझे डर लग रहा है')).toBe('hi');
    expect(langOf('mujhe dar lag raha hai')).toBeUndefined();
  });

  it('names the region a helpline serves in words, not codes', () => {
    expect(regionName('IN')).toBe('India');
    expect(regionName('INTL')).toBe('International');
    expect(regionName('not a region')).toBe('not a region');
  });
});
