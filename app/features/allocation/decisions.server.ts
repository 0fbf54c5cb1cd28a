import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import { inTransaction, type Db } from '../../../db/client.server';
import { documents, meetings } from '../../../db/schema';
import { recordEvent } from '../../platform/audit.server';
import { DomainError, notFound } from '../../platform/errors';
import { fullLabel, revisionLinks } from '../registration/numbering.server';
import type { Principal } from '../groups/permissions.server';
import { authorizeDocument, visibleDocumentsSql } from '../documents/policy.server';
import { parseOrThrow } from '../../platform/validation';
import { decisionInput } from './decision-input';

/**
 * Records the meeting's decision on a registered document: approved, agreed, noted, revised (with the revising
 * document, which then links back as "revision of"), postponed, withdrawn. Refuses unregistered documents and stale forms.
 */
export async function setDecision(db: Db, principal: Principal | null, input: unknown) {
  if (!principal) throw new DomainError('unauthenticated', 'error.forbidden');
  const data = parseOrThrow(decisionInput, input);
  const [doc] = await db.select().from(documents).where(eq(documents.id, data.documentId));
  if (!doc) throw notFound();
  await authorizeDocument(db, principal, 'decide', doc);
  if (data.decision === 'revised' && !data.revisedById)
    throw new DomainError('invalid', 'decision.revisedByRequired', undefined, {
      revisedById: 'decision.revisedByRequired',
    });
  return inTransaction(db, async (tx) => {
    const lockIds = [doc.id, ...(data.revisedById ? [data.revisedById] : [])].sort();
    const locked = await tx
      .select()
      .from(documents)
      .where(inArray(documents.id, lockIds))
      .orderBy(documents.id)
      .for('update');
    const current = locked.find((d) => d.id === doc.id)!;
    const name = fullLabel(current) ?? current.title;
    if (current.version !== data.version) throw new DomainError('conflict', 'decision.stale', { document: name });
    if (current.state !== 'registered') throw new DomainError('conflict', 'decision.notRegistered', { document: name });
    const now = new Date();
    if (data.decision === 'revised') {
      const reviser = locked.find((d) => d.id === data.revisedById);
      if (
        !reviser ||
        reviser.id === current.id ||
        reviser.meetingId !== current.meetingId ||
        reviser.state !== 'registered'
      ) {
        throw new DomainError('invalid', 'decision.revisedByInvalid', undefined, {
          revisedById: 'decision.revisedByInvalid',
        });
      }
      if (reviser.revisionOfId && reviser.revisionOfId !== current.id)
        throw new DomainError('conflict', 'decision.revisedByTaken', { document: fullLabel(reviser) ?? reviser.title });
      if (!reviser.revisionOfId) {
        await tx
          .update(documents)
          .set({ revisionOfId: current.id, version: sql`${documents.version} + 1`, updatedAt: now })
          .where(eq(documents.id, reviser.id));
        await recordEvent(tx, {
          actorId: principal.id,
          action: 'document.linked_revision',
          subjectType: 'document',
          subjectId: reviser.id,
          documentId: reviser.id,
          meetingId: reviser.meetingId,
          after: { revisionOfId: current.id },
        });
      }
    }
    const decision = data.decision || null;
    const [row] = await tx
      .update(documents)
      .set({
        decision,
        decidedAt: decision ? now : null,
        decidedBy: decision ? principal.id : null,
        version: sql`${documents.version} + 1`,
        updatedAt: now,
      })
      .where(eq(documents.id, current.id))
      .returning();
    await recordEvent(tx, {
      actorId: principal.id,
      action: 'document.decided',
      subjectType: 'document',
      subjectId: current.id,
      documentId: current.id,
      meetingId: current.meetingId,
      groupId: current.groupId,
      before: { decision: current.decision },
      after: { decision, revisedById: data.revisedById ?? null },
    });
    return row;
  });
}

/** The decision page: the document, its revision links both ways, and the meeting's registered documents that could revise it. */
export async function documentDecision(db: Db, principal: Principal | null, documentId: string) {
  if (!principal) throw new DomainError('unauthenticated', 'error.forbidden');
  const [doc] = await db.select().from(documents).where(eq(documents.id, documentId));
  if (!doc) throw notFound();
  await authorizeDocument(db, principal, 'decide', doc);
  const [meeting] = await db.select().from(meetings).where(eq(meetings.id, doc.meetingId));
  const visible = await visibleDocumentsSql(db, principal);
  const others = await db
    .select()
    .from(documents)
    .where(
      and(eq(documents.meetingId, doc.meetingId), eq(documents.state, 'registered'), ne(documents.id, doc.id), visible),
    );
  const candidates = others
    .map((d) => ({ id: d.id, title: d.title, label: fullLabel(d) }))
    .sort((a, b) => (a.label ?? '').localeCompare(b.label ?? '', 'en', { numeric: true }));
  return {
    doc: { ...doc, label: fullLabel(doc) },
    meeting,
    candidates,
    links: await revisionLinks(db, doc.id, visible),
  };
}
