/** Meetings as the API gives them: a paged list (newest first) and one meeting with its deadlines. */
import { desc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../../db/client.server';
import { groups, meetings } from '../../../db/schema';
import { getMeetingBySlug } from '../meetings/meetings.server';
import { meetingDeadlines } from '../meetings/meeting-deadlines.server';
import { requiredFieldsOf } from '../submissions/required-fields';
import { nextCursor, pagePosition } from './paging';
import type { Meeting, MeetingDetail } from './schemas';

type MeetingRow = typeof meetings.$inferSelect;
type GroupRow = Pick<typeof groups.$inferSelect, 'code' | 'slug' | 'name'>;

const summary = (m: MeetingRow, g: GroupRow, baseUrl: string): z.input<typeof Meeting> => ({
  slug: m.slug,
  title: m.title,
  group: { code: g.code, slug: g.slug, name: g.name },
  startsOn: m.startsOn,
  endsOn: m.endsOn,
  timeZone: m.timeZone,
  location: m.locationKind,
  place: m.place,
  url: `${baseUrl}/api/v1/meetings/${encodeURIComponent(m.slug)}`,
});

export async function meetingList(db: Db, query: URLSearchParams, baseUrl: string) {
  const group = query.get('group');
  const filters = group ? `group=${group}` : '';
  const position = pagePosition(query, filters);
  const where = group ? eq(groups.slug, group) : undefined;
  const rows = await db
    .select({ meeting: meetings, group: groups, total: sql<number>`count(*) over ()`.mapWith(Number) })
    .from(meetings)
    .innerJoin(groups, eq(groups.id, meetings.groupId))
    .where(where)
    .orderBy(desc(meetings.startsOn), meetings.slug)
    .limit(position.limit)
    .offset(position.offset);
  const total = rows[0]?.total ?? 0;
  return {
    items: rows.map((r) => summary(r.meeting, r.group, baseUrl)),
    total,
    nextCursor: nextCursor(position, total, filters),
  };
}

export async function meetingDetail(db: Db, slug: string, baseUrl: string): Promise<z.input<typeof MeetingDetail>> {
  const { meeting: m, group } = await getMeetingBySlug(db, slug);
  const list = await meetingDeadlines(db, m.id);
  const iso = (d: Date | null) => d?.toISOString() ?? null;
  return {
    ...summary(m, group, baseUrl),
    startTime: m.startTime,
    endTime: m.endTime,
    host: m.host,
    deadlines: {
      input: iso(list.contributions),
      reservation: iso(list.reservation),
      revisions: iso(list.revisions),
      preregistration: iso(list.preregistration),
      visa: iso(list.visa),
      fellowship: iso(list.fellowship),
      acceptsLate: m.acceptsLate,
    },
    takesContributions: m.takesContributions,
    documentTypes: m.documentTypes as z.input<typeof MeetingDetail>['documentTypes'],
    attachmentFormats: m.attachmentFormats,
    maxFileMb: m.maxFileMb,
    requiredFields: requiredFieldsOf(m),
    documentAccess: m.documentAccess,
  };
}
