/**
 * The collaboration policy: who may read and who may write a collaborative document (a meeting's draft agenda, an
 * outgoing liaison statement's text), and what else may be done with agendas and liaison statements. The pages,
 * their actions and the collaboration server's WebSocket all ask these functions, so the two doors cannot disagree:
 * chairs and the secretariat of the group edit while the text is open, members of the group read, others nothing.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.server';
import { collabDocuments, liaisonStatements, type LiaisonState } from '../../../db/schema';
import { can, groupChain, type Principal } from '../groups/permissions.server';
import { parseCollabName } from './collaboration.server';

export type CollabAccess = 'edit' | 'read';

/** A collaborative text as the policy sees it: its group (and the groups above) and whether it is still open. */
export interface CollabSubject {
  groupChain: string[];
  editable: boolean;
}

/** The one decision on reading and writing a collaborative text: 'edit', 'read' or null (neither). */
export function collabAccess(principal: Principal | null, subject: CollabSubject): CollabAccess | null {
  const scope = { groupChain: subject.groupChain };
  if (subject.editable && can(principal, 'collab.edit', scope)) return 'edit';
  if (can(principal, 'collab.read', scope) || can(principal, 'collab.edit', scope)) return 'read';
  return null;
}

/** A liaison statement's text is written until the meeting agrees it; from then on it is frozen. */
export const liaisonSubject = (chain: string[], state: LiaisonState): CollabSubject => ({
  groupChain: chain,
  editable: state === 'draft',
});

/** A draft agenda stays open for its chairs and secretariat, also after it has been published. */
export const agendaSubject = (chain: string[]): CollabSubject => ({ groupChain: chain, editable: true });

/** What a collaborative document's name refers to, as the policy sees it; null when there is no such document. */
export async function collabSubject(db: Db, name: string): Promise<CollabSubject | null> {
  const parsed = parseCollabName(name);
  if (!parsed) return null;
  const [doc] = await db
    .select({ groupId: collabDocuments.groupId })
    .from(collabDocuments)
    .where(eq(collabDocuments.name, name));
  if (!doc) return null;
  const chain = await groupChain(db, doc.groupId);
  if (parsed.kind === 'agenda') return agendaSubject(chain);
  const [ls] = await db
    .select({ state: liaisonStatements.state })
    .from(liaisonStatements)
    .where(eq(liaisonStatements.id, parsed.id));
  return ls ? liaisonSubject(chain, ls.state) : null;
}

/** What the principal may do with a meeting's draft agenda. */
export function agendaAbilities(principal: Principal | null, chain: string[]) {
  const access = collabAccess(principal, agendaSubject(chain));
  return {
    read: access !== null,
    edit: access === 'edit',
    publish: can(principal, 'document.manage', { groupChain: chain }),
  };
}

/** What the principal may do with the liaison statements of a group's meeting. */
export function liaisonListAbilities(principal: Principal | null, chain: string[]) {
  const scope = { groupChain: chain };
  return {
    read: collabAccess(principal, { groupChain: chain, editable: false }) !== null,
    create: can(principal, 'collab.edit', scope),
    register: can(principal, 'liaison.approve', scope),
  };
}

/** What the principal may do with one liaison statement. */
export function liaisonAbilities(
  principal: Principal | null,
  chain: string[],
  ls: { state: LiaisonState; direction: 'in' | 'out' },
) {
  const scope = { groupChain: chain };
  const chair = can(principal, 'collab.edit', scope);
  const secretariat = can(principal, 'liaison.approve', scope);
  const outgoing = ls.direction === 'out';
  const text = collabAccess(principal, liaisonSubject(chain, ls.state));
  return {
    read: text !== null,
    editFields: chair && (ls.state === 'draft' || ls.state === 'agreed'),
    editBody: outgoing && text === 'edit',
    agree: ls.state === 'draft' && chair,
    reopen: ls.state === 'agreed' && chair,
    approve: ls.state === 'agreed' && secretariat,
    send: ls.state === 'approved' && secretariat,
    answer: !outgoing && chair,
    snapshot: outgoing && chair,
    restore: outgoing && text === 'edit',
  };
}
