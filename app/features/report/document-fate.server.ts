/**
 * What became of a meeting's input document, for its page: the decision (and the document it points to), the
 * revisions that replaced it, the outgoing statement that answered it (an incoming statement), and the meeting
 * report that records it. Every document named is one the viewer may see.
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../db/client.server';
import { documents, liaisonStatements, meetingReports, type Decision } from '../../../db/schema';
import { visibleDocumentsSql } from '../documents/policy.server';
import type { Principal } from '../groups/permissions.server';
import { fullLabel } from '../registration/numbering.server';

export interface FateLink {
  id: string;
  label: string;
}

/** Outputs of a meeting (they are what became of the inputs); their pages show no fate of their own. */
const OUTPUT_TYPES = ['agenda', 'report', 'ls_out'];

export async function documentFate(
  db: Db,
  principal: Principal | null,
  doc: Pick<
    typeof documents.$inferSelect,
    'id' | 'meetingId' | 'type' | 'state' | 'decision' | 'decisionTargetId' | 'numberLabel'
  >,
) {
  if (OUTPUT_TYPES.includes(doc.type) || !doc.numberLabel || doc.state === 'submitted' || doc.state === 'reserved')
    return null;
  const visible = await visibleDocumentsSql(db, principal);
  const none: FateLink[] = [];
  const linked = async (where: ReturnType<typeof eq>): Promise<FateLink[]> =>
    (await db.select().from(documents).where(and(where, visible)).orderBy(asc(documents.revision))).map(
      (d): FateLink => ({ id: d.id, label: fullLabel(d) ?? '' }),
    );
  const [incoming] = await db
    .select({ id: liaisonStatements.id })
    .from(liaisonStatements)
    .where(and(eq(liaisonStatements.documentId, doc.id), eq(liaisonStatements.direction, 'in')));
  const replies = incoming
    ? await db
        .select({ state: liaisonStatements.state, documentId: liaisonStatements.documentId })
        .from(liaisonStatements)
        .where(and(eq(liaisonStatements.inReplyToId, incoming.id), eq(liaisonStatements.direction, 'out')))
    : [];
  const sentIds = replies.filter((r) => r.state === 'sent' && r.documentId).map((r) => r.documentId!);
  const [report] = await db
    .select({ documentId: meetingReports.documentId })
    .from(meetingReports)
    .where(eq(meetingReports.meetingId, doc.meetingId));
  const [target, revisedBy, answeredBy, inReport] = await Promise.all([
    doc.decisionTargetId ? linked(eq(documents.id, doc.decisionTargetId)) : none,
    linked(eq(documents.revisionOfId, doc.id)),
    sentIds.length ? linked(inArray(documents.id, sentIds)) : none,
    report?.documentId ? linked(eq(documents.id, report.documentId)) : none,
  ]);
  return {
    decision: doc.decision as Decision | null,
    target: target[0] ?? null,
    revisedBy,
    answeredBy,
    replyDrafting: !answeredBy.length && replies.some((r) => r.state !== 'sent'),
    report: inReport[0] ?? null,
  };
}

export type DocumentFate = NonNullable<Awaited<ReturnType<typeof documentFate>>>;
