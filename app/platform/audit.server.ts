import { AsyncLocalStorage } from 'node:async_hooks';
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

/** What every event recorded during a call adds to its details (`after`), e.g. the API token it was made with. */
const eventDetails = new AsyncLocalStorage<Record<string, unknown>>();

/** Runs `fn` so that each event it records carries `details` in its `after` (an object, or `{ value }` kept beside them). */
export function withEventDetails<T>(details: Record<string, unknown>, fn: () => Promise<T>): Promise<T> {
  return eventDetails.run({ ...eventDetails.getStore(), ...details }, fn);
}

function withDetails(after: unknown) {
  const details = eventDetails.getStore();
  if (!details) return after ?? null;
  if (after === null || after === undefined) return details;
  return typeof after === 'object' && !Array.isArray(after) ? { ...after, ...details } : { value: after, ...details };
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
    after: withDetails(entry.after),
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
