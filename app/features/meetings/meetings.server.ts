import { asc, desc, eq, gte, lt } from 'drizzle-orm';
import type { Db } from '../../../db/client.server';
import { groups, meetings } from '../../../db/schema';
import { notFound } from '../../platform/errors';
import { zonedTimeToInstant } from '../../platform/time';
import { isOpen } from './deadlines';

export type Meeting = typeof meetings.$inferSelect;

export async function getMeetingBySlug(db: Db, slug: string) {
  const [row] = await db
    .select({ meeting: meetings, group: groups })
    .from(meetings)
    .innerJoin(groups, eq(groups.id, meetings.groupId))
    .where(eq(meetings.slug, slug));
  if (!row) throw notFound();
  return row;
}

/** When the meeting opens and closes, as instants (whole days unless it has start/end times). */
export function meetingSpan(m: Pick<Meeting, 'startsOn' | 'endsOn' | 'startTime' | 'endTime' | 'timeZone'>) {
  return {
    opens: zonedTimeToInstant(m.startsOn, m.startTime ?? '00:00', m.timeZone),
    closes: zonedTimeToInstant(m.endsOn, m.endTime ?? '23:59', m.timeZone),
  };
}

export type MeetingPhase = 'open_for_input' | 'deadline_passed' | 'ongoing' | 'past' | 'upcoming';

export function meetingPhase(m: Meeting, now: Date): MeetingPhase {
  const { opens, closes } = meetingSpan(m);
  if (now > closes) return 'past';
  if (now >= opens) return 'ongoing';
  if (!m.takesContributions || !m.inputDeadline) return 'upcoming';
  return isOpen(m.inputDeadline, now) ? 'open_for_input' : 'deadline_passed';
}

export async function listRecentMeetings(db: Db, today: string, limit = 6) {
  return db
    .select({ meeting: meetings, groupCode: groups.code, groupSlug: groups.slug })
    .from(meetings)
    .innerJoin(groups, eq(groups.id, meetings.groupId))
    .where(lt(meetings.endsOn, today))
    .orderBy(desc(meetings.startsOn))
    .limit(limit);
}

/** Meetings ending today or later, soonest first, with their group. */
export async function listUpcomingMeetings(db: Db, today: string, limit = 20) {
  return db
    .select({ meeting: meetings, groupCode: groups.code, groupSlug: groups.slug })
    .from(meetings)
    .innerJoin(groups, eq(groups.id, meetings.groupId))
    .where(gte(meetings.endsOn, today))
    .orderBy(asc(meetings.startsOn))
    .limit(limit);
}
