/**
 * The chair's dashboard: their group's documents at one meeting, what is new since the last visit, and the
 * documents proposed for the group that nobody has allocated yet.
 */
import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../../../db/client.server';
import { agendaItems, dashboardVisits, documentAllocations, documents, groups, meetings } from '../../../db/schema';
import { fullLabel } from '../registration/numbering.server';
import { groupSubtree, type Principal } from '../groups/permissions.server';
import { authorizeGroup } from '../groups/policy.server';
import { visibleDocumentsSql } from '../documents/policy.server';

/** A "visit" lasts while the chair keeps working; after an hour away, the next visit compares against the last one. */
const VISIT_GAP_MS = 60 * 60 * 1000;

export const dashboardFilters = ['all', 'new', 'noAgenda', 'unallocated'] as const;
export type DashboardFilter = (typeof dashboardFilters)[number];

/**
 * A chair's view of their group's documents at one meeting (the given one, else the next or latest meeting of the
 * group or a group above it that has documents): counts, "new since last visit", documents without agenda item,
 * unallocated documents proposed for this group, grouped by agenda item. Records the visit.
 */
export async function chairDashboard(
  db: Db,
  principal: Principal | null,
  groupSlug: string,
  opts: { meeting?: string; filter?: string; agendaItem?: string; q?: string; now?: Date } = {},
) {
  const { group, chain } = await authorizeGroup(db, principal, 'chair', { slug: groupSlug });
  const now = opts.now ?? new Date();
  const subtree = await groupSubtree(db, group.id);
  const candidateMeetings = await db
    .select({
      id: meetings.id,
      slug: meetings.slug,
      title: meetings.title,
      startsOn: meetings.startsOn,
      endsOn: meetings.endsOn,
      groupId: meetings.groupId,
    })
    .from(meetings)
    .where(inArray(meetings.groupId, chain))
    .orderBy(desc(meetings.startsOn));
  const today = now.toISOString().slice(0, 10);
  const meeting =
    candidateMeetings.find((m) => m.slug === opts.meeting) ??
    [...candidateMeetings].reverse().find((m) => m.endsOn >= today) ??
    candidateMeetings[0];

  // The visit: previousVisitAt is what "new" is measured against while this visit lasts.
  const [visit] = await db
    .select()
    .from(dashboardVisits)
    .where(and(eq(dashboardVisits.userId, principal!.id), eq(dashboardVisits.groupId, group.id)));
  let since: Date | null;
  if (!visit) {
    since = null;
    await db
      .insert(dashboardVisits)
      .values({ userId: principal!.id, groupId: group.id, previousVisitAt: null, lastVisitAt: now })
      .onConflictDoNothing();
  } else {
    const newVisit = now.getTime() - visit.lastVisitAt.getTime() > VISIT_GAP_MS;
    since = newVisit ? visit.lastVisitAt : visit.previousVisitAt;
    await db
      .update(dashboardVisits)
      .set({ lastVisitAt: now, ...(newVisit ? { previousVisitAt: visit.lastVisitAt } : {}) })
      .where(and(eq(dashboardVisits.userId, principal!.id), eq(dashboardVisits.groupId, group.id)));
  }

  const subgroups = await db
    .select({ id: groups.id, code: groups.code, name: groups.name })
    .from(groups)
    .where(inArray(groups.id, subtree))
    .orderBy(asc(groups.position));
  if (!meeting)
    return {
      group,
      meeting: null,
      meetings: candidateMeetings,
      docs: [],
      unallocated: [],
      agendaItems: [],
      subgroups,
      counts: { all: 0, new: 0, noAgenda: 0, unallocated: 0 },
      byAgenda: [],
      since,
      filter: 'all' as DashboardFilter,
    };

  const rows = await db
    .select({
      id: documents.id,
      title: documents.title,
      source: documents.source,
      numberLabel: documents.numberLabel,
      revision: documents.revision,
      relation: documents.relation,
      relationNumber: documents.relationNumber,
      type: documents.type,
      state: documents.state,
      agendaItemId: documents.agendaItemId,
      decision: documents.decision,
      version: documents.version,
      late: documents.late,
      number: documents.number,
      groupId: documentAllocations.groupId,
      allocatedAt: documentAllocations.allocatedAt,
    })
    .from(documentAllocations)
    .innerJoin(documents, eq(documents.id, documentAllocations.documentId))
    .where(and(inArray(documentAllocations.groupId, subtree), eq(documents.meetingId, meeting.id)))
    .orderBy(
      asc(documents.schemeId),
      asc(documents.number),
      asc(documents.relation),
      asc(documents.relationNumber),
      asc(documents.revision),
    );
  const codeOf = new Map(subgroups.map((g) => [g.id, g.code]));
  const byDoc = new Map<
    string,
    (typeof rows)[number] & { groups: string[]; groupIds: string[]; isNew: boolean; label: string | null }
  >();
  for (const r of rows) {
    const existing = byDoc.get(r.id);
    const isNew = !since || r.allocatedAt > since;
    if (existing) {
      existing.groups.push(codeOf.get(r.groupId)!);
      existing.groupIds.push(r.groupId);
      existing.isNew ||= isNew;
    } else
      byDoc.set(r.id, { ...r, groups: [codeOf.get(r.groupId)!], groupIds: [r.groupId], isNew, label: fullLabel(r) });
  }
  // "Allocated to" names every group of the document, also those outside this chair's subtree (a WG2 chair sees WG3 too).
  const allocated = byDoc.size
    ? await db
        .select({ documentId: documentAllocations.documentId, code: groups.code })
        .from(documentAllocations)
        .innerJoin(groups, eq(groups.id, documentAllocations.groupId))
        .where(inArray(documentAllocations.documentId, [...byDoc.keys()]))
        .orderBy(asc(groups.position), asc(groups.code))
    : [];
  for (const d of byDoc.values()) d.groups = [];
  for (const a of allocated) byDoc.get(a.documentId)!.groups.push(a.code);
  const all = [...byDoc.values()];
  const items = await db
    .select({ id: agendaItems.id, label: agendaItems.label, title: agendaItems.title })
    .from(agendaItems)
    .where(eq(agendaItems.meetingId, meeting.id))
    .orderBy(asc(agendaItems.position));

  const codes = subgroups.map((g) => g.code.toLowerCase());
  const unallocatedRows = await db
    .select({
      id: documents.id,
      title: documents.title,
      numberLabel: documents.numberLabel,
      revision: documents.revision,
      relation: documents.relation,
      relationNumber: documents.relationNumber,
      proposedGroups: documents.proposedGroups,
      source: documents.source,
    })
    .from(documents)
    .leftJoin(documentAllocations, eq(documentAllocations.documentId, documents.id))
    .where(
      and(
        eq(documents.meetingId, meeting.id),
        eq(documents.state, 'registered'),
        isNull(documentAllocations.documentId),
        await visibleDocumentsSql(db, principal),
      ),
    );
  const unallocated = unallocatedRows
    .filter((d) => d.proposedGroups.some((p) => codes.includes(p.toLowerCase())))
    .map((d) => ({ ...d, label: fullLabel(d) }));

  const filter = (dashboardFilters as readonly string[]).includes(opts.filter ?? '')
    ? (opts.filter as DashboardFilter)
    : 'all';
  const q = (opts.q ?? '').trim().toLowerCase();
  let docs = all;
  if (filter === 'new') docs = docs.filter((d) => d.isNew);
  if (filter === 'noAgenda') docs = docs.filter((d) => !d.agendaItemId);
  if (opts.agendaItem) docs = docs.filter((d) => d.agendaItemId === opts.agendaItem);
  if (q) docs = docs.filter((d) => `${d.label ?? ''} ${d.title} ${d.source}`.toLowerCase().includes(q));
  const byAgenda = [
    ...items.map((i) => ({
      id: i.id as string | null,
      label: i.label,
      title: i.title,
      count: all.filter((d) => d.agendaItemId === i.id).length,
    })),
    { id: null, label: '', title: '', count: all.filter((d) => !d.agendaItemId).length },
  ];
  return {
    group,
    meeting,
    meetings: candidateMeetings,
    docs,
    unallocated: filter === 'unallocated' ? unallocated : [],
    agendaItems: items,
    subgroups,
    counts: {
      all: all.length,
      new: all.filter((d) => d.isNew).length,
      noAgenda: all.filter((d) => !d.agendaItemId).length,
      unallocated: unallocated.length,
    },
    byAgenda,
    since,
    filter,
  };
}

/** Every document the chair's dashboard lists under its URL filter, for an action on "all matching". */
export async function dashboardIds(db: Db, principal: Principal | null, groupSlug: string, filter: URLSearchParams) {
  const q = (k: string) => filter.get(k) ?? undefined;
  const view = await chairDashboard(db, principal, groupSlug, {
    meeting: q('meeting'),
    filter: q('filter'),
    agendaItem: q('agenda'),
    q: q('q'),
  });
  return view.docs.map((d) => d.id);
}

/** "Mark all as seen": the next comparison starts now. */
export async function markDashboardSeen(db: Db, principal: Principal | null, groupSlug: string, now = new Date()) {
  const { group } = await authorizeGroup(db, principal, 'chair', { slug: groupSlug });
  await db
    .insert(dashboardVisits)
    .values({ userId: principal!.id, groupId: group.id, previousVisitAt: now, lastVisitAt: now })
    .onConflictDoUpdate({
      target: [dashboardVisits.userId, dashboardVisits.groupId],
      set: { previousVisitAt: now, lastVisitAt: now },
    });
}
