import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CorpusFormatError, loadCorpus, syncCorpus } from '../../../knowledge/corpus/index.ts';
import type { LoadedCorpus, VerseRecord } from '../../../knowledge/corpus/index.ts';
import { cleanTranslation } from '../../../knowledge/corpus/translation-text.ts';
import { tidySanskrit, toIast } from '../../../knowledge/corpus/verse-text.ts';
import { MANIFEST_PATH, makeWorkspace } from './corpus-workspace.ts';
import type { Workspace } from './corpus-workspace.ts';

interface UpstreamVerse {
  id: number;
  chapter_number: number;
  verse_number: number;
  text: string;
}

describe('the normalized verse records', () => {
  let ws: Workspace;
  let corpus: LoadedCorpus;
  let upstream: Map<string, UpstreamVerse>;

  const verse = (ref: string): VerseRecord => {
    const record = corpus.get(ref);
    if (record === undefined) throw new Error(`no ${ref}`);
    return record;
  };

  beforeAll(async () => {
    ws = await makeWorkspace();
    await syncCorpus({ dataDir: ws.dataDir, manifestPath: MANIFEST_PATH, from: ws.sourceDir });
    corpus = await loadCorpus({ dataDir: ws.dataDir });
    const raw = JSON.parse(
      await readFile(path.join(ws.sourceDir, 'verse.json'), 'utf8'),
    ) as UpstreamVerse[];
    upstream = new Map(raw.map((v) => [`${v.chapter_number}.${v.verse_number}`, v]));
  });
  afterAll(async () => {
    await ws.cleanup();
  });

  it('keeps 2.47 in Devanagari without the trailing marker or blank lines', () => {
    const record = verse('2.47');
    expect(record).toMatchObject({ ref: '2.47', chapter: 2, verse: 47 });
    expect(record.sanskrit.startsWith('कर्मण्येवाधिकारस्ते')).toBe(true);
    expect(record.sanskrit).not.toMatch(/2\.47|।।/);
    expect(record.sanskrit.split('\n')).toHaveLength(2);
    expect(record.sanskrit.split('\n')[0]?.endsWith('।')).toBe(true);
  });

  it('changes nothing but whitespace and the marker in any verse', () => {
    for (const record of corpus.verses) {
      const source = upstream.get(record.ref)?.text ?? '';
      const expected = source.replace(/।।\d+\.\d+।।?\s*$/u, '').replace(/\s+/gu, '');
      expect(record.sanskrit.replace(/\s+/gu, '')).toBe(expected);
      expect(record.sanskrit).not.toMatch(/\d|\n\n|^\s|\s$/u);
    }
  });

  it('puts the speaker on a line of its own, also where upstream runs it into the verse', () => {
    expect(verse('1.1').sanskrit.split('\n')[0]).toBe('धृतराष्ट्र उवाच');
    // Upstream has 12.1 as a single line: speaker, first half and second half run together.
    expect(upstream.get('12.1')?.text).not.toContain('\n');
    const lines = verse('12.1').sanskrit.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe('अर्जुन उवाच');
    expect(lines[1]?.endsWith('।')).toBe(true);
    expect(verse('13.2').sanskrit.split('\n')[0]).toBe('श्री भगवानुवाच');
  });

  it('transliterates to IAST from the Devanagari, speaker line and dandas included', () => {
    const record = verse('2.47');
    expect(record.transliteration.startsWith('karmaṇy')).toBe(true);
    expect(record.transliteration.split('\n')[0]?.endsWith(' |')).toBe(true);
    expect(verse('1.1').transliteration.split('\n')[0]).toBe('dhṛtarāṣṭra uvāca');
    expect(verse('13.2').transliteration.split('\n')[0]).toBe('śrī bhagavānuvāca');
    // Upstream spells ṝ as ृ plus a nukta; the IAST reads it as ṝ, the Devanagari stays as is.
    expect(verse('1.26').transliteration).toContain('pitṝn');
    expect(verse('1.26').sanskrit).toContain('\u0943\u093c');
    // Candrabindu comes out as m̐, not the library's "~".
    expect(verse('4.39').transliteration).toContain('m\u0310');
    for (const r of corpus.verses) {
      expect(r.transliteration).not.toContain('~');
      expect(r.transliteration).not.toMatch(/[\u0900-\u097f]/u);
      expect(r.transliteration.split('\n')).toHaveLength(r.sanskrit.split('\n').length);
      expect(r.transliteration).toBe(r.transliteration.normalize('NFC'));
    }
  });

  it("keeps upstream's transliteration and word meanings apart, trimmed, as retrieval signals", () => {
    const record = verse('2.47');
    expect(record.sourceTransliteration.startsWith('karmaṇy-evādhikāras')).toBe(true);
    expect(record.wordMeanings.startsWith('karmaṇi—')).toBe(true);
    expect(record.wordMeanings).toBe(record.wordMeanings.trim());
  });

  it('removes the leading verse marker from every translation', () => {
    const translations = verse('2.47').translations;
    expect(Object.keys(translations)).toEqual([
      'purohit',
      'sivananda',
      'gambirananda',
      'adidevananda',
      'sankaranarayan',
      'ramsukhdas',
      'tejomayananda',
    ]);
    for (const text of Object.values(translations)) {
      expect(text).not.toMatch(/^\s|^[।॥]|^\d+\.\d+|\s{2}|\s$/u);
    }
    for (const r of corpus.verses) {
      for (const text of Object.values(r.translations)) {
        expect(text).not.toMatch(/^[।॥]*\s*\d{1,2}\.\d{1,2}\b/u);
        expect(text).not.toMatch(/\s{2}|\n|\t|\u00a0/u);
      }
    }
  });

  it('strips the double marker of a verse Gambirananda renders together with the next', () => {
    const merged = verse('1.38').translations.gambirananda ?? '';
    expect(merged.startsWith('O Janardana')).toBe(true);
    expect(verse('1.39').translations.gambirananda).toBe(merged);
    expect(verse('1.38').translations.purohit?.startsWith('Although')).toBe(true);
  });

  it("keeps upstream's text otherwise as it is, slips included", () => {
    // Purohit Swami's 11.27 begins with an OCR "1" for "I" upstream; we do not correct it.
    expect(verse('11.27').translations.purohit?.startsWith('1 see')).toBe(true);
  });

  it('leaves out the placeholders the manifest lists as gaps, and only those', async () => {
    const manifest = JSON.parse(await readFile(MANIFEST_PATH, 'utf8')) as {
      translationGaps: { ref: string; translator: string }[];
    };
    expect(manifest.translationGaps.length).toBeGreaterThan(0);
    for (const gap of manifest.translationGaps) {
      expect(verse(gap.ref).translations[gap.translator]).toBeUndefined();
    }
    const gaps = manifest.translationGaps.length;
    const kept = corpus.verses.reduce((n, r) => n + Object.keys(r.translations).length, 0);
    expect(kept).toBe(7 * 701 - gaps);
    expect(verse('13.1').translations.purohit).toBeDefined();
  });

  it('takes chapters from chapters.json', () => {
    expect(corpus.chapters).toHaveLength(18);
    expect(corpus.chapters[12]).toMatchObject({ chapter: 13, verseCount: 35 });
    for (const chapter of corpus.chapters) {
      expect(chapter.name).toMatch(/[\u0900-\u097f]/u);
      expect(chapter.transliteratedName.length).toBeGreaterThan(0);
      expect(chapter.meaning.length).toBeGreaterThan(0);
    }
  });
});

describe('cleanTranslation', () => {
  const at = { chapter: 3, verse: 5 };

  it.each([
    ['3.5 Our words.', 'Our words.'],
    ['3.5. Our words.', 'Our words.'],
    ['।।3.5।। Our words.', 'Our words.'],
    ['।।3.5।।Our words.', 'Our words.'],
    ['\n\n।।3.5।।\u00a0 Our\n  words.\n ', 'Our words.'],
    ['3.4  3.5  Our words.', 'Our words.'],
    ['3.5-3.6 Our words.', 'Our words.'],
    ['।।3.3 -- 3.6।। Our words.', 'Our words.'],
    ['।।3.4 3.5।।Our words.', 'Our words.'],
    ['।।3.5।।। Our words.', 'Our words.'],
    ['3.5 1\twent home.', '1 went home.'],
    ['Our words without a marker.', 'Our words without a marker.'],
  ])('turns %j into %j', (raw, expected) => {
    expect(cleanTranslation(raw, at, 'translation.json', 'someone')).toBe(expected);
  });

  it('refuses a marker that names another verse', () => {
    expect(() => cleanTranslation('3.6 Our words.', at, 'translation.json', 'someone')).toThrow(
      CorpusFormatError,
    );
    expect(() => cleanTranslation('3.6 Our words.', at, 'translation.json', 'someone')).toThrow(
      "translation.json (3.5): someone's translation is marked 3.6, which does not include this verse",
    );
  });

  it('refuses an empty translation and an unlisted placeholder', () => {
    expect(() => cleanTranslation('3.5  ', at, 'translation.json', 'someone')).toThrow(/empty/);
    expect(() =>
      cleanTranslation('3.5 No such translation is available.', at, 'translation.json', 'x'),
    ).toThrow(/placeholder; list it under translationGaps/);
  });
});

describe('tidySanskrit and toIast', () => {
  it('refuses a verse whose marker names another verse', () => {
    expect(() => tidySanskrit('धर्म।।2.48।।', '2.47', 'verse.json')).toThrow(
      'verse.json (2.47): verse text is marked 2.48',
    );
    expect(() => tidySanskrit('धर्म', '2.47', 'verse.json')).toThrow(/no "।।c.v।।" marker/);
  });

  it('turns a double danda into "||" set off by a space', () => {
    expect(toIast('धर्म॥')).toBe('dharma ||');
  });
});
