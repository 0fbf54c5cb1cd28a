/** For everyone, signed in or not: the meetings to come and the input deadlines still open. */
import { and, asc, eq, gt, inArray } from 'drizzle-orm';
import type { Db } from '../../../db/client.server';
import { groups, meetings } from '../../../db/schema';
import { listUpcomingMeetings } from '../meetings/meetings.server';

export const UPCOMING_LIMIT = 8;
export const DEADLINE_LIMIT = 10;

export async function upcomingMeetings(db: Db, today: string) {
  return listUpcomingMeetings(db, today, UPCOMING_LIMIT);
}

/** Input deadlines after `now`, soonest first; only of the given groups when `groupIds` is set. */
export async function openDeadlines(db: Db, now: Date, groupIds?: string[]) {
  if (groupIds && !groupIds.length) return [];
  return db
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
        gt(meetings.inputDeadline, now),
        groupIds ? inArray(meetings.groupId, groupIds) : undefined,
      ),
    )
    .orderBy(asc(meetings.inputDeadline))
    .limit(DEADLINE_LIMIT);
}
