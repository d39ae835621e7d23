import { AUDIT_ACTIONS, type NewAuditEntry } from './audit-log.ts';

// Ids and labels fit; a sentence someone wrote does not (no spaces, short).
const TOKEN = /^[A-Za-z0-9][A-Za-z0-9._:/-]{0,79}$/;

/**
 * Throws a `RangeError` naming the field (never its value) when an entry would carry anything
 * but ids. Every adapter calls it before writing.
 */
export function checkAuditEntry(entry: NewAuditEntry): void {
  if (!AUDIT_ACTIONS.includes(entry.action)) throw new RangeError('audit.action is unknown');
  for (const field of ['actor', 'recordType', 'recordId'] as const) {
    if (typeof entry[field] !== 'string' || !TOKEN.test(entry[field])) {
      throw new RangeError(`audit.${field} must be an id`);
    }
  }
}
