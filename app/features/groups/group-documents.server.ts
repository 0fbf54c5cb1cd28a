/**
 * A sub-group's page (a WG, a working party, a Question): the documents allocated to it or to a group below it, per
 * meeting, newest meeting first. Bounded: the latest meetings only, the first documents of each by number, with the
 * count so the page can link to the meeting's list filtered by the group for the rest.
 */
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.server';
import { documents, meetings } from '../../../db/schema';
import { visibleDocumentsSql } from '../documents/policy.server';
import type { Principal } from './permissions.server';
import { allocatedToAnyOf } from '../documents/allocation-sql.server';

export const GROUP_DOCUMENT_MEETINGS = 3;
export const GROUP_DOCUMENTS_PER_MEETING = 10;

export async function allocatedDocumentsByMeeting(db: Db, principal: Principal | null, subtree: string[]) {
  const visible = await visibleDocumentsSql(db, principal);
  const allocated = and(visible, allocatedToAnyOf(subtree));
  const perMeeting = await db
    .select({
      id: meetings.id,
      slug: meetings.slug,
      title: meetings.title,
      startsOn: meetings.startsOn,
      count: sql<number>`count(*)::int`,
    })
    .from(documents)
    .innerJoin(meetings, eq(meetings.id, documents.meetingId))
    .where(allocated)
    .groupBy(meetings.id)
    .orderBy(desc(meetings.startsOn))
    .limit(GROUP_DOCUMENT_MEETINGS);
  return Promise.all(
    perMeeting.map(async (meeting) => ({
      meeting,
      documents: await db
        .select({
          id: documents.id,
          numberLabel: documents.numberLabel,
          revision: documents.revision,
          title: documents.title,
          source: documents.source,
          state: documents.state,
          decision: documents.decision,
        })
        .from(documents)
        .where(and(eq(documents.meetingId, meeting.id), allocated))
        .orderBy(sql`${documents.number} asc nulls last`, asc(documents.revision), asc(documents.submittedAt))
        .limit(GROUP_DOCUMENTS_PER_MEETING),
    })),
  );
}
