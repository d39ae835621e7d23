/**
 * Who did what to which record: ids only, never content. Entries outlive the records they name
 * (a deleted user's "user.delete" stays), which is why nothing but ids and times may go in:
 * `checkAuditEntry` refuses anything that is not a short token.
 */
export type AuditAction =
  'reflection.create' | 'user.export' | 'user.delete' | 'data-key.destroy' | 'data-key.rewrap';

export const AUDIT_ACTIONS: readonly AuditAction[] = [
  'reflection.create',
  'user.export',
  'user.delete',
  'data-key.destroy',
  'data-key.rewrap',
];

export interface NewAuditEntry {
  readonly at: Date;
  /** "user:<id>" for a person's own action, "operator" for the command line. */
  readonly actor: string;
  readonly action: AuditAction;
  /** "reflection", "user", "data-key". */
  readonly recordType: string;
  readonly recordId: string;
}

export interface AuditEntry extends NewAuditEntry {
  readonly id: string;
}

export interface AuditFilter {
  readonly actor?: string;
  readonly recordId?: string;
  /** Newest first; at most this many (default 1000). */
  readonly limit?: number;
}

/** Append-only: there is no update or delete. */
export interface AuditLog {
  record(entry: NewAuditEntry): Promise<void>;
  list(filter: AuditFilter): Promise<AuditEntry[]>;
}

/** The audit actor for a person acting on their own data. */
export function userActor(userId: string): string {
  return `user:${userId}`;
}
