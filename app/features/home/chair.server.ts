/**
 * A chair's home: each group they chair with the counts of its dashboard at the group's current meeting (the next
 * one of the group or a group above, else the latest): documents allocated to it, new since the chair last opened
 * the dashboard, without a decision, late, and registered documents proposed for it but not yet allocated.
 */
import { and, asc, desc, eq, gte, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.server';
import { dashboardVisits, documentAllocations, documents, meetings } from '../../../db/schema';
import { visibleDocumentsSql } from '../documents/policy.server';
import type { Principal } from '../groups/permissions.server';
import type { GroupIndex } from './groups.server';

export const CHAIRED_LIMIT = 20;

/** The dashboards' counts of the groups the principal chairs (`groupIds`: the home page's chair section). */
export async function chairedGroups(
  db: Db,
  principal: Principal,
  index: GroupIndex,
  groupIds: string[],
  today: string,
): Promise<ChairedGroup[]> {
  const chaired = groupIds.slice(0, CHAIRED_LIMIT);
  if (!chaired.length) return [];
  const visible = await visibleDocumentsSql(db, principal);
  return Promise.all(chaired.map((groupId) => chairedGroup(db, principal, index, groupId, today, visible)));
}

async function currentMeeting(db: Db, chain: string[], today: string) {
  const cols = { id: meetings.id, slug: meetings.slug, title: meetings.title };
  const [next] = await db
    .select(cols)
    .from(meetings)
    .where(and(inArray(meetings.groupId, chain), gte(meetings.endsOn, today)))
    .orderBy(asc(meetings.startsOn))
    .limit(1);
  if (next) return next;
  const [latest] = await db
    .select(cols)
    .from(meetings)
    .where(inArray(meetings.groupId, chain))
    .orderBy(desc(meetings.startsOn))
    .limit(1);
  return latest ?? null;
}

export interface ChairedGroup {
  group: { slug: string; code: string; name: string };
  meeting: { id: string; slug: string; title: string } | null;
  lastVisitAt: Date | null;
  counts: { allocated: number; new: number; undecided: number; late: number; unallocated: number };
}

async function chairedGroup(
  db: Db,
  principal: Principal,
  index: GroupIndex,
  groupId: string,
  today: string,
  visible: Awaited<ReturnType<typeof visibleDocumentsSql>>,
): Promise<ChairedGroup> {
  const group = index.byId.get(groupId)!;
  const subtree = index.subtreeOf(groupId);
  const [meeting, [visit]] = await Promise.all([
    currentMeeting(db, index.chainOf(groupId), today),
    db
      .select({ lastVisitAt: dashboardVisits.lastVisitAt })
      .from(dashboardVisits)
      .where(and(eq(dashboardVisits.userId, principal.id), eq(dashboardVisits.groupId, groupId))),
  ]);
  const base = {
    group: { slug: group.slug, code: group.code, name: group.name },
    meeting,
    lastVisitAt: visit?.lastVisitAt ?? null,
  };
  if (!meeting) return { ...base, counts: { allocated: 0, new: 0, undecided: 0, late: 0, unallocated: 0 } };
  const since = visit?.lastVisitAt ?? new Date(0);
  const codes = subtree.map((id) => index.byId.get(id)!.code.toLowerCase());
  const [[allocated], [unallocated]] = await Promise.all([
    db
      .select({
        allocated: sql<number>`count(distinct ${documents.id})::int`,
        new: sql<number>`count(distinct ${documents.id}) filter (where ${documentAllocations.allocatedAt} > ${since.toISOString()}::timestamptz)::int`,
        undecided: sql<number>`count(distinct ${documents.id}) filter (where ${documents.state} = 'registered' and ${documents.decision} is null)::int`,
        late: sql<number>`count(distinct ${documents.id}) filter (where ${documents.late})::int`,
      })
      .from(documentAllocations)
      .innerJoin(documents, eq(documents.id, documentAllocations.documentId))
      .where(and(inArray(documentAllocations.groupId, subtree), eq(documents.meetingId, meeting.id), visible)),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(documents)
      .leftJoin(documentAllocations, eq(documentAllocations.documentId, documents.id))
      .where(
        and(
          eq(documents.meetingId, meeting.id),
          eq(documents.state, 'registered'),
          isNull(documentAllocations.documentId),
          sql`exists (select 1 from unnest(${documents.proposedGroups}) p where lower(p) in ${codes})`,
          visible,
        ),
      ),
  ]);
  return { ...base, counts: { ...allocated, unallocated: unallocated.n } };
}
