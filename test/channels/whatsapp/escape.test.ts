import { escapeWhatsApp, WORD_JOINER as J } from '../../../channels/whatsapp/index.ts';

describe('escapeWhatsApp', () => {
  it.each([
    ['plain words', 'plain words'],
    ['*not bold*', `${J}*${J}not bold${J}*${J}`],
    ['_not italic_', `${J}_${J}not italic${J}_${J}`],
    ['~not struck~', `${J}~${J}not struck${J}~${J}`],
    ['```not mono```', `${J}\`${J}${J}\`${J}${J}\`${J}not mono${J}\`${J}${J}\`${J}${J}\`${J}`],
    ['`code`', `${J}\`${J}code${J}\`` + J],
    ['2*3 = 6', `2${J}*${J}3 = 6`],
    ['> not a quote\nline two\n  > nor this', `${J}> not a quote\nline two\n  ${J}> nor this`],
    ['a > b stays', 'a > b stays'],
    ['हिंदी *शब्द*', `हिंदी ${J}*${J}शब्द${J}*${J}`],
  ])('neutralizes the markup in %p', (text, expected) => {
    expect(escapeWhatsApp(text)).toBe(expected);
  });

  it('leaves links exactly as written so they still open', () => {
    expect(escapeWhatsApp('see https://example.org/a_b*c and _this_')).toBe(
      `see https://example.org/a_b*c and ${J}_${J}this${J}_${J}`,
    );
  });

  it('changes nothing a person can see', () => {
    const text = '*Now* _I_ will ~tell~ `thee`\n> of the times';
    expect(escapeWhatsApp(text).replaceAll(J, '')).toBe(text);
  });
});
