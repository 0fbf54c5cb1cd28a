/** Which linked liaison statements a viewer may read: the policies of incoming and of outgoing statements. */
import { inArray } from 'drizzle-orm';
import type { Db } from '../../../db/client.server';
import { incomingLiaisonAddressees, incomingLiaisons, liaisonStatements } from '../../../db/schema';
import { collabName } from '../collaboration/collaboration.server';
import { invitedEditors, liaisonAbilities } from '../collaboration/policy.server';
import { loadGroupTree, type Principal } from '../groups/permissions.server';
import { incomingAbilities } from './policy.server';

/** The incoming statements among the ids that the viewer may read. */
export async function readableIncoming(db: Db, principal: Principal | null, ids: string[]) {
  if (!ids.length) return [];
  const rows = await db.select().from(incomingLiaisons).where(inArray(incomingLiaisons.id, ids));
  const addressees = await db
    .select()
    .from(incomingLiaisonAddressees)
    .where(inArray(incomingLiaisonAddressees.incomingId, ids));
  const { chainOf } = await loadGroupTree(db);
  const readable = [];
  for (const r of rows) {
    const allowed = incomingAbilities(principal, {
      addresseeChains: addressees.filter((a) => a.incomingId === r.id).map((a) => chainOf(a.groupId)),
      assignedChain: r.assignedGroupId ? chainOf(r.assignedGroupId) : [],
      responsibleUserId: r.responsibleUserId,
    });
    if (allowed.read)
      readable.push({
        kind: 'in' as const,
        id: r.id,
        title: r.title,
        state: r.state as string,
        senderOrganisation: r.senderOrganisation,
        sender: [r.senderOrganisation, r.senderGroup].filter(Boolean).join(' '),
      });
  }
  return readable;
}

/** The outgoing statements among the ids that the viewer may read. */
export async function readableOutgoing(db: Db, principal: Principal | null, ids: string[]) {
  if (!ids.length) return [];
  const rows = await db.select().from(liaisonStatements).where(inArray(liaisonStatements.id, ids));
  const { chainOf } = await loadGroupTree(db);
  const readable = [];
  for (const r of rows) {
    const editors = await invitedEditors(db, collabName('liaison', r.id));
    if (liaisonAbilities(principal, chainOf(r.groupId), r, editors).read)
      readable.push({ kind: 'out' as const, id: r.id, title: r.title, state: r.state as string, sender: '' });
  }
  return readable;
}
