/**
 * Conformance cases for the aggregates of the reflections issue (data keys, reflections, audit
 * log), run inside `runStoreConformance` so every adapter must pass them. Like the rest of the
 * suite, each case uses its own random ids and never assumes an empty store.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { SealedReflection, Stores, WrappedDataKey } from '../../src/stores/index.ts';

const T0 = new Date('2026-04-01T08:00:00.000Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

export function describeReflectionAggregates(
  getStores: () => Stores,
  open: () => Promise<Stores>,
): void {
  async function newUserId(): Promise<string> {
    const id = `r-${randomUUID()}`;
    const { user } = await getStores().identities.findOrCreateByIdentity({
      channel: 'web',
      channelUserId: id,
      address: id,
      now: T0,
    });
    return user.id;
  }

  function wrappedKey(userId: string, masterKeyId = 'mk1'): WrappedDataKey {
    return { userId, masterKeyId, wrapped: randomBytes(61), createdAt: T0, wrappedAt: T0 };
  }

  function sealed(userId: string, minutes: number, extra: Partial<SealedReflection> = {}) {
    return {
      id: randomUUID(),
      userId,
      createdAt: at(minutes),
      iv: randomBytes(12),
      tag: randomBytes(16),
      ciphertext: randomBytes(40),
      ...extra,
    } satisfies SealedReflection;
  }

  describe('user data keys', () => {
    it('keeps the first key when several are put at once, and returns it to every caller', async () => {
      const userId = await newUserId();
      const candidates = Array.from({ length: 8 }, () => wrappedKey(userId));
      const results = await Promise.all(
        candidates.map((key) => getStores().dataKeys.putIfAbsent(key)),
      );

      const kept = await getStores().dataKeys.get(userId);
      expect(kept).toBeDefined();
      for (const result of results) expect(result).toEqual(kept);
      expect(
        candidates.some((key) => Buffer.from(key.wrapped).equals(Buffer.from(kept!.wrapped))),
      ).toBe(true);
    });

    it('re-wraps only from the expected master key, and audits each re-wrap', async () => {
      const userId = await newUserId();
      await getStores().dataKeys.putIfAbsent(wrappedKey(userId, 'old'));
      const change = {
        userId,
        fromMasterKeyId: 'old',
        toMasterKeyId: 'new',
        wrapped: randomBytes(61),
        at: at(5),
        actor: 'operator',
      };

      expect(await getStores().dataKeys.rewrap(change)).toBe(true);
      expect(await getStores().dataKeys.rewrap({ ...change, wrapped: randomBytes(61) })).toBe(
        false,
      );

      const stored = await getStores().dataKeys.get(userId);
      expect(stored).toMatchObject({ masterKeyId: 'new', createdAt: T0, wrappedAt: at(5) });
      expect(Buffer.from(stored!.wrapped).equals(Buffer.from(change.wrapped))).toBe(true);
      expect(await getStores().auditLog.list({ recordId: userId })).toEqual([
        expect.objectContaining({
          actor: 'operator',
          action: 'data-key.rewrap',
          recordType: 'data-key',
        }),
      ]);
    });

    it('lists keys under other master keys in pages and counts keys per master key', async () => {
      const masterKeyId = `page-${randomUUID().slice(0, 8)}`;
      const users = [await newUserId(), await newUserId(), await newUserId()];
      for (const userId of users)
        await getStores().dataKeys.putIfAbsent(wrappedKey(userId, masterKeyId));

      const counts = await getStores().dataKeys.countByMasterKey();
      expect(counts[masterKeyId]).toBe(3);
      const page = await getStores().dataKeys.wrappedByOtherThan('some-other-key', 100_000);
      expect(users.every((userId) => page.some((key) => key.userId === userId))).toBe(true);
      expect(await getStores().dataKeys.wrappedByOtherThan('x', 2)).toHaveLength(2);
      const none = await getStores().dataKeys.wrappedByOtherThan(masterKeyId, 100_000);
      expect(none.some((key) => users.includes(key.userId))).toBe(false);
    });

    it('destroys a key once (audited) and goes with its user', async () => {
      const userId = await newUserId();
      await getStores().dataKeys.putIfAbsent(wrappedKey(userId));

      expect(await getStores().dataKeys.destroy(userId, `user:${userId}`, at(1))).toBe(true);
      expect(await getStores().dataKeys.destroy(userId, `user:${userId}`, at(2))).toBe(false);
      expect(await getStores().dataKeys.get(userId)).toBeUndefined();
      expect(await getStores().auditLog.list({ recordId: userId })).toEqual([
        expect.objectContaining({ action: 'data-key.destroy', actor: `user:${userId}` }),
      ]);

      const other = await newUserId();
      await getStores().dataKeys.putIfAbsent(wrappedKey(other));
      await getStores().users.delete(other);
      expect(await getStores().dataKeys.get(other)).toBeUndefined();
    });
  });

  describe('reflections', () => {
    it('keeps ciphertext, ids and journey links as written, newest first, per user', async () => {
      const userId = await newUserId();
      const other = await newUserId();
      const first = sealed(userId, 1);
      const second = sealed(userId, 2, { journeyId: 'calmer-mind', journeyDay: 3 });
      const sameTime = sealed(userId, 2);
      for (const reflection of [first, second, sameTime, sealed(other, 9)]) {
        await getStores().reflections.add(reflection);
      }

      const recent = await getStores().reflections.recent(userId, 2);
      expect(recent.map((r) => r.id)).toEqual([sameTime.id, second.id]);
      const all = await getStores().reflections.allFor(userId);
      expect(all.map((r) => r.id)).toEqual([sameTime.id, second.id, first.id]);
      const back = all.find((r) => r.id === second.id);
      expect(back).toMatchObject({
        userId,
        createdAt: at(2),
        journeyId: 'calmer-mind',
        journeyDay: 3,
      });
      for (const field of ['iv', 'tag', 'ciphertext'] as const) {
        expect(Buffer.from(back![field]).equals(Buffer.from(second[field]))).toBe(true);
      }
      expect(all.find((r) => r.id === first.id)).not.toHaveProperty('journeyId');
    });

    it('audits each new reflection by id, in the same write', async () => {
      const userId = await newUserId();
      const reflection = sealed(userId, 0);
      await getStores().reflections.add(reflection);

      expect(await getStores().auditLog.list({ recordId: reflection.id })).toEqual([
        {
          id: expect.any(String),
          at: at(0),
          actor: `user:${userId}`,
          action: 'reflection.create',
          recordType: 'reflection',
          recordId: reflection.id,
        },
      ]);
    });

    it('refuses a duplicate id, a half journey link and a missing user, writing nothing', async () => {
      const userId = await newUserId();
      const reflection = sealed(userId, 0);
      await getStores().reflections.add(reflection);

      await expect(getStores().reflections.add(reflection)).rejects.toMatchObject({
        store: 'reflections',
        op: 'add',
      });
      await expect(
        getStores().reflections.add(sealed(userId, 1, { journeyId: 'x' })),
      ).rejects.toMatchObject({ store: 'reflections' });
      const orphan = sealed(randomUUID(), 1);
      await expect(getStores().reflections.add(orphan)).rejects.toMatchObject({ op: 'add' });
      expect(await getStores().auditLog.list({ recordId: orphan.id })).toEqual([]);
      expect(await getStores().reflections.allFor(userId)).toHaveLength(1);
    });

    it('go with their user, and deleteAllFor removes one user’s only', async () => {
      const userId = await newUserId();
      const other = await newUserId();
      await getStores().reflections.add(sealed(userId, 0));
      await getStores().reflections.add(sealed(other, 0));

      expect(await getStores().reflections.deleteAllFor(other)).toBe(1);
      expect(await getStores().reflections.allFor(userId)).toHaveLength(1);
      await getStores().users.delete(userId);
      expect(await getStores().reflections.allFor(userId)).toEqual([]);
    });
  });

  describe('audit log', () => {
    it('lists by actor or record, newest first, and survives the user it names', async () => {
      const userId = await newUserId();
      const actor = `user:${userId}`;
      for (const [minutes, action] of [
        [1, 'user.export'],
        [2, 'user.delete'],
      ] as const) {
        await getStores().auditLog.record({
          at: at(minutes),
          actor,
          action,
          recordType: 'user',
          recordId: userId,
        });
      }
      await getStores().users.delete(userId);

      const entries = await getStores().auditLog.list({ actor });
      expect(entries.map((entry) => entry.action)).toEqual(['user.delete', 'user.export']);
      expect(await getStores().auditLog.list({ actor, limit: 1 })).toHaveLength(1);
      expect(await getStores().auditLog.list({ recordId: userId })).toHaveLength(2);
    });

    it('refuses anything but ids: sentences, unknown actions', async () => {
      const base = {
        at: T0,
        actor: 'operator',
        action: 'user.export',
        recordType: 'user',
        recordId: 'u1',
      } as const;
      await expect(
        getStores().auditLog.record({ ...base, recordId: 'I wrote something private' }),
      ).rejects.toMatchObject({ store: 'auditLog', op: 'record' });
      await expect(
        getStores().auditLog.record({ ...base, action: 'read.everything' as never }),
      ).rejects.toMatchObject({ store: 'auditLog' });
    });

    it('is durable across closing and opening again', async () => {
      const recordId = randomUUID();
      await getStores().auditLog.record({
        at: T0,
        actor: 'operator',
        action: 'user.export',
        recordType: 'user',
        recordId,
      });
      const again = await open();
      try {
        expect(await again.auditLog.list({ recordId })).toHaveLength(1);
      } finally {
        await again.close();
      }
    });
  });

  describe('identities of a user', () => {
    it('lists every channel identity of one user and nobody else’s', async () => {
      const userId = await newUserId();
      const identities = await getStores().identities.identitiesOf(userId);
      expect(identities).toEqual([
        { channel: 'web', channelUserId: expect.stringMatching(/^r-/), userId, createdAt: T0 },
      ]);
      expect(await getStores().identities.identitiesOf(randomUUID())).toEqual([]);
    });
  });
}
