/**
 * The same conformance suite SQLite passes, against a real MongoDB — which these machines do
 * not have. With `MONGODB_URI` set (a replica set: `npm run test:mongo`), every run uses a
 * fresh random database, dropped afterwards. Without it, one skip line says how to run it.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import mongoose from 'mongoose';
import { openStores } from '../../src/stores/index.ts';
import type { Stores } from '../../src/stores/index.ts';
import { MONGO_SCHEMAS } from '../../src/stores/mongo/index.ts';
import { runJourneyStoreConformance } from './journey-conformance.ts';
import { runStoreConformance } from './store-conformance.ts';

const uri = process.env['MONGODB_URI'];

if (uri === undefined || uri === '') {
  console.warn(
    'MongoDB conformance skipped: set MONGODB_URI=mongodb://localhost:27017/?replicaSet=rs0 ' +
      '(a replica set) to run it',
  );
  describe('store conformance: mongodb', () => {
    it.skip('runs when MONGODB_URI names a reachable replica set', () => undefined);
  });
} else {
  const dbName = `sarathi_test_${randomUUID().replaceAll('-', '')}`;
  const open = () => openStores({ driver: 'mongodb', uri, dbName });

  afterAll(async () => {
    const connection = await mongoose.createConnection(uri, { dbName }).asPromise();
    try {
      await connection.dropDatabase();
    } finally {
      await connection.close();
    }
  });

  runStoreConformance('mongodb', open);
  runJourneyStoreConformance('mongodb', open);

  describe('mongodb adapter', () => {
    let stores: Stores;
    let raw: mongoose.Connection;

    beforeAll(async () => {
      stores = await open();
      raw = await mongoose.createConnection(uri, { dbName }).asPromise();
    });

    afterAll(async () => {
      await stores.close();
      await raw.close();
    });

    it('reports its kind and has created every index its schemas declare', async () => {
      expect(stores.kind).toBe('mongodb');
      for (const schema of Object.values(MONGO_SCHEMAS)) {
        const collection = String(schema.get('collection'));
        const existing = await raw.collection(collection).indexes();
        for (const [keys, options] of schema.indexes()) {
          const found = existing.find(
            (index) => JSON.stringify(index.key) === JSON.stringify(keys),
          );
          expect({ collection, keys, found: found !== undefined }).toEqual({
            collection,
            keys,
            found: true,
          });
          expect(Boolean(found?.unique)).toBe(Boolean(options['unique']));
        }
      }
    });

    it('leaves nothing of a deleted user in any collection but the audit log', async () => {
      const channelUserId = `gone-${randomUUID()}`;
      const { user } = await stores.identities.findOrCreateByIdentity({
        channel: 'telegram',
        channelUserId,
        address: channelUserId,
        now: new Date(),
      });
      const now = new Date();
      await stores.channelState.put('telegram', channelUserId, '{"ref":1}', now);
      await stores.turns.append({
        userId: user.id,
        role: 'user',
        kind: 'question',
        at: now,
        citations: [],
      });
      await stores.dataKeys.putIfAbsent({
        userId: user.id,
        masterKeyId: 'mk',
        wrapped: randomBytes(60),
        createdAt: now,
        wrappedAt: now,
      });
      await stores.reflections.add({
        id: randomUUID(),
        userId: user.id,
        createdAt: now,
        iv: randomBytes(12),
        tag: randomBytes(16),
        ciphertext: randomBytes(30),
      });
      const started = await stores.journeys.start({
        userId: user.id,
        journeyId: 'calm',
        at: now,
        replaceOpen: false,
      });
      if (started.kind !== 'started') throw new Error('expected a start');
      await stores.journeys.completeDay({
        enrollmentId: started.enrollment.id,
        day: 1,
        totalDays: 7,
        at: now,
      });
      await stores.links.issue({
        userId: user.id,
        codeHash: createHash('sha256').update(randomUUID()).digest('hex'),
        now,
        expiresAt: new Date(now.getTime() + 600_000),
        maxPerWindow: 3,
        windowStart: new Date(now.getTime() - 3_600_000),
      });
      await stores.links.recordFailedAttempt(user.id, now);
      await stores.reminders.update(user.id, { time: '07:30' }, now);
      await stores.nudges.claim({
        userId: user.id,
        localDate: '2026-03-08',
        owner: 'w1',
        now,
        leaseMs: 60_000,
      });
      await stores.nudges.verseOfDay(user.id, '2026-03-08', () => ['2.47']);

      expect(await stores.users.delete(user.id)).toBe(true);

      const left: Record<string, number> = {};
      for (const schema of Object.values(MONGO_SCHEMAS)) {
        const collection = String(schema.get('collection'));
        if (collection === 'audit_log') continue;
        const filter =
          collection === 'users' || collection === 'user_data_keys' || collection === 'reminders'
            ? { _id: user.id }
            : collection === 'channel_state'
              ? { address: channelUserId }
              : { userId: user.id };
        left[collection] = await raw.collection(collection).countDocuments(filter as never);
      }
      expect(Object.values(left).every((n) => n === 0)).toBe(true);
      expect(Object.keys(left)).toHaveLength(Object.keys(MONGO_SCHEMAS).length - 1);
    });

    it('stores sealed bytes as BSON binary and no field of a reflection holds text it was given', async () => {
      const { user } = await stores.identities.findOrCreateByIdentity({
        channel: 'web',
        channelUserId: `b-${randomUUID()}`,
        address: `b-${randomUUID()}`,
        now: new Date(),
      });
      const id = randomUUID();
      await stores.reflections.add({
        id,
        userId: user.id,
        createdAt: new Date(),
        iv: randomBytes(12),
        tag: randomBytes(16),
        ciphertext: randomBytes(30),
      });
      const doc = await raw.collection('reflections').findOne({ id });
      expect(Object.keys(doc ?? {}).sort()).toEqual(
        ['_id', 'ciphertext', 'createdAt', 'id', 'iv', 'tag', 'userId'].sort(),
      );
      expect(doc?.['ciphertext']).toBeInstanceOf(mongoose.mongo.Binary);
    });

    it('grants one claim of a day and chooses one verse when two connections race', async () => {
      const other = await open();
      try {
        const { user } = await stores.identities.findOrCreateByIdentity({
          channel: 'web',
          channelUserId: `nudge-${randomUUID()}`,
          address: `nudge-${randomUUID()}`,
          now: new Date(),
        });
        const now = new Date();
        const claims = await Promise.all(
          Array.from({ length: 12 }, (_, i) =>
            (i % 2 === 0 ? stores : other).nudges.claim({
              userId: user.id,
              localDate: '2026-03-08',
              owner: `w${i}`,
              now,
              leaseMs: 60_000,
            }),
          ),
        );
        const verses = await Promise.all(
          Array.from({ length: 6 }, (_, i) =>
            (i % 2 === 0 ? stores : other).nudges.verseOfDay(user.id, '2026-03-09', () => [
              '1.1',
              '2.47',
            ]),
          ),
        );

        expect(claims.filter((c) => c.granted)).toHaveLength(1);
        expect(await stores.nudges.get(user.id, '2026-03-08')).toMatchObject({ claims: 1 });
        expect(new Set(verses.map((v) => `${v.cycle}:${v.ref}`))).toEqual(new Set(['1:1.1']));
      } finally {
        await other.close();
      }
    });

    it('counts a day once when two connections race for it', async () => {
      const other = await open();
      try {
        const { user } = await stores.identities.findOrCreateByIdentity({
          channel: 'web',
          channelUserId: `race-${randomUUID()}`,
          address: `race-${randomUUID()}`,
          now: new Date(),
        });
        const started = await stores.journeys.start({
          userId: user.id,
          journeyId: 'calm',
          at: new Date(),
          replaceOpen: false,
        });
        if (started.kind !== 'started') throw new Error('expected a start');
        const outcomes = await Promise.all(
          [stores, other, stores, other].flatMap((s) =>
            [1, 2, 3].map((day) =>
              s.journeys.completeDay({
                enrollmentId: started.enrollment.id,
                day,
                totalDays: 3,
                at: new Date(),
              }),
            ),
          ),
        );
        expect(outcomes.filter((o) => o.recorded)).toHaveLength(3);
        expect(outcomes.filter((o) => o.finished)).toHaveLength(1);
        expect(await stores.journeys.get(started.enrollment.id)).toMatchObject({
          status: 'completed',
        });
      } finally {
        await other.close();
      }
    });
  });
}
