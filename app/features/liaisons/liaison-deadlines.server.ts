import { and, asc, eq, inArray, lte } from 'drizzle-orm';
import type { Db } from '../../../db/client.server';
import { liaisonStatements, meetings } from '../../../db/schema';
import { nearDeadlineWindow } from '../meetings/deadlines';
import { deadlineOpenSql } from '../meetings/meeting-deadlines.server';
import { dateInZone } from '../../platform/time';

/**
 * Statements whose reply deadline is near (nearDeadlineWindow), for the group and its sub-groups: incoming ones not
 * yet answered by a sent statement, and outgoing ones not yet sent. `replyDate` is the day the deadline falls on in
 * the meeting's time zone.
 */
export async function nearDeadlines(db: Db, groupIds: string[], now = new Date()) {
  if (!groupIds.length) return [];
  const { from, until } = nearDeadlineWindow(now);
  const rows = await db
    .select({
      id: liaisonStatements.id,
      title: liaisonStatements.title,
      direction: liaisonStatements.direction,
      state: liaisonStatements.state,
      source: liaisonStatements.source,
      replyDeadline: liaisonStatements.replyDeadline,
      meetingSlug: meetings.slug,
      timeZone: meetings.timeZone,
    })
    .from(liaisonStatements)
    .innerJoin(meetings, eq(meetings.id, liaisonStatements.meetingId))
    .where(
      and(
        inArray(liaisonStatements.groupId, groupIds),
        deadlineOpenSql(liaisonStatements.replyDeadline, from),
        lte(liaisonStatements.replyDeadline, until),
      ),
    )
    .orderBy(asc(liaisonStatements.replyDeadline));
  const answered = new Set(
    (
      await db
        .select({ to: liaisonStatements.inReplyToId })
        .from(liaisonStatements)
        .where(
          and(
            eq(liaisonStatements.state, 'sent'),
            inArray(
              liaisonStatements.inReplyToId,
              rows.map((r) => r.id).concat(['00000000-0000-0000-0000-000000000000']),
            ),
          ),
        )
    ).map((r) => r.to),
  );
  return rows
    .filter((r) => (r.direction === 'in' ? !answered.has(r.id) : r.state !== 'sent'))
    .map((r) => ({ ...r, replyDate: r.replyDeadline && dateInZone(r.replyDeadline, r.timeZone) }));
}
