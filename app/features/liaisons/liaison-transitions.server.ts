/**
 * An outgoing statement's way from draft to sent: agreed by the chairs, approved and sent by the secretariat, each
 * step refused until the statement is ready. Sending registers the numbered ls_out document in the LS layout.
 */
import { and, eq, sql } from 'drizzle-orm';
import { inTransaction } from '../../../db/client.server';
import { liaisonStatements } from '../../../db/schema';
import { recordEvent } from '../../platform/audit.server';
import { collabName, currentState, type CollabLive } from '../collaboration/collaboration.server';
import { jsonFromState } from '../collaboration/content.server';
import { registerGeneratedDocument } from '../collaboration/generated-documents.server';
import { liaisonDocx } from './liaison-document.server';
import { agendaItemMatching } from '../collaboration/agendas.server';
import type { Services } from '../../platform/context.server';
import { queueMail } from '../../platform/mail.server';
import { DomainError, forbidden } from '../../platform/errors';
import { groupChain, type Principal } from '../groups/permissions.server';
import { markRepliedBy } from './answers.server';
import { getLiaison, type Liaison } from './liaisons.server';
import { sentNotices } from './liaison-sent-mail.server';
import { isLiaisonStep, LIAISON_STEPS, takesLiaisonStep } from '../collaboration/policy.server';

/** What a statement needs before it can be agreed, approved or sent. */
export function readinessProblem(
  ls: Pick<Liaison, 'addressees' | 'replyDeadline' | 'title'>,
): 'liaison.error.noAddressees' | 'liaison.error.deadlineRequired' | null {
  if (!ls.addressees.length) return 'liaison.error.noAddressees';
  if (ls.addressees.some((a) => a.purpose === 'action') && !ls.replyDeadline) return 'liaison.error.deadlineRequired';
  return null;
}

/**
 * Moves a statement on: agree (chairs), reopen, approve and send (secretariat). Agreeing, approving and sending
 * need addressees, and a reply deadline when action is asked. Sending registers the numbered document with the
 * .docx and mails the contacts and the addressees that have an e-mail.
 */
export async function transitionLiaison(
  services: Services & { collab?: CollabLive },
  principal: Principal | null,
  id: string,
  to: string,
  version: number,
) {
  const { db, storage, collab } = services;
  if (!isLiaisonStep(to)) throw new DomainError('invalid', 'error.field.required');
  const step = LIAISON_STEPS[to];
  const cur = await getLiaison(db, principal, id);
  if (cur.ls.direction !== 'out') throw forbidden();
  if (!takesLiaisonStep(principal, await groupChain(db, cur.group.id), to)) throw forbidden();
  if (cur.ls.state !== step.from) throw new DomainError('conflict', 'liaison.error.state', { state: cur.ls.state });
  if (version !== cur.ls.version) throw new DomainError('conflict', 'liaison.error.stale');
  if (to !== 'draft') {
    const problem = readinessProblem(cur.ls);
    if (problem) throw new DomainError('invalid', problem);
  }
  const now = new Date();
  const name = collabName('liaison', id);
  // Freeze the text first so nobody edits what is being agreed; then read it.
  if (to === 'agreed') await collab?.flush();
  const body = jsonFromState(await currentState(db, collab, name));
  const result = await inTransaction(db, async (t) => {
    const set: Partial<typeof liaisonStatements.$inferInsert> = { state: to, updatedAt: now };
    if (to === 'agreed') set.agreedAt = now;
    if (to === 'approved') {
      set.approvedAt = now;
      set.approvedBy = principal!.id;
    }
    let numberLabel: string | null = null;
    if (to === 'sent') {
      set.sentAt = now;
      const reg = await registerGeneratedDocument(t, storage, principal!.id, {
        meetingId: cur.meeting.id,
        type: 'ls_out',
        part: 'PLEN',
        title: cur.ls.title,
        source: cur.ls.source || cur.group.code,
        contacts: cur.ls.contacts,
        agendaItemId: await agendaItemMatching(t, cur.meeting.id, /outgoing liaison/i),
        filenameStem: 'LS',
        render: (label, registeredAt) =>
          liaisonDocx(
            { ...cur.ls, approvedAt: cur.ls.approvedAt ?? now },
            cur.meeting,
            cur.group,
            body,
            label,
            registeredAt,
          ),
        publish: true,
      });
      set.documentId = reg.document.id;
      numberLabel = reg.numberLabel;
    }
    const [ls] = await t
      .update(liaisonStatements)
      .set({ ...set, version: sql`${liaisonStatements.version} + 1` })
      .where(
        and(
          eq(liaisonStatements.id, id),
          eq(liaisonStatements.version, version),
          eq(liaisonStatements.state, step.from),
        ),
      )
      .returning();
    if (!ls) throw new DomainError('conflict', 'liaison.error.stale');
    // The incoming statements it answers are replied to, in the same transaction as the sending.
    if (to === 'sent') await markRepliedBy(t, principal!.id, id, now);
    await recordEvent(t, {
      actorId: principal!.id,
      action: `liaison.${to === 'draft' ? 'reopen' : to}`,
      subjectType: 'liaison',
      subjectId: id,
      meetingId: ls.meetingId,
      groupId: ls.groupId,
      documentId: ls.documentId,
      before: { state: step.from },
      after: { state: to, numberLabel },
    });
    for (const notice of to === 'sent' ? await sentNotices(t, cur, numberLabel) : []) await queueMail(t, notice);
    return { ls, numberLabel };
  });
  await collab?.recheck();
  return result;
}
