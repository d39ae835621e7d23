import {
  escapeMarkdown,
  markdownText,
  renderReply,
  type OutgoingActivity,
} from '../../../channels/botframework/index.ts';
import type { Reply, VersePart } from '../../../src/messages/index.ts';

// A made-up verse (not corpus text): the renderer must carry whatever it is given unchanged,
// Markdown-looking characters included.
const verse: VersePart = {
  type: 'verse',
  ref: '2.47',
  sanskrit: 'कर्मण्य *एव* [अधिकारः]\nमा फलेषु',
  transliteration: 'karmaṇy _eva_ adhikāras te',
  translation: '1. Do the work; <b>not</b> for its **fruit** & reward.',
  translator: 'A. Translator',
};

function cardOf(part: VersePart) {
  return {
    contentType: 'application/vnd.microsoft.card.adaptive',
    content: {
      type: 'AdaptiveCard',
      $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
      version: '1.2',
      body: [
        {
          type: 'RichTextBlock',
          inlines: [
            {
              type: 'TextRun',
              text: `Bhagavad Gita ${part.ref}`,
              weight: 'bolder',
              size: 'medium',
            },
          ],
        },
        { type: 'RichTextBlock', inlines: [{ type: 'TextRun', text: part.sanskrit }] },
        {
          type: 'RichTextBlock',
          inlines: [{ type: 'TextRun', text: part.transliteration, italic: true }],
        },
        { type: 'RichTextBlock', inlines: [{ type: 'TextRun', text: part.translation }] },
        {
          type: 'RichTextBlock',
          inlines: [
            { type: 'TextRun', text: `— ${part.translator}`, isSubtle: true, size: 'small' },
          ],
        },
      ],
    },
  };
}

describe('escapeMarkdown', () => {
  it.each([
    ['plain words stay as they are', 'I feel lost today', 'I feel lost today'],
    ['emphasis markers', '*bold* _it_ ~~gone~~', '\\*bold\\* \\_it\\_ \\~\\~gone\\~\\~'],
    ['a link cannot form', '[click](http://x.example)', '\\[click\\](http://x.example)'],
    ['HTML and entities', '<b>hi</b> &amp;', '\\<b\\>hi\\</b\\> \\&amp;'],
    ['code and tables', '`rm` | col', '\\`rm\\` \\| col'],
    ['a heading and a quote', '# Title\n> quoted', '\\# Title\n\\> quoted'],
    [
      'list markers at a line start',
      '- one\n+ two\n3. three\n4) four',
      '\\- one\n\\+ two\n3\\. three\n4\\) four',
    ],
    ['but not in the middle of a line', 'a - b + c 2.47 is fine', 'a - b + c 2.47 is fine'],
    ['a backslash itself', 'C:\\path', 'C:\\\\path'],
    ['Devanagari is untouched', 'कर्मण्येवाधिकारस्ते', 'कर्मण्येवाधिकारस्ते'],
    ['Windows line ends become newlines', 'a\r\nb', 'a\nb'],
  ])('%s', (_name, input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  it('keeps single line breaks as hard breaks and blank lines as paragraphs', () => {
    expect(markdownText('one\ntwo\n\nthree')).toBe('one  \ntwo\n\nthree');
  });
});

describe('renderReply', () => {
  const cases: Array<[string, Reply, { channelId?: string }, OutgoingActivity[]]> = [
    [
      'text is escaped Markdown',
      { parts: [{ type: 'text', text: 'Try *this*:\n1. breathe' }] },
      {},
      [{ type: 'message', text: 'Try \\*this\\*:  \n1\\. breathe', textFormat: 'markdown' }],
    ],
    [
      'a verse card joins the text before it, exactly as given',
      {
        parts: [{ type: 'text', text: 'Bhagavad Gita 2.47:' }, verse],
      },
      {},
      [
        {
          type: 'message',
          text: 'Bhagavad Gita 2.47:',
          textFormat: 'markdown',
          attachments: [cardOf(verse)],
          attachmentLayout: 'list',
        },
      ],
    ],
    [
      'a verse with nothing before it is a card on its own',
      { parts: [verse] },
      {},
      [{ type: 'message', attachments: [cardOf(verse)], attachmentLayout: 'list' }],
    ],
    [
      'choices become messageBack suggested actions on the last message',
      {
        parts: [
          { type: 'text', text: 'Opening' },
          verse,
          { type: 'text', text: 'Closing' },
          {
            type: 'choices',
            choices: [
              { label: 'Another verse', payload: 'another-verse' },
              { label: 'What can you do?', payload: '/help' },
            ],
          },
        ],
      },
      { channelId: 'webchat' },
      [
        {
          type: 'message',
          text: 'Opening',
          textFormat: 'markdown',
          attachments: [cardOf(verse)],
          attachmentLayout: 'list',
        },
        {
          type: 'message',
          text: 'Closing',
          textFormat: 'markdown',
          suggestedActions: {
            actions: [
              {
                type: 'messageBack',
                title: 'Another verse',
                displayText: 'Another verse',
                text: 'another-verse',
                value: { action: 'another-verse' },
              },
              {
                type: 'messageBack',
                title: 'What can you do?',
                displayText: 'What can you do?',
                text: '/help',
                value: { action: '/help' },
              },
            ],
          },
        },
      ],
    ],
    [
      'in Teams, suggested actions are imBack carrying the payload',
      {
        parts: [
          { type: 'text', text: 'Closing' },
          { type: 'choices', choices: [{ label: 'Another verse', payload: 'another-verse' }] },
        ],
      },
      { channelId: 'msteams' },
      [
        {
          type: 'message',
          text: 'Closing',
          textFormat: 'markdown',
          suggestedActions: {
            actions: [{ type: 'imBack', title: 'Another verse', value: 'another-verse' }],
          },
        },
      ],
    ],
    [
      'in Teams, more than three choices become card buttons so none is hidden',
      {
        parts: [
          { type: 'text', text: 'Pick one' },
          {
            type: 'choices',
            choices: ['a', 'b', 'c', 'd'].map((x) => ({ label: x.toUpperCase(), payload: x })),
          },
        ],
      },
      { channelId: 'msteams' },
      [
        { type: 'message', text: 'Pick one', textFormat: 'markdown' },
        {
          type: 'message',
          attachments: [
            {
              contentType: 'application/vnd.microsoft.card.hero',
              content: {
                buttons: ['a', 'b', 'c', 'd'].map((x) => ({
                  type: 'messageBack',
                  title: x.toUpperCase(),
                  displayText: x.toUpperCase(),
                  text: x,
                  value: { action: x },
                })),
              },
            },
          ],
          attachmentLayout: 'list',
        },
      ],
    ],
    [
      'resources are a list with bold names and http(s) links only',
      {
        parts: [
          {
            type: 'resources',
            resources: [
              { name: 'Helpline (Test)', region: 'IN', phone: '+91 00000 00000', hours: '24/7' },
              {
                name: 'Text_Line',
                region: 'INTL',
                sms: '000000',
                url: 'https://help.example/a (b)',
              },
              { name: 'Bad link', region: 'INTL', url: 'javascript:alert(1)' },
            ],
          },
        ],
      },
      {},
      [
        {
          type: 'message',
          text: [
            '- **Helpline (Test)**: +91 00000 00000 (24/7)',
            '- **Text\\_Line**: SMS 000000 · [https://help.example/a (b)](https://help.example/a%20%28b%29)',
            '- **Bad link**: javascript:alert(1)',
          ].join('\n'),
          textFormat: 'markdown',
        },
      ],
    ],
    [
      'a file becomes a note that says it was not attached',
      {
        parts: [
          {
            type: 'file',
            name: 'my_export.json',
            mediaType: 'application/json',
            bytes: new Uint8Array(2048),
          },
        ],
      },
      {},
      [
        {
          type: 'message',
          text: '📎 my\\_export.json (2.0 KB) could not be attached: this chat does not take files.',
          textFormat: 'markdown',
        },
      ],
    ],
    [
      'choices alone become card buttons',
      { parts: [{ type: 'choices', choices: [{ label: 'Yes', payload: 'yes' }] }] },
      {},
      [
        {
          type: 'message',
          attachments: [
            {
              contentType: 'application/vnd.microsoft.card.hero',
              content: {
                buttons: [
                  {
                    type: 'messageBack',
                    title: 'Yes',
                    displayText: 'Yes',
                    text: 'yes',
                    value: { action: 'yes' },
                  },
                ],
              },
            },
          ],
          attachmentLayout: 'list',
        },
      ],
    ],
    ['an empty text part sends nothing', { parts: [{ type: 'text', text: '  ' }] }, {}, []],
  ];

  it.each(cases)('%s', (_name, reply, options, expected) => {
    expect(renderReply(reply, options)).toEqual(expected);
  });

  it('splits text too long for one message at whitespace, losing nothing', () => {
    const words = Array.from({ length: 6000 }, (_, i) => `word${i}`);
    const activities = renderReply({ parts: [{ type: 'text', text: words.join(' ') }] });
    expect(activities.length).toBeGreaterThan(1);
    for (const activity of activities) {
      expect(Buffer.byteLength(JSON.stringify(activity))).toBeLessThan(20_000);
    }
    expect(activities.map((activity) => activity.text).join(' ')).toBe(words.join(' '));
  });

  it('starts a new message when another card would make one too large', () => {
    const long = { ...verse, translation: 'x'.repeat(7000) };
    const activities = renderReply({ parts: [long, long, long, long] });
    expect(activities.map((activity) => activity.attachments?.length)).toEqual([2, 2]);
  });
});
