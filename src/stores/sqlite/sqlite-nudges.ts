import { checkLocalDate } from '../ports/index.ts';
import type { DatabaseSync } from 'node:sqlite';
import { CHANNEL_NAMES, type ChannelName } from '../../messages/index.ts';
import type { NudgeDelivery, NudgeStatus, NudgeStore } from '../ports/index.ts';
import { StoreError } from '../errors.ts';
import { storeCall } from './guard.ts';
import { date, integer, millis, optionalDate, optionalText, text, type Row } from './rows.ts';
import { inTransaction } from './transaction.ts';

const STATUSES: readonly NudgeStatus[] = ['claimed', 'released', 'sent', 'skipped', 'failed'];

function deliveryFromRow(row: Row): NudgeDelivery {
  const status = STATUSES.find((s) => s === text(row, 'status'));
  if (status === undefined) throw new TypeError('column status is not a nudge status');
  const leaseOwner = optionalText(row, 'lease_owner');
  const leaseUntil = optionalDate(row, 'lease_until');
  const channelText = optionalText(row, 'channel');
  const channel: ChannelName | undefined = CHANNEL_NAMES.find((c) => c === channelText);
  const reason = optionalText(row, 'reason');
  return {
    userId: text(row, 'user_id'),
    localDate: text(row, 'local_date'),
    status,
    ...(leaseOwner === undefined ? {} : { leaseOwner }),
    ...(leaseUntil === undefined ? {} : { leaseUntil }),
    claims: integer(row, 'claims'),
    takeovers: integer(row, 'takeovers'),
    ...(channel === undefined ? {} : { channel }),
    ...(reason === undefined ? {} : { reason }),
    updatedAt: date(row, 'updated_at'),
  };
}

export function createSqliteNudgeStore(db: DatabaseSync): NudgeStore {
  const select = db.prepare('SELECT * FROM nudge_deliveries WHERE user_id = ? AND local_date = ?');
  const userExists = db.prepare('SELECT 1 AS found FROM users WHERE id = ?');
  const insertClaim = db.prepare(`
INSERT INTO nudge_deliveries (user_id, local_date, status, lease_owner, lease_until, claims, takeovers, updated_at)
VALUES (?, ?, 'claimed', ?, ?, 1, 0, ?) RETURNING *`);
  const retake = db.prepare(`
UPDATE nudge_deliveries SET status = 'claimed', lease_owner = :owner, lease_until = :until,
  claims = claims + 1, takeovers = takeovers + :takeover, reason = NULL, updated_at = :now
WHERE user_id = :user_id AND local_date = :local_date RETURNING *`);
  const finish = db.prepare(`
UPDATE nudge_deliveries SET status = :status, lease_until = NULL, channel = :channel,
  reason = :reason, updated_at = :now
WHERE user_id = :user_id AND local_date = :local_date AND status = 'claimed' AND lease_owner = :owner`);
  const insertSkip = db.prepare(`
INSERT INTO nudge_deliveries (user_id, local_date, status, claims, takeovers, reason, updated_at)
SELECT ?, ?, 'skipped', 0, 0, ?, ? FROM users WHERE id = ?`);
  const markSkipped = db.prepare(`
UPDATE nudge_deliveries SET status = 'skipped', lease_owner = NULL, lease_until = NULL,
  reason = ?, updated_at = ? WHERE user_id = ? AND local_date = ?`);
  const verseOn = db.prepare(
    'SELECT ref, cycle FROM verse_of_day WHERE user_id = ? AND local_date = ?',
  );
  const currentCycle = db.prepare(
    'SELECT COALESCE(MAX(cycle), 0) AS cycle FROM verse_of_day WHERE user_id = ?',
  );
  const givenInCycle = db.prepare('SELECT ref FROM verse_of_day WHERE user_id = ? AND cycle = ?');
  const insertVerse = db.prepare(
    'INSERT INTO verse_of_day (user_id, local_date, cycle, ref) VALUES (?, ?, ?, ?)',
  );

  function finishAs(
    status: NudgeStatus,
    op: string,
    o: {
      userId: string;
      localDate: string;
      owner: string;
      now: Date;
      channel?: string;
      reason?: string;
    },
  ): Promise<boolean> {
    return storeCall(db, 'nudges', op, () => {
      const result = finish.run({
        status,
        channel: o.channel ?? null,
        reason: o.reason ?? null,
        now: millis(o.now),
        user_id: o.userId,
        local_date: o.localDate,
        owner: o.owner,
      });
      return Number(result.changes) > 0;
    });
  }

  return {
    claim: ({ userId, localDate, owner, now, leaseMs }) =>
      storeCall(db, 'nudges', 'claim', () => {
        checkLocalDate(localDate);
        if (!(leaseMs > 0)) throw new RangeError('leaseMs must be positive');
        const at = millis(now);
        return inTransaction(db, () => {
          const row = select.get(userId, localDate);
          if (row === undefined) {
            if (userExists.get(userId) === undefined) {
              throw new StoreError('nudges', 'claim', { detail: 'no such user' });
            }
            const created = insertClaim.get(userId, localDate, owner, at + leaseMs, at)!;
            return { granted: true, takeover: false, delivery: deliveryFromRow(created) };
          }
          const existing = deliveryFromRow(row);
          const expired =
            existing.status === 'claimed' && (existing.leaseUntil?.getTime() ?? 0) <= at;
          if (existing.status !== 'released' && !expired) {
            return { granted: false, delivery: existing };
          }
          const updated = retake.get({
            owner,
            until: at + leaseMs,
            takeover: expired ? 1 : 0,
            now: at,
            user_id: userId,
            local_date: localDate,
          })!;
          return { granted: true, takeover: expired, delivery: deliveryFromRow(updated) };
        });
      }),
    confirm: (o) => finishAs('sent', 'confirm', o),
    release: (o) => finishAs('released', 'release', o),
    fail: (o) => finishAs('failed', 'fail', o),
    skip: ({ userId, localDate, now, reason }) =>
      storeCall(db, 'nudges', 'skip', () => {
        checkLocalDate(localDate);
        const at = millis(now);
        return inTransaction(db, () => {
          const row = select.get(userId, localDate);
          if (row === undefined) {
            return Number(insertSkip.run(userId, localDate, reason, at, userId).changes) > 0;
          }
          const existing = deliveryFromRow(row);
          const leased =
            existing.status === 'claimed' && (existing.leaseUntil?.getTime() ?? 0) > at;
          if (existing.status !== 'released' && existing.status !== 'claimed') return false;
          if (leased) return false;
          markSkipped.run(reason, at, userId, localDate);
          return true;
        });
      }),
    get: (userId, localDate) =>
      storeCall(db, 'nudges', 'get', () => {
        const row = select.get(userId, localDate);
        return row && deliveryFromRow(row);
      }),
    verseOfDay: (userId, localDate, orderFor) =>
      storeCall(db, 'nudges', 'verseOfDay', () => {
        checkLocalDate(localDate);
        return inTransaction(db, () => {
          const chosen = verseOn.get(userId, localDate);
          if (chosen !== undefined) {
            return { ref: text(chosen, 'ref'), cycle: integer(chosen, 'cycle') };
          }
          if (userExists.get(userId) === undefined) {
            throw new StoreError('nudges', 'verseOfDay', { detail: 'no such user' });
          }
          let cycle = Math.max(1, integer(currentCycle.get(userId)!, 'cycle'));
          for (let attempt = 0; attempt < 2; attempt++, cycle++) {
            const given = new Set(givenInCycle.all(userId, cycle).map((r) => text(r, 'ref')));
            const ref = orderFor(cycle).find((candidate) => !given.has(candidate));
            if (ref !== undefined) {
              insertVerse.run(userId, localDate, cycle, ref);
              return { ref, cycle };
            }
          }
          throw new StoreError('nudges', 'verseOfDay', { detail: 'orderFor gave no refs' });
        });
      }),
  };
}
