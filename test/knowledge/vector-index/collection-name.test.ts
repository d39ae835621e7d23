import { collectionName } from '../../../knowledge/vector-index/index.ts';
import { ingestFingerprint } from '../../../knowledge/vector-index/fingerprint.ts';

const VALID = /^[a-zA-Z0-9][a-zA-Z0-9._-]{1,510}[a-zA-Z0-9]$/;

describe('collectionName', () => {
  it('joins kind, corpus version and embedder id when they already fit the rules', () => {
    expect(collectionName('verses', '2021.07', 'glove-sg100d-sif-v1')).toBe(
      'verses-2021.07-glove-sg100d-sif-v1',
    );
  });

  it.each([
    ['verses', 'sha256:ab/cd', 'glove'],
    ['..', '..', '..'],
    ['a', '', ''],
    ['x'.repeat(600), 'v1', 'glove'],
    ['भगवद्', 'गीता', 'e'],
  ])('makes a valid name from awkward parts (%s, %s, %s)', (kind, version, id) => {
    const name = collectionName(kind, version, id);
    expect(name).toMatch(VALID);
    expect(name).not.toContain('..');
  });

  it('keeps parts that clean up to the same text apart', () => {
    expect(collectionName('a/b', 'v1', 'e')).not.toBe(collectionName('a-b', 'v1', 'e'));
    expect(collectionName('a:b', 'v1', 'e')).not.toBe(collectionName('a/b', 'v1', 'e'));
  });
});

describe('ingestFingerprint', () => {
  const items = [
    { id: 'a', text: 'one', metadata: { x: 1, y: 'z' } },
    { id: 'b', text: 'two' },
  ];

  it('ignores item order and metadata key order', () => {
    const reordered = [
      { id: 'b', text: 'two' },
      { id: 'a', text: 'one', metadata: { y: 'z', x: 1 } },
    ];
    expect(ingestFingerprint(reordered, 'e')).toBe(ingestFingerprint(items, 'e'));
  });

  it('changes with the embedder, a text, an id or a metadata value', () => {
    const base = ingestFingerprint(items, 'e');
    expect(ingestFingerprint(items, 'f')).not.toBe(base);
    expect(ingestFingerprint([{ ...items[0]!, text: 'uno' }, items[1]!], 'e')).not.toBe(base);
    expect(ingestFingerprint([{ ...items[0]!, id: 'c' }, items[1]!], 'e')).not.toBe(base);
    expect(
      ingestFingerprint([{ ...items[0]!, metadata: { x: 2, y: 'z' } }, items[1]!], 'e'),
    ).not.toBe(base);
  });
});
