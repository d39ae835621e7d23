/**
 * The contract every storage adapter must honour, run against a real backend.
 *
 * `open()` must return stores over the SAME data on every call (a file, a database name), so
 * the suite can test durability by closing and opening again. Tests therefore never assume an
 * empty store: each one uses its own random ids, and purges are checked through what remains.
 */
import { randomUUID } from 'node:crypto';
import { StoreError } from '../../src/stores/index.ts';
import type { ChannelName } from '../../src/messages/index.ts';
import type { FirstContact, NewTurn, Stores } from '../../src/stores/index.ts';
import { describeReflectionAggregates } from './reflection-conformance.ts';

const T0 = new Date('2026-03-01T10:00:00.000Z');

function minutes(n: number, from: Date = T0): Date {
  return new Date(from.getTime() + n * 60_000);
}

function contact(overrides: Partial<FirstContact> = {}): FirstContact {
  const id = `u-${randomUUID()}`;
  return { channel: 'telegram', channelUserId: id, address: `chat-${id}`, now: T0, ...overrides };
}

export function runStoreConformance(name: string, open: () => Promise<Stores>): void {
  describe(`store conformance: ${name}`, () => {
    let stores: Stores;

    beforeAll(async () => {
      stores = await open();
    });

    afterAll(async () => {
      await stores.close();
    });

    async function newUserId(): Promise<string> {
      const { user } = await stores.identities.findOrCreateByIdentity(contact());
      return user.id;
    }

    describe('first contact', () => {
      it('creates a user, identity and address once, then finds them', async () => {
        const first = contact({ now: T0 });
        const made = await stores.identities.findOrCreateByIdentity(first);
        const again = await stores.identities.findOrCreateByIdentity({
          ...first,
          now: minutes(5),
        });

        expect(made.created).toBe(true);
        expect(made.user.id).toMatch(/^[0-9a-f-]{36}$/);
        expect(made.user.createdAt).toEqual(T0);
        expect(made.user.settings).toEqual({});
        expect(again.created).toBe(false);
        expect(again.user).toEqual(made.user);
        expect(await stores.users.get(made.user.id)).toEqual(made.user);
        expect(await stores.identities.addressesOf(made.user.id)).toEqual([
          {
            channel: 'telegram',
            address: first.address,
            userId: made.user.id,
            createdAt: T0,
            lastSeenAt: minutes(5),
          },
        ]);
      });

      it('creates one user when the same identity arrives concurrently', async () => {
        const first = contact();
        const results = await Promise.all(
          Array.from({ length: 12 }, () => stores.identities.findOrCreateByIdentity(first)),
        );

        expect(results.filter((r) => r.created)).toHaveLength(1);
        expect(new Set(results.map((r) => r.user.id)).size).toBe(1);
        expect(await stores.identities.addressesOf(results[0]!.user.id)).toHaveLength(1);
      });

      it('keeps the same channel user id on two channels as two users', async () => {
        const channelUserId = `same-${randomUUID()}`;
        const onTelegram = await stores.identities.findOrCreateByIdentity(
          contact({ channel: 'telegram', channelUserId, address: channelUserId }),
        );
        const onWhatsapp = await stores.identities.findOrCreateByIdentity(
          contact({ channel: 'whatsapp', channelUserId, address: channelUserId }),
        );

        expect(onTelegram.created).toBe(true);
        expect(onWhatsapp.created).toBe(true);
        expect(onWhatsapp.user.id).not.toBe(onTelegram.user.id);
      });

      it('adds a new address for a known identity and never moves lastSeenAt back', async () => {
        const first = contact({ now: minutes(10) });
        const { user } = await stores.identities.findOrCreateByIdentity(first);
        await stores.identities.findOrCreateByIdentity({ ...first, now: minutes(2) });
        await stores.identities.findOrCreateByIdentity({
          ...first,
          address: `${first.address}-2`,
          now: minutes(20),
        });

        const addresses = await stores.identities.addressesOf(user.id);
        expect(addresses.map((a) => [a.address, a.lastSeenAt])).toEqual([
          [first.address, minutes(10)],
          [`${first.address}-2`, minutes(20)],
        ]);
      });

      it('leaves an address shared by two people (a group chat) with its first owner', async () => {
        const group = `group-${randomUUID()}`;
        const a = await stores.identities.findOrCreateByIdentity(contact({ address: group }));
        const b = await stores.identities.findOrCreateByIdentity(contact({ address: group }));

        expect(b.created).toBe(true);
        expect(b.user.id).not.toBe(a.user.id);
        expect((await stores.identities.addressesOf(a.user.id)).map((x) => x.address)).toEqual([
          group,
        ]);
        expect(await stores.identities.addressesOf(b.user.id)).toEqual([]);
      });

      it('rejects an empty identity with a StoreError', async () => {
        await expect(
          stores.identities.findOrCreateByIdentity(contact({ channelUserId: '' })),
        ).rejects.toMatchObject({
          name: 'StoreError',
          store: 'identities',
          op: 'findOrCreateByIdentity',
        });
      });
    });

    describe('user settings', () => {
      it('sets, keeps and clears settings field by field', async () => {
        const id = await newUserId();

        const set = await stores.users.updateSettings(id, {
          locale: 'hi-IN',
          region: 'IN',
          timeZone: 'Asia/Kolkata',
          preferredChannel: 'whatsapp',
        });
        const partly = await stores.users.updateSettings(id, { region: null, locale: 'en-IN' });

        expect(set?.settings).toEqual({
          locale: 'hi-IN',
          region: 'IN',
          timeZone: 'Asia/Kolkata',
          preferredChannel: 'whatsapp',
        });
        expect(partly?.settings).toEqual({
          locale: 'en-IN',
          timeZone: 'Asia/Kolkata',
          preferredChannel: 'whatsapp',
        });
        expect((await stores.users.get(id))?.settings).toEqual(partly?.settings);
      });

      it('changes nothing for an empty patch', async () => {
        const id = await newUserId();
        await stores.users.updateSettings(id, { timeZone: 'Europe/London' });

        const same = await stores.users.updateSettings(id, {});

        expect(same?.settings).toEqual({ timeZone: 'Europe/London' });
      });
    });

    describe('deleting a user', () => {
      it('removes the user with their identities, addresses and turns, and nobody else', async () => {
        const mine = contact();
        const { user } = await stores.identities.findOrCreateByIdentity(mine);
        const otherId = await newUserId();
        for (const userId of [user.id, otherId]) {
          await stores.turns.append({
            userId,
            role: 'assistant',
            kind: 'extractive',
            at: T0,
            citations: ['2.47'],
          });
        }

        expect(await stores.users.delete(user.id)).toBe(true);

        expect(await stores.users.get(user.id)).toBeUndefined();
        expect(await stores.identities.addressesOf(user.id)).toEqual([]);
        expect(await stores.turns.recent(user.id, 10)).toEqual([]);
        expect(await stores.turns.recent(otherId, 10)).toHaveLength(1);
        const again = await stores.identities.findOrCreateByIdentity({ ...mine, now: minutes(1) });
        expect(again.created).toBe(true);
        expect(again.user.id).not.toBe(user.id);
      });

      it('says false for a user that does not exist', async () => {
        expect(await stores.users.delete(randomUUID())).toBe(false);
      });
    });

    describe('channel state', () => {
      it('keeps one document per address, replaced on write, and forgets it with the user', async () => {
        const mine = contact();
        const { user } = await stores.identities.findOrCreateByIdentity(mine);
        expect(await stores.channelState.get('telegram', mine.address)).toBeUndefined();

        await stores.channelState.put('telegram', mine.address, '{"v":1}', T0);
        await stores.channelState.put('telegram', mine.address, '{"v":2}', minutes(1));
        await stores.channelState.put('web', mine.address, '{"other":true}', T0);

        expect(JSON.parse((await stores.channelState.get('telegram', mine.address)) ?? '')).toEqual(
          { v: 2 },
        );
        await stores.users.delete(user.id);
        expect(await stores.channelState.get('telegram', mine.address)).toBeUndefined();
        // Not this user's address on that channel: untouched.
        expect(await stores.channelState.get('web', mine.address)).toBe('{"other":true}');
      });

      it('refuses anything that is not a JSON document', async () => {
        await expect(
          stores.channelState.put('telegram', 'x', 'not json', T0),
        ).rejects.toBeInstanceOf(StoreError);
      });
    });

    describe('blocked addresses', () => {
      it('records the first permanent failure and keeps it', async () => {
        const first = contact();
        const { user } = await stores.identities.findOrCreateByIdentity(first);

        const marked = await stores.identities.markAddressBlocked(
          'telegram',
          first.address,
          'telegram:403',
          minutes(30),
        );
        await stores.identities.markAddressBlocked(
          'telegram',
          first.address,
          'telegram:400',
          minutes(40),
        );

        expect(marked).toBe(true);
        const [address] = await stores.identities.addressesOf(user.id);
        expect(address?.blockedAt).toEqual(minutes(30));
        expect(address?.blockedReason).toBe('telegram:403');
      });

      it('says false for an unknown address', async () => {
        const marked = await stores.identities.markAddressBlocked(
          'telegram',
          `nobody-${randomUUID()}`,
          'telegram:403',
          T0,
        );

        expect(marked).toBe(false);
      });

      it('lifts a block when the person writes again after it, not before', async () => {
        const first = contact({ now: T0 });
        const { user } = await stores.identities.findOrCreateByIdentity(first);
        await stores.identities.markAddressBlocked('telegram', first.address, 'gone', minutes(30));

        // A message stamped before the failure (processed late) proves nothing.
        await stores.identities.findOrCreateByIdentity({ ...first, now: minutes(20) });
        const stillBlocked = await stores.identities.addressesOf(user.id);
        await stores.identities.findOrCreateByIdentity({ ...first, now: minutes(31) });
        const reachable = await stores.identities.addressesOf(user.id);

        expect(stillBlocked[0]?.blockedAt).toEqual(minutes(30));
        expect(reachable[0]?.blockedAt).toBeUndefined();
        expect(reachable[0]?.blockedReason).toBeUndefined();
        expect(reachable[0]?.lastSeenAt).toEqual(minutes(31));
      });
    });

    describe('processed inbound keys', () => {
      it('is true the first time and false after, per channel', async () => {
        const key = `update-${randomUUID()}`;

        const first = await stores.processed.markFirstSeen('telegram', key, T0);
        const second = await stores.processed.markFirstSeen('telegram', key, minutes(1));
        const otherChannel = await stores.processed.markFirstSeen('whatsapp', key, T0);

        expect([first, second, otherChannel]).toEqual([true, false, true]);
      });

      it('gives exactly one true to concurrent callers', async () => {
        const key = `update-${randomUUID()}`;
        const results = await Promise.all(
          Array.from({ length: 12 }, () => stores.processed.markFirstSeen('web', key, T0)),
        );

        expect(results.filter(Boolean)).toHaveLength(1);
      });

      it('remembers keys after the store is closed and opened again', async () => {
        const key = `update-${randomUUID()}`;
        const before = await open();
        expect(await before.processed.markFirstSeen('telegram', key, T0)).toBe(true);
        await before.close();

        const after = await open();
        try {
          expect(await after.processed.markFirstSeen('telegram', key, T0)).toBe(false);
        } finally {
          await after.close();
        }
      });

      it('purges keys older than the cutoff and keeps newer ones', async () => {
        const old = `old-${randomUUID()}`;
        const fresh = `fresh-${randomUUID()}`;
        const longAgo = new Date('2001-01-01T00:00:00.000Z');
        await stores.processed.markFirstSeen('telegram', old, longAgo);
        await stores.processed.markFirstSeen('telegram', fresh, T0);

        const removed = await stores.processed.purgeOlderThan(minutes(-60));

        expect(removed).toBeGreaterThanOrEqual(1);
        expect(await stores.processed.markFirstSeen('telegram', fresh, T0)).toBe(false);
        // Forgotten, so it counts as new again: that is what expiry means.
        expect(await stores.processed.markFirstSeen('telegram', old, T0)).toBe(true);
      });
    });

    describe('conversation turns', () => {
      function turn(userId: string, at: Date, overrides: Partial<NewTurn> = {}): NewTurn {
        return { userId, role: 'user', kind: 'question', at, citations: [], ...overrides };
      }

      it('returns turns newest first, limited, ties in the order written', async () => {
        const userId = await newUserId();
        const other = await newUserId();
        await stores.turns.append(turn(userId, minutes(1), { kind: 'first' }));
        await stores.turns.append(turn(userId, minutes(3), { kind: 'third-a' }));
        await stores.turns.append(turn(userId, minutes(2), { kind: 'second' }));
        await stores.turns.append(turn(userId, minutes(3), { kind: 'third-b' }));
        await stores.turns.append(turn(other, minutes(9), { kind: 'someone-else' }));

        const recent = await stores.turns.recent(userId, 3);

        expect(recent.map((t) => t.kind)).toEqual(['third-b', 'third-a', 'second']);
        expect(await stores.turns.recent(userId, 0)).toEqual([]);
      });

      it('keeps role, citations, theme and sealed bytes as written', async () => {
        const userId = await newUserId();
        const sealed = new Uint8Array([0, 1, 2, 250, 255]);

        const stored = await stores.turns.append(
          turn(userId, minutes(1), {
            role: 'assistant',
            kind: 'answer',
            citations: ['2.47', '13.35'],
            themeId: 'anxiety-about-results',
            sealed,
          }),
        );
        const [read] = await stores.turns.recent(userId, 1);

        expect(stored.id).toEqual(expect.any(String));
        expect(read).toEqual(stored);
        expect(read).toMatchObject({
          role: 'assistant',
          kind: 'answer',
          at: minutes(1),
          citations: ['2.47', '13.35'],
          themeId: 'anxiety-about-results',
        });
        expect(Array.from(read?.sealed ?? [])).toEqual([0, 1, 2, 250, 255]);
      });

      it('refuses anything that looks like message text outside the sealed bytes', async () => {
        const userId = await newUserId();
        const attempts: NewTurn[] = [
          turn(userId, T0, { kind: 'I feel lost at work' }),
          turn(userId, T0, { themeId: 'my boss shouted at me' }),
          turn(userId, T0, { citations: ['2.47', 'what should I do now?'] }),
          turn(userId, T0, { citations: Array.from({ length: 51 }, () => '2.47') }),
          turn(userId, T0, { role: 'system' as NewTurn['role'] }),
          turn(userId, T0, { sealed: 'plain words' as unknown as Uint8Array }),
        ];

        for (const attempt of attempts) {
          const failure = await stores.turns.append(attempt).catch((error: unknown) => error);
          expect(failure).toBeInstanceOf(StoreError);
          expect((failure as StoreError).cause).toBeInstanceOf(RangeError);
        }
        expect(await stores.turns.recent(userId, 10)).toEqual([]);
      });

      it('purges turns older than the cutoff', async () => {
        const userId = await newUserId();
        const longAgo = new Date('2002-01-01T00:00:00.000Z');
        await stores.turns.append(turn(userId, longAgo, { kind: 'old' }));
        await stores.turns.append(turn(userId, minutes(1, longAgo), { kind: 'old-too' }));
        await stores.turns.append(turn(userId, T0, { kind: 'kept' }));

        const removed = await stores.turns.purgeOlderThan(minutes(-60));

        expect(removed).toBeGreaterThanOrEqual(2);
        expect((await stores.turns.recent(userId, 10)).map((t) => t.kind)).toEqual(['kept']);
      });

      it("deletes all of one user's turns and nobody else's", async () => {
        const userId = await newUserId();
        const other = await newUserId();
        await stores.turns.append(turn(userId, minutes(1)));
        await stores.turns.append(turn(userId, minutes(2)));
        await stores.turns.append(turn(other, minutes(3)));

        const removed = await stores.turns.deleteAllFor(userId);

        expect(removed).toBe(2);
        expect(await stores.turns.recent(userId, 10)).toEqual([]);
        expect(await stores.turns.recent(other, 10)).toHaveLength(1);
      });
    });

    describe('bad arguments', () => {
      it('reject with a StoreError naming the operation', async () => {
        await expect(stores.turns.recent(randomUUID(), -1)).rejects.toMatchObject({
          store: 'turns',
          op: 'recent',
        });
        await expect(stores.processed.markFirstSeen('web', '', T0)).rejects.toMatchObject({
          store: 'processed',
          op: 'markFirstSeen',
        });
        await expect(
          stores.processed.markFirstSeen('web', randomUUID(), new Date(Number.NaN)),
        ).rejects.toBeInstanceOf(StoreError);
      });
    });

    describe('missing records', () => {
      it('come back as undefined or empty, never as a throw', async () => {
        const nobody = randomUUID();
        const channel: ChannelName = 'web';

        expect(await stores.users.get(nobody)).toBeUndefined();
        expect(await stores.users.updateSettings(nobody, { locale: 'en' })).toBeUndefined();
        expect(await stores.identities.addressesOf(nobody)).toEqual([]);
        expect(await stores.turns.recent(nobody, 5)).toEqual([]);
        expect(await stores.turns.deleteAllFor(nobody)).toBe(0);
        expect(await stores.identities.markAddressBlocked(channel, nobody, 'x', T0)).toBe(false);
      });
    });

    describeReflectionAggregates(() => stores, open);

    describe('lifecycle', () => {
      it('closes twice without error and then rejects calls with a StoreError', async () => {
        const own = await open();
        await own.close();
        await own.close();

        await expect(own.users.get(randomUUID())).rejects.toBeInstanceOf(StoreError);
        await expect(own.processed.markFirstSeen('web', 'k', T0)).rejects.toMatchObject({
          store: 'processed',
          op: 'markFirstSeen',
        });
      });
    });
  });
}
