/**
 * The classifier's parts: features, the training data reader, the rules' vocabulary, and
 * training itself, which must give the same weights every time.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  classify,
  featurize,
  parseTrainingLines,
  prepareExamples,
  readAllTrainingExamples,
  readTrainingData,
  SafetyTrainingDataError,
  tooShortToJudge,
  trainOnPrepared,
  withoutLookarounds,
} from '../../../knowledge/safety/classifier/index.ts';
import type { SparseVector } from '../../../knowledge/safety/classifier/index.ts';
import { misuseKindOfCategory } from '../../../knowledge/safety/classifier/categories.ts';
import { normalizeText } from '../../../knowledge/safety/index.ts';

function features(text: string): SparseVector {
  return featurize(normalizeText(text));
}

function shared(a: SparseVector, b: SparseVector): number {
  const mine = new Set(a.indices);
  return [...b.indices].filter((i) => mine.has(i)).length / Math.max(a.indices.length, 1);
}

describe('features', () => {
  it('gives the same unit-length vector for the same text', () => {
    const a = features('I keep thinking about the bridge');
    const b = features('I keep thinking about the bridge');
    expect([...a.indices]).toEqual([...b.indices]);
    const length = Math.sqrt([...a.values].reduce((sum, v) => sum + v * v, 0));
    expect(length).toBeCloseTo(1, 5);
  });

  it('tells word order apart through word pairs', () => {
    const a = new Set(features('not suicidal').indices);
    const b = new Set(features('suicidal not').indices);
    expect([...a].filter((i) => !b.has(i)).length).toBeGreaterThan(0);
  });

  it('lets romanized spelling variants share most of their features', () => {
    // Character n-grams carry what a word list would miss.
    expect(
      shared(features('zindagi se thak gayi'), features('zindgi se thak gyi')),
    ).toBeGreaterThan(0.5);
    expect(shared(features('zindagi se thak gayi'), features('exam kal hai'))).toBeLessThan(0.1);
  });

  it('stays cheap on long, repetitive input', () => {
    const started = performance.now();
    const vector = features('really '.repeat(20_000));
    expect(vector.indices.length).toBeLessThan(20);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('the rules’ context checks', () => {
  it('cuts the checks that say "not here" and keeps the one that asks who speaks', () => {
    expect(withoutLookarounds('live(?= anymore| now)')).toBe('live');
    expect(withoutLookarounds('(?<!office )before i go(?! to sleep)')).toBe('before i go');
    expect(withoutLookarounds('(?<=i will )make him pay')).toBe('(?<=i will )make him pay');
  });

  it('reads classes and escapes without mistaking them for groups', () => {
    expect(withoutLookarounds('a[(]b(?=[)] c)\\(d')).toBe('a[(]b\\(d');
  });
});

describe('too short to judge', () => {
  it('leaves one- and two-word messages to the rules', () => {
    expect(tooShortToJudge(normalizeText('i am').split(' '))).toBe(true);
    expect(tooShortToJudge(normalizeText('i am i am i am').split(' '))).toBe(true);
    expect(tooShortToJudge(normalizeText('i am tired').split(' '))).toBe(false);
  });
});

describe('the training data reader', () => {
  const file = 'knowledge/safety/training/xx.jsonl';

  it('reads each line with the file’s language', () => {
    const examples = parseTrainingLines(
      [
        JSON.stringify({ text: 'kal exam hai', label: 'none', category: 'everyday' }),
        '',
        JSON.stringify({ text: 'sab khatam', label: 'crisis', category: 'suicidal-implicit' }),
      ].join('\n'),
      'hinglish',
      file,
    );
    expect(examples).toEqual([
      { text: 'kal exam hai', label: 'none', category: 'everyday', language: 'hinglish' },
      { text: 'sab khatam', label: 'crisis', category: 'suicidal-implicit', language: 'hinglish' },
    ]);
  });

  it('names the file and line of a broken line, never its text', () => {
    const secret = 'a line nobody should see in a log';
    const read = (): unknown =>
      parseTrainingLines(
        `${JSON.stringify({ text: 'ok', label: 'none', category: 'everyday' })}\n{"text": "${secret}"`,
        'en',
        file,
      );
    expect(read).toThrow(SafetyTrainingDataError);
    expect(read).toThrow(/xx\.jsonl: line 2 is not JSON/);
    expect(read).not.toThrow(new RegExp(secret));
  });

  it('refuses labels and categories it cannot place', () => {
    const line = (label: string, category: string): string =>
      JSON.stringify({ text: 'some words', label, category });
    expect(() => parseTrainingLines(line('danger', 'x'), 'en', file)).toThrow(
      /line 1 does not fit the schema \(label\)/,
    );
    expect(() => parseTrainingLines(line('crisis', 'sad'), 'en', file)).toThrow(
      /unknown crisis category/,
    );
    expect(() => parseTrainingLines(line('misuse', 'misuse-other'), 'en', file)).toThrow(
      /misuse category of no kind/,
    );
  });

  it('places the free-form misuse categories the files use', () => {
    expect(misuseKindOfCategory('misuse-harm')).toBe('harm-others');
    expect(misuseKindOfCategory('harm-justification')).toBe('harm-others');
    expect(misuseKindOfCategory('caste-gender-superiority')).toBe('superiority');
    expect(misuseKindOfCategory('misuse-faith-contempt')).toBe('faith-contempt');
    expect(misuseKindOfCategory('misuse-stop-treatment')).toBe('stop-treatment');
  });

  it('fails loudly when a language file is missing', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'safety-training-'));
    try {
      await writeFile(path.join(dir, 'en.jsonl'), '');
      expect(() => readTrainingData(dir)).toThrow(/hi\.jsonl: cannot be read/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('reads every training file, our supplement and the theme triggers', () => {
    const examples = readAllTrainingExamples();
    const count = (language: string): number =>
      examples.filter((e) => e.language === language && !e.category.startsWith('theme')).length;
    for (const language of ['en', 'hi', 'hinglish']) expect(count(language)).toBeGreaterThan(750);
    expect(examples.filter((e) => e.category === 'theme-trigger').length).toBeGreaterThan(1000);
  });
});

describe('training', () => {
  it('gives the same weights twice from the same data', () => {
    const prepared = prepareExamples(readAllTrainingExamples());
    const first = trainOnPrepared(prepared);
    const second = trainOnPrepared(prepared);
    expect(Buffer.from(first.rowOf.buffer).equals(Buffer.from(second.rowOf.buffer))).toBe(true);
    expect(
      Buffer.from(first.head.weights.buffer).equals(Buffer.from(second.head.weights.buffer)),
    ).toBe(true);
    expect([...first.head.biases]).toEqual([...second.head.biases]);
    const text = normalizeText('nothing matters, I have said goodbye to everyone');
    expect(classify(first, text)).toEqual(classify(second, text));
  });
});
