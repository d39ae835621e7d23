import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { openStores } from '../../src/stores/index.ts';

const run = promisify(execFile);
const root = mkdtempSync(join(tmpdir(), 'sarathi-journey-race-'));

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('journey day completions across processes (sqlite)', () => {
  it('count each day once and finish the journey once when four processes race', async () => {
    const file = join(root, 'sarathi.db');
    const stores = await openStores({ driver: 'sqlite', file });
    const { user } = await stores.identities.findOrCreateByIdentity({
      channel: 'telegram',
      channelUserId: 'racer',
      address: 'racer',
      now: new Date(),
    });
    const start = await stores.journeys.start({
      userId: user.id,
      journeyId: 'calmer-mind',
      at: new Date(),
      replaceOpen: false,
    });
    if (start.kind !== 'started') throw new Error('expected a start');
    const totalDays = 7;
    const worker = join(import.meta.dirname, 'journey-race-worker.ts');
    const startAt = Date.now() + 1_500;

    const outputs = await Promise.all(
      Array.from({ length: 4 }, () =>
        run(process.execPath, [
          worker,
          file,
          start.enrollment.id,
          String(totalDays),
          String(startAt),
        ]),
      ),
    );
    const reports = outputs.map(
      (o) => JSON.parse(o.stdout) as { recorded: number[]; finished: number },
    );

    expect(reports.flatMap((r) => r.recorded).sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(reports.reduce((sum, r) => sum + r.finished, 0)).toBe(1);
    expect(await stores.journeys.completions(start.enrollment.id)).toHaveLength(totalDays);
    expect(await stores.journeys.get(start.enrollment.id)).toMatchObject({ status: 'completed' });
    await stores.close();
  });
});
