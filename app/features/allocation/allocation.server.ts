import { and, asc, count, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { inTransaction, type Db } from '../../../db/client.server';
import {
  agendaItems,
  allocationNotices,
  dashboardVisits,
  documentAllocations,
  documents,
  groups,
  meetings,
  users,
} from '../../../db/schema';
import { recordEvent } from '../../platform/audit.server';
import { DomainError, forbidden, notFound } from '../../platform/errors';
import { fullLabel } from '../registration/numbering.server';
import { queueAllocationDigest } from '../notifications/digest.server';
import { groupSubtree, type Principal } from '../groups/permissions.server';
import { authorizeGroup } from '../groups/policy.server';
import { allocationPolicy, visibleDocumentsSql } from '../documents/policy.server';
import { parseOrThrow } from '../../platform/validation';
import { allocationInput } from './allocation-input';

/**
 * Allocates, re-allocates or hands back documents of one meeting, and/or moves them to an agenda item.
 * The secretariat of the meeting's group may do anything within the meeting's sub-groups. A chair may only act on
 * documents allocated to a group they chair, and only add or remove groups they chair (or groups below them):
 * the chair of WG2 cannot touch WG3's allocations. All or nothing; every document gets an audit event; newly
 * allocated groups get a digest notice for their chairs.
 */
export async function changeAllocations(db: Db, principal: Principal | null, input: unknown) {
  if (!principal) throw new DomainError('unauthenticated', 'error.forbidden');
  const data = parseOrThrow(allocationInput, input);
  const docs = await db.select().from(documents).where(inArray(documents.id, data.documentIds));
  if (docs.length !== new Set(data.documentIds).size) throw notFound();
  const meetingIds = new Set(docs.map((d) => d.meetingId));
  if (meetingIds.size !== 1) throw new DomainError('invalid', 'allocation.oneMeeting');
  const [meeting] = await db.select().from(meetings).where(eq(meetings.id, docs[0].meetingId));
  const policy = await allocationPolicy(db, principal, meeting.groupId);
  const isSecretariat = policy.manage;
  const allowedTargets = new Set((await groupSubtree(db, meeting.groupId)).filter((id) => id !== meeting.groupId));
  const targets = [...new Set([...data.add, ...data.remove])];

  // Outside the meeting's group (another meeting's parent, or the meeting's group itself): refused for everyone.
  const outside = data.add.filter((g) => !allowedTargets.has(g));
  if (outside.length) {
    const [g] = await db.select({ code: groups.code }).from(groups).where(eq(groups.id, outside[0]));
    const [mg] = await db.select({ code: groups.code }).from(groups).where(eq(groups.id, meeting.groupId));
    throw new DomainError('invalid', 'allocation.outsideGroup', { group: g?.code ?? '?', meetingGroup: mg.code });
  }
  if (!isSecretariat) {
    if (data.replace) throw forbidden();
    if (!targets.every(policy.mayAllocateTo)) throw forbidden();
  }
  let agendaItemId: string | null | undefined;
  if (data.agendaItemId === 'none') agendaItemId = null;
  else if (data.agendaItemId) {
    const [item] = await db.select().from(agendaItems).where(eq(agendaItems.id, data.agendaItemId));
    if (!item || item.meetingId !== meeting.id) throw new DomainError('invalid', 'allocation.agendaOutside');
    agendaItemId = item.id;
  }
  if (!data.add.length && !data.remove.length && agendaItemId === undefined && !data.replace)
    throw new DomainError('invalid', 'allocation.nothingToDo');

  return inTransaction(db, async (tx) => {
    const sorted = [...new Set(data.documentIds)].sort();
    const locked = await tx
      .select()
      .from(documents)
      .where(inArray(documents.id, sorted))
      .orderBy(asc(documents.id))
      .for('update');
    const current = await tx.select().from(documentAllocations).where(inArray(documentAllocations.documentId, sorted));
    const now = new Date();
    let changed = 0;
    for (const doc of locked) {
      const name = fullLabel(doc) ?? doc.title;
      const expected = data.versions[doc.id];
      if (expected !== undefined && expected !== doc.version)
        throw new DomainError('conflict', 'allocation.stale', { document: name });
      if (doc.state !== 'registered' && doc.state !== 'reserved')
        throw new DomainError('conflict', 'allocation.notRegistered', { document: name });
      const mine = current.filter((a) => a.documentId === doc.id).map((a) => a.groupId);
      if (!policy.mayActOn(mine)) throw forbidden();
      const removed = data.replace
        ? mine.filter((g) => !data.add.includes(g))
        : mine.filter((g) => data.remove.includes(g));
      const added = data.add.filter((g) => !mine.includes(g));
      if (removed.length)
        await tx
          .delete(documentAllocations)
          .where(and(eq(documentAllocations.documentId, doc.id), inArray(documentAllocations.groupId, removed)));
      if (added.length) {
        await tx
          .insert(documentAllocations)
          .values(
            added.map((groupId) => ({ documentId: doc.id, groupId, allocatedBy: principal.id, allocatedAt: now })),
          );
        await tx
          .insert(allocationNotices)
          .values(added.map((groupId) => ({ documentId: doc.id, groupId, createdAt: now })))
          .onConflictDoUpdate({
            target: [allocationNotices.documentId, allocationNotices.groupId],
            set: { createdAt: now, sentAt: null },
          });
        await queueAllocationDigest(tx);
      }
      if (removed.length)
        await tx
          .delete(allocationNotices)
          .where(
            and(
              eq(allocationNotices.documentId, doc.id),
              inArray(allocationNotices.groupId, removed),
              isNull(allocationNotices.sentAt),
            ),
          );
      const agendaChanged = agendaItemId !== undefined && agendaItemId !== doc.agendaItemId;
      if (!removed.length && !added.length && !agendaChanged) continue;
      changed++;
      await tx
        .update(documents)
        .set({ ...(agendaChanged ? { agendaItemId } : {}), version: sql`${documents.version} + 1`, updatedAt: now })
        .where(eq(documents.id, doc.id));
      const after = [...mine.filter((g) => !removed.includes(g)), ...added];
      const handedBack = !isSecretariat && removed.length > 0 && after.length === 0;
      await recordEvent(tx, {
        actorId: principal.id,
        action: handedBack ? 'document.handed_back' : 'document.allocated',
        subjectType: 'document',
        subjectId: doc.id,
        documentId: doc.id,
        meetingId: doc.meetingId,
        groupId: doc.groupId,
        before: { groups: mine, agendaItemId: doc.agendaItemId },
        after: { groups: after, agendaItemId: agendaChanged ? agendaItemId : doc.agendaItemId },
      });
    }
    /** `changed`: documents whose allocation or agenda item actually changed (the rest already were so). */
    return { count: locked.length, changed };
  });
}

// ---------------------------------------------------------------------------------------------
// The chair's dashboard
// ---------------------------------------------------------------------------------------------

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

/** "Mark all as seen": the next comparison starts now. */
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

/** One document's allocation panel: where it is, where it may go, who allocated it. */
export async function documentAllocation(db: Db, principal: Principal | null, documentId: string) {
  if (!principal) throw new DomainError('unauthenticated', 'error.forbidden');
  const [doc] = await db.select().from(documents).where(eq(documents.id, documentId));
  if (!doc) throw notFound();
  const [meeting] = await db.select().from(meetings).where(eq(meetings.id, doc.meetingId));
  const policy = await allocationPolicy(db, principal, meeting.groupId);
  const isSecretariat = policy.manage;
  const current = await db
    .select({
      groupId: documentAllocations.groupId,
      code: groups.code,
      name: groups.name,
      allocatedAt: documentAllocations.allocatedAt,
      by: users.name,
    })
    .from(documentAllocations)
    .innerJoin(groups, eq(groups.id, documentAllocations.groupId))
    .leftJoin(users, eq(users.id, documentAllocations.allocatedBy))
    .where(eq(documentAllocations.documentId, doc.id));
  const chairOf = policy.chairedOf(current.map((c) => c.groupId));
  if (!policy.mayActOn(current.map((c) => c.groupId))) throw forbidden();
  const subtree = (await groupSubtree(db, meeting.groupId)).filter((id) => id !== meeting.groupId);
  const all = subtree.length
    ? await db
        .select({ id: groups.id, code: groups.code, name: groups.name, position: groups.position })
        .from(groups)
        .where(inArray(groups.id, subtree))
        .orderBy(asc(groups.position))
    : [];
  const targets = all.filter((g) => policy.mayAllocateTo(g.id));
  const items = await db
    .select({ id: agendaItems.id, label: agendaItems.label, title: agendaItems.title })
    .from(agendaItems)
    .where(eq(agendaItems.meetingId, meeting.id))
    .orderBy(asc(agendaItems.position));
  return {
    doc: { ...doc, label: fullLabel(doc) },
    meeting,
    current,
    targets,
    agendaItems: items,
    isSecretariat,
    chairOf,
  };
}

/** How many registered documents of a meeting are still unallocated (shown on the secretariat's queue). */
export async function countUnallocated(db: Db, meetingId: string) {
  const [{ n }] = await db
    .select({ n: count() })
    .from(documents)
    .leftJoin(documentAllocations, eq(documentAllocations.documentId, documents.id))
    .where(
      and(
        eq(documents.meetingId, meetingId),
        eq(documents.state, 'registered'),
        isNull(documentAllocations.documentId),
      ),
    );
  return n;
}
