/** For everyone, signed in or not: the meetings to come and the deadlines still open (every kind of the list). */
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../db/client.server';
import { groups, meetingDeadlines, meetings } from '../../../db/schema';
import type { DeadlineKind } from '../meetings/deadlines';
import { deadlineOpenSql } from '../meetings/meeting-deadlines.server';
import { listUpcomingMeetings } from '../meetings/meetings.server';

export const UPCOMING_LIMIT = 8;
export const DEADLINE_LIMIT = 10;

export async function upcomingMeetings(db: Db, today: string) {
  return listUpcomingMeetings(db, today, UPCOMING_LIMIT);
}

/**
 * Deadlines still open at `now` (input and the others of each meeting's list), soonest first; only of the given
 * groups when `groupIds` is set.
 */
export async function openDeadlines(db: Db, now: Date, groupIds?: string[]) {
  if (groupIds && !groupIds.length) return [];
  const input = await db
    .select({
      slug: meetings.slug,
      title: meetings.title,
      deadline: meetings.inputDeadline,
      timeZone: meetings.timeZone,
      groupCode: groups.code,
    })
    .from(meetings)
    .innerJoin(groups, eq(groups.id, meetings.groupId))
    .where(
      and(
        eq(meetings.takesContributions, true),
        deadlineOpenSql(meetings.inputDeadline, now),
        groupIds ? inArray(meetings.groupId, groupIds) : undefined,
      ),
    )
    .orderBy(asc(meetings.inputDeadline))
    .limit(DEADLINE_LIMIT);
  const others = await db
    .select({
      slug: meetings.slug,
      title: meetings.title,
      deadline: meetingDeadlines.at,
      timeZone: meetings.timeZone,
      groupCode: groups.code,
      kind: meetingDeadlines.kind,
    })
    .from(meetingDeadlines)
    .innerJoin(meetings, eq(meetings.id, meetingDeadlines.meetingId))
    .innerJoin(groups, eq(groups.id, meetings.groupId))
    .where(and(deadlineOpenSql(meetingDeadlines.at, now), groupIds ? inArray(meetings.groupId, groupIds) : undefined))
    .orderBy(asc(meetingDeadlines.at))
    .limit(DEADLINE_LIMIT);
  return [
    ...input.map((d) => ({ ...d, kind: 'contributions' as DeadlineKind })),
    ...others.map((d) => ({ ...d, kind: d.kind as DeadlineKind })),
  ]
    .sort((a, b) => a.deadline!.getTime() - b.deadline!.getTime())
    .slice(0, DEADLINE_LIMIT);
}
