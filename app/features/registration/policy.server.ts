/** The numbering-scheme policy: a group's schemes are configured by its secretariat (or the secretariat above it). */
import type { Db } from '../../../db/client.server';
import { authorize, can, groupChain, type Principal } from '../groups/permissions.server';

export async function mayManageSchemes(db: Db, principal: Principal | null, groupId: string) {
  return can(principal, 'document.manage', { groupChain: await groupChain(db, groupId) });
}

/** Throws unless the principal may create or change the numbering schemes of the group. */
export async function authorizeSchemes(db: Db, principal: Principal | null, groupId: string) {
  authorize(principal, await mayManageSchemes(db, principal, groupId));
}
