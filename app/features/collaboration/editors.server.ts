/**
 * Invited editors: the secretariat names people who may edit one agenda or outgoing statement besides those whose
 * role lets them (a rapporteur, a WG chair, the delegate drafting a statement). Who may edit is still decided by the
 * collaboration policy alone, which reads these invitations; an open connection follows at its next re-check.
 */
import { and, asc, eq, sql } from 'drizzle-orm';
import { type Db, inTransaction } from '../../../db/client.server';
import { collabDocuments, collabEditors, users } from '../../../db/schema';
import { recordEvent } from '../../platform/audit.server';
import { DomainError, forbidden, notFound } from '../../platform/errors';
import { parseOrThrow } from '../../platform/validation';
import { groupChain, type Principal } from '../groups/permissions.server';
import { inviteEditorForm, withdrawEditorForm } from './editor-input';
import { mayInviteEditors } from './policy.server';

/** The people invited to edit a text, in the order they were invited. */
export async function listEditors(db: Db, name: string) {
  return db
    .select({ userId: users.id, name: users.name, email: users.email, invitedAt: collabEditors.invitedAt })
    .from(collabEditors)
    .innerJoin(users, eq(users.id, collabEditors.userId))
    .where(eq(collabEditors.documentName, name))
    .orderBy(asc(collabEditors.invitedAt));
}

async function authorizeInvitations(db: Db, principal: Principal | null, name: string) {
  const [doc] = await db.select().from(collabDocuments).where(eq(collabDocuments.name, name));
  if (!doc) throw notFound();
  if (!principal || !mayInviteEditors(principal, await groupChain(db, doc.groupId))) throw forbidden();
  return { principal, doc };
}

/** Invites the account with this e-mail address to edit the text. Inviting someone twice changes nothing. */
export async function inviteEditor(db: Db, principalOrNull: Principal | null, name: string, input: unknown) {
  const { principal, doc } = await authorizeInvitations(db, principalOrNull, name);
  const { email } = parseOrThrow(inviteEditorForm, input);
  const [user] = await db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email));
  if (!user)
    throw new DomainError('invalid', 'collab.editors.noAccount', undefined, { email: 'collab.editors.noAccount' });
  await inTransaction(db, async (tx) => {
    const added = await tx
      .insert(collabEditors)
      .values({ documentName: name, userId: user.id, invitedBy: principal.id })
      .onConflictDoNothing()
      .returning();
    if (!added.length) return;
    await recordEvent(tx, {
      actorId: principal.id,
      action: 'collab.editor_invited',
      subjectType: doc.kind,
      subjectId: name,
      meetingId: doc.meetingId,
      groupId: doc.groupId,
      after: { userId: user.id, email },
    });
  });
  return user;
}

/** Withdraws an invitation: the person keeps what their role gives them (a member reads). */
export async function withdrawEditor(db: Db, principalOrNull: Principal | null, name: string, input: unknown) {
  const { principal, doc } = await authorizeInvitations(db, principalOrNull, name);
  const { userId } = parseOrThrow(withdrawEditorForm, input);
  await inTransaction(db, async (tx) => {
    const removed = await tx
      .delete(collabEditors)
      .where(and(eq(collabEditors.documentName, name), eq(collabEditors.userId, userId)))
      .returning();
    if (!removed.length) return;
    await recordEvent(tx, {
      actorId: principal.id,
      action: 'collab.editor_withdrawn',
      subjectType: doc.kind,
      subjectId: name,
      meetingId: doc.meetingId,
      groupId: doc.groupId,
      before: { userId },
    });
  });
}
