import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.server';
import { auditEvents, users } from '../../../db/schema';
import type { PeopleDisclosure } from './policy.server';

/** A line of a document's history as its page shows it: never the raw event, only what the viewer may read. */
export interface HistoryLine {
  id: number;
  at: Date;
  action: string;
  /** Null when the viewer may not see who acted (see peopleDisclosure). */
  actorName: string | null;
  /** What the line adds to the action's name, as a catalogue key and its values (`decision`: a DECISIONS value). */
  detail: { key: HistoryDetailKey; values: Record<string, string> } | null;
  /** The note given with a decision. */
  note: string | null;
}

export type HistoryDetailKey =
  | 'submissions.event.detail.inheritedFrom'
  | 'submissions.event.detail.decision'
  | 'submissions.event.detail.decisionLink';

type Details = Record<string, unknown> | null;

function detailOf(action: string, after: Details): HistoryLine['detail'] {
  if (!after) return null;
  const inherited = after.inheritedFrom as { label?: string } | undefined;
  if (action === 'document.allocated' && inherited?.label)
    return { key: 'submissions.event.detail.inheritedFrom', values: { number: inherited.label } };
  if (action === 'document.decided' && typeof after.decision === 'string') {
    const related = after.related as { label?: string } | undefined;
    if (related?.label)
      return {
        key: 'submissions.event.detail.decisionLink',
        values: { decision: after.decision, number: related.label },
      };
    return { key: 'submissions.event.detail.decision', values: { decision: after.decision } };
  }
  return null;
}

/** The history of one document, oldest first, with names only where `people` allows them. */
export async function documentHistory(db: Db, documentId: string, people: PeopleDisclosure): Promise<HistoryLine[]> {
  const rows = await db
    .select({
      id: auditEvents.id,
      at: auditEvents.at,
      action: auditEvents.action,
      actorName: users.name,
      after: auditEvents.after,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(eq(auditEvents.documentId, documentId))
    .orderBy(asc(auditEvents.id));
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    action: r.action,
    actorName: people.actorNames ? r.actorName : null,
    detail: detailOf(r.action, r.after as Details),
    note:
      r.action === 'document.decided' && typeof (r.after as Details)?.note === 'string'
        ? ((r.after as Details)!.note as string)
        : null,
  }));
}
