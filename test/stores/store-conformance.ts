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

      it('writes several turns together, in order, or none of them', async () => {
        const userId = await newUserId();
        const written = await stores.turns.appendAll([
          turn(userId, minutes(1), { kind: 'message' }),
          turn(userId, minutes(1), {
            role: 'assistant',
            kind: 'extractive',
            citations: ['2.47'],
            themeId: 'exam-results-fear',
          }),
        ]);
        expect(written.map((t) => t.kind)).toEqual(['message', 'extractive']);
        expect(await stores.turns.recent(userId, 5)).toEqual([...written].reverse());

        const failure = await stores.turns
          .appendAll([
            turn(userId, minutes(2), { kind: 'message' }),
            turn(userId, minutes(2), { kind: 'I feel lost at work' }),
          ])
          .catch((error: unknown) => error);
        expect(failure).toBeInstanceOf(StoreError);
        expect((await stores.turns.recent(userId, 5)).map((t) => t.kind)).toEqual([
          'extractive',
          'message',
        ]);
        expect(await stores.turns.appendAll([])).toEqual([]);
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

    describe('reminders', () => {
      it('sets, keeps and clears the time and quiet hours field by field', async () => {
        const userId = await newUserId();
        expect(await stores.reminders.get(userId)).toBeUndefined();

        const set = await stores.reminders.update(userId, { time: '07:30' }, T0);
        const quiet = await stores.reminders.update(
          userId,
          { quietHours: '22:00-06:00' },
          minutes(1),
        );
        const off = await stores.reminders.update(userId, { time: null }, minutes(2));

        expect(set).toEqual({ userId, time: '07:30', updatedAt: T0 });
        expect(quiet).toEqual({
          userId,
          time: '07:30',
          quietHours: '22:00-06:00',
          updatedAt: minutes(1),
        });
        expect(off).toEqual({ userId, quietHours: '22:00-06:00', updatedAt: minutes(2) });
        expect(await stores.reminders.get(userId)).toEqual(off);
      });

      it('lists only users with a time, in pages, and forgets a removed one', async () => {
        const a = await newUserId();
        const b = await newUserId();
        const c = await newUserId();
        await stores.reminders.update(a, { time: '06:00' }, T0);
        await stores.reminders.update(b, { quietHours: 'off' }, T0);
        await stores.reminders.update(c, { time: '21:15' }, T0);

        const seen: string[] = [];
        let after: string | undefined;
        for (;;) {
          const page = await stores.reminders.listActive({
            limit: 2,
            ...(after === undefined ? {} : { afterUserId: after }),
          });
          if (page.length === 0) break;
          seen.push(...page.map((r) => r.userId));
          after = page.at(-1)!.userId;
        }
        expect(seen).toContain(a);
        expect(seen).toContain(c);
        expect(seen).not.toContain(b);
        expect(new Set(seen).size).toBe(seen.length);

        expect(await stores.reminders.remove(a)).toBe(true);
        expect(await stores.reminders.remove(a)).toBe(false);
        expect(await stores.reminders.get(a)).toBeUndefined();
      });

      it('says undefined for a user that does not exist', async () => {
        expect(await stores.reminders.update(randomUUID(), { time: '07:00' }, T0)).toBeUndefined();
      });
    });

    describe('nudge deliveries', () => {
      const LEASE = 60_000;
      const day = '2026-03-08';

      it('grants one claim, refuses a second while leased, and refuses all after confirm', async () => {
        const userId = await newUserId();
        const first = await stores.nudges.claim({
          userId,
          localDate: day,
          owner: 'w1',
          now: T0,
          leaseMs: LEASE,
        });
        const second = await stores.nudges.claim({
          userId,
          localDate: day,
          owner: 'w2',
          now: minutes(0.5),
          leaseMs: LEASE,
        });
        expect(first).toMatchObject({ granted: true, takeover: false });
        expect(second).toMatchObject({
          granted: false,
          delivery: { status: 'claimed', leaseOwner: 'w1' },
        });

        expect(
          await stores.nudges.confirm({ userId, localDate: day, owner: 'w2', now: minutes(1) }),
        ).toBe(false);
        expect(
          await stores.nudges.confirm({
            userId,
            localDate: day,
            owner: 'w1',
            now: minutes(0.9),
            channel: 'telegram',
          }),
        ).toBe(true);
        const after = await stores.nudges.claim({
          userId,
          localDate: day,
          owner: 'w3',
          now: minutes(60),
          leaseMs: LEASE,
        });
        expect(after).toMatchObject({ granted: false, delivery: { status: 'sent', claims: 1 } });
        expect(await stores.nudges.get(userId, day)).toMatchObject({
          status: 'sent',
          channel: 'telegram',
          takeovers: 0,
        });
        // Another day is its own record.
        expect(
          await stores.nudges.claim({
            userId,
            localDate: '2026-03-09',
            owner: 'w1',
            now: minutes(60),
            leaseMs: LEASE,
          }),
        ).toMatchObject({ granted: true });
      });

      it('gives exactly one grant to concurrent claims', async () => {
        const userId = await newUserId();
        const results = await Promise.all(
          Array.from({ length: 10 }, (_, i) =>
            stores.nudges.claim({
              userId,
              localDate: day,
              owner: `w${i}`,
              now: T0,
              leaseMs: LEASE,
            }),
          ),
        );
        expect(results.filter((r) => r.granted)).toHaveLength(1);
      });

      it('lets the next claim send after a release, and counts a takeover after an expired lease', async () => {
        const userId = await newUserId();
        await stores.nudges.claim({ userId, localDate: day, owner: 'a', now: T0, leaseMs: LEASE });
        expect(await stores.nudges.release({ userId, localDate: day, owner: 'a', now: T0 })).toBe(
          true,
        );
        const afterRelease = await stores.nudges.claim({
          userId,
          localDate: day,
          owner: 'b',
          now: minutes(0.1),
          leaseMs: LEASE,
        });
        expect(afterRelease).toMatchObject({ granted: true, takeover: false });

        // b dies holding the lease; once it expires, c takes over (a possible duplicate).
        const takeover = await stores.nudges.claim({
          userId,
          localDate: day,
          owner: 'c',
          now: minutes(2),
          leaseMs: LEASE,
        });
        expect(takeover).toMatchObject({
          granted: true,
          takeover: true,
          delivery: { claims: 3, takeovers: 1, leaseOwner: 'c' },
        });
        // b comes back late: its lease is gone, so it may not confirm.
        expect(
          await stores.nudges.confirm({ userId, localDate: day, owner: 'b', now: minutes(2) }),
        ).toBe(false);
      });

      it('records a skip unless the day was sent or is leased, and a failure is final', async () => {
        const userId = await newUserId();
        expect(await stores.nudges.skip({ userId, localDate: day, now: T0, reason: 'late' })).toBe(
          true,
        );
        expect(await stores.nudges.get(userId, day)).toMatchObject({
          status: 'skipped',
          reason: 'late',
        });
        expect(
          await stores.nudges.claim({
            userId,
            localDate: day,
            owner: 'a',
            now: T0,
            leaseMs: LEASE,
          }),
        ).toMatchObject({ granted: false, delivery: { status: 'skipped' } });

        const other = '2026-03-10';
        await stores.nudges.claim({
          userId,
          localDate: other,
          owner: 'a',
          now: T0,
          leaseMs: LEASE,
        });
        expect(
          await stores.nudges.skip({ userId, localDate: other, now: T0, reason: 'quiet' }),
        ).toBe(false);
        expect(
          await stores.nudges.fail({
            userId,
            localDate: other,
            owner: 'a',
            now: T0,
            reason: 'telegram:403-blocked',
          }),
        ).toBe(true);
        expect(
          await stores.nudges.claim({
            userId,
            localDate: other,
            owner: 'b',
            now: minutes(5),
            leaseMs: LEASE,
          }),
        ).toMatchObject({
          granted: false,
          delivery: { status: 'failed', reason: 'telegram:403-blocked' },
        });
      });

      it('refuses to claim for a user that does not exist', async () => {
        await expect(
          stores.nudges.claim({
            userId: randomUUID(),
            localDate: day,
            owner: 'a',
            now: T0,
            leaseMs: LEASE,
          }),
        ).rejects.toMatchObject({ store: 'nudges', op: 'claim' });
        expect(
          await stores.nudges.skip({
            userId: randomUUID(),
            localDate: day,
            now: T0,
            reason: 'late',
          }),
        ).toBe(false);
      });

      it('gives a verse of the day once per date, without repeats until the cycle ends', async () => {
        const userId = await newUserId();
        const refs = ['1.1', '2.47', '18.66'];
        const orderFor = (cycle: number) => (cycle % 2 === 1 ? refs : [...refs].reverse());
        const dates = ['2026-01-01', '2026-01-02', '2026-01-03', '2026-01-04', '2026-01-05'];
        const picks = [];
        for (const d of dates) picks.push(await stores.nudges.verseOfDay(userId, d, orderFor));
        const again = await stores.nudges.verseOfDay(userId, '2026-01-02', orderFor);

        expect(picks).toEqual([
          { ref: '1.1', cycle: 1 },
          { ref: '2.47', cycle: 1 },
          { ref: '18.66', cycle: 1 },
          { ref: '18.66', cycle: 2 },
          { ref: '2.47', cycle: 2 },
        ]);
        expect(again).toEqual({ ref: '2.47', cycle: 1 });
      });

      it('forgets reminders, deliveries and verses with the user', async () => {
        const userId = await newUserId();
        await stores.reminders.update(userId, { time: '07:30' }, T0);
        await stores.nudges.claim({ userId, localDate: day, owner: 'a', now: T0, leaseMs: LEASE });
        await stores.nudges.verseOfDay(userId, day, () => ['2.47']);

        await stores.users.delete(userId);

        expect(await stores.reminders.get(userId)).toBeUndefined();
        expect(await stores.nudges.get(userId, day)).toBeUndefined();
        await expect(stores.nudges.verseOfDay(userId, day, () => ['2.47'])).rejects.toBeInstanceOf(
          StoreError,
        );
      });
    });

    describe('pending nudges (web widget)', () => {
      async function webUser(): Promise<{ userId: string; address: string }> {
        const address = `session-${randomUUID()}`;
        const { user } = await stores.identities.findOrCreateByIdentity(
          contact({ channel: 'web', channelUserId: address, address }),
        );
        return { userId: user.id, address };
      }
      const verse = { kind: 'verse', ref: '2.47' } as const;
      const journey = { kind: 'journey', journeyId: 'calmer-mind', day: 3 } as const;

      it('keeps the first record of a day: a retried put changes nothing', async () => {
        const { userId } = await webUser();
        const put = { userId, localDate: '2026-03-08', now: T0 };
        expect(await stores.pendingNudges.put({ ...put, content: journey })).toBe(true);
        expect(await stores.pendingNudges.put({ ...put, content: verse, now: minutes(1) })).toBe(
          false,
        );
        expect(await stores.pendingNudges.get(userId, '2026-03-08')).toEqual({
          userId,
          localDate: '2026-03-08',
          content: journey,
          createdAt: T0,
        });
      });

      it('gives the newest waiting nudge to the owner of the address once, superseding older ones', async () => {
        const { userId, address } = await webUser();
        for (const [localDate, ref] of [
          ['2026-03-06', '2.14'],
          ['2026-03-08', '2.47'],
          ['2026-03-07', '6.5'],
        ] as const) {
          await stores.pendingNudges.put({
            userId,
            localDate,
            content: { kind: 'verse', ref },
            now: T0,
          });
        }

        const taken = await stores.pendingNudges.takeForAddress('web', address, minutes(5));
        expect(taken).toMatchObject({
          userId,
          localDate: '2026-03-08',
          content: { kind: 'verse', ref: '2.47' },
          shownAt: minutes(5),
        });
        expect(
          await stores.pendingNudges.takeForAddress('web', address, minutes(6)),
        ).toBeUndefined();
        expect((await stores.pendingNudges.get(userId, '2026-03-06'))?.shownAt).toEqual(minutes(5));
        // Another address, or the same address string on another channel, finds nothing.
        expect(
          await stores.pendingNudges.takeForAddress('telegram', address, minutes(6)),
        ).toBeUndefined();
        expect(
          await stores.pendingNudges.takeForAddress('web', `session-${randomUUID()}`, minutes(6)),
        ).toBeUndefined();
      });

      it('lets exactly one of concurrent takes have it', async () => {
        const { userId, address } = await webUser();
        await stores.pendingNudges.put({
          userId,
          localDate: '2026-03-08',
          content: verse,
          now: T0,
        });
        const results = await Promise.all(
          Array.from({ length: 5 }, () =>
            stores.pendingNudges.takeForAddress('web', address, minutes(1)),
          ),
        );
        expect(results.filter((r) => r !== undefined)).toHaveLength(1);
      });

      it('puts a taken nudge back only for the take that marked it', async () => {
        const { userId, address } = await webUser();
        await stores.pendingNudges.put({
          userId,
          localDate: '2026-03-08',
          content: verse,
          now: T0,
        });
        const taken = await stores.pendingNudges.takeForAddress('web', address, minutes(1));
        expect(await stores.pendingNudges.untake(userId, '2026-03-08', minutes(2))).toBe(false);
        expect(await stores.pendingNudges.untake(userId, '2026-03-08', taken!.shownAt!)).toBe(true);
        expect(await stores.pendingNudges.takeForAddress('web', address, minutes(3))).toMatchObject(
          { localDate: '2026-03-08', shownAt: minutes(3) },
        );
      });

      it('refuses an unknown user and bad content, and forgets everything with the user', async () => {
        await expect(
          stores.pendingNudges.put({
            userId: randomUUID(),
            localDate: '2026-03-08',
            content: verse,
            now: T0,
          }),
        ).rejects.toMatchObject({ store: 'pendingNudges', op: 'put' });
        const { userId, address } = await webUser();
        await expect(
          stores.pendingNudges.put({
            userId,
            localDate: '2026-03-08',
            content: { kind: 'journey', journeyId: 'calmer-mind', day: 0 },
            now: T0,
          }),
        ).rejects.toBeInstanceOf(StoreError);
        await expect(
          stores.pendingNudges.put({ userId, localDate: '8 March', content: verse, now: T0 }),
        ).rejects.toBeInstanceOf(StoreError);

        await stores.pendingNudges.put({
          userId,
          localDate: '2026-03-08',
          content: verse,
          now: T0,
        });
        await stores.users.delete(userId);
        expect(await stores.pendingNudges.get(userId, '2026-03-08')).toBeUndefined();
        expect(
          await stores.pendingNudges.takeForAddress('web', address, minutes(1)),
        ).toBeUndefined();
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
