import { splitText } from '../../../channels/whatsapp/index.ts';

describe('splitText', () => {
  it.each<[string, string, number, string[]]>([
    ['short text whole', 'one two', 10, ['one two']],
    ['at a blank line first', 'aaaa bbbb\n\ncccc', 12, ['aaaa bbbb', 'cccc']],
    ['at a line break next', 'aaaa\nbbbb cccc', 10, ['aaaa', 'bbbb cccc']],
    ['at a space last', 'aaaa bbbb cccc', 10, ['aaaa bbbb', 'cccc']],
    ['hard, only for one unbroken run', 'abcdefghij', 4, ['abcd', 'efgh', 'ij']],
    // "🙏" is two UTF-16 units; a cut must not separate them.
    ['never inside a surrogate pair', 'abc🙏def', 4, ['abc', '🙏de', 'f']],
  ])('cuts %s', (_name, text, maxLength, pieces) => {
    expect(splitText(text, maxLength)).toEqual(pieces);
  });
});
