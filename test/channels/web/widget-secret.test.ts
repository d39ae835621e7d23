import { chmod, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  loadOrCreateWidgetSecret,
  parseWidgetSecrets,
  WidgetSecretError,
} from '../../../channels/web/index.ts';

describe('the embedded mode’s widget secret file', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'sarathi-widget-secret-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('is created once with 0600 permissions in a 0700 folder, then reused', async () => {
    const file = path.join(dir, '.secrets', 'widget-session-secret');
    const first = await loadOrCreateWidgetSecret(file);
    expect(first.id).toBe('local');
    expect(first.secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect((await stat(path.dirname(file))).mode & 0o777).toBe(0o700);
    expect((await readFile(file, 'utf8')).trim()).toBe(first.secret);
    expect(await loadOrCreateWidgetSecret(file)).toEqual(first);
  });

  it('keeps one secret when two starts race', async () => {
    const file = path.join(dir, 'secret');
    const [a, b] = await Promise.all([
      loadOrCreateWidgetSecret(file),
      loadOrCreateWidgetSecret(file),
    ]);
    expect(a.secret).toBe(b.secret);
  });

  it('tightens a file others could read, and refuses one too short to be a secret', async () => {
    const loose = path.join(dir, 'loose');
    await writeFile(loose, `${'s'.repeat(40)}\n`);
    await chmod(loose, 0o644);
    expect((await loadOrCreateWidgetSecret(loose)).secret).toBe('s'.repeat(40));
    expect((await stat(loose)).mode & 0o777).toBe(0o600);
    const short = path.join(dir, 'short');
    await writeFile(short, 'short\n', { mode: 0o600 });
    await expect(loadOrCreateWidgetSecret(short)).rejects.toBeInstanceOf(WidgetSecretError);
  });
});

describe('WIDGET_SESSION_SECRET', () => {
  const long = (c: string) => c.repeat(32);

  it.each([
    ['one bare secret', long('a'), [{ id: 'k1', secret: long('a') }]],
    [
      'a rotation list, first active',
      `k2:${long('b')}, k1:${long('a')}`,
      [
        { id: 'k2', secret: long('b') },
        { id: 'k1', secret: long('a') },
      ],
    ],
  ])('parses %s', (_name, value, expected) => {
    expect(parseWidgetSecrets(value)).toEqual(expected);
  });

  it.each([
    ['nothing', ' , '],
    ['a short secret', 'k1:short'],
    ['a list entry without an id', `${long('a')},k2:${long('b')}`],
    ['repeated ids', `k1:${long('a')},k1:${long('b')}`],
  ])('refuses %s without echoing the value', (_name, value) => {
    let error: unknown;
    try {
      parseWidgetSecrets(value);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(WidgetSecretError);
    expect((error as Error).message).not.toContain(long('a'));
  });
});
