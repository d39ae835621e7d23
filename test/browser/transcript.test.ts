import {
  bounded,
  MAX_ENTRIES,
  MAX_TRANSCRIPT_CHARS,
  validEntries,
  validOutbox,
  type Entry,
} from '../../channels/web/client/transcript.ts';

const user = (i: number, text = `message ${i}`): Entry => ({ kind: 'user', id: `u${i}`, text });

describe('the transcript kept in the browser stays bounded and well-formed', () => {
  it(`keeps only the newest ${MAX_ENTRIES} entries`, () => {
    const kept = bounded(Array.from({ length: MAX_ENTRIES + 15 }, (_, i) => user(i)));
    expect(kept).toHaveLength(MAX_ENTRIES);
    expect(kept[0]).toEqual(user(15));
    expect(kept.at(-1)).toEqual(user(MAX_ENTRIES + 14));
  });

  it('drops the oldest entries when the stored size would exceed its budget, never the newest', () => {
    const big = 'x'.repeat(MAX_TRANSCRIPT_CHARS / 4);
    const kept = bounded([user(1, big), user(2, big), user(3, big), user(4, big), user(5, big)]);
    expect(JSON.stringify(kept).length).toBeLessThanOrEqual(MAX_TRANSCRIPT_CHARS);
    expect(kept.map((e) => e.id)).toEqual(['u3', 'u4', 'u5']);
    const huge = bounded([user(1), user(2, 'y'.repeat(MAX_TRANSCRIPT_CHARS * 2))]);
    expect(huge.map((e) => e.id)).toEqual(['u2']);
  });

  it('discards stored values that are not entries (another script, an older format)', () => {
    const good: Entry[] = [
      user(1),
      { kind: 'bot', id: 'u1', parts: [{ type: 'text', text: 'hi' }] },
    ];
    expect(
      validEntries([...good, { kind: 'user', id: 3 }, null, 'x', { kind: 'bot', id: 'b' }]),
    ).toEqual(good);
    expect(validEntries({ not: 'a list' })).toEqual([]);
    expect(
      validOutbox([
        { id: 'a', text: 't', queuedAt: 1 },
        { id: 'b', text: 't' },
      ]),
    ).toEqual([{ id: 'a', text: 't', queuedAt: 1 }]);
    expect(validOutbox(undefined)).toEqual([]);
  });
});
