import { createChoiceMemory } from '../../../channels/whatsapp/index.ts';

const choices = [
  { label: 'Another verse', payload: 'another-verse' },
  { label: 'What can you do?', payload: '/help' },
];
const chat = '919876543210@c.us';

describe('choice memory', () => {
  it.each([
    ['1', 'another-verse'],
    ['2', '/help'],
    [' 2 ', '/help'],
    ['2.', '/help'],
    ['1)', 'another-verse'],
    ['१', 'another-verse'],
    ['२', '/help'],
    ['3', undefined],
    ['0', undefined],
    ['12', undefined],
    ['1 please', undefined],
    ['2.47', undefined],
    ['another verse', undefined],
  ])('maps %p to %p', (text, payload) => {
    const memory = createChoiceMemory();
    memory.remember(chat, choices);
    expect(memory.resolve(chat, text)).toBe(payload);
  });

  it('keeps each chat to its own list', () => {
    const memory = createChoiceMemory();
    memory.remember(chat, choices);
    expect(memory.resolve('447700900123@c.us', '1')).toBeUndefined();
  });

  it('forgets the list when a reply without choices follows', () => {
    const memory = createChoiceMemory();
    memory.remember(chat, choices);
    memory.remember(chat, []);
    expect(memory.resolve(chat, '1')).toBeUndefined();
  });

  it('forgets a list older than its time to live', () => {
    let now = 0;
    const memory = createChoiceMemory({ ttlMs: 1000, now: () => now });
    memory.remember(chat, choices);
    now = 1000;
    expect(memory.resolve(chat, '1')).toBe('another-verse');
    now = 1001;
    expect(memory.resolve(chat, '1')).toBeUndefined();
  });

  it('forgets the least recently answered chats beyond its size', () => {
    const memory = createChoiceMemory({ maxChats: 2 });
    memory.remember('a@c.us', choices);
    memory.remember('b@c.us', choices);
    memory.remember('c@c.us', choices);
    expect(['a@c.us', 'b@c.us', 'c@c.us'].map((id) => memory.resolve(id, '1'))).toEqual([
      undefined,
      'another-verse',
      'another-verse',
    ]);
  });
});
