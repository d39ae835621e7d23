import { KEY_BYTES } from './aes-gcm.ts';
import { MasterKeyError } from './errors.ts';

export interface MasterKey {
  readonly id: string;
  readonly key: Uint8Array;
}

/**
 * The master keys this process knows. The first is active: new data keys are wrapped with it
 * and a rotation re-wraps everything under it; the others only unwrap keys not yet rotated.
 */
export interface MasterKeyRing {
  readonly active: MasterKey;
  readonly ids: readonly string[];
  get(id: string): MasterKey | undefined;
}

const KEY_ID = /^[A-Za-z0-9_-]{1,32}$/;

export function createMasterKeyRing(keys: readonly MasterKey[]): MasterKeyRing {
  const [active] = keys;
  if (active === undefined) throw new MasterKeyError('no master key given');
  const byId = new Map<string, MasterKey>();
  for (const [index, entry] of keys.entries()) {
    if (!KEY_ID.test(entry.id)) {
      throw new MasterKeyError(`master key ${index + 1}: the id must be 1-32 of A-Z a-z 0-9 _ -`);
    }
    if (entry.key.byteLength !== KEY_BYTES) {
      throw new MasterKeyError(`master key ${entry.id} must be ${KEY_BYTES} bytes`);
    }
    if (byId.has(entry.id)) throw new MasterKeyError(`master key id ${entry.id} is given twice`);
    byId.set(entry.id, { id: entry.id, key: Uint8Array.from(entry.key) });
  }
  return {
    active: byId.get(active.id) ?? active,
    ids: [...byId.keys()],
    get: (id) => byId.get(id),
  };
}

/**
 * Parses the `id:base64` list format of MASTER_KEYS and key files (commas or new lines between
 * entries; `#` starts a comment line). Errors name the entry, never the key.
 */
export function parseMasterKeys(text: string, source: string): MasterKey[] {
  const entries = text
    .split(/[\n,]/u)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  return entries.map((entry, index) => {
    const match = /^([^:]+):([A-Za-z0-9+/]+=*)$/u.exec(entry);
    if (match === null) {
      throw new MasterKeyError(`${source} entry ${index + 1} must be id:base64`);
    }
    return { id: match[1] ?? '', key: Buffer.from(match[2] ?? '', 'base64') };
  });
}

export function formatMasterKey(key: MasterKey): string {
  return `${key.id}:${Buffer.from(key.key).toString('base64')}`;
}
