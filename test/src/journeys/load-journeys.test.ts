import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Corpus } from '../../../knowledge/index.ts';
import { JourneyContentError, loadJourneys } from '../../../src/journeys/index.ts';
import { PROJECT_ROOT, projectCorpus } from '../../helpers/project.ts';

const JOURNEYS_DIR = path.join(PROJECT_ROOT, 'corpus', 'journeys');

describe('journey content (corpus/journeys)', () => {
  let corpus: Corpus;
  let scratch: string;

  beforeAll(async () => {
    corpus = await projectCorpus();
  }, 120_000);

  beforeEach(async () => {
    scratch = await mkdtemp(path.join(os.tmpdir(), 'sarathi-journeys-'));
  });

  afterEach(async () => {
    await rm(scratch, { recursive: true, force: true });
  });

  /** A copy of one real journey file, changed by `edit`, alone in the scratch folder. */
  async function editedCopy(id: string, edit: (journey: Record<string, unknown>) => void) {
    const journey = JSON.parse(
      await readFile(path.join(JOURNEYS_DIR, `${id}.json`), 'utf8'),
    ) as Record<string, unknown>;
    edit(journey);
    const file = path.join(scratch, `${id}.json`);
    await writeFile(file, JSON.stringify(journey));
    return file;
  }

  it('loads the three journeys, shortest first, every day complete in English and Hindi', async () => {
    const catalog = await loadJourneys(JOURNEYS_DIR, corpus);

    expect(catalog.journeys.map((j) => [j.id, j.days.length])).toEqual([
      ['calmer-mind', 7],
      ['anger-to-peace', 10],
      ['through-grief', 14],
    ]);
    for (const journey of catalog.journeys) {
      expect(journey.title.hi).toBeDefined();
      for (const day of journey.days) {
        for (const field of [day.title, day.teaching, day.prompt, day.practice]) {
          expect(field.en.length).toBeGreaterThan(0);
          expect(field.hi?.length).toBeGreaterThan(0);
        }
        for (const ref of day.refs) expect(corpus.get(ref)).toBeDefined();
      }
    }
    expect(catalog.get('through-grief')?.days[0]?.refs).toEqual(['1.47']);
    expect(catalog.get('nope')).toBeUndefined();
  });

  it('refuses an unknown verse ref, naming the file, the day and the ref', async () => {
    const file = await editedCopy('calmer-mind', (journey) => {
      (journey['days'] as { refs: string[] }[])[2]!.refs = ['6.26', '6.99'];
    });

    const failure = loadJourneys(scratch, corpus);
    await expect(failure).rejects.toBeInstanceOf(JourneyContentError);
    await expect(failure).rejects.toThrow(`${file}: day 3 cites 6.99, which is not in the corpus`);
  });

  it('refuses a file that breaks the schema, naming the field', async () => {
    await editedCopy('anger-to-peace', (journey) => {
      delete (journey['days'] as Record<string, unknown>[])[4]!['practice'];
    });

    await expect(loadJourneys(scratch, corpus)).rejects.toThrow(/days\.4\.practice/);
  });

  it('refuses days out of order, a teaching that is not 2–4 sentences, and an id unlike its file', async () => {
    await editedCopy('through-grief', (journey) => {
      const days = journey['days'] as { day: number; teaching: { en: string } }[];
      days[1]!.day = 5;
      days[3]!.teaching.en = 'Only one sentence here.';
      journey['id'] = 'grief';
    });

    const failure = loadJourneys(scratch, corpus);
    await expect(failure).rejects.toThrow(/id "grief" must match the file name/);
    await expect(failure).rejects.toThrow(/day 5 is out of order \(expected 2\)/);
    await expect(failure).rejects.toThrow(/day 4 teaching \(en\) has 1 sentences, not 2–4/);
  });

  it('refuses a folder with no journeys and a file that is not JSON', async () => {
    await expect(loadJourneys(scratch, corpus)).rejects.toThrow(/holds no journey files/);
    await cp(path.join(JOURNEYS_DIR, 'calmer-mind.json'), path.join(scratch, 'calmer-mind.json'));
    await writeFile(path.join(scratch, 'broken.json'), '{ not json');
    await expect(loadJourneys(scratch, corpus)).rejects.toThrow(
      /broken\.json: cannot be read as JSON/,
    );
  });
});
