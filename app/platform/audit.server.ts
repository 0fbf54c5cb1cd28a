import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.server';
import { auditEvents, users } from '../../db/schema';

export interface AuditEntry {
  actorId: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  groupId?: string | null;
  meetingId?: string | null;
  documentId?: string | null;
  before?: unknown;
  after?: unknown;
}

/** Records a state change. Call it with the transaction that makes the change, so both commit or neither does. */
export async function recordEvent(db: Db, entry: AuditEntry): Promise<void> {
  await db.insert(auditEvents).values({
    actorId: entry.actorId,
    action: entry.action,
    subjectType: entry.subjectType,
    subjectId: entry.subjectId,
    groupId: entry.groupId ?? null,
    meetingId: entry.meetingId ?? null,
    documentId: entry.documentId ?? null,
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
}

/** The history of one subject, oldest first, with the actor's name. */
export async function listEvents(db: Db, subjectType: string, subjectId: string) {
  return db
    .select({
      id: auditEvents.id,
      at: auditEvents.at,
      action: auditEvents.action,
      actorName: users.name,
      before: auditEvents.before,
      after: auditEvents.after,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(and(eq(auditEvents.subjectType, subjectType), eq(auditEvents.subjectId, subjectId)))
    .orderBy(asc(auditEvents.id));
}
