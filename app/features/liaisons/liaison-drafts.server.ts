/** Outgoing liaison statements while drafted: created by chairs and secretariat, their fields changed until sent. */
import { and, eq, sql } from 'drizzle-orm';
import { type Db, inTransaction } from '../../../db/client.server';
import { liaisonStatements } from '../../../db/schema';
import { recordEvent } from '../../platform/audit.server';
import { collabName, ensureCollabDocument } from '../collaboration/collaboration.server';
import type { PMNode } from '../collaboration/content.server';
import { liaisonListAbilities } from '../collaboration/policy.server';
import { DomainError, forbidden } from '../../platform/errors';
import { getMeetingBySlug } from '../meetings/meetings.server';
import { groupChain, type Principal } from '../groups/permissions.server';
import { setOutgoingAnswers } from './answers.server';
import { getLiaison } from './liaisons.server';
import { parseLiaisonFields } from './liaison-form.server';

const INITIAL_BODY = (title: string): PMNode => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: title ? [{ type: 'text', text: '' }].filter((t) => t.text) : undefined }],
});

/** Creates an outgoing statement (draft) for the meeting. Chairs and secretariat. */
export async function createLiaison(db: Db, principal: Principal | null, slug: string, input: Record<string, unknown>) {
  const { meeting, group } = await getMeetingBySlug(db, slug);
  if (!principal || !liaisonListAbilities(principal, await groupChain(db, group.id)).create) throw forbidden();
  const f = parseLiaisonFields({ source: group.code, ...input }, meeting.timeZone);
  if (f.inReplyToId) {
    const [orig] = await db
      .select({ id: liaisonStatements.id })
      .from(liaisonStatements)
      .where(and(eq(liaisonStatements.id, f.inReplyToId), eq(liaisonStatements.direction, 'in')));
    if (!orig)
      throw new DomainError('invalid', 'liaison.error.inReplyTo', undefined, {
        inReplyToId: 'liaison.error.inReplyTo',
      });
  }
  return inTransaction(db, async (t) => {
    const { body: _body, answersIncoming, ...fields } = f;
    const [ls] = await t
      .insert(liaisonStatements)
      .values({
        ...fields,
        source: fields.source || group.code,
        meetingId: meeting.id,
        groupId: group.id,
        direction: 'out',
        state: 'draft',
        createdBy: principal.id,
      })
      .returning();
    await ensureCollabDocument(t, {
      name: collabName('liaison', ls.id),
      kind: 'liaison',
      meetingId: meeting.id,
      groupId: group.id,
      initial: INITIAL_BODY(ls.title),
    });
    await setOutgoingAnswers(t, principal.id, ls.id, answersIncoming);
    await recordEvent(t, {
      actorId: principal.id,
      action: 'liaison.create',
      subjectType: 'liaison',
      subjectId: ls.id,
      meetingId: meeting.id,
      groupId: group.id,
      after: fields,
    });
    return ls;
  });
}

/** Changes the structured fields (draft or agreed). The form carries the version it was loaded with. */
export async function updateLiaison(db: Db, principal: Principal | null, id: string, input: Record<string, unknown>) {
  const cur = await getLiaison(db, principal, id);
  if (!cur.allowed.editFields) throw forbidden();
  if (Number(input.version) !== cur.ls.version) throw new DomainError('conflict', 'liaison.error.stale');
  const {
    body: _body,
    answersIncoming,
    ...f
  } = parseLiaisonFields(
    { ...input, inReplyToId: input.inReplyToId ?? cur.ls.inReplyToId ?? '' },
    cur.meeting.timeZone,
  );
  return inTransaction(db, async (t) => {
    const [ls] = await t
      .update(liaisonStatements)
      .set({ ...f, version: sql`${liaisonStatements.version} + 1`, updatedAt: new Date() })
      .where(and(eq(liaisonStatements.id, id), eq(liaisonStatements.version, cur.ls.version)))
      .returning();
    if (!ls) throw new DomainError('conflict', 'liaison.error.stale');
    // Forms that show the incoming statements it may answer say so; others leave those links alone.
    if (input.answersIncomingShown) await setOutgoingAnswers(t, principal!.id, id, answersIncoming);
    await recordEvent(t, {
      actorId: principal!.id,
      action: 'liaison.update',
      subjectType: 'liaison',
      subjectId: id,
      meetingId: ls.meetingId,
      groupId: ls.groupId,
      before: { title: cur.ls.title, addressees: cur.ls.addressees, replyDeadline: cur.ls.replyDeadline },
      after: f,
    });
    return ls;
  });
}
