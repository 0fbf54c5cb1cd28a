/**
 * What a meeting produced, as the viewer may see it, for the meeting's page once it is over: its report, the
 * liaison statements it sent, its agreed deliverables and its other outputs (the agenda, output documents).
 * An agreed deliverable is a document of the meeting whose decision is "agreed" or "approved" and that is an
 * output document or was submitted for decision or approval (a draft Recommendation, a technical report).
 */
import { and, asc, eq, inArray, notInArray, or, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/client.server';
import { documents, type Decision } from '../../../db/schema';
import { visibleDocumentsSql } from '../documents/policy.server';
import type { Principal } from '../groups/permissions.server';
import { fullLabel } from '../registration/numbering.server';

export interface OutputDocument {
  id: string;
  label: string;
  title: string;
  decision: Decision | null;
}

const AGREED: Decision[] = ['agreed', 'approved'];
const LIMIT = 50;

/** The agreed-deliverable rule as one SQL condition (also usable by lists). */
export const agreedDeliverableSql = (): SQL =>
  and(
    inArray(documents.decision, AGREED),
    notInArray(documents.type, ['agenda', 'report', 'ls_in', 'ls_out']),
    or(eq(documents.type, 'output'), inArray(documents.purpose, ['decision', 'approval'])),
  )!;

export async function meetingOutputs(db: Db, principal: Principal | null, meetingId: string) {
  const visible = await visibleDocumentsSql(db, principal);
  const select = (where: SQL) =>
    db
      .select()
      .from(documents)
      .where(and(eq(documents.meetingId, meetingId), eq(documents.state, 'registered'), visible, where))
      .orderBy(asc(documents.number), asc(documents.relationNumber), asc(documents.revision))
      .limit(LIMIT);
  const [reports, statements, deliverables, others] = await Promise.all([
    select(eq(documents.type, 'report')),
    select(eq(documents.type, 'ls_out')),
    select(agreedDeliverableSql()),
    select(inArray(documents.type, ['agenda', 'output'])),
  ]);
  const row = (d: typeof documents.$inferSelect): OutputDocument => ({
    id: d.id,
    label: fullLabel(d) ?? '',
    title: d.title,
    decision: d.decision,
  });
  const agreed = new Set(deliverables.map((d) => d.id));
  return {
    reports: reports.map(row),
    statements: statements.map(row),
    deliverables: deliverables.map(row),
    others: others.filter((d) => !agreed.has(d.id)).map(row),
  };
}

export type MeetingOutputs = Awaited<ReturnType<typeof meetingOutputs>>;
