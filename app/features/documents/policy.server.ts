/**
 * The document policy: who may see a document and who may act on it.
 *
 * Seeing a document is one rule, written once as an SQL condition over `documents` (visibleDocumentsSql) and used
 * by every list, count, export, feed, archive, mail, generated file and page; a single document is checked with the
 * same condition (maySeeDocument), so no page can show what the list hides. Who may see it:
 * - the secretariat of its group (or above), its submitter and its contacts, the chairs of its group and of the groups
 *   it is allocated to, always;
 * - everyone else once the secretariat has published it, and then only if it is public or they are members of its group.
 */
import { and, eq, inArray, isNotNull, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/client.server';
import { documentAllocations, documents, groups, meetings, users } from '../../../db/schema';
import { authorize, can, type Principal } from '../groups/permissions.server';
import { allocatedToAnyOf } from './allocation-sql.server';

type GroupLink = { id: string; parentId: string | null };

/** The chain (the group and its ancestors, nearest first) of any group, from one list of all groups. */
function chains(all: GroupLink[]) {
  const parentOf = new Map(all.map((g) => [g.id, g.parentId]));
  return (id: string) => {
    const chain: string[] = [];
    for (let g: string | null | undefined = id; g && !chain.includes(g); g = parentOf.get(g)) chain.push(g);
    return chain;
  };
}

const allGroups = (db: Db) => db.select({ id: groups.id, parentId: groups.parentId }).from(groups);

/** The groups on which the principal holds each document ability, each decided by `can` on the group's chain. */
function groupsWhere(principal: Principal, all: GroupLink[]) {
  const chainOf = chains(all);
  const manage: string[] = [];
  const chair: string[] = [];
  const member: string[] = [];
  for (const g of all) {
    const groupChain = chainOf(g.id);
    if (can(principal, 'document.manage', { groupChain })) manage.push(g.id);
    if (can(principal, 'document.allocate', { groupChain })) chair.push(g.id);
    if (can(principal, 'document.read', { groupChain, access: 'members' })) member.push(g.id);
  }
  return { manage, chair, member };
}

/** Published by the secretariat: registered (or since withdrawn) and made visible. */
const PUBLISHED = and(isNotNull(documents.publishedAt), inArray(documents.state, ['registered', 'withdrawn']))!;

/**
 * The documents the principal may see, as a condition over the table `documents` (unaliased, so it binds to the
 * nearest `documents` of the statement it is put in). `knownGroups` saves a query when the caller has them.
 */
export async function visibleDocumentsSql(
  db: Db,
  principal: Principal | null,
  knownGroups?: GroupLink[],
): Promise<SQL> {
  if (principal?.isAdmin) return sql`true`;
  const publicDocuments = and(PUBLISHED, eq(documents.access, 'public'))!;
  if (!principal) return publicDocuments;
  const [all, [user]] = await Promise.all([
    knownGroups ?? allGroups(db),
    // Contacts see their documents once their address is confirmed (anyone can sign up with any address).
    db
      .select({ email: users.email })
      .from(users)
      .where(and(eq(users.id, principal.id), isNotNull(users.emailConfirmedAt))),
  ]);
  const { manage, chair, member } = groupsWhere(principal, all);
  const email = (user?.email ?? '').toLowerCase();
  return or(
    publicDocuments,
    member.length ? and(PUBLISHED, inArray(documents.groupId, member)) : undefined,
    manage.length || chair.length ? inArray(documents.groupId, [...manage, ...chair]) : undefined,
    eq(documents.submittedBy, principal.id),
    email
      ? sql`exists (select 1 from jsonb_array_elements(${documents.contacts}) c where lower(c->>'email') = ${email})`
      : undefined,
    chair.length ? allocatedToAnyOf(chair) : undefined,
  )!;
}

/** Whether the principal may see one document: the same condition as every list, asked of one row. */
export async function maySeeDocument(db: Db, principal: Principal | null, documentId: string): Promise<boolean> {
  const visible = await visibleDocumentsSql(db, principal);
  const [row] = await db
    .select({ id: documents.id })
    .from(documents)
    .where(and(eq(documents.id, documentId), visible));
  return !!row;
}

/** The documents of `ids` the principal may see (for pages that name other documents: revision links, candidates). */
export async function visibleDocumentIds(db: Db, principal: Principal | null, ids: string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const visible = await visibleDocumentsSql(db, principal);
  const rows = await db
    .select({ id: documents.id })
    .from(documents)
    .where(and(inArray(documents.id, ids), visible));
  return new Set(rows.map((r) => r.id));
}

export interface DocumentAbilities {
  /** The secretariat of the meeting's group: register, publish, allocate anywhere in the meeting, the queue. */
  manage: boolean;
  /** A chair of a group the document is allocated to. */
  chairOfAllocation: boolean;
  /** Record the meeting's decision on it. */
  decide: boolean;
  /** Add the file of a reserved number: the secretariat, a chair of its allocation, or the member who reserved it. */
  fillReserved: boolean;
  /** Change its allocations or agenda item (within the groups one chairs, for a chair). */
  allocate: boolean;
}

/**
 * Allocation within one meeting: its secretariat may allocate to and from any of the meeting's sub-groups; a chair
 * only to and from the groups they chair (or groups below them), and only documents allocated to one of those.
 */
export async function allocationPolicy(db: Db, principal: Principal | null, meetingGroupId: string) {
  const chainOf = chains(await allGroups(db));
  const manage = can(principal, 'document.manage', { groupChain: chainOf(meetingGroupId) });
  const chairs = (groupId: string) => can(principal, 'document.allocate', { groupChain: chainOf(groupId) });
  const decides = (groupId: string) => can(principal, 'document.decide', { groupChain: chainOf(groupId) });
  return {
    manage,
    /** The allocated groups among `groupIds` the principal chairs. */
    chairedOf: (groupIds: string[]) => groupIds.filter(chairs),
    mayAllocateTo: (groupId: string) => manage || chairs(groupId),
    /** A document currently allocated to `allocatedGroupIds`. */
    mayActOn: (allocatedGroupIds: string[]) => manage || allocatedGroupIds.some(chairs),
    mayDecideOn: (allocatedGroupIds: string[]) => manage || allocatedGroupIds.some(decides),
  };
}

/** What the principal may do to one document of a meeting (beyond seeing it). */
export async function documentAbilities(
  db: Db,
  principal: Principal | null,
  doc: { id: string; meetingId: string; submittedBy?: string | null },
): Promise<DocumentAbilities> {
  const none = { manage: false, chairOfAllocation: false, decide: false, fillReserved: false, allocate: false };
  if (!principal) return none;
  const [meeting] = await db.select({ groupId: meetings.groupId }).from(meetings).where(eq(meetings.id, doc.meetingId));
  if (!meeting) return none;
  const policy = await allocationPolicy(db, principal, meeting.groupId);
  const allocated = (
    await db
      .select({ groupId: documentAllocations.groupId })
      .from(documentAllocations)
      .where(eq(documentAllocations.documentId, doc.id))
  ).map((a) => a.groupId);
  const mayAct = policy.mayActOn(allocated);
  return {
    manage: policy.manage,
    chairOfAllocation: policy.chairedOf(allocated).length > 0,
    decide: policy.mayDecideOn(allocated),
    fillReserved: mayAct || (!!doc.submittedBy && doc.submittedBy === principal.id),
    allocate: mayAct,
  };
}

/** Throws unless the principal may do `action` to the document. */
export async function authorizeDocument(
  db: Db,
  principal: Principal | null,
  action: keyof DocumentAbilities,
  doc: { id: string; meetingId: string },
) {
  authorize(principal, (await documentAbilities(db, principal, doc))[action]);
}

/** What a document's page may say about people: contacts' phone numbers, and who did what in its history. */
export interface PeopleDisclosure {
  /** Contacts' phone numbers: the secretariat and chairs of its group or of a group it is allocated to, its authors. */
  phones: boolean;
  /** Names of those who acted (secretariat staff, chairs) in its history: anyone signed in. */
  actorNames: boolean;
}

/**
 * The one rule for personal details on a document's page, applied on the server so that the page's data never
 * carries what the viewer may not see. Anonymous visitors of a public document see neither.
 */
export async function peopleDisclosure(
  db: Db,
  principal: Principal | null,
  doc: { id: string; groupId: string; submittedBy: string | null },
  /** The viewer may edit it as its submitter or a contact (they gave the numbers; the revision form carries them). */
  authorOf = false,
): Promise<PeopleDisclosure> {
  if (!principal) return { phones: false, actorNames: false };
  if (principal.isAdmin || authorOf || doc.submittedBy === principal.id) return { phones: true, actorNames: true };
  const chainOf = chains(await allGroups(db));
  const allocated = await db
    .select({ groupId: documentAllocations.groupId })
    .from(documentAllocations)
    .where(eq(documentAllocations.documentId, doc.id));
  const phones = [doc.groupId, ...allocated.map((a) => a.groupId)].some((g) =>
    can(principal, 'document.allocate', { groupChain: chainOf(g) }),
  );
  return { phones, actorNames: true };
}
