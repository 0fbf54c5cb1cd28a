/**
 * The group policy: who may grant roles in a group, set up its meetings, use its chair's dashboard, see its members'
 * pages; who may enter the admin area; which sections of the home page a person gets.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.server';
import { groups } from '../../../db/schema';
import { notFound } from '../../platform/errors';
import type { Role } from '../../../db/schema';
import type { GroupTree } from './group-tree';
import { authorize, can, groupChain, type Principal } from './permissions.server';

export interface GroupAbilities {
  /** Grant and revoke roles in the group and below it. */
  grantRoles: boolean;
  /** Create meetings of the group. */
  createMeetings: boolean;
  /** The chair's dashboard: allocate and move the group's documents. */
  chair: boolean;
  /** Members' views: drafts, liaison statements near their deadline. */
  memberViews: boolean;
}

export async function groupAbilities(
  db: Db,
  principal: Principal | null,
  groupId: string,
): Promise<GroupAbilities & { chain: string[] }> {
  const chain = await groupChain(db, groupId);
  const scope = { groupChain: chain };
  return {
    chain,
    grantRoles: can(principal, 'roles.grant', scope),
    createMeetings: can(principal, 'meeting.manage', scope),
    chair: can(principal, 'document.allocate', scope),
    memberViews: can(principal, 'collab.read', scope),
  };
}

/** Loads a group (by id or slug) and throws unless the principal may do `action` there. Returns the group and its chain. */
export async function authorizeGroup(
  db: Db,
  principal: Principal | null,
  action: keyof GroupAbilities,
  ref: { id: string } | { slug: string },
) {
  const [group] = await db
    .select()
    .from(groups)
    .where('id' in ref ? eq(groups.id, ref.id) : eq(groups.slug, ref.slug));
  if (!group) throw notFound();
  const abilities = await groupAbilities(db, principal, group.id);
  authorize(principal, abilities[action]);
  return { group, chain: abilities.chain };
}

export interface AdminAbilities {
  /** Site-wide pages, such as the mail the portal wrote: site admins. */
  site: boolean;
  /** The admin area (roles): site admins, and the secretariat of any group. */
  area: boolean;
  /** Grant and revoke roles in the group whose chain this is: its secretariat or one above it, and site admins. */
  grantRolesIn(groupChain: string[]): boolean;
}

export function adminAbilities(principal: Principal | null): AdminAbilities {
  const grantRolesIn = (groupChain: string[]) => can(principal, 'roles.grant', { groupChain });
  const site = can(principal, 'site.admin');
  return {
    site,
    area: site || !!principal?.roles.some((r) => grantRolesIn([r.groupId])),
    grantRolesIn,
  };
}

/** The groups in which the principal holds the role themselves (not through a group above, nor as a site admin). */
const heldRoles = (principal: Principal | null, role: Role) => [
  ...new Set((principal?.roles ?? []).filter((r) => r.role === role).map((r) => r.groupId)),
];

/**
 * Which sections of the home page a person gets, from the roles they hold themselves: a chair's for the groups they
 * chair (their dashboards, their incoming liaison statements); the secretariat's, when they serve a group, for the
 * groups they manage at or below those.
 */
export function homeSections(principal: Principal | null, tree: GroupTree) {
  const served = heldRoles(principal, 'secretariat');
  const managed = [...new Set(served.flatMap((id) => tree.subtreeOf(id)))].filter((id) =>
    can(principal, 'document.manage', { groupChain: tree.chainOf(id) }),
  );
  return { chaired: heldRoles(principal, 'chair'), serves: served.length > 0, managed };
}
