import { Schema } from 'mongoose';
import type { ChannelAddress, ChannelIdentity } from '../../ports/index.ts';
import { channelOf, dateOf, optionalDateOf, optionalTextOf, textOf } from '../values.ts';
import { collectionOptions } from './options.ts';

export interface IdentityDoc {
  readonly channel: string;
  readonly channelUserId: string;
  readonly userId: string;
  readonly createdAt: Date;
}

export interface AddressDoc {
  readonly channel: string;
  readonly address: string;
  readonly userId: string;
  readonly createdAt: Date;
  readonly lastSeenAt: Date;
  readonly blockedAt?: Date | null;
  readonly blockedReason?: string | null;
}

export const identitySchema = new Schema<IdentityDoc>(
  {
    channel: { type: String, required: true },
    channelUserId: { type: String, required: true },
    userId: { type: String, required: true },
    createdAt: { type: Date, required: true },
  },
  collectionOptions('channel_identities'),
);
// (channel, channel user) points at exactly one user: what makes first contact create one user.
identitySchema.index({ channel: 1, channelUserId: 1 }, { unique: true });
identitySchema.index({ userId: 1, createdAt: 1 });

export const addressSchema = new Schema<AddressDoc>(
  {
    channel: { type: String, required: true },
    address: { type: String, required: true },
    userId: { type: String, required: true },
    createdAt: { type: Date, required: true },
    lastSeenAt: { type: Date, required: true },
    blockedAt: Date,
    blockedReason: String,
  },
  collectionOptions('channel_addresses'),
);
addressSchema.index({ channel: 1, address: 1 }, { unique: true });
addressSchema.index({ userId: 1, createdAt: 1 });

export function identityFromDoc(doc: IdentityDoc): ChannelIdentity {
  return {
    channel: channelOf(doc.channel),
    channelUserId: textOf(doc.channelUserId, 'channelUserId'),
    userId: textOf(doc.userId, 'userId'),
    createdAt: dateOf(doc.createdAt, 'createdAt'),
  };
}

export function addressFromDoc(doc: AddressDoc): ChannelAddress {
  const blockedAt = optionalDateOf(doc.blockedAt, 'blockedAt');
  const blockedReason = optionalTextOf(doc.blockedReason, 'blockedReason');
  return {
    channel: channelOf(doc.channel),
    address: textOf(doc.address, 'address'),
    userId: textOf(doc.userId, 'userId'),
    createdAt: dateOf(doc.createdAt, 'createdAt'),
    lastSeenAt: dateOf(doc.lastSeenAt, 'lastSeenAt'),
    ...(blockedAt && { blockedAt }),
    ...(blockedReason !== undefined && { blockedReason }),
  };
}
