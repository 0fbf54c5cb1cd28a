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
import { groupTree, type GroupLink } from '../groups/group-tree';
import { authorize, can, groupChain, loadGroupTree, type Principal } from '../groups/permissions.server';
import { allocatedToAnyOf } from './allocation-sql.server';

const allGroups = (db: Db) => db.select({ id: groups.id, parentId: groups.parentId }).from(groups);

/** The groups on which the principal holds each document ability, each decided by `can` on the group's chain. */
function groupsWhere(principal: Principal, all: GroupLink[]) {
  const { chainOf } = groupTree(all);
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

/** The principal's address once confirmed: only then do they own the documents naming it as a contact (anyone can sign up with any address). */
async function confirmedEmail(db: Db, principal: Principal): Promise<string | null> {
  const [user] = await db
    .select({ email: users.email })
    .from(users)
    .where(and(eq(users.id, principal.id), isNotNull(users.emailConfirmedAt)));
  return user ? user.email.toLowerCase() : null;
}

/** The documents the principal owns: those they submitted, and those naming their confirmed address as a contact. */
function ownedSql(principal: Principal, email: string | null): SQL {
  return or(
    eq(documents.submittedBy, principal.id),
    email
      ? sql`exists (select 1 from jsonb_array_elements(${documents.contacts}) c where lower(c->>'email') = ${email})`
      : undefined,
  )!;
}

/** Whether the principal owns the document (may replace, revise and withdraw it as its author). */
async function ownsDocument(db: Db, principal: Principal | null, documentId: string): Promise<boolean> {
  if (!principal) return false;
  const [row] = await db
    .select({ id: documents.id })
    .from(documents)
    .where(and(eq(documents.id, documentId), ownedSql(principal, await confirmedEmail(db, principal))));
  return !!row;
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
  const [all, email] = await Promise.all([knownGroups ?? allGroups(db), confirmedEmail(db, principal)]);
  const { manage, chair, member } = groupsWhere(principal, all);
  return or(
    publicDocuments,
    member.length ? and(PUBLISHED, inArray(documents.groupId, member)) : undefined,
    manage.length || chair.length ? inArray(documents.groupId, [...manage, ...chair]) : undefined,
    ownedSql(principal, email),
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

/**
 * Whom a meeting's published texts (its agenda, its report) are for: anyone when its documents are public, a member
 * of its group when they are for members only. The documents those texts list are the ones this reader may see.
 */
export function publishedReader(
  meeting: Pick<typeof meetings.$inferSelect, 'documentAccess' | 'groupId'>,
): Principal | null {
  return meeting.documentAccess === 'members'
    ? {
        id: '00000000-0000-0000-0000-000000000000',
        isAdmin: false,
        roles: [{ groupId: meeting.groupId, role: 'member' }],
      }
    : null;
}

/** Whether the principal may replace, revise and withdraw a submission: its owners and the secretariat of its group. */
export async function mayEditSubmission(
  db: Db,
  principal: Principal | null,
  doc: { id: string; groupId: string },
): Promise<boolean> {
  const [chain, owns] = await Promise.all([groupChain(db, doc.groupId), ownsDocument(db, principal, doc.id)]);
  return can(principal, 'document.edit_own', { groupChain: chain, ownerIds: principal && owns ? [principal.id] : [] });
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
  const { chainOf } = await loadGroupTree(db);
  const manage = can(principal, 'document.manage', { groupChain: chainOf(meetingGroupId) });
  const chairs = (groupId: string) => can(principal, 'document.allocate', { groupChain: chainOf(groupId) });
  return {
    manage,
    /** The allocated groups among `groupIds` the principal chairs. */
    chairedOf: (groupIds: string[]) => groupIds.filter(chairs),
    /** Allocate a document to `groupId`, or take that allocation away. */
    mayAllocateTo: (groupId: string) => manage || chairs(groupId),
    /** Allocate, decide on, or fill the reserved number of a document currently allocated to `allocatedGroupIds`. */
    mayActOn: (allocatedGroupIds: string[]) => manage || allocatedGroupIds.some(chairs),
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
    decide: mayAct,
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
  const { chainOf } = await loadGroupTree(db);
  const allocated = await db
    .select({ groupId: documentAllocations.groupId })
    .from(documentAllocations)
    .where(eq(documentAllocations.documentId, doc.id));
  const phones = [doc.groupId, ...allocated.map((a) => a.groupId)].some((g) =>
    can(principal, 'document.allocate', { groupChain: chainOf(g) }),
  );
  return { phones, actorNames: true };
}
