import type { Reply, VersePart } from '../../../src/messages/index.ts';
import { renderReply, WORD_JOINER as J } from '../../../channels/whatsapp/index.ts';
import { projectCorpus } from '../../helpers/project.ts';

const text = (value: string) => ({ type: 'text', text: value }) as const;

/** A verse card built at run time from the synced corpus (the text is never committed). */
async function card(ref: string, translatorId = 'purohit'): Promise<VersePart> {
  const corpus = await projectCorpus();
  const verse = corpus.get(ref);
  const translator = corpus.translators.find((t) => t.id === translatorId);
  const translation = verse?.translations[translatorId];
  if (verse === undefined || translator === undefined || translation === undefined) {
    throw new Error(`no ${translatorId} translation of ${ref} in the corpus`);
  }
  return {
    type: 'verse',
    ref,
    sanskrit: verse.sanskrit,
    transliteration: verse.transliteration,
    translation,
    translator: translator.name,
  };
}

function texts(reply: Reply, maxLength?: number): string[] {
  return renderReply(reply, maxLength).messages.map((message) =>
    message.kind === 'text' ? message.text : `[document ${message.name}]`,
  );
}

describe('renderReply', () => {
  it('packs a whole answer into one message: prose, verse card, numbered choices', async () => {
    const verse = await card('2.47');
    const rendered = renderReply({
      parts: [
        text('Here is a verse:'),
        verse,
        text('Which line stays with you?'),
        {
          type: 'choices',
          choices: [
            { label: 'Another verse', payload: 'another-verse' },
            { label: 'What can you do?', payload: '/help' },
          ],
        },
      ],
    });
    const transliteration = verse.transliteration
      .split('\n')
      .map((line) => `_${line}_`)
      .join('\n');
    expect(rendered.messages).toEqual([
      {
        kind: 'text',
        text: [
          'Here is a verse:',
          `*Bhagavad Gita 2.47*\n${verse.sanskrit}`,
          transliteration,
          `${verse.translation}\n— Shri Purohit Swami`,
          'Which line stays with you?',
          'Reply *1* for Another verse\nReply *2* for What can you do?',
        ].join('\n\n'),
      },
    ]);
    expect(rendered.choices.map((choice) => choice.payload)).toEqual(['another-verse', '/help']);
  });

  it("fences the corpus's own stray asterisks so two cards cannot turn bold between them", async () => {
    const opening = await card('8.23');
    const closing = await card('8.26');
    expect(opening.translation.startsWith('*')).toBe(true);
    expect(closing.translation.endsWith('*')).toBe(true);
    const [message = ''] = texts({ parts: [opening, closing] });
    expect(message).toContain(`${J}*${J}${opening.translation.slice(1)}`);
    expect(message).toContain(`${closing.translation.slice(0, -1)}${J}*${J}`);
    // Exactly as given: without the invisible joiners every card field is there verbatim.
    const visible = message.replaceAll(J, '');
    for (const verse of [opening, closing]) {
      expect(visible).toContain(verse.sanskrit);
      expect(visible).toContain(verse.translation);
      for (const line of verse.transliteration.split('\n')) expect(visible).toContain(line);
    }
  });

  it('escapes markup in prose and choice labels', () => {
    expect(
      texts({
        parts: [
          text('you wrote *this* and _that_'),
          { type: 'choices', choices: [{ label: '/delete 4821', payload: '/delete 4821' }] },
        ],
      }),
    ).toEqual([
      `you wrote ${J}*${J}this${J}*${J} and ${J}_${J}that${J}_${J}\n\nReply *1* for /delete 4821`,
    ]);
  });

  it('asks in Hindi for a number when the choices are in Hindi', () => {
    expect(
      texts({
        parts: [
          {
            type: 'choices',
            choices: [
              { label: 'एक और श्लोक', payload: 'another-verse' },
              { label: 'आप क्या कर सकते हैं?', payload: '/help' },
            ],
          },
        ],
      }),
    ).toEqual(['*1* भेजें — एक और श्लोक\n*2* भेजें — आप क्या कर सकते हैं?']);
  });

  it('numbers choices across several choice parts and returns them in that order', () => {
    const rendered = renderReply({
      parts: [
        { type: 'choices', choices: [{ label: 'A', payload: 'a' }] },
        { type: 'choices', choices: [{ label: 'B', payload: 'b' }] },
      ],
    });
    expect(rendered.messages).toEqual([
      { kind: 'text', text: 'Reply *1* for A\n\nReply *2* for B' },
    ]);
    expect(rendered.choices).toEqual([
      { label: 'A', payload: 'a' },
      { label: 'B', payload: 'b' },
    ]);
  });

  it('lists helplines as text with numbers and links left tappable', () => {
    expect(
      texts({
        parts: [
          {
            type: 'resources',
            resources: [
              { name: 'Tele-MANAS', phone: '14416', region: 'IN', hours: '24/7' },
              {
                name: 'Crisis_Text Line',
                sms: '741741',
                url: 'https://www.crisistextline.org/text_us',
                region: 'US',
              },
              { name: 'Someone', region: 'INTL' },
            ],
          },
        ],
      }),
    ).toEqual([
      [
        '• *Tele-MANAS* (24/7): 14416',
        `• *Crisis${J}_${J}Text Line*: SMS 741741 · https://www.crisistextline.org/text_us`,
        '• *Someone*',
      ].join('\n'),
    ]);
  });

  it('sends a file as a document between the messages around it', () => {
    const bytes = new TextEncoder().encode('{"verses":[]}');
    const rendered = renderReply({
      parts: [
        text('Your export:'),
        { type: 'file', name: 'sarathi-export.json', mediaType: 'application/json', bytes },
        text('Keep it safe.'),
      ],
    });
    expect(rendered.messages).toEqual([
      { kind: 'text', text: 'Your export:' },
      { kind: 'document', name: 'sarathi-export.json', mediaType: 'application/json', bytes },
      { kind: 'text', text: 'Keep it safe.' },
    ]);
  });

  it('starts a new message at a part boundary when the next part would not fit', async () => {
    const verse = await card('2.47');
    const [lead, cardText] = texts({ parts: [text('x'.repeat(300)), verse] }, 400);
    expect(lead).toBe('x'.repeat(300));
    expect(cardText?.startsWith('*Bhagavad Gita 2.47*')).toBe(true);
  });

  it('splits a verse card bigger than one message between its fields, never inside one', async () => {
    const verse = await card('2.47');
    const messages = texts({ parts: [verse] }, verse.translation.length + 40);
    expect(messages.length).toBeGreaterThan(1);
    expect(messages.some((message) => message.startsWith(verse.translation))).toBe(true);
    expect(messages.join('\n\n')).toBe(texts({ parts: [verse] })[0]);
  });

  it('cuts very long prose at paragraph, line and word boundaries, dropping only the gaps', () => {
    const paragraph = Array.from({ length: 30 }, (_, i) => `word${i}`).join(' ');
    const long = `${paragraph}\n\n${paragraph}\n${paragraph}`;
    const messages = texts({ parts: [text(long)] }, 120);
    expect(messages.every((message) => message.length <= 120)).toBe(true);
    expect(messages.join(' ').split(/\s+/u)).toEqual(long.split(/\s+/u));
  });

  it('renders nothing for an empty reply', () => {
    expect(renderReply({ parts: [] })).toEqual({ messages: [], choices: [] });
  });
});
