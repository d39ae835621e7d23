import { Schema, type Types } from 'mongoose';
import { AUDIT_ACTIONS } from '../../ports/index.ts';
import type { AuditEntry } from '../../ports/index.ts';
import { dateOf, textOf } from '../values.ts';
import { collectionOptions } from './options.ts';

// Ids and times only. No reference to users on purpose: "user.delete" outlives its user.
export interface AuditDoc {
  /** The entry's id (hex) and the tie-break between entries of the same millisecond. */
  readonly _id: Types.ObjectId;
  readonly at: Date;
  readonly actor: string;
  readonly action: string;
  readonly recordType: string;
  readonly recordId: string;
}

export const auditSchema = new Schema<AuditDoc>(
  {
    at: { type: Date, required: true },
    actor: { type: String, required: true },
    action: { type: String, required: true, enum: [...AUDIT_ACTIONS] },
    recordType: { type: String, required: true },
    recordId: { type: String, required: true },
  },
  collectionOptions('audit_log'),
);
auditSchema.index({ actor: 1, at: -1, _id: -1 });
auditSchema.index({ recordId: 1, at: -1, _id: -1 });
auditSchema.index({ at: -1, _id: -1 });

export function auditEntryFromDoc(doc: AuditDoc): AuditEntry {
  const action = AUDIT_ACTIONS.find((known) => known === doc.action);
  if (action === undefined) throw new TypeError('field action holds an unknown action');
  return {
    id: doc._id.toHexString(),
    at: dateOf(doc.at, 'at'),
    actor: textOf(doc.actor, 'actor'),
    action,
    recordType: textOf(doc.recordType, 'recordType'),
    recordId: textOf(doc.recordId, 'recordId'),
  };
}
