/**
 * The journeys and identity-link part of the storage contract (ports/journeys.ts, ports/links.ts),
 * run against a real backend like `runStoreConformance`. Each test uses its own random ids.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { FirstContact, Stores } from '../../src/stores/index.ts';
import { StoreError } from '../../src/stores/index.ts';

const T0 = new Date('2026-03-01T10:00:00.000Z');

function minutes(n: number, from: Date = T0): Date {
  return new Date(from.getTime() + n * 60_000);
}

function contact(overrides: Partial<FirstContact> = {}): FirstContact {
  const id = `u-${randomUUID()}`;
  return { channel: 'telegram', channelUserId: id, address: `chat-${id}`, now: T0, ...overrides };
}

function hashOf(code: string): string {
  return createHash('sha256').update(code).digest('hex');
}

export function runJourneyStoreConformance(name: string, open: () => Promise<Stores>): void {
  describe(`journey and link store conformance: ${name}`, () => {
    let stores: Stores;

    beforeAll(async () => {
      stores = await open();
    });

    afterAll(async () => {
      await stores.close();
    });

    async function newUser(overrides: Partial<FirstContact> = {}) {
      const made = contact(overrides);
      const { user } = await stores.identities.findOrCreateByIdentity(made);
      return { userId: user.id, contact: made };
    }

    async function started(userId: string, journeyId = 'calm', at = T0) {
      const outcome = await stores.journeys.start({ userId, journeyId, at, replaceOpen: false });
      if (outcome.kind !== 'started') throw new Error('expected a start');
      return outcome.enrollment;
    }

    describe('enrollments', () => {
      it('starts an active enrollment paced from day 1 and finds it as the open one', async () => {
        const { userId } = await newUser();
        const enrollment = await started(userId);

        expect(enrollment).toEqual({
          id: expect.any(String),
          userId,
          journeyId: 'calm',
          status: 'active',
          startedAt: T0,
          updatedAt: T0,
          paceDay: 1,
          paceAt: T0,
        });
        expect(await stores.journeys.open(userId)).toEqual(enrollment);
        expect(await stores.journeys.get(enrollment.id)).toEqual(enrollment);
      });

      it('refuses a second journey in progress unless asked to replace it', async () => {
        const { userId } = await newUser();
        const first = await started(userId, 'calm');

        const busy = await stores.journeys.start({
          userId,
          journeyId: 'anger',
          at: minutes(1),
          replaceOpen: false,
        });
        expect(busy).toEqual({ kind: 'busy', open: first });

        const replaced = await stores.journeys.start({
          userId,
          journeyId: 'anger',
          at: minutes(2),
          replaceOpen: true,
        });
        expect(replaced.kind).toBe('started');
        if (replaced.kind !== 'started') return;
        expect(replaced.stopped).toMatchObject({
          id: first.id,
          status: 'stopped',
          endedAt: minutes(2),
        });
        expect((await stores.journeys.open(userId))?.journeyId).toBe('anger');
        expect((await stores.journeys.history(userId)).map((e) => [e.journeyId, e.status])).toEqual(
          [
            ['calm', 'stopped'],
            ['anger', 'active'],
          ],
        );
      });

      it('lets exactly one of many concurrent starts win', async () => {
        const { userId } = await newUser();
        const outcomes = await Promise.all(
          Array.from({ length: 8 }, (_, i) =>
            stores.journeys.start({ userId, journeyId: `j${i}`, at: T0, replaceOpen: false }),
          ),
        );

        expect(outcomes.filter((o) => o.kind === 'started')).toHaveLength(1);
        expect(await stores.journeys.history(userId)).toHaveLength(1);
      });

      it('moves only along active ⇄ paused → stopped, keeping the pace anchor on resume', async () => {
        const { userId } = await newUser();
        const enrollment = await started(userId);

        const paused = await stores.journeys.pause(enrollment.id, minutes(10));
        expect(paused).toMatchObject({ status: 'paused', pausedAt: minutes(10) });
        expect(await stores.journeys.pause(enrollment.id, minutes(11))).toBeUndefined();
        expect(await stores.journeys.open(userId)).toEqual(paused);

        const resumed = await stores.journeys.resume(enrollment.id, minutes(20), 3);
        expect(resumed).toMatchObject({ status: 'active', paceDay: 3, paceAt: minutes(20) });
        expect(resumed?.pausedAt).toBeUndefined();
        expect(await stores.journeys.resume(enrollment.id, minutes(21), 3)).toBeUndefined();

        const stopped = await stores.journeys.stop(enrollment.id, minutes(30));
        expect(stopped).toMatchObject({ status: 'stopped', endedAt: minutes(30) });
        expect(await stores.journeys.stop(enrollment.id, minutes(31))).toBeUndefined();
        expect(await stores.journeys.open(userId)).toBeUndefined();
      });
    });

    describe('day completions', () => {
      it('counts a day once, in day order, and finishes the journey exactly once', async () => {
        const { userId } = await newUser();
        const enrollment = await started(userId);
        const complete = (day: number, at: Date) =>
          stores.journeys.completeDay({ enrollmentId: enrollment.id, day, totalDays: 3, at });

        expect(await complete(2, minutes(1))).toEqual({
          recorded: true,
          completedDays: 1,
          finished: false,
        });
        expect(await complete(2, minutes(2))).toEqual({
          recorded: false,
          completedDays: 1,
          finished: false,
        });
        expect(await complete(1, minutes(3))).toEqual({
          recorded: true,
          completedDays: 2,
          finished: false,
        });
        expect(await complete(3, minutes(4))).toEqual({
          recorded: true,
          completedDays: 3,
          finished: true,
        });

        expect(await stores.journeys.completions(enrollment.id)).toEqual([
          { day: 1, completedAt: minutes(3) },
          { day: 2, completedAt: minutes(1) },
          { day: 3, completedAt: minutes(4) },
        ]);
        expect(await stores.journeys.get(enrollment.id)).toMatchObject({
          status: 'completed',
          endedAt: minutes(4),
        });
        expect(await stores.journeys.open(userId)).toBeUndefined();
      });

      it('counts two simultaneous completions of the same day once', async () => {
        const { userId } = await newUser();
        const enrollment = await started(userId);
        const outcomes = await Promise.all(
          [minutes(1), minutes(1)].map((at) =>
            stores.journeys.completeDay({ enrollmentId: enrollment.id, day: 1, totalDays: 7, at }),
          ),
        );

        expect(outcomes.map((o) => o.recorded).sort()).toEqual([false, true]);
        expect(await stores.journeys.completions(enrollment.id)).toHaveLength(1);
      });

      it('gives "finished" to one caller when the last day is completed concurrently', async () => {
        const { userId } = await newUser();
        const enrollment = await started(userId);
        await stores.journeys.completeDay({
          enrollmentId: enrollment.id,
          day: 1,
          totalDays: 2,
          at: T0,
        });
        const outcomes = await Promise.all(
          Array.from({ length: 5 }, () =>
            stores.journeys.completeDay({
              enrollmentId: enrollment.id,
              day: 2,
              totalDays: 2,
              at: T0,
            }),
          ),
        );

        expect(outcomes.filter((o) => o.finished)).toHaveLength(1);
        expect(outcomes.filter((o) => o.recorded)).toHaveLength(1);
      });

      it('records nothing for a paused or stopped enrollment', async () => {
        const { userId } = await newUser();
        const enrollment = await started(userId);
        await stores.journeys.pause(enrollment.id, minutes(1));

        const outcome = await stores.journeys.completeDay({
          enrollmentId: enrollment.id,
          day: 1,
          totalDays: 7,
          at: minutes(2),
        });
        expect(outcome).toEqual({ recorded: false, completedDays: 0, finished: false });
      });

      it('rejects a day outside the journey with a StoreError', async () => {
        const { userId } = await newUser();
        const enrollment = await started(userId);
        for (const day of [0, 8, 1.5]) {
          await expect(
            stores.journeys.completeDay({ enrollmentId: enrollment.id, day, totalDays: 7, at: T0 }),
          ).rejects.toMatchObject({ name: 'StoreError', store: 'journeys', op: 'completeDay' });
        }
      });

      it('are deleted with the user, and nobody else’s are', async () => {
        const gone = await newUser();
        const kept = await newUser();
        const goneEnrollment = await started(gone.userId);
        const keptEnrollment = await started(kept.userId);
        for (const enrollment of [goneEnrollment, keptEnrollment]) {
          await stores.journeys.completeDay({
            enrollmentId: enrollment.id,
            day: 1,
            totalDays: 7,
            at: T0,
          });
        }

        expect(await stores.users.delete(gone.userId)).toBe(true);

        expect(await stores.journeys.history(gone.userId)).toEqual([]);
        expect(await stores.journeys.get(goneEnrollment.id)).toBeUndefined();
        expect(await stores.journeys.completions(goneEnrollment.id)).toEqual([]);
        expect(await stores.journeys.completions(keptEnrollment.id)).toHaveLength(1);
      });
    });

    describe('link codes', () => {
      const window = { maxPerWindow: 3, windowStart: minutes(-60) };

      it('issues codes up to the limit per window, then refuses', async () => {
        const { userId } = await newUser();
        const issue = (i: number) =>
          stores.links.issue({
            userId,
            codeHash: hashOf(`${userId}-${i}`),
            now: minutes(i),
            expiresAt: minutes(i + 10),
            ...window,
          });

        expect([await issue(0), await issue(1), await issue(2), await issue(3)]).toEqual([
          true,
          true,
          true,
          false,
        ]);
      });

      it('links the entering identity to the owner, moves its addresses and deletes the orphan', async () => {
        const owner = await newUser({ channel: 'telegram' });
        const other = await newUser({ channel: 'web' });
        const code = hashOf(randomUUID());
        await stores.links.issue({
          userId: owner.userId,
          codeHash: code,
          now: T0,
          expiresAt: minutes(10),
          ...window,
        });
        const request = {
          codeHash: code,
          channel: 'web' as const,
          channelUserId: other.contact.channelUserId,
          now: minutes(1),
        };

        expect(await stores.links.link({ ...request, dryRun: true })).toEqual({
          kind: 'would-link',
          ownerId: owner.userId,
          previousUserId: other.userId,
          previousUserDeleted: true,
        });
        expect(await stores.users.get(other.userId)).toBeDefined();

        expect(await stores.links.link({ ...request, dryRun: false })).toEqual({
          kind: 'linked',
          ownerId: owner.userId,
          previousUserId: other.userId,
          previousUserDeleted: true,
        });
        expect(await stores.users.get(other.userId)).toBeUndefined();
        expect((await stores.identities.addressesOf(owner.userId)).map((a) => a.channel)).toEqual([
          'telegram',
          'web',
        ]);
        const again = await stores.identities.findOrCreateByIdentity({
          ...other.contact,
          now: minutes(2),
        });
        expect(again).toMatchObject({ created: false, user: { id: owner.userId } });

        expect(await stores.links.link({ ...request, dryRun: false })).toEqual({
          kind: 'already-linked',
          ownerId: owner.userId,
        });
        const third = await newUser({ channel: 'web' });
        expect(
          await stores.links.link({
            ...request,
            channelUserId: third.contact.channelUserId,
            dryRun: false,
          }),
        ).toEqual({ kind: 'used' });
      });

      it('says unknown, expired, used or already linked, and changes nothing', async () => {
        const owner = await newUser();
        const other = await newUser({ channel: 'web' });
        const code = hashOf(randomUUID());
        await stores.links.issue({
          userId: owner.userId,
          codeHash: code,
          now: T0,
          expiresAt: minutes(10),
          ...window,
        });
        const base = {
          channel: 'web' as const,
          channelUserId: other.contact.channelUserId,
          dryRun: false,
        };

        expect(
          await stores.links.link({ ...base, codeHash: hashOf('nope'), now: minutes(1) }),
        ).toEqual({
          kind: 'unknown',
        });
        expect(await stores.links.link({ ...base, codeHash: code, now: minutes(10) })).toEqual({
          kind: 'expired',
        });
        expect(
          await stores.links.link({
            ...base,
            channel: 'telegram',
            channelUserId: owner.contact.channelUserId,
            codeHash: code,
            now: minutes(1),
          }),
        ).toEqual({ kind: 'already-linked', ownerId: owner.userId });
        expect(await stores.users.get(other.userId)).toBeDefined();
      });

      it('retires the earlier live code when a new one is issued', async () => {
        const owner = await newUser();
        const other = await newUser({ channel: 'web' });
        const first = hashOf(randomUUID());
        const second = hashOf(randomUUID());
        await stores.links.issue({
          userId: owner.userId,
          codeHash: first,
          now: T0,
          expiresAt: minutes(10),
          ...window,
        });
        await stores.links.issue({
          userId: owner.userId,
          codeHash: second,
          now: minutes(1),
          expiresAt: minutes(11),
          ...window,
        });
        const base = {
          channel: 'web' as const,
          channelUserId: other.contact.channelUserId,
          now: minutes(2),
          dryRun: true,
        };

        expect((await stores.links.link({ ...base, codeHash: first })).kind).toBe('expired');
        expect((await stores.links.link({ ...base, codeHash: second })).kind).toBe('would-link');
      });

      it('refuses when the orphaned user would lose journey progress', async () => {
        const owner = await newUser();
        const other = await newUser({ channel: 'web' });
        await started(other.userId);
        const code = hashOf(randomUUID());
        await stores.links.issue({
          userId: owner.userId,
          codeHash: code,
          now: T0,
          expiresAt: minutes(10),
          ...window,
        });

        expect(
          await stores.links.link({
            codeHash: code,
            channel: 'web',
            channelUserId: other.contact.channelUserId,
            now: minutes(1),
            dryRun: false,
          }),
        ).toEqual({ kind: 'has-journey-progress', previousUserId: other.userId });
        expect((await stores.journeys.open(other.userId))?.userId).toBe(other.userId);
      });

      it('links a code once when two identities race for it', async () => {
        const owner = await newUser();
        const a = await newUser({ channel: 'web' });
        const b = await newUser({ channel: 'web' });
        const code = hashOf(randomUUID());
        await stores.links.issue({
          userId: owner.userId,
          codeHash: code,
          now: T0,
          expiresAt: minutes(10),
          ...window,
        });

        const outcomes = await Promise.all(
          [a, b].map((who) =>
            stores.links.link({
              codeHash: code,
              channel: 'web',
              channelUserId: who.contact.channelUserId,
              now: minutes(1),
              dryRun: false,
            }),
          ),
        );
        expect(outcomes.map((o) => o.kind).sort()).toEqual(['linked', 'used']);
      });

      it('counts failed attempts since a time and purges old ones', async () => {
        const { userId } = await newUser();
        await stores.links.recordFailedAttempt(userId, minutes(-120));
        await stores.links.recordFailedAttempt(userId, minutes(1));
        await stores.links.recordFailedAttempt(userId, minutes(2));

        expect(await stores.links.failedAttemptsSince(userId, T0)).toBe(2);
        expect(await stores.links.purgeOlderThan(minutes(-60))).toBeGreaterThanOrEqual(1);
        expect(await stores.links.failedAttemptsSince(userId, minutes(-1000))).toBe(2);
      });

      it('rejects a malformed hash with a StoreError', async () => {
        const { userId } = await newUser();
        await expect(
          stores.links.issue({
            userId,
            codeHash: 'ABCD1234',
            now: T0,
            expiresAt: minutes(1),
            ...window,
          }),
        ).rejects.toBeInstanceOf(StoreError);
      });
    });
  });
}
