import { checkContact } from '../ports/index.ts';
import { randomUUID } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import { CHANNEL_NAMES } from '../../messages/index.ts';
import type { ChannelName } from '../../messages/index.ts';
import type { ChannelAddress, ChannelIdentity, IdentityStore } from '../ports/index.ts';
import { storeCall } from './guard.ts';
import { changes, date, millis, optionalDate, optionalText, text } from './rows.ts';
import type { Row } from './rows.ts';
import { userFromRow } from './sqlite-users.ts';
import { inTransaction } from './transaction.ts';

// A known address seen again: time only moves forward, and a block older than this contact
// is lifted (the person is reachable again). An address owned by someone else is left alone.
const UPSERT_ADDRESS = `
INSERT INTO channel_addresses (channel, address, user_id, created_at, last_seen_at)
VALUES (:channel, :address, :user_id, :now, :now)
ON CONFLICT (channel, address) DO UPDATE SET
  last_seen_at = MAX(channel_addresses.last_seen_at, excluded.last_seen_at),
  blocked_at = IIF(channel_addresses.blocked_at < excluded.last_seen_at, NULL,
    channel_addresses.blocked_at),
  blocked_reason = IIF(channel_addresses.blocked_at < excluded.last_seen_at, NULL,
    channel_addresses.blocked_reason)
WHERE channel_addresses.user_id = excluded.user_id`;

// The first block wins: its time says since when the address has been failing.
const BLOCK_ADDRESS = `
UPDATE channel_addresses SET
  blocked_reason = IIF(blocked_at IS NULL, :reason, blocked_reason),
  blocked_at = COALESCE(blocked_at, :at)
WHERE channel = :channel AND address = :address`;

function channelOf(row: Row): ChannelName {
  const value = text(row, 'channel');
  const channel = CHANNEL_NAMES.find((name) => name === value);
  if (channel === undefined) throw new TypeError('column channel holds an unknown channel');
  return channel;
}

function addressFromRow(row: Row): ChannelAddress {
  const blockedAt = optionalDate(row, 'blocked_at');
  const blockedReason = optionalText(row, 'blocked_reason');
  return {
    channel: channelOf(row),
    address: text(row, 'address'),
    userId: text(row, 'user_id'),
    createdAt: date(row, 'created_at'),
    lastSeenAt: date(row, 'last_seen_at'),
    ...(blockedAt && { blockedAt }),
    ...(blockedReason !== undefined && { blockedReason }),
  };
}

function identityFromRow(row: Row): ChannelIdentity {
  return {
    channel: channelOf(row),
    channelUserId: text(row, 'channel_user_id'),
    userId: text(row, 'user_id'),
    createdAt: date(row, 'created_at'),
  };
}

export function createSqliteIdentityStore(db: DatabaseSync): IdentityStore {
  const selectIdentity = db.prepare(
    'SELECT user_id FROM channel_identities WHERE channel = ? AND channel_user_id = ?',
  );
  const selectUser = db.prepare('SELECT * FROM users WHERE id = ?');
  const insertUser = db.prepare('INSERT INTO users (id, created_at) VALUES (?, ?) RETURNING *');
  const insertIdentity = db.prepare(
    'INSERT INTO channel_identities (channel, channel_user_id, user_id, created_at) VALUES (?, ?, ?, ?)',
  );
  const upsertAddress = db.prepare(UPSERT_ADDRESS);
  const selectAddresses = db.prepare(
    'SELECT * FROM channel_addresses WHERE user_id = ? ORDER BY created_at, channel, address',
  );
  const blockAddress = db.prepare(BLOCK_ADDRESS);
  const selectIdentities = db.prepare(
    'SELECT * FROM channel_identities WHERE user_id = ? ORDER BY created_at, channel, channel_user_id',
  );

  return {
    findOrCreateByIdentity: (contact) =>
      storeCall(db, 'identities', 'findOrCreateByIdentity', () => {
        checkContact(contact);
        const now = millis(contact.now);
        // The write lock is taken at BEGIN, so the look-up and the inserts cannot interleave
        // with another connection's: exactly one caller creates the user.
        return inTransaction(db, () => {
          const known = selectIdentity.get(contact.channel, contact.channelUserId);
          let userRow: Row | undefined;
          let created = false;
          if (known) {
            userRow = selectUser.get(text(known, 'user_id'));
          } else {
            userRow = insertUser.get(randomUUID(), now);
            created = true;
          }
          if (!userRow) throw new Error('identity points at a missing user');
          const user = userFromRow(userRow);
          if (created) insertIdentity.run(contact.channel, contact.channelUserId, user.id, now);
          upsertAddress.run({
            channel: contact.channel,
            address: contact.address,
            user_id: user.id,
            now,
          });
          return { user, created };
        });
      }),

    identitiesOf: (userId) =>
      storeCall(db, 'identities', 'identitiesOf', () =>
        selectIdentities.all(userId).map(identityFromRow),
      ),

    addressesOf: (userId) =>
      storeCall(db, 'identities', 'addressesOf', () =>
        selectAddresses.all(userId).map(addressFromRow),
      ),

    markAddressBlocked: (channel, address, reason, at) =>
      storeCall(db, 'identities', 'markAddressBlocked', () => {
        const result = blockAddress.run({ channel, address, reason, at: millis(at) });
        return changes(result) > 0;
      }),
  };
}
