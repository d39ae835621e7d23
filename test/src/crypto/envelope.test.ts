/**
 * Envelope encryption end to end on real SQLite: per-user data keys wrapped by master keys,
 * reflections sealed with AAD that binds user, record and kind. What must fail, fails.
 */
import { createDecipheriv, randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createDataKeys,
  createMasterKeyRing,
  createUserCipher,
  DataKeyMissingError,
  DecryptionError,
  MasterKeyError,
  rotateDataKeys,
  unwrapDataKey,
  type MasterKey,
  type MasterKeyRing,
} from '../../../src/crypto/index.ts';
import { eraseUser } from '../../../src/privacy/index.ts';
import { createReflections, type ReflectionService } from '../../../src/reflections/index.ts';
import { openStores, type Stores } from '../../../src/stores/index.ts';

const root = mkdtempSync(join(tmpdir(), 'sarathi-crypto-'));
let fileCounter = 0;
const T0 = new Date('2026-05-01T06:00:00.000Z');

const masterKey = (id: string): MasterKey => ({ id, key: randomBytes(32) });

interface World {
  readonly file: string;
  readonly stores: Stores;
  ring: MasterKeyRing;
  reflections: ReflectionService;
}

async function openWorld(keys: MasterKey[]): Promise<World> {
  fileCounter++;
  const file = join(root, `db-${fileCounter}`, 'sarathi.db');
  const stores = await openStores({ driver: 'sqlite', file });
  const ring = createMasterKeyRing(keys);
  return { file, stores, ring, reflections: reflectionsFor(stores, ring) };
}

function reflectionsFor(stores: Stores, ring: MasterKeyRing): ReflectionService {
  return createReflections(
    stores.reflections,
    createUserCipher(createDataKeys(stores.dataKeys, ring)),
  );
}

async function newUser(stores: Stores): Promise<string> {
  const id = randomUUID();
  const { user } = await stores.identities.findOrCreateByIdentity({
    channel: 'telegram',
    channelUserId: id,
    address: id,
    now: T0,
  });
  return user.id;
}

let world: World;

beforeEach(async () => {
  world = await openWorld([masterKey('k1')]);
});

afterEach(async () => {
  await world.stores.close();
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('reflections sealed per user', () => {
  it('round-trips text (any script) and stores no plaintext', async () => {
    const userId = await newUser(world.stores);
    const text = 'Today I let go of the result — आज मैंने फल की चिंता छोड़ी';
    const written = await world.reflections.write({ userId, text, at: T0 });

    expect(written).toMatchObject({ text, createdAt: T0 });
    expect(await world.reflections.recent(userId, 5)).toEqual([written]);
    const [stored] = await world.stores.reflections.allFor(userId);
    expect(Buffer.from(stored!.ciphertext).includes(Buffer.from('result'))).toBe(false);
    expect(readFileSync(world.file).includes(Buffer.from('let go'))).toBe(false);
  });

  it('gives each user their own data key, wrapped by the active master key', async () => {
    const one = await newUser(world.stores);
    const two = await newUser(world.stores);
    await world.reflections.write({ userId: one, text: 'one', at: T0 });
    await world.reflections.write({ userId: two, text: 'two', at: T0 });

    const keyOne = unwrapDataKey(world.ring, (await world.stores.dataKeys.get(one))!);
    const keyTwo = unwrapDataKey(world.ring, (await world.stores.dataKeys.get(two))!);
    expect(keyOne.equals(keyTwo)).toBe(false);
    expect((await world.stores.dataKeys.get(one))?.masterKeyId).toBe('k1');
  });

  it('refuses tampered ciphertext, tag or iv', async () => {
    const userId = await newUser(world.stores);
    const cipher = createUserCipher(createDataKeys(world.stores.dataKeys, world.ring));
    const ref = { userId, kind: 'reflection' as const, recordId: randomUUID() };
    const sealed = await cipher.seal(ref, Buffer.from('my private words'), T0);
    const flip = (bytes: Uint8Array) => {
      const copy = Buffer.from(bytes);
      copy[0] = (copy[0] ?? 0) ^ 1;
      return copy;
    };

    expect((await cipher.open(ref, sealed)).toString()).toBe('my private words');
    for (const field of ['ciphertext', 'tag', 'iv'] as const) {
      await expect(
        cipher.open(ref, { ...sealed, [field]: flip(sealed[field]) }),
      ).rejects.toBeInstanceOf(DecryptionError);
    }
  });

  it('refuses the wrong AAD: another record id or another kind of record', async () => {
    const userId = await newUser(world.stores);
    const cipher = createUserCipher(createDataKeys(world.stores.dataKeys, world.ring));
    const ref = { userId, kind: 'reflection' as const, recordId: randomUUID() };
    const sealed = await cipher.seal(ref, Buffer.from('bound to its place'), T0);

    await expect(cipher.open({ ...ref, recordId: randomUUID() }, sealed)).rejects.toBeInstanceOf(
      DecryptionError,
    );
    await expect(cipher.open({ ...ref, kind: 'turn' }, sealed)).rejects.toBeInstanceOf(
      DecryptionError,
    );
  });

  it('refuses ciphertext swapped into another record or moved to another user', async () => {
    const victim = await newUser(world.stores);
    const other = await newUser(world.stores);
    await world.reflections.write({ userId: other, text: 'their own', at: T0 });
    await world.reflections.write({ userId: victim, text: 'secret of the victim', at: T0 });
    const [original] = await world.stores.reflections.allFor(victim);

    // The same bytes under a new record id of the same user…
    await world.stores.reflections.add({ ...original!, id: randomUUID() });
    await expect(world.reflections.recent(victim, 1)).rejects.toBeInstanceOf(DecryptionError);

    // …or moved into another user's rows (opened with that user's own key).
    await world.stores.reflections.add({
      ...original!,
      id: randomUUID(),
      userId: other,
      createdAt: new Date(T0.getTime() + 1),
    });
    await expect(world.reflections.recent(other, 1)).rejects.toBeInstanceOf(DecryptionError);
    await expect(world.reflections.all(other)).rejects.toBeInstanceOf(DecryptionError);
  });

  it('refuses a wrapped data key moved to another user', async () => {
    const owner = await newUser(world.stores);
    const thief = await newUser(world.stores);
    await world.reflections.write({ userId: owner, text: 'mine', at: T0 });
    const stolen = (await world.stores.dataKeys.get(owner))!;

    expect(() => unwrapDataKey(world.ring, { ...stolen, userId: thief })).toThrow(DecryptionError);
  });

  it('opens nothing for a user who has no key, and creates none by reading', async () => {
    const userId = await newUser(world.stores);
    expect(await world.reflections.recent(userId, 5)).toEqual([]);
    expect(await world.stores.dataKeys.get(userId)).toBeUndefined();
  });
});

describe('master key rotation', () => {
  it('re-wraps every data key under the new key, leaves reflections untouched, and is idempotent', async () => {
    const users = [
      await newUser(world.stores),
      await newUser(world.stores),
      await newUser(world.stores),
    ];
    for (const [index, userId] of users.entries()) {
      await world.reflections.write({ userId, text: `reflection ${index}`, at: T0 });
    }
    const before = await Promise.all(
      users.map((userId) => world.stores.reflections.allFor(userId)),
    );
    const k1 = world.ring.active;
    const k2 = masterKey('k2');
    const progress: Array<[number, number]> = [];

    const ring = createMasterKeyRing([k2, k1]);
    const result = await rotateDataKeys(world.stores.dataKeys, ring, {
      batchSize: 2,
      onProgress: ({ done, total }) => progress.push([done, total]),
    });

    expect(result).toMatchObject({ activeKeyId: 'k2', rewrapped: 3, skipped: 0 });
    expect(result.byMasterKey['k1']).toBeUndefined();
    expect(result.byMasterKey['k2']).toBe(3);
    expect(progress.at(0)).toEqual([0, 3]);
    expect(progress.at(-1)).toEqual([3, 3]);
    // The reflections' bytes did not change…
    const after = await Promise.all(users.map((userId) => world.stores.reflections.allFor(userId)));
    expect(after).toEqual(before);
    // …and they open with only the new master key configured.
    const onlyNew = reflectionsFor(world.stores, createMasterKeyRing([k2]));
    for (const [index, userId] of users.entries()) {
      expect((await onlyNew.recent(userId, 1))[0]?.text).toBe(`reflection ${index}`);
    }
    // Each re-wrap is audited by id.
    const audited = await world.stores.auditLog.list({ actor: 'operator' });
    expect(
      audited
        .filter((entry) => entry.action === 'data-key.rewrap')
        .map((e) => e.recordId)
        .sort(),
    ).toEqual([...users].sort());

    const again = await rotateDataKeys(world.stores.dataKeys, ring);
    expect(again).toMatchObject({ rewrapped: 0, skipped: 0, byMasterKey: { k2: 3 } });
  });

  it('new keys after a rotation are wrapped by the new active key', async () => {
    const k2 = masterKey('k2');
    const rotated = reflectionsFor(world.stores, createMasterKeyRing([k2, world.ring.active]));
    const userId = await newUser(world.stores);
    await rotated.write({ userId, text: 'after', at: T0 });
    expect((await world.stores.dataKeys.get(userId))?.masterKeyId).toBe('k2');
  });

  it('refuses to rotate (or read) keys whose master key is not configured, naming only its id', async () => {
    const userId = await newUser(world.stores);
    await world.reflections.write({ userId, text: 'under k1', at: T0 });
    const withoutK1 = createMasterKeyRing([masterKey('k3')]);

    await expect(rotateDataKeys(world.stores.dataKeys, withoutK1)).rejects.toThrow(
      /master key k1, which is not configured/,
    );
    await expect(reflectionsFor(world.stores, withoutK1).recent(userId, 1)).rejects.toBeInstanceOf(
      MasterKeyError,
    );
  });
});

describe('erasing a user (crypto-shredding)', () => {
  it('leaves nothing decryptable, even to someone holding the master key and a copy of the rows', async () => {
    const userId = await newUser(world.stores);
    const bystander = await newUser(world.stores);
    await world.reflections.write({ userId, text: 'gone for good', at: T0 });
    await world.reflections.write({ userId: bystander, text: 'still here', at: T0 });
    const copiedRows = await world.stores.reflections.allFor(userId);
    const wrapped = (await world.stores.dataKeys.get(userId))!.wrapped;

    expect(await eraseUser(world.stores, userId, T0)).toBe(true);

    // The wrapped key is gone from the store, the database file and its WAL.
    expect(await world.stores.dataKeys.get(userId)).toBeUndefined();
    for (const path of [world.file, `${world.file}-wal`]) {
      if (existsSync(path)) expect(readFileSync(path).includes(Buffer.from(wrapped))).toBe(false);
    }
    // With the master key, every data key still stored opens nothing of the copied rows.
    const cipher = createUserCipher(createDataKeys(world.stores.dataKeys, world.ring));
    const ref = { userId, kind: 'reflection' as const, recordId: copiedRows[0]!.id };
    await expect(cipher.open(ref, copiedRows[0]!)).rejects.toBeInstanceOf(DataKeyMissingError);
    const remaining = await world.stores.dataKeys.wrappedByOtherThan('none', 1000);
    expect(remaining.map((key) => key.userId)).toEqual([bystander]);
    for (const stored of remaining) {
      const key = unwrapDataKey(world.ring, stored);
      const attempt = () => {
        const decipher = createDecipheriv('aes-256-gcm', key, copiedRows[0]!.iv);
        decipher.setAuthTag(copiedRows[0]!.tag);
        return Buffer.concat([decipher.update(copiedRows[0]!.ciphertext), decipher.final()]);
      };
      expect(attempt).toThrow();
    }
    // Records and identity are gone; the bystander is untouched; the deletion is audited.
    expect(await world.stores.reflections.allFor(userId)).toEqual([]);
    expect(await world.stores.users.get(userId)).toBeUndefined();
    expect((await world.reflections.recent(bystander, 1))[0]?.text).toBe('still here');
    const audit = await world.stores.auditLog.list({ actor: `user:${userId}` });
    expect(audit.map((entry) => entry.action)).toEqual(
      expect.arrayContaining(['reflection.create', 'data-key.destroy', 'user.delete']),
    );
  });
});
