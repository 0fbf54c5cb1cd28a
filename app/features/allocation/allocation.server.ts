/** Allocating a meeting's documents to its WGs/Questions and agenda items, and one document's allocation panel. */
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { inTransaction, type Db } from '../../../db/client.server';
import {
  agendaItems,
  allocationNotices,
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
import { allocationPolicy } from '../documents/policy.server';
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
    // Each allocation says whether the viewer may take it away (the secretariat any, a chair their group's).
    current: current.map((c) => ({ ...c, mayRemove: policy.mayAllocateTo(c.groupId) })),
    targets,
    agendaItems: items,
    isSecretariat,
  };
}
