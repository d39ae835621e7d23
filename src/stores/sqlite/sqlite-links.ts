import { checkLinkCodeHash } from '../ports/index.ts';
import type { DatabaseSync } from 'node:sqlite';
import type { LinkIdentity, LinkOutcome, LinkStore } from '../ports/index.ts';
import { afterCommit } from './group-commit.ts';
import { storeCall } from './guard.ts';
import { checkpointWal } from './wal.ts';
import { changes, integer, millis, optionalDate, text } from './rows.ts';
import { inTransaction } from './transaction.ts';

export function createSqliteLinkStore(db: DatabaseSync): LinkStore {
  const countIssued = db.prepare(
    'SELECT count(*) AS n FROM link_codes WHERE user_id = ? AND created_at >= ?',
  );
  // A new code retires the user's earlier unused ones: one live code at a time.
  const retireLive = db.prepare(
    'UPDATE link_codes SET expires_at = :now WHERE user_id = :user_id AND used_at IS NULL AND expires_at > :now',
  );
  const insertCode = db.prepare(
    'INSERT INTO link_codes (code_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)',
  );
  const selectCode = db.prepare('SELECT * FROM link_codes WHERE code_hash = ?');
  const spendCode = db.prepare(
    'UPDATE link_codes SET used_at = ? WHERE code_hash = ? AND used_at IS NULL',
  );
  const selectIdentity = db.prepare(
    'SELECT user_id FROM channel_identities WHERE channel = ? AND channel_user_id = ?',
  );
  const countOtherIdentities = db.prepare(
    `SELECT count(*) AS n FROM channel_identities
     WHERE user_id = ? AND NOT (channel = ? AND channel_user_id = ?)`,
  );
  const journeyProgress = db.prepare(
    `SELECT EXISTS (
       SELECT 1 FROM journey_enrollments e
       WHERE e.user_id = :user_id AND (e.status IN ('active', 'paused') OR EXISTS (
         SELECT 1 FROM journey_day_completions c WHERE c.enrollment_id = e.id))
     ) AS found`,
  );
  const moveIdentity = db.prepare(
    'UPDATE channel_identities SET user_id = ? WHERE channel = ? AND channel_user_id = ?',
  );
  const moveAddresses = db.prepare(
    'UPDATE channel_addresses SET user_id = ? WHERE user_id = ? AND channel = ?',
  );
  const removeChannelState = db.prepare(
    `DELETE FROM channel_state WHERE (channel, address) IN
       (SELECT channel, address FROM channel_addresses WHERE user_id = ?)`,
  );
  const removeUser = db.prepare('DELETE FROM users WHERE id = ?');
  const insertAttempt = db.prepare('INSERT INTO link_attempts (user_id, at) VALUES (?, ?)');
  const countAttempts = db.prepare(
    'SELECT count(*) AS n FROM link_attempts WHERE user_id = ? AND at >= ?',
  );
  const purgeCodes = db.prepare('DELETE FROM link_codes WHERE expires_at < ?');
  const purgeAttempts = db.prepare('DELETE FROM link_attempts WHERE at < ?');

  function link(input: LinkIdentity): LinkOutcome {
    const now = millis(input.now);
    const code = selectCode.get(input.codeHash);
    if (code === undefined) return { kind: 'unknown' };
    const ownerId = text(code, 'user_id');
    const identity = selectIdentity.get(input.channel, input.channelUserId);
    if (identity === undefined) return { kind: 'unknown-identity' };
    const previousUserId = text(identity, 'user_id');
    // Before "used": a second tap on the confirmation finds the link already made.
    if (previousUserId === ownerId) return { kind: 'already-linked', ownerId };
    if (optionalDate(code, 'used_at') !== undefined) return { kind: 'used' };
    if (integer(code, 'expires_at') <= now) return { kind: 'expired' };

    const others = countOtherIdentities.get(previousUserId, input.channel, input.channelUserId);
    const previousUserDeleted = others === undefined || integer(others, 'n') === 0;
    if (previousUserDeleted) {
      const progress = journeyProgress.get({ user_id: previousUserId });
      if (progress !== undefined && integer(progress, 'found') === 1) {
        return { kind: 'has-journey-progress', previousUserId };
      }
    }
    if (input.dryRun) return { kind: 'would-link', ownerId, previousUserId, previousUserDeleted };

    if (changes(spendCode.run(now, input.codeHash)) !== 1) return { kind: 'used' };
    moveIdentity.run(ownerId, input.channel, input.channelUserId);
    moveAddresses.run(ownerId, previousUserId, input.channel);
    if (previousUserDeleted) {
      removeChannelState.run(previousUserId);
      removeUser.run(previousUserId);
    }
    return { kind: 'linked', ownerId, previousUserId, previousUserDeleted };
  }

  return {
    issue: (input) =>
      storeCall(db, 'links', 'issue', () => {
        checkLinkCodeHash(input.codeHash);
        if (!Number.isInteger(input.maxPerWindow) || input.maxPerWindow < 1) {
          throw new RangeError('maxPerWindow must be a positive integer');
        }
        const now = millis(input.now);
        return inTransaction(db, () => {
          const issued = countIssued.get(input.userId, millis(input.windowStart));
          if (issued !== undefined && integer(issued, 'n') >= input.maxPerWindow) return false;
          retireLive.run({ user_id: input.userId, now });
          insertCode.run(input.codeHash, input.userId, now, millis(input.expiresAt));
          return true;
        });
      }),

    link: (input) =>
      storeCall(db, 'links', 'link', () => {
        checkLinkCodeHash(input.codeHash);
        const outcome = inTransaction(db, () => link(input));
        // As in users.delete: move the zeroed pages out of the WAL so no copy lingers there.
        if (outcome.kind === 'linked' && outcome.previousUserDeleted) {
          afterCommit(db, () => checkpointWal(db));
        }
        return outcome;
      }),

    recordFailedAttempt: (userId, at) =>
      storeCall(db, 'links', 'recordFailedAttempt', () => {
        insertAttempt.run(userId, millis(at));
      }),

    failedAttemptsSince: (userId, since) =>
      storeCall(db, 'links', 'failedAttemptsSince', () => {
        const row = countAttempts.get(userId, millis(since));
        return row === undefined ? 0 : integer(row, 'n');
      }),

    purgeOlderThan: (cutoff) =>
      storeCall(db, 'links', 'purgeOlderThan', () => {
        const at = millis(cutoff);
        return changes(purgeCodes.run(at)) + changes(purgeAttempts.run(at));
      }),
  };
}
