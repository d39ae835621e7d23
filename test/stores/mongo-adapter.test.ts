/**
 * What of the MongoDB adapter can be checked without a MongoDB server (there is none on these
 * machines): the indexes each schema declares, the document ↔ record mapping, the update
 * builders, the connection-string and topology checks, and that opening fails cleanly. The
 * adapter's behaviour against a real server is `test/stores/mongo.test.ts` (npm run test:mongo).
 */
import mongoose, { Types } from 'mongoose';
import {
  contentToDoc,
  pendingNudgeFromDoc,
} from '../../src/stores/mongo/schemas/pending-nudges.ts';
import { openStores, StoreError } from '../../src/stores/index.ts';
import {
  ACTIVE_REMINDER,
  addressFromDoc,
  auditEntryFromDoc,
  bytesOf,
  checkTransactionsAvailable,
  completeDayPipeline,
  completionsFromDoc,
  countCompleted,
  databaseNameOf,
  dataKeyFromDoc,
  deliveryFromDoc,
  enrollmentFromDoc,
  finishUpdate,
  isDuplicateKey,
  MONGO_SCHEMAS,
  reclaimUpdate,
  reflectionFromDoc,
  reminderFromDoc,
  reminderUpdate,
  reopenFilter,
  settingsUpdate,
  skipUpdate,
  turnFromDoc,
  userFromDoc,
  verseFromDoc,
} from '../../src/stores/mongo/index.ts';

const T0 = new Date('2026-03-01T10:00:00.000Z');

type IndexList = ReturnType<(typeof MONGO_SCHEMAS)['User']['indexes']>;

/** The mongoose type of a schema path ("String", "Buffer"…). */
function typeOf(schema: { path(path: string): unknown }, path: string): string | undefined {
  return (schema.path(path) as { instance?: string } | undefined)?.instance;
}

function indexesOf(schema: { indexes(): IndexList }) {
  return schema.indexes().map(([keys, options]) => ({
    keys,
    unique: options['unique'] === true,
    ...(options['partialFilterExpression'] !== undefined && {
      partial: options['partialFilterExpression'],
    }),
  }));
}

describe('mongodb schemas', () => {
  it('declare the unique indexes that SQLite has as primary keys and UNIQUE constraints', () => {
    const unique = Object.fromEntries(
      Object.entries(MONGO_SCHEMAS).map(([name, schema]) => [
        name,
        indexesOf(schema)
          .filter((index) => index.unique)
          .map((index) => index.keys),
      ]),
    );

    expect(unique).toEqual({
      User: [],
      ChannelIdentity: [{ channel: 1, channelUserId: 1 }],
      ChannelAddress: [{ channel: 1, address: 1 }],
      ProcessedInbound: [{ channel: 1, dedupeKey: 1 }],
      ConversationTurn: [],
      ChannelState: [{ channel: 1, address: 1 }],
      UserDataKey: [],
      Reflection: [{ id: 1 }],
      AuditEntry: [],
      JourneyEnrollment: [{ id: 1 }, { userId: 1 }],
      LinkCode: [],
      LinkAttempt: [],
      Reminder: [],
      NudgeDelivery: [{ userId: 1, localDate: 1 }],
      VerseOfDay: [
        { userId: 1, localDate: 1 },
        { userId: 1, cycle: 1, ref: 1 },
      ],
      PendingNudge: [{ userId: 1, localDate: 1 }],
    });
  });

  it('use the user id and the code hash as primary keys (one data key per user, one row per code)', () => {
    for (const name of ['User', 'UserDataKey', 'LinkCode', 'Reminder'] as const) {
      expect(typeOf(MONGO_SCHEMAS[name], '_id')).toBe('String');
    }
    expect(typeOf(MONGO_SCHEMAS.ConversationTurn, '_id')).toBe('ObjectId');
  });

  it('allow one journey in progress per user through a partial unique index', () => {
    const [oneOpen] = indexesOf(MONGO_SCHEMAS.JourneyEnrollment).filter(
      (index) => index.partial !== undefined,
    );

    expect(oneOpen).toEqual({ keys: { userId: 1 }, unique: true, partial: { inProgress: true } });
  });

  it('list active reminders through a partial index whose filter the query repeats', () => {
    const [active] = indexesOf(MONGO_SCHEMAS.Reminder).filter((index) => index.partial);
    const connection = mongoose.createConnection();
    const reminders = connection.model('Reminder', MONGO_SCHEMAS.Reminder);

    expect(active).toEqual({
      keys: { _id: 1, time: 1 },
      unique: false,
      partial: { time: { $type: 'string' } },
    });
    // MongoDB uses a partial index only when the query contains its filter expression.
    expect(reminders.find({ ...ACTIVE_REMINDER, _id: { $gt: 'u1' } }).cast()).toEqual({
      time: { $type: 'string' },
      _id: { $gt: 'u1' },
    });
  });

  it('index every list and purge the ports run, so none is a collection scan', () => {
    const keysOf = (name: keyof typeof MONGO_SCHEMAS) =>
      indexesOf(MONGO_SCHEMAS[name]).map((index) => index.keys);

    expect(keysOf('ConversationTurn')).toEqual(
      expect.arrayContaining([{ userId: 1, at: -1, _id: -1 }, { at: 1 }]),
    );
    expect(keysOf('ProcessedInbound')).toContainEqual({ seenAt: 1 });
    expect(keysOf('Reflection')).toContainEqual({ userId: 1, createdAt: -1, _id: -1 });
    expect(keysOf('AuditEntry')).toEqual(
      expect.arrayContaining([
        { actor: 1, at: -1, _id: -1 },
        { recordId: 1, at: -1, _id: -1 },
      ]),
    );
    expect(keysOf('UserDataKey')).toEqual(
      expect.arrayContaining([{ masterKeyId: 1 }, { createdAt: 1, _id: 1 }]),
    );
    expect(keysOf('ChannelIdentity')).toContainEqual({ userId: 1, createdAt: 1 });
    expect(keysOf('ChannelAddress')).toContainEqual({ userId: 1, createdAt: 1 });
    expect(keysOf('LinkCode')).toEqual(
      expect.arrayContaining([{ userId: 1, createdAt: 1 }, { expiresAt: 1 }]),
    );
    expect(keysOf('LinkAttempt')).toEqual(
      expect.arrayContaining([{ userId: 1, at: 1 }, { at: 1 }]),
    );
    // "The latest cycle" and "the refs given in a cycle" both use the (user, cycle, ref) index.
    expect(keysOf('VerseOfDay')).toContainEqual({ userId: 1, cycle: 1, ref: 1 });
    // The widget's take: the newest waiting nudge of one person.
    expect(keysOf('PendingNudge')).toContainEqual({ userId: 1, localDate: -1 });
  });

  it('map a pending widget nudge by reference, both kinds, and cast its filters strictly', () => {
    const at = new Date('2026-03-08T07:30:00Z');
    expect(
      pendingNudgeFromDoc({
        userId: 'u1',
        localDate: '2026-03-08',
        ...contentToDoc({ kind: 'journey', journeyId: 'calmer-mind', day: 3 }),
        createdAt: at,
        shownAt: null,
      }),
    ).toEqual({
      userId: 'u1',
      localDate: '2026-03-08',
      content: { kind: 'journey', journeyId: 'calmer-mind', day: 3 },
      createdAt: at,
    });
    expect(
      pendingNudgeFromDoc({
        userId: 'u1',
        localDate: '2026-03-09',
        ...contentToDoc({ kind: 'verse', ref: '2.47' }),
        createdAt: at,
        shownAt: at,
      }),
    ).toMatchObject({ content: { kind: 'verse', ref: '2.47' }, shownAt: at });
    const connection = mongoose.createConnection();
    const pending = connection.model('PendingNudge', MONGO_SCHEMAS.PendingNudge);
    expect(
      pending.find({ userId: 'u1', shownAt: null, localDate: { $lte: '2026-03-09' } }).cast(),
    ).toEqual({ userId: 'u1', shownAt: null, localDate: { $lte: '2026-03-09' } });
    expect(() => {
      pending.find({ user: 'u1' }).cast();
    }).toThrow(/user/);
  });

  it('throw on a misspelt field in a filter instead of dropping it (no accidental "delete all")', () => {
    const connection = mongoose.createConnection();
    const turns = connection.model('ConversationTurn', MONGO_SCHEMAS.ConversationTurn);

    expect(() => {
      turns.deleteMany({ usrId: 'u1' }).cast();
    }).toThrow(/usrId/);
    expect(() => new turns({ userId: 'u', text: 'private words' })).toThrow(/text/);
  });

  it('store binary fields as Buffer and times as Date', () => {
    expect(typeOf(MONGO_SCHEMAS.Reflection, 'ciphertext')).toBe('Buffer');
    expect(typeOf(MONGO_SCHEMAS.UserDataKey, 'wrapped')).toBe('Buffer');
    expect(typeOf(MONGO_SCHEMAS.ConversationTurn, 'sealed')).toBe('Buffer');
    expect(typeOf(MONGO_SCHEMAS.ConversationTurn, 'at')).toBe('Date');
    expect(typeOf(MONGO_SCHEMAS.JourneyEnrollment, 'paceAt')).toBe('Date');
    expect(typeOf(MONGO_SCHEMAS.NudgeDelivery, 'leaseUntil')).toBe('Date');
    expect(typeOf(MONGO_SCHEMAS.Reminder, 'updatedAt')).toBe('Date');
  });
});

describe('mongodb document mapping', () => {
  it('reads bytes from a BSON Binary, a Buffer or a Uint8Array as a plain copy', () => {
    const binary = new mongoose.mongo.Binary(Buffer.from([1, 2, 3]));
    const buffer = Buffer.from([4, 5]);

    const fromBinary = bytesOf(binary, 'x');
    const fromBuffer = bytesOf(buffer, 'x');
    buffer[0] = 9;

    expect(Array.from(fromBinary)).toEqual([1, 2, 3]);
    expect(Array.from(fromBuffer)).toEqual([4, 5]);
    expect(fromBuffer.constructor).toBe(Uint8Array);
    expect(() => bytesOf('text', 'ciphertext')).toThrow('field ciphertext is not binary');
  });

  it('maps a user with some settings, dropping absent, null and unknown-channel values', () => {
    expect(
      userFromDoc({ _id: 'u1', createdAt: T0, locale: 'hi-IN', region: null, writes: 3 }),
    ).toEqual({ id: 'u1', createdAt: T0, settings: { locale: 'hi-IN' } });
    expect(userFromDoc({ _id: 'u2', createdAt: T0, preferredChannel: 'fax' }).settings).toEqual({});
  });

  it('turns a settings patch into one $set/$unset update', () => {
    expect(settingsUpdate({ locale: 'en-IN', region: null, timeZone: undefined })).toEqual({
      $set: { locale: 'en-IN' },
      $unset: { region: '' },
    });
    expect(settingsUpdate({})).toEqual({ $set: {}, $unset: {} });
  });

  it('maps addresses with and without a block, and refuses an unknown channel', () => {
    const base = {
      channel: 'telegram',
      address: 'chat-1',
      userId: 'u1',
      createdAt: T0,
      lastSeenAt: T0,
    };

    expect(addressFromDoc(base)).toEqual(base);
    expect(addressFromDoc({ ...base, blockedAt: T0, blockedReason: 'telegram:403' })).toEqual({
      ...base,
      blockedAt: T0,
      blockedReason: 'telegram:403',
    });
    expect(() => addressFromDoc({ ...base, channel: 'fax' })).toThrow(/unknown channel/);
  });

  it('maps a turn, its id from the ObjectId, sealed bytes only when present', () => {
    const _id = new Types.ObjectId();
    const doc = {
      _id,
      userId: 'u1',
      role: 'assistant',
      kind: 'answer',
      at: T0,
      citations: ['2.47'],
      themeId: null,
      sealed: new mongoose.mongo.Binary(Buffer.from([7])),
    };

    const turn = turnFromDoc(doc);

    expect(turn).toEqual({
      id: _id.toHexString(),
      userId: 'u1',
      role: 'assistant',
      kind: 'answer',
      at: T0,
      citations: ['2.47'],
      sealed: new Uint8Array([7]),
    });
    expect(turnFromDoc({ ...doc, sealed: undefined })).not.toHaveProperty('sealed');
    expect(() => turnFromDoc({ ...doc, role: 'system' })).toThrow(/role/);
  });

  it('maps data keys, reflections and audit entries field for field', () => {
    expect(
      dataKeyFromDoc({
        _id: 'u1',
        masterKeyId: 'mk1',
        wrapped: Buffer.from([1]),
        createdAt: T0,
        wrappedAt: T0,
      }),
    ).toEqual({
      userId: 'u1',
      masterKeyId: 'mk1',
      wrapped: new Uint8Array([1]),
      createdAt: T0,
      wrappedAt: T0,
    });
    const reflection = {
      _id: new Types.ObjectId(),
      id: 'r1',
      userId: 'u1',
      createdAt: T0,
      iv: Buffer.from([1]),
      tag: Buffer.from([2]),
      ciphertext: Buffer.from([3]),
    };
    expect(reflectionFromDoc(reflection)).not.toHaveProperty('journeyId');
    expect(reflectionFromDoc({ ...reflection, journeyId: 'calm', journeyDay: 2 })).toMatchObject({
      journeyId: 'calm',
      journeyDay: 2,
    });
    const _id = new Types.ObjectId();
    expect(
      auditEntryFromDoc({
        _id,
        at: T0,
        actor: 'operator',
        action: 'data-key.rewrap',
        recordType: 'data-key',
        recordId: 'u1',
      }),
    ).toEqual({
      id: _id.toHexString(),
      at: T0,
      actor: 'operator',
      action: 'data-key.rewrap',
      recordType: 'data-key',
      recordId: 'u1',
    });
    expect(() =>
      auditEntryFromDoc({
        _id,
        at: T0,
        actor: 'operator',
        action: 'read.all',
        recordType: 'user',
        recordId: 'u1',
      }),
    ).toThrow(/unknown action/);
  });

  it('maps an enrollment and its completed days in day order, counting days of the journey only', () => {
    const doc = {
      _id: new Types.ObjectId(),
      id: 'e1',
      userId: 'u1',
      journeyId: 'calm',
      status: 'paused',
      inProgress: true,
      startedAt: T0,
      updatedAt: T0,
      paceDay: 2,
      paceAt: T0,
      pausedAt: T0,
      endedAt: null,
      completions: [
        { day: 3, completedAt: T0 },
        { day: 1, completedAt: T0 },
        { day: 9, completedAt: T0 },
      ],
      completedCount: 3,
    };

    expect(enrollmentFromDoc(doc)).toEqual({
      id: 'e1',
      userId: 'u1',
      journeyId: 'calm',
      status: 'paused',
      startedAt: T0,
      updatedAt: T0,
      paceDay: 2,
      paceAt: T0,
      pausedAt: T0,
    });
    expect(completionsFromDoc(doc).map((c) => c.day)).toEqual([1, 3, 9]);
    expect(countCompleted(doc, 7)).toBe(2);
    expect(() => enrollmentFromDoc({ ...doc, status: 'lost' })).toThrow(/status/);
  });
});

describe('mongodb reminders and nudge deliveries', () => {
  const lease = new Date(T0.getTime() + 60_000);
  const delivery = {
    userId: 'u1',
    localDate: '2026-03-08',
    status: 'claimed',
    leaseOwner: 'w1',
    leaseUntil: lease,
    claims: 2,
    takeovers: 1,
    channel: null,
    reason: null,
    updatedAt: T0,
  };

  it('maps a reminder, leaving out cleared fields', () => {
    expect(reminderFromDoc({ _id: 'u1', time: '07:30', quietHours: null, updatedAt: T0 })).toEqual({
      userId: 'u1',
      time: '07:30',
      updatedAt: T0,
    });
    expect(reminderFromDoc({ _id: 'u1', quietHours: 'off', updatedAt: T0 })).toEqual({
      userId: 'u1',
      quietHours: 'off',
      updatedAt: T0,
    });
    expect(() => reminderFromDoc({ _id: 'u1', time: 730 as never, updatedAt: T0 })).toThrow(
      'field time is not text',
    );
  });

  it('turns a reminder patch into one upsert: a value sets, null removes, absent keeps', () => {
    expect(reminderUpdate({ time: '07:30' }, T0)).toEqual({
      $set: { time: '07:30', updatedAt: T0 },
    });
    expect(reminderUpdate({ time: null, quietHours: '22:00-06:00' }, T0)).toEqual({
      $set: { quietHours: '22:00-06:00', updatedAt: T0 },
      $unset: { time: '' },
    });
    expect(reminderUpdate({}, T0)).toEqual({ $set: { updatedAt: T0 } });
  });

  it('maps a delivery field for field, refusing an unknown status', () => {
    expect(deliveryFromDoc(delivery)).toEqual({
      userId: 'u1',
      localDate: '2026-03-08',
      status: 'claimed',
      leaseOwner: 'w1',
      leaseUntil: lease,
      claims: 2,
      takeovers: 1,
      updatedAt: T0,
    });
    expect(
      deliveryFromDoc({
        ...delivery,
        status: 'sent',
        leaseUntil: undefined,
        channel: 'telegram',
        reason: 'late',
      }),
    ).toEqual({
      userId: 'u1',
      localDate: '2026-03-08',
      status: 'sent',
      leaseOwner: 'w1',
      claims: 2,
      takeovers: 1,
      channel: 'telegram',
      reason: 'late',
      updatedAt: T0,
    });
    // As SQLite reads it: a channel since removed is "no channel", not a failure.
    expect(deliveryFromDoc({ ...delivery, channel: 'fax' })).not.toHaveProperty('channel');
    expect(() => deliveryFromDoc({ ...delivery, status: 'lost' })).toThrow(/status/);
    expect(verseFromDoc({ ref: '2.47', cycle: 2 })).toEqual({ ref: '2.47', cycle: 2 });
    expect(() => verseFromDoc({ ref: '2.47', cycle: 1.5 })).toThrow(/cycle/);
  });

  it('reopens a released day or an expired lease, and nothing final or still leased', () => {
    const before = new Date(lease.getTime() - 1);

    expect(reopenFilter({ status: 'released' }, T0)).toEqual({
      takeover: false,
      filter: { status: 'released' },
    });
    expect(reopenFilter({ status: 'claimed', leaseUntil: lease }, lease)).toEqual({
      takeover: true,
      filter: { status: 'claimed', leaseUntil: { $not: { $gt: lease } } },
    });
    // A claimed record without a lease time counts as expired, as SQLite's COALESCE does.
    expect(reopenFilter({ status: 'claimed' }, T0)).toMatchObject({ takeover: true });
    expect(reopenFilter({ status: 'claimed', leaseUntil: lease }, before)).toBeUndefined();
    for (const status of ['sent', 'skipped', 'failed'] as const) {
      expect(reopenFilter({ status }, lease)).toBeUndefined();
    }
  });

  it("builds the grant, finish and skip updates with the column changes of SQLite's statements", () => {
    expect(reclaimUpdate('w2', lease, T0, true)).toEqual({
      $set: { status: 'claimed', leaseOwner: 'w2', leaseUntil: lease, updatedAt: T0 },
      $inc: { claims: 1, takeovers: 1 },
      $unset: { reason: '' },
    });
    expect(reclaimUpdate('w2', lease, T0, false).$inc).toEqual({ claims: 1, takeovers: 0 });
    // The owner stays (who sent it); channel and reason are this outcome's, absent ones removed.
    expect(finishUpdate('sent', { now: T0, channel: 'telegram' })).toEqual({
      $set: { status: 'sent', updatedAt: T0, channel: 'telegram' },
      $unset: { leaseUntil: '', reason: '' },
    });
    expect(finishUpdate('failed', { now: T0, reason: 'telegram:403-blocked' })).toEqual({
      $set: { status: 'failed', updatedAt: T0, reason: 'telegram:403-blocked' },
      $unset: { leaseUntil: '', channel: '' },
    });
    expect(skipUpdate('quiet', T0)).toEqual({
      $set: { status: 'skipped', reason: 'quiet', updatedAt: T0 },
      $unset: { leaseOwner: '', leaseUntil: '' },
    });
  });

  it('cast every filter against the schemas under strictQuery: throw', () => {
    const connection = mongoose.createConnection();
    const deliveries = connection.model('NudgeDelivery', MONGO_SCHEMAS.NudgeDelivery);
    const verses = connection.model('VerseOfDay', MONGO_SCHEMAS.VerseOfDay);
    const key = { userId: 'u1', localDate: '2026-03-08' };
    const expired = reopenFilter({ status: 'claimed', leaseUntil: T0 }, T0)!;

    expect(deliveries.find({ ...key, ...expired.filter }).cast()).toEqual({
      ...key,
      status: 'claimed',
      leaseUntil: { $not: { $gt: T0 } },
    });
    expect(deliveries.find({ ...key, status: 'claimed', leaseOwner: 'w1' }).cast()).toEqual({
      ...key,
      status: 'claimed',
      leaseOwner: 'w1',
    });
    expect(verses.find({ userId: 'u1', cycle: 2 }).cast()).toEqual({ userId: 'u1', cycle: 2 });
    expect(() => {
      deliveries.find({ usrId: 'u1' }).cast();
    }).toThrow(/usrId/);
    expect(() => new deliveries({ ...delivery, status: 'claimed', owner: 'w1' })).toThrow(/owner/);
  });
});

describe('mongodb day completion update', () => {
  it('appends the day and, in the same write, completes the journey when every day is done', () => {
    const pipeline = completeDayPipeline(3, 7, T0);

    expect(pipeline).toEqual([
      {
        $set: {
          completions: { $concatArrays: ['$completions', [{ day: 3, completedAt: T0 }]] },
          completedCount: { $add: ['$completedCount', 1] },
        },
      },
      {
        $set: {
          status: { $cond: [expect.anything(), 'completed', '$status'] },
          updatedAt: { $cond: [expect.anything(), T0, '$updatedAt'] },
          endedAt: { $cond: [expect.anything(), T0, '$$REMOVE'] },
          inProgress: { $cond: [expect.anything(), '$$REMOVE', true] },
        },
      },
    ]);
    // The condition counts the days of this journey (≤ 7) against its length.
    expect(JSON.stringify(pipeline[1])).toContain('{"$lte":["$$this.day",7]}');
  });
});

describe('mongodb connection checks', () => {
  it('finds the database named in a connection string, if any', () => {
    expect(databaseNameOf('mongodb://localhost:27017/sarathi?replicaSet=rs0')).toBe('sarathi');
    expect(databaseNameOf('mongodb://a:1,b:2/prod')).toBe('prod');
    expect(databaseNameOf('mongodb+srv://u:p%2F@cluster.example.net/app')).toBe('app');
    expect(databaseNameOf('mongodb://localhost:27017/?replicaSet=rs0')).toBeUndefined();
    expect(databaseNameOf('mongodb://localhost:27017')).toBeUndefined();
  });

  it('accepts a replica set or mongos and refuses a standalone server, saying how to fix it', () => {
    expect(() => checkTransactionsAvailable({ setName: 'rs0' })).not.toThrow();
    expect(() => checkTransactionsAvailable({ msg: 'isdbgrid' })).not.toThrow();
    expect(() => checkTransactionsAvailable({})).toThrow(/replica set.*--replSet/);
  });

  it('recognises duplicate-key errors by code only', () => {
    expect(isDuplicateKey({ code: 11000 })).toBe(true);
    expect(isDuplicateKey({ code: 112 })).toBe(false);
    expect(isDuplicateKey(new Error('E11000 duplicate key'))).toBe(false);
    expect(isDuplicateKey(null)).toBe(false);
  });

  it('refuses a connection string that is not mongodb:// with a StoreError', async () => {
    await expect(
      openStores({ driver: 'mongodb', uri: 'postgres://localhost/sarathi' }),
    ).rejects.toMatchObject({
      name: 'StoreError',
      store: 'mongodb',
      op: 'open',
      cause: expect.any(RangeError),
    });
  });

  it('fails to open with a StoreError when no server answers, leaving nothing running', async () => {
    const failure = await openStores({
      driver: 'mongodb',
      uri: 'mongodb://127.0.0.1:1/?serverSelectionTimeoutMS=300&directConnection=true',
    }).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(StoreError);
    expect(failure).toMatchObject({ store: 'mongodb', op: 'open' });
  });
});
