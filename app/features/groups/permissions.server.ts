import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.server';
import { groups, memberships, type Role } from '../../../db/schema';
import { DomainError, forbidden } from '../../platform/errors';
import { groupTree, type GroupTree } from './group-tree';

/** Who is acting: the user with their roles per group. Null for anonymous visitors. */
export interface Principal {
  id: string;
  isAdmin: boolean;
  roles: { groupId: string; role: Role }[];
}

export type Action =
  | 'site.admin'
  | 'roles.grant'
  | 'meeting.manage' // create and edit meetings, schemes, deadlines
  | 'document.manage' // register, reserve, number, publish, set access, accept late
  | 'document.submit'
  | 'document.read'
  | 'document.edit_own' // replace, revise, withdraw one's own submission
  | 'document.allocate'
  | 'collab.read'
  | 'collab.edit'
  | 'liaison.approve';

/** What an action applies to: the group concerned and its ancestors, nearest first. */
export interface Scope {
  groupChain: string[];
  /** Groups open to anyone who has an account (focus groups, JCAs). */
  openParticipation?: boolean;
  access?: 'public' | 'members';
  ownerIds?: string[];
}

const RANK: Record<Role, number> = { member: 1, chair: 2, secretariat: 3 };

/** The highest role the principal holds on the group or any group above it. */
function roleOn(principal: Principal | null, groupChain: string[]): Role | null {
  if (!principal) return null;
  let best: Role | null = null;
  for (const r of principal.roles) {
    if (groupChain.includes(r.groupId) && (!best || RANK[r.role] > RANK[best])) best = r.role;
  }
  return best;
}

const atLeast = (role: Role | null, wanted: Role) => role !== null && RANK[role] >= RANK[wanted];

/** The one place that decides who may do what. Routes, downloads, list queries and the collaboration server all ask it. */
export function can(principal: Principal | null, action: Action, scope: Scope = { groupChain: [] }): boolean {
  if (principal?.isAdmin) return true;
  const role = roleOn(principal, scope.groupChain);
  const owns = !!principal && (scope.ownerIds ?? []).includes(principal.id);
  switch (action) {
    case 'site.admin':
      return false;
    case 'roles.grant':
    case 'meeting.manage':
    case 'document.manage':
    case 'liaison.approve':
      return atLeast(role, 'secretariat');
    case 'document.allocate':
    case 'collab.edit':
      return atLeast(role, 'chair');
    case 'document.submit':
      return !!principal && (scope.openParticipation === true || atLeast(role, 'member'));
    case 'document.read':
      return scope.access === 'public' || owns || atLeast(role, 'member');
    case 'document.edit_own':
      return owns || atLeast(role, 'secretariat');
    case 'collab.read':
      return owns || atLeast(role, 'member');
  }
}

/** Throws unless allowed: "sign in" for anonymous visitors, "forbidden" for everyone else. Policies decide, this only says no. */
export function authorize(principal: Principal | null, allowed: boolean): asserts principal is Principal {
  if (!principal) throw new DomainError('unauthenticated', 'error.forbidden');
  if (!allowed) throw forbidden();
}

export async function loadPrincipal(db: Db, user: { id: string; isAdmin: boolean }): Promise<Principal> {
  const roles = await db
    .select({ groupId: memberships.groupId, role: memberships.role })
    .from(memberships)
    .where(eq(memberships.userId, user.id));
  return { id: user.id, isAdmin: user.isAdmin, roles };
}

/** The whole group tree. Groups are few and shallow, so one query for all is cheapest. */
export async function loadGroupTree(db: Db): Promise<GroupTree> {
  return groupTree(await db.select({ id: groups.id, parentId: groups.parentId }).from(groups));
}

/** The group and its ancestors, nearest first. */
export async function groupChain(db: Db, groupId: string): Promise<string[]> {
  return (await loadGroupTree(db)).chainOf(groupId);
}

/** The group and all groups below it. */
export async function groupSubtree(db: Db, groupId: string): Promise<string[]> {
  return (await loadGroupTree(db)).subtreeOf(groupId);
}
