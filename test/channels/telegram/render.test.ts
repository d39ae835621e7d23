import {
  escapeHtml,
  escapeHtmlAttribute,
  renderReply,
  TELEGRAM_TEXT_LIMIT,
  type TelegramOutgoing,
} from '../../../channels/telegram/index.ts';
import { splitText } from '../../../channels/telegram/split-text.ts';
import type { Reply, ReplyPart, VersePart } from '../../../src/messages/index.ts';

// A made-up card (not corpus text): the renderer must not care what the words are.
const verse: VersePart = {
  type: 'verse',
  ref: '9.99',
  sanskrit: 'क ख ग।\nघ ङ',
  transliteration: "ka kha ga |\nɡha ṅa'",
  translation: 'Work <and> rest & play.',
  translator: 'A. Translator',
};
const verseHtml = [
  '<b>Bhagavad Gita 9.99</b>',
  'क ख ग।\nघ ङ',
  "<i>ka kha ga |\nɡha ṅa'</i>",
  'Work &lt;and&gt; rest &amp; play.',
  '— A. Translator',
].join('\n\n');

const reply = (...parts: ReplyPart[]): Reply => ({ parts });

describe('escapeHtml', () => {
  it.each([
    ['plain words', 'plain words'],
    ['<b>bold</b>', '&lt;b&gt;bold&lt;/b&gt;'],
    ['Tom & Jerry', 'Tom &amp; Jerry'],
    ['&amp; already', '&amp;amp; already'],
    ['a > b < c', 'a &gt; b &lt; c'],
    ['"quotes" stay', '"quotes" stay'],
    ['हिंदी & English', 'हिंदी &amp; English'],
  ])('%s', (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });

  it('also escapes quotes inside an attribute', () => {
    expect(escapeHtmlAttribute('https://x.org/?a="1"&b=<2>')).toBe(
      'https://x.org/?a=&quot;1&quot;&amp;b=&lt;2&gt;',
    );
  });
});

describe('renderReply', () => {
  const cases: Array<[string, Reply, TelegramOutgoing[]]> = [
    [
      'a text part, escaped',
      reply({ type: 'text', text: 'I <3 you & me' }),
      [{ kind: 'text', html: 'I &lt;3 you &amp; me' }],
    ],
    [
      'a verse card: bold ref, Sanskrit, italic transliteration, translation, translator',
      reply(verse),
      [{ kind: 'text', html: verseHtml }],
    ],
    [
      'parts packed into one message, choices as its inline keyboard',
      reply(
        { type: 'text', text: 'Here is a verse:' },
        verse,
        { type: 'text', text: 'What stays with you?' },
        {
          type: 'choices',
          choices: [
            { label: 'Another verse', payload: 'another-verse' },
            { label: 'What can you do?', payload: '/help' },
          ],
        },
      ),
      [
        {
          kind: 'text',
          html: `Here is a verse:\n\n${verseHtml}\n\nWhat stays with you?`,
          keyboard: {
            inline_keyboard: [
              [{ text: 'Another verse', callback_data: 'another-verse' }],
              [{ text: 'What can you do?', callback_data: '/help' }],
            ],
          },
        },
      ],
    ],
    [
      'helplines: name in bold, hours, plain numbers Telegram makes tappable, web links',
      reply({
        type: 'resources',
        resources: [
          { name: 'Line & Care', region: 'IN', phone: '+91 98200 00000', hours: '24/7' },
          { name: 'Text Line', region: 'US', sms: '741741', url: 'https://example.org/?a=1&b="2"' },
          { name: 'Odd', region: 'INTL', url: 'ftp://example.org' },
        ],
      }),
      [
        {
          kind: 'text',
          html: [
            '<b>Line &amp; Care</b> (24/7)\n☎ +91 98200 00000',
            '<b>Text Line</b>\nSMS 741741\n<a href="https://example.org/?a=1&amp;b=&quot;2&quot;">https://example.org/?a=1&amp;b="2"</a>',
            '<b>Odd</b>\nftp://example.org',
          ].join('\n\n'),
        },
      ],
    ],
    [
      'blank text parts are skipped (Telegram refuses empty messages)',
      reply({ type: 'text', text: '  ' }, { type: 'text', text: 'ok' }),
      [{ kind: 'text', html: 'ok' }],
    ],
    [
      'choices alone still get a message to sit on',
      reply({ type: 'choices', choices: [{ label: '/delete 1234', payload: '/delete 1234' }] }),
      [
        {
          kind: 'text',
          html: '/delete 1234',
          keyboard: {
            inline_keyboard: [[{ text: '/delete 1234', callback_data: '/delete 1234' }]],
          },
        },
      ],
    ],
    [
      'a payload Telegram cannot carry (over 64 bytes) is left off the keyboard',
      reply(
        { type: 'text', text: 'hi' },
        {
          type: 'choices',
          choices: [
            { label: 'ok', payload: 'x'.repeat(64) },
            { label: 'too long', payload: 'श'.repeat(22) },
          ],
        },
      ),
      [
        {
          kind: 'text',
          html: 'hi',
          keyboard: { inline_keyboard: [[{ text: 'ok', callback_data: 'x'.repeat(64) }]] },
        },
      ],
    ],
    ['an empty reply sends nothing', reply(), []],
  ];

  it.each(cases)('%s', (_name, input, expected) => {
    expect(renderReply(input)).toEqual(expected);
  });

  it('sends a file as a document and puts the keyboard on the last message', () => {
    const bytes = new TextEncoder().encode('{"reflections":[]}');
    expect(
      renderReply(
        reply(
          { type: 'text', text: 'Your export:' },
          { type: 'file', name: 'sarathi-export.json', mediaType: 'application/json', bytes },
          { type: 'choices', choices: [{ label: 'Help', payload: '/help' }] },
        ),
      ),
    ).toEqual([
      { kind: 'text', html: 'Your export:' },
      {
        kind: 'document',
        name: 'sarathi-export.json',
        mediaType: 'application/json',
        bytes,
        keyboard: { inline_keyboard: [[{ text: 'Help', callback_data: '/help' }]] },
      },
    ]);
  });

  it('starts a new message at a part boundary when the next part would pass the limit', () => {
    const long = 'a'.repeat(4000);
    const messages = renderReply(
      reply({ type: 'text', text: long }, verse, { type: 'text', text: 'end' }),
    );
    expect(messages).toEqual([
      { kind: 'text', html: long },
      { kind: 'text', html: `${verseHtml}\n\nend` },
    ]);
  });

  it('cuts a part longer than a message between paragraphs and counts escaped characters', () => {
    const paragraph = `${'&'.repeat(600)} ${'word '.repeat(200).trim()}`; // 600 × "&amp;" = 3000
    const text = `${paragraph}\n\n${paragraph}`;
    const messages = renderReply(reply({ type: 'text', text }));
    const escaped = escapeHtml(paragraph);
    expect(messages).toEqual([
      { kind: 'text', html: escaped },
      { kind: 'text', html: escaped },
    ]);
    for (const message of messages) {
      expect(message.kind === 'text' && message.html.length).toBeLessThanOrEqual(
        TELEGRAM_TEXT_LIMIT,
      );
    }
  });

  it('splits a verse card too long for one message between its fields, every word kept', () => {
    const big: VersePart = { ...verse, translation: `${'long line. '.repeat(365)}end` };
    const messages = renderReply(reply(big));
    const html = messages.map((message) => (message.kind === 'text' ? message.html : ''));
    expect(html).toEqual([
      ['<b>Bhagavad Gita 9.99</b>', 'क ख ग।\nघ ङ', "<i>ka kha ga |\nɡha ṅa'</i>"].join('\n\n'),
      `${big.translation}\n\n— A. Translator`,
    ]);
  });

  it('cuts a single field longer than a message inside its own formatting', () => {
    const long: VersePart = { ...verse, transliteration: 'ka '.repeat(2000).trim() };
    const html = renderReply(reply(long)).map((message) =>
      message.kind === 'text' ? message.html : '',
    );
    expect(html).toHaveLength(3);
    expect(html[1]?.startsWith('<i>ka ka')).toBe(true);
    expect(html[1]?.endsWith('ka</i>')).toBe(true);
    expect(html[2]).toMatch(
      /^<i>ka[ a-z]*<\/i>\n\nWork &lt;and&gt; rest &amp; play\.\n\n— A\. Translator$/u,
    );
    const words = html.join(' ').match(/\bka\b/gu) ?? [];
    expect(words).toHaveLength(2000);
  });
});

describe('splitText', () => {
  it.each([
    ['fits as is', 'short text', 20, ['short text']],
    ['prefers a paragraph break in the second half', 'aaaa bbbb\n\ncc', 12, ['aaaa bbbb', 'cc']],
    ['then a space', 'aaaa bbbb cccc', 10, ['aaaa bbbb', 'cccc']],
    ['cuts a word longer than the budget', 'abcdefghij', 6, ['abcdef', 'ghij']],
    ['never cuts an escaped entity', 'a&&&', 10, ['a&', '&&']],
    ['never separates a surrogate pair', '🙏🙏🙏', 5, ['🙏🙏', '🙏']],
  ])('%s', (_name, text, budget, expected) => {
    expect(splitText(text, budget)).toEqual(expected);
  });
});
