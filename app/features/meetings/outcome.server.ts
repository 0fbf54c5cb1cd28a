/**
 * What happened at a past meeting, as the viewer may see it: how many documents it had and their decisions, and
 * its outputs (agenda, outgoing liaison statements, reports, output documents) with their numbers.
 */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.server';
import { documents, liaisonStatements } from '../../../db/schema';
import { visibleDocumentsSql } from '../documents/policy.server';
import type { Principal } from '../groups/permissions.server';

export const OUTPUT_TYPES = ['agenda', 'ls_out', 'report', 'output'] as const;
export const OUTPUTS_LIMIT = 30;

export async function meetingOutcome(db: Db, principal: Principal | null, meetingId: string) {
  const visible = await visibleDocumentsSql(db, principal);
  const inMeeting = and(
    eq(documents.meetingId, meetingId),
    inArray(documents.state, ['registered', 'withdrawn']),
    visible,
  );
  const [decisions, [totals], outputs, statements] = await Promise.all([
    db
      .select({ decision: documents.decision, n: sql<number>`count(*)::int` })
      .from(documents)
      .where(and(inMeeting, sql`${documents.decision} is not null`))
      .groupBy(documents.decision),
    db
      .select({
        all: sql<number>`count(*)::int`,
        late: sql<number>`count(*) filter (where ${documents.late})::int`,
        revisions: sql<number>`count(*) filter (where ${documents.revision} > 0)::int`,
        withdrawn: sql<number>`count(*) filter (where ${documents.state} = 'withdrawn')::int`,
      })
      .from(documents)
      .where(and(inMeeting, sql`${documents.type} not in ('agenda', 'ls_out', 'report', 'output')`)),
    db
      .select({ id: documents.id, type: documents.type, title: documents.title, numberLabel: documents.numberLabel })
      .from(documents)
      .where(and(inMeeting, inArray(documents.type, [...OUTPUT_TYPES])))
      .orderBy(asc(documents.registeredAt))
      .limit(OUTPUTS_LIMIT),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(liaisonStatements)
      .where(and(eq(liaisonStatements.meetingId, meetingId), eq(liaisonStatements.direction, 'in'))),
  ]);
  return { totals, decisions, outputs, incomingStatements: statements[0]?.n ?? 0 };
}
