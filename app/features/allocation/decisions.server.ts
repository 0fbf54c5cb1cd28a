import { and, eq, inArray, isNotNull, ne, sql } from 'drizzle-orm';
import { inTransaction, type Db } from '../../../db/client.server';
import { documents, meetings } from '../../../db/schema';
import { recordEvent } from '../../platform/audit.server';
import { DomainError, notFound } from '../../platform/errors';
import { fullLabel, revisionLinks } from '../registration/numbering.server';
import type { Principal } from '../groups/permissions.server';
import { authorizeDocument, visibleDocumentsSql } from '../documents/policy.server';
import { parseOrThrow } from '../../platform/validation';
import { decisionInput, DECISIONS_NEEDING_TARGET, DECISIONS_WITH_TARGET } from './decision-input';

/** Letters and digits only, lower case: "FGMV-I-045 Rev.1", "fgmv-i-045 rev 1" and "FGMV-I-045rev.1" are one number. */
const foldNumber = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** The registered document of the meeting numbered `number` (as written by a person), or a field error. */
async function documentByNumber(db: Db, meetingId: string, number: string) {
  const rows = await db
    .select()
    .from(documents)
    .where(
      and(eq(documents.meetingId, meetingId), eq(documents.state, 'registered'), isNotNull(documents.numberLabel)),
    );
  const wanted = foldNumber(number);
  const found = rows.find((d) => foldNumber(fullLabel(d) ?? '') === wanted);
  if (!found)
    throw new DomainError('invalid', 'decision.targetUnknown', undefined, { target: 'decision.targetUnknown' });
  return found;
}

/**
 * Records the meeting's decision on a registered document (the vocabulary of DECISIONS: approved, agreed, noted,
 * revised, merged, postponed, withdrawn, not treated, replied to), with an optional note and, for revised, merged and
 * replied to, the other document of the meeting it points to (by number, or for "revised" by id). A revising document
 * without a "revision of" link gets one. Refuses unregistered documents and stale forms.
 */
export async function setDecision(db: Db, principal: Principal | null, input: unknown) {
  if (!principal) throw new DomainError('unauthenticated', 'error.forbidden');
  const data = parseOrThrow(decisionInput, input);
  const [doc] = await db.select().from(documents).where(eq(documents.id, data.documentId));
  if (!doc) throw notFound();
  await authorizeDocument(db, principal, 'decide', doc);
  const decision = data.decision || null;
  const pointsTo = data.target || data.revisedById;
  if (pointsTo && !(decision && DECISIONS_WITH_TARGET.includes(decision)))
    throw new DomainError('invalid', 'decision.targetNotApplicable', undefined, {
      target: 'decision.targetNotApplicable',
    });
  if (!pointsTo && decision && DECISIONS_NEEDING_TARGET.includes(decision)) {
    const key = decision === 'merged' ? 'decision.mergedIntoRequired' : 'decision.revisedByRequired';
    throw new DomainError('invalid', key, undefined, { target: key });
  }
  const targetId =
    data.revisedById ?? (data.target ? (await documentByNumber(db, doc.meetingId, data.target)).id : null);
  return inTransaction(db, async (tx) => {
    const lockIds = [doc.id, ...(targetId && targetId !== doc.id ? [targetId] : [])].sort();
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
    const target = targetId ? locked.find((d) => d.id === targetId) : undefined;
    if (targetId) {
      if (
        !target ||
        target.id === current.id ||
        target.meetingId !== current.meetingId ||
        target.state !== 'registered'
      ) {
        throw new DomainError('invalid', 'decision.revisedByInvalid', undefined, {
          target: 'decision.revisedByInvalid',
        });
      }
    }
    if (decision === 'revised' && target) {
      if (target.revisionOfId && target.revisionOfId !== current.id)
        throw new DomainError('conflict', 'decision.revisedByTaken', { document: fullLabel(target) ?? target.title });
      if (!target.revisionOfId) {
        await tx
          .update(documents)
          .set({ revisionOfId: current.id, version: sql`${documents.version} + 1`, updatedAt: now })
          .where(eq(documents.id, target.id));
        await recordEvent(tx, {
          actorId: principal.id,
          action: 'document.linked_revision',
          subjectType: 'document',
          subjectId: target.id,
          documentId: target.id,
          meetingId: target.meetingId,
          after: { revisionOfId: current.id },
        });
      }
    }
    const note = decision ? (data.note ?? null) : null;
    const [row] = await tx
      .update(documents)
      .set({
        decision,
        decidedAt: decision ? now : null,
        decidedBy: decision ? principal.id : null,
        decisionNote: note,
        decisionTargetId: decision ? (target?.id ?? null) : null,
        version: sql`${documents.version} + 1`,
        updatedAt: now,
      })
      .where(eq(documents.id, current.id))
      .returning();
    const related = target ? { id: target.id, label: fullLabel(target) } : null;
    await recordEvent(tx, {
      actorId: principal.id,
      action: 'document.decided',
      subjectType: 'document',
      subjectId: current.id,
      documentId: current.id,
      meetingId: current.meetingId,
      groupId: current.groupId,
      before: { decision: current.decision, note: current.decisionNote, targetId: current.decisionTargetId },
      after: {
        decision,
        revisedById: decision === 'revised' ? (target?.id ?? null) : null,
        ...(note ? { note } : {}),
        ...(related ? { related } : {}),
      },
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
  const target = doc.decisionTargetId ? others.find((d) => d.id === doc.decisionTargetId) : undefined;
  return {
    doc: { ...doc, label: fullLabel(doc) },
    meeting,
    /** The number of the document the current decision points to, for the form. */
    target: target ? fullLabel(target) : null,
    candidates,
    links: await revisionLinks(db, doc.id, visible),
  };
}
