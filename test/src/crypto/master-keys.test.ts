import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../../src/config/index.ts';
import {
  formatMasterKey,
  generatedKeyFile,
  loadMasterKeys,
  MasterKeyError,
  type MasterKeySettings,
} from '../../../src/crypto/index.ts';

let dir: string;
let warnings: Array<{ details: object; message: string }>;
const log = { warn: (details: object, message: string) => warnings.push({ details, message }) };

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'sarathi-keys-'));
  warnings = [];
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function settings(overrides: Partial<MasterKeySettings> = {}): MasterKeySettings {
  return {
    mode: 'embedded',
    masterKeys: [],
    masterKeyFile: undefined,
    secretsDir: path.join(dir, 'secrets'),
    dataDir: path.join(dir, 'data'),
    ...overrides,
  };
}

describe('master keys', () => {
  it('come from MASTER_KEYS in order, the first one active', async () => {
    const env = `k2:${randomBytes(32).toString('base64')},k1:${randomBytes(32).toString('base64')}`;
    const config = loadConfig({ MASTER_KEYS: env, DATA_DIR: path.join(dir, 'd') });

    const ring = await loadMasterKeys({ ...config, masterKeys: config.masterKeys }, log);

    expect(ring.active.id).toBe('k2');
    expect(ring.ids).toEqual(['k2', 'k1']);
    expect(ring.get('k1')?.key.byteLength).toBe(32);
    expect(warnings).toEqual([]);
  });

  it('come from MASTER_KEY_FILE (one id:base64 a line, comments allowed)', async () => {
    const file = path.join(dir, 'keys');
    const key = { id: 'prod-2026', key: randomBytes(32) };
    await writeFile(file, `# rotated in May\n${formatMasterKey(key)}\n`, { mode: 0o600 });

    const ring = await loadMasterKeys(settings({ mode: 'production', masterKeyFile: file }), log);

    expect(ring.active.id).toBe('prod-2026');
    expect(Buffer.from(ring.active.key).equals(key.key)).toBe(true);
  });

  it('tightens a key file readable by others to 0600, and says so', async () => {
    const file = path.join(dir, 'keys');
    await writeFile(file, formatMasterKey({ id: 'k', key: randomBytes(32) }));
    await chmod(file, 0o644);

    await loadMasterKeys(settings({ masterKeyFile: file }), log);

    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(warnings).toHaveLength(1);
  });

  it('are refused, one clear line each, when missing in production, malformed, or given twice', async () => {
    await expect(loadMasterKeys(settings({ mode: 'production' }), log)).rejects.toThrow(
      'MASTER_KEYS or MASTER_KEY_FILE is required when SARATHI_MODE=production',
    );
    expect(() => loadConfig({ SARATHI_MODE: 'production' })).toThrow(
      /MASTER_KEYS or MASTER_KEY_FILE/,
    );
    const file = path.join(dir, 'bad');
    await writeFile(file, 'not a key\n');
    await expect(loadMasterKeys(settings({ masterKeyFile: file }), log)).rejects.toThrow(
      'MASTER_KEY_FILE entry 1 must be id:base64',
    );
    await writeFile(file, `short:${randomBytes(16).toString('base64')}\n`);
    await expect(loadMasterKeys(settings({ masterKeyFile: file }), log)).rejects.toThrow(
      'master key short must be 32 bytes',
    );
    const key = { id: 'a', key: randomBytes(32) };
    await expect(
      loadMasterKeys(settings({ masterKeys: [key], masterKeyFile: file }), log),
    ).rejects.toBeInstanceOf(MasterKeyError);
    await expect(loadMasterKeys(settings({ masterKeys: [key, key] }), log)).rejects.toThrow(
      'master key id a is given twice',
    );
  });

  it('are generated once in the embedded mode: a 0600 file in SECRETS_DIR, with one warning', async () => {
    const first = await loadMasterKeys(settings(), log);
    const second = await loadMasterKeys(settings(), log);

    const file = generatedKeyFile(settings());
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect((await stat(path.dirname(file))).mode & 0o777).toBe(0o700);
    expect(second.active.id).toBe(first.active.id);
    expect(Buffer.from(second.active.key).equals(Buffer.from(first.active.key))).toBe(true);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.message).toMatch(/generated a master key/);
    // The warning names the file, never the key.
    expect(JSON.stringify(warnings)).not.toContain(
      Buffer.from(first.active.key).toString('base64'),
    );
    expect(await readFile(file, 'utf8')).toMatch(/^local-[a-z0-9]+:[A-Za-z0-9+/]+=*\n$/);
  });

  it('are never generated inside the data folder', async () => {
    const inside = settings({ secretsDir: path.join(dir, 'data', 'secrets') });
    await expect(loadMasterKeys(inside, log)).rejects.toThrow(/must not be inside DATA_DIR/);
    await expect(
      loadMasterKeys(settings({ secretsDir: path.join(dir, 'data') }), log),
    ).rejects.toThrow(/must not be inside DATA_DIR/);
  });
});
