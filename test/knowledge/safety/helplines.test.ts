import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { HelplinesFileError, loadHelplines } from '../../../knowledge/safety/index.ts';
import { PROJECT_ROOT } from '../../helpers/project.ts';

const OURS = path.join(PROJECT_ROOT, 'corpus', 'helplines.json');
const SHARED = path.resolve(PROJECT_ROOT, '..', 'shared', 'safety', 'helplines.json');

interface SharedEntry {
  readonly name: string;
  readonly phone: string | null;
  readonly sms: string | null;
  readonly url: string | null;
  readonly source: string;
}
interface SharedFile {
  readonly checked: string;
  readonly regions: Record<string, SharedEntry[]>;
}

describe('corpus/helplines.json', () => {
  it('loads and validates', () => {
    const helplines = loadHelplines(OURS);
    expect(Object.keys(helplines.regions)).toEqual(
      expect.arrayContaining(['IN', 'US', 'GB', 'INTL']),
    );
    expect(helplines.reverify).toMatch(/re-verify/);
  });

  it('shows emergency services first for immediate danger in every country', () => {
    const helplines = loadHelplines(OURS);
    for (const [region, lines] of Object.entries(helplines.regions)) {
      if (region === 'INTL') continue;
      for (const key of ['overdose', 'abuse-danger', 'abuse-danger-child'] as const) {
        const first = lines.helplines.find((h) => h.id === lines.order[key][0]);
        expect({ region, key, kind: first?.kind }).toEqual({ region, key, kind: 'emergency' });
      }
    }
  });

  const sharedPresent = existsSync(SHARED);
  (sharedPresent ? it : it.skip)(
    'carries only numbers from the shared, sourced list, with the same source',
    async () => {
      const shared = JSON.parse(await readFile(SHARED, 'utf8')) as SharedFile;
      const ours = loadHelplines(OURS);
      expect(ours.checked).toBe(shared.checked);
      let compared = 0;
      for (const [region, lines] of Object.entries(ours.regions)) {
        const theirs = shared.regions[region] ?? [];
        for (const h of lines.helplines) {
          const match = theirs.find(
            (s) => s.phone === h.phone && s.sms === h.sms && s.url === h.url && s.name === h.name,
          );
          expect({ region, id: h.id, source: match?.source }).toEqual({
            region,
            id: h.id,
            source: h.source,
          });
          compared += 1;
        }
        // And nothing the shared list knows is left out.
        expect({ region, count: lines.helplines.length }).toEqual({ region, count: theirs.length });
      }
      expect(compared).toBeGreaterThan(0);
    },
  );
  if (!sharedPresent) {
    it('notes why the shared comparison was skipped', () => {
      expect(existsSync(SHARED)).toBe(false);
    });
  }
});

describe('loadHelplines', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'sarathi-helplines-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  async function write(name: string, content: string): Promise<string> {
    const file = path.join(dir, name);
    await writeFile(file, content);
    return file;
  }

  it('names a missing file', () => {
    expect(() => loadHelplines(path.join(dir, 'absent.json'))).toThrow(HelplinesFileError);
  });

  it('rejects a file that is not JSON', async () => {
    const file = await write('broken.json', '{ not json');
    expect(() => loadHelplines(file)).toThrow(/not valid JSON/);
  });

  it('rejects an order that names a helpline that does not exist', async () => {
    const good = JSON.parse(await readFile(OURS, 'utf8')) as {
      regions: Record<string, { order: Record<string, string[]> }>;
    };
    const india = good.regions['IN'];
    if (india === undefined) throw new Error('fixture lacks IN');
    india.order['suicidal'] = ['in-no-such-line'];
    const file = await write('bad-order.json', JSON.stringify(good));
    expect(() => loadHelplines(file)).toThrow(/unknown in-no-such-line/);
  });

  it('rejects a file without the international directory', async () => {
    const good = JSON.parse(await readFile(OURS, 'utf8')) as { regions: Record<string, unknown> };
    delete good.regions['INTL'];
    const file = await write('no-intl.json', JSON.stringify(good));
    expect(() => loadHelplines(file)).toThrow(HelplinesFileError);
  });
});
