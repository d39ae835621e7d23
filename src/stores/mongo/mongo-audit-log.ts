import type { ClientSession } from 'mongoose';
import { checkAuditEntry } from '../ports/index.ts';
import type { AuditLog, NewAuditEntry } from '../ports/index.ts';
import type { MongoContext } from './context.ts';
import { mongoCall } from './guard.ts';
import type { MongoModels } from './models.ts';
import { auditEntryFromDoc, type AuditDoc } from './schemas/audit-log.ts';
import { checkLimit, validDate } from './values.ts';

const DEFAULT_LIMIT = 1000;

/**
 * The audit writer other stores call inside their own transactions (pass the session), so a
 * change and its entry commit together.
 */
export async function writeAudit(
  models: MongoModels,
  entry: NewAuditEntry,
  session?: ClientSession,
): Promise<void> {
  checkAuditEntry(entry);
  await models.auditLog.insertOne(
    {
      at: validDate(entry.at),
      actor: entry.actor,
      action: entry.action,
      recordType: entry.recordType,
      recordId: entry.recordId,
    },
    session === undefined ? {} : { session },
  );
}

export function createMongoAuditLog({ models, state }: MongoContext): AuditLog {
  return {
    record: (entry) => mongoCall(state, 'auditLog', 'record', () => writeAudit(models, entry)),
    list: (filter) =>
      mongoCall(state, 'auditLog', 'list', async () => {
        const limit = filter.limit ?? DEFAULT_LIMIT;
        checkLimit(limit);
        if (limit === 0) return [];
        const query: { actor?: string; recordId?: string } = {};
        if (filter.actor !== undefined) query.actor = filter.actor;
        if (filter.recordId !== undefined) query.recordId = filter.recordId;
        const docs = await models.auditLog
          .find(query)
          .sort({ at: -1, _id: -1 })
          .limit(limit)
          .lean<AuditDoc[]>();
        return docs.map(auditEntryFromDoc);
      }),
  };
}
