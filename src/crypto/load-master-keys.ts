/**
 * Where master keys come from: `MASTER_KEYS` (id:base64 list, first active), else the file
 * `MASTER_KEY_FILE` names (same format, one entry a line). Production has no fallback. The
 * embedded mode generates a key once into SECRETS_DIR (0600, never inside DATA_DIR, so a copied
 * data folder does not carry the key that opens it) and warns that it did.
 */
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { KEY_BYTES } from './aes-gcm.ts';
import { MasterKeyError } from './errors.ts';
import {
  createMasterKeyRing,
  formatMasterKey,
  parseMasterKeys,
  type MasterKey,
  type MasterKeyRing,
} from './master-key-ring.ts';

export const GENERATED_KEY_FILE = 'master-keys';

export interface MasterKeySettings {
  readonly mode: 'embedded' | 'production';
  readonly masterKeys: readonly MasterKey[];
  readonly masterKeyFile: string | undefined;
  readonly secretsDir: string;
  readonly dataDir: string;
}

export interface MasterKeyWarnings {
  warn(details: object, message: string): void;
}

export async function loadMasterKeys(
  settings: MasterKeySettings,
  log: MasterKeyWarnings,
): Promise<MasterKeyRing> {
  if (settings.masterKeys.length > 0 && settings.masterKeyFile !== undefined) {
    throw new MasterKeyError('set MASTER_KEYS or MASTER_KEY_FILE, not both');
  }
  if (settings.masterKeys.length > 0) return createMasterKeyRing(settings.masterKeys);
  if (settings.masterKeyFile !== undefined) {
    return createMasterKeyRing(await readKeyFile(settings.masterKeyFile, 'MASTER_KEY_FILE', log));
  }
  if (settings.mode === 'production') {
    throw new MasterKeyError(
      'MASTER_KEYS or MASTER_KEY_FILE is required when SARATHI_MODE=production',
    );
  }
  return createMasterKeyRing(await loadOrCreateGeneratedKey(settings, log));
}

/** The embedded mode's generated key file, created on first use. */
export function generatedKeyFile(settings: Pick<MasterKeySettings, 'secretsDir'>): string {
  return path.join(settings.secretsDir, GENERATED_KEY_FILE);
}

async function loadOrCreateGeneratedKey(
  settings: MasterKeySettings,
  log: MasterKeyWarnings,
): Promise<MasterKey[]> {
  const inside = path.relative(settings.dataDir, settings.secretsDir);
  if (inside === '' || (!inside.startsWith('..') && !path.isAbsolute(inside))) {
    throw new MasterKeyError(
      'SECRETS_DIR must not be inside DATA_DIR: a copy of the data folder would carry its key',
    );
  }
  const file = generatedKeyFile(settings);
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  const key = newLocalKey();
  try {
    // 'wx' fails when the file exists, so two processes starting at once keep one key.
    await writeFile(file, `${formatMasterKey(key)}\n`, { mode: 0o600, flag: 'wx' });
    log.warn(
      { file },
      'generated a master key for the embedded mode; back it up: without it no reflection can be read. Production needs MASTER_KEYS or MASTER_KEY_FILE',
    );
    return [key];
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
      throw new MasterKeyError(`cannot create the master key file ${file}`, { cause: error });
    }
  }
  return readKeyFile(file, 'the generated master key file', log);
}

function newLocalKey(): MasterKey {
  return { id: `local-${Date.now().toString(36)}`, key: randomBytes(KEY_BYTES) };
}

/**
 * `sarathi keys rotate --generate` in the embedded mode: puts a fresh key first in the
 * generated key file (so it becomes active), keeping the older ones to unwrap what the rotation
 * has not re-wrapped yet. Configured keys are the operator's to change, so this refuses them.
 */
export async function addGeneratedMasterKey(
  settings: MasterKeySettings,
  log: MasterKeyWarnings,
): Promise<MasterKeyRing> {
  if (settings.masterKeys.length > 0 || settings.masterKeyFile !== undefined) {
    throw new MasterKeyError(
      "--generate works only with the embedded mode's generated key file; with MASTER_KEYS or MASTER_KEY_FILE, put the new key first there and run sarathi keys rotate",
    );
  }
  const existing = await loadOrCreateGeneratedKey(settings, log);
  let fresh = newLocalKey();
  // Two rotations in the same millisecond would otherwise mint the same id.
  while (existing.some((key) => key.id === fresh.id)) fresh = { ...fresh, id: `${fresh.id}x` };
  const keys = [fresh, ...existing];
  const file = generatedKeyFile(settings);
  const temporary = `${file}.${process.pid}.tmp`;
  // Written aside and renamed: a crash leaves either the old file or the new one, never half.
  await writeFile(temporary, `${keys.map(formatMasterKey).join('\n')}\n`, { mode: 0o600 });
  await rename(temporary, file);
  return createMasterKeyRing(keys);
}

async function readKeyFile(
  file: string,
  source: string,
  log: MasterKeyWarnings,
): Promise<MasterKey[]> {
  let text: string;
  try {
    const info = await stat(file);
    if ((info.mode & 0o077) !== 0) {
      // Tighten rather than refuse: the key is no less secret for having been exposed locally.
      await chmod(file, 0o600);
      log.warn({ file }, `${source} was readable by other users; its mode is now 0600`);
    }
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new MasterKeyError(`cannot read ${source} ${file}`, { cause: error });
  }
  const keys = parseMasterKeys(text, source);
  if (keys.length === 0) throw new MasterKeyError(`${source} ${file} holds no key`);
  return keys;
}
