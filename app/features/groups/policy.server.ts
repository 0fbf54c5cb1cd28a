/** The group policy: who may grant roles in a group, set up its meetings, use its chair's dashboard, see its members' pages. */
import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.server';
import { groups } from '../../../db/schema';
import { notFound } from '../../platform/errors';
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
