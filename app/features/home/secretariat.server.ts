/**
 * The secretariat's home: per meeting of the groups they manage (recent or to come), what waits for them, each
 * count with the address of the list that shows those documents.
 */
import { and, asc, eq, gte, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.server';
import { documents, liaisonStatements, meetings } from '../../../db/schema';
import { addDays } from '../../platform/time';
import { nearDeadlines } from '../liaisons/liaison-deadlines.server';
import { visibleDocumentsSql } from '../documents/policy.server';
import type { Principal } from '../groups/permissions.server';
import { UNPUBLISHED } from '../publication/publication.server';
import type { GroupIndex } from './groups.server';

export const SECRETARIAT_MEETINGS_LIMIT = 10;
/** Meetings that ended up to this many days ago still show what is left to do (publication, decisions). */
export const RECENT_DAYS = 30;

/** What waits for the secretariat in the meetings of the groups they manage (`managed`: the home page's secretariat section). */
export async function secretariatWork(
  db: Db,
  principal: Principal,
  index: GroupIndex,
  managed: string[],
  today: string,
  now: Date,
) {
  if (!managed.length) return { meetings: [], nearLiaisons: [] };
  const [rows, near, visible] = await Promise.all([
    db
      .select({ id: meetings.id, slug: meetings.slug, title: meetings.title, groupId: meetings.groupId })
      .from(meetings)
      .where(
        and(
          inArray(meetings.groupId, managed),
          eq(meetings.takesContributions, true),
          gte(meetings.endsOn, addDays(today, -RECENT_DAYS)),
        ),
      )
      .orderBy(asc(meetings.startsOn))
      .limit(SECRETARIAT_MEETINGS_LIMIT),
    nearDeadlines(db, managed, now),
    visibleDocumentsSql(db, principal),
  ]);
  const ids = rows.map((m) => m.id);
  const [counts, toApprove] = ids.length
    ? await Promise.all([
        db
          .select({
            meetingId: documents.meetingId,
            toRegister: sql<number>`count(*) filter (where ${documents.state} = 'submitted')::int`,
            late: sql<number>`count(*) filter (where ${documents.state} = 'submitted' and ${documents.late})::int`,
            reserved: sql<number>`count(*) filter (where ${documents.state} = 'reserved')::int`,
            toPublish: sql<number>`count(*) filter (where ${UNPUBLISHED})::int`,
          })
          .from(documents)
          .where(and(inArray(documents.meetingId, ids), visible))
          .groupBy(documents.meetingId),
        db
          .select({ meetingId: liaisonStatements.meetingId, n: sql<number>`count(*)::int` })
          .from(liaisonStatements)
          .where(and(inArray(liaisonStatements.meetingId, ids), eq(liaisonStatements.state, 'agreed')))
          .groupBy(liaisonStatements.meetingId),
      ])
    : [[], []];
  const none = { toRegister: 0, late: 0, reserved: 0, toPublish: 0 };
  return {
    meetings: rows.map((m) => {
      const c = counts.find((x) => x.meetingId === m.id) ?? none;
      const base = `/meetings/${m.slug}`;
      return {
        slug: m.slug,
        title: m.title,
        groupCode: index.byId.get(m.groupId)?.code ?? '',
        tasks: [
          { key: 'toRegister', count: c.toRegister, href: `${base}/registration` },
          { key: 'late', count: c.late, href: `${base}/registration?late=1` },
          { key: 'reserved', count: c.reserved, href: `${base}/registration#reserved` },
          { key: 'toPublish', count: c.toPublish, href: `${base}/publication?show=unpublished` },
          { key: 'toApprove', count: toApprove.find((x) => x.meetingId === m.id)?.n ?? 0, href: `${base}/liaisons` },
        ] as const,
      };
    }),
    nearLiaisons: near.filter((l) => l.direction === 'in'),
  };
}
