/**
 * Registering submitted documents: each takes the next number of its scheme (a revision keeps its original's number
 * with the next Rev. suffix, an addendum or corrigendum the next Add./Corr. of its original), in the transaction that
 * changes its state, with its event; the stamping of its file and the submitter's mail are queued in the same one.
 */
import { and, asc, eq, inArray, max, ne, sql } from 'drizzle-orm';
import { z } from 'zod';
import { inTransaction, type Db } from '../../../db/client.server';
import { allocationNotices, documentAllocations, documents, meetings } from '../../../db/schema';
import { recordEvent } from '../../platform/audit.server';
import type { Services } from '../../platform/context.server';
import { DomainError, notFound } from '../../platform/errors';
import { parseOrThrow } from '../../platform/validation';
import { queueAllocationDigest } from '../notifications/digest.server';
import { queueRegistrationMail } from '../notifications/registration-mail.server';
import type { Principal } from '../groups/permissions.server';
import { authorizeMeeting } from '../meetings/policy.server';
import {
  formatUsesPart,
  fullLabel,
  lockSchemes,
  PART_PATTERN,
  renderNumber,
  resolveScheme,
  takeNextNumber,
} from './numbering.server';
import { queueStamping } from './stamping.server';

export type DocumentRow = typeof documents.$inferSelect;

export interface RegisterOptions {
  /** The document's `version` when the form was loaded; a different current version refuses (stale form). */
  expectedVersion?: number;
  /** For schemes whose format has {part}: PLEN, GEN, WP1... (defaults to the document's part, else GEN). */
  part?: string;
  now?: Date;
}

const label = (d: Pick<DocumentRow, 'numberLabel' | 'revision' | 'relation' | 'relationNumber'>) => fullLabel(d) ?? '';

/** What a registration decides before it takes a number: the checked document and where its number comes from. */
interface RegistrationPlan {
  doc: DocumentRow;
  /** The scheme whose row serialises this numbering (the original's, for a revision, addendum or corrigendum). */
  schemeId: string;
  /** The numbered original a revision, addendum or corrigendum follows; null for the scheme's next number. */
  parent: DocumentRow | null;
  part: string;
}

/**
 * Checks a document (locked FOR UPDATE by the caller or here) and finds where its number comes from, reading only:
 * no scheme row is locked yet, so that the lock every registration of the scheme waits for is held briefly.
 */
async function planRegistration(
  tx: Db,
  documentId: string,
  opts: RegisterOptions & { locked?: DocumentRow },
): Promise<RegistrationPlan> {
  const doc = opts.locked ?? (await tx.select().from(documents).where(eq(documents.id, documentId)).for('update'))[0];
  if (!doc) throw notFound();
  const title = doc.title.length > 80 ? `${doc.title.slice(0, 77)}...` : doc.title;
  if (opts.expectedVersion !== undefined && opts.expectedVersion !== doc.version)
    throw new DomainError('conflict', 'registration.stale', { title });
  if (doc.state === 'withdrawn') throw new DomainError('conflict', 'registration.withdrawn', { title });
  if (doc.state === 'registered')
    throw new DomainError('conflict', 'registration.already', { title, number: label(doc) });
  if (doc.state === 'reserved')
    throw new DomainError('conflict', 'registration.reservedUseFill', { number: label(doc) });
  const parentId = doc.revisionOfId ?? (doc.relation !== 'original' ? doc.relatedToId : null);
  if (parentId) {
    const [parent] = await tx.select().from(documents).where(eq(documents.id, parentId));
    if (!parent?.schemeId || parent.number === null)
      throw new DomainError('conflict', 'registration.parentUnnumbered', { title });
    return { doc, schemeId: parent.schemeId, parent, part: parent.part };
  }
  const [meeting] = await tx.select().from(meetings).where(eq(meetings.id, doc.meetingId));
  const scheme = await resolveScheme(tx, meeting, doc.type);
  if (!scheme) throw new DomainError('conflict', 'registration.noScheme', { type: doc.type, title });
  const part = formatUsesPart(scheme.format) ? (opts.part || doc.part || 'GEN').toUpperCase() : '';
  if (part && !PART_PATTERN.test(part)) throw new DomainError('invalid', 'registration.badPart', { part });
  return { doc, schemeId: scheme.id, parent: null, part };
}

/**
 * Takes the number: the scheme's next one, or for a revision its original's number with the next Rev. suffix (for an
 * addendum/corrigendum the next Add./Corr.). The caller holds the scheme row's lock, except for a scheme's next
 * number, whose UPDATE takes it. Writes the row and the audit event.
 */
async function applyRegistration(
  tx: Db,
  actorId: string,
  { doc, parent, part, schemeId }: RegistrationPlan,
  now: Date,
): Promise<DocumentRow> {
  let numbering: Pick<
    DocumentRow,
    | 'schemeId'
    | 'number'
    | 'part'
    | 'numberLabel'
    | 'revision'
    | 'relation'
    | 'relationNumber'
    | 'revisionOfId'
    | 'relatedToId'
  >;
  if (!parent) {
    const { number, format } = await takeNextNumber(tx, schemeId);
    numbering = {
      schemeId,
      number,
      part,
      numberLabel: renderNumber(format, number, part),
      revision: 0,
      relation: 'original',
      relationNumber: 0,
      revisionOfId: null,
      relatedToId: null,
    };
  } else if (doc.revisionOfId) {
    const [{ top }] = await tx
      .select({ top: max(documents.revision) })
      .from(documents)
      .where(
        and(
          eq(documents.schemeId, schemeId),
          eq(documents.number, parent.number!),
          eq(documents.relation, parent.relation),
          eq(documents.relationNumber, parent.relationNumber),
          ne(documents.id, doc.id),
        ),
      );
    // The submission may already have claimed its Rev. number (set when the revision is submitted).
    const revision =
      doc.schemeId === schemeId && doc.number === parent.number && doc.revision > (top ?? 0)
        ? doc.revision
        : (top ?? 0) + 1;
    numbering = {
      schemeId,
      number: parent.number,
      part: parent.part,
      numberLabel: parent.numberLabel,
      revision,
      relation: parent.relation,
      relationNumber: parent.relationNumber,
      revisionOfId: parent.id,
      relatedToId: parent.relatedToId,
    };
  } else {
    const [{ top }] = await tx
      .select({ top: max(documents.relationNumber) })
      .from(documents)
      .where(
        and(
          eq(documents.schemeId, schemeId),
          eq(documents.number, parent.number!),
          eq(documents.relation, doc.relation),
          ne(documents.id, doc.id),
        ),
      );
    numbering = {
      schemeId,
      number: parent.number,
      part: parent.part,
      numberLabel: parent.numberLabel,
      revision: 0,
      relation: doc.relation,
      relationNumber: (top ?? 0) + 1,
      revisionOfId: null,
      relatedToId: parent.id,
    };
  }
  // Sent together (one round trip on PostgreSQL): the scheme row stays locked until commit.
  const [[row]] = await Promise.all([
    tx
      .update(documents)
      .set({
        ...numbering,
        state: 'registered',
        registeredBy: actorId,
        registeredAt: now,
        version: sql`${documents.version} + 1`,
        updatedAt: now,
      })
      .where(eq(documents.id, doc.id))
      .returning(),
    recordEvent(tx, {
      actorId,
      action: 'document.registered',
      subjectType: 'document',
      subjectId: doc.id,
      documentId: doc.id,
      meetingId: doc.meetingId,
      groupId: doc.groupId,
      before: { state: doc.state, version: doc.version },
      after: { state: 'registered', number: numbering.number, label: label(numbering), schemeId },
    }),
  ]);
  if (doc.revisionOfId && parent) return inheritAllocation(tx, actorId, row, parent, now);
  return row;
}

/**
 * A registered revision takes over the allocation and agenda item of what it revises (where it has none of its own),
 * so that it lands where its original was discussed; recorded as an allocation event naming the original.
 */
async function inheritAllocation(
  tx: Db,
  actorId: string,
  row: DocumentRow,
  parent: DocumentRow,
  now: Date,
): Promise<DocumentRow> {
  const [own, inherited] = await Promise.all([
    tx
      .select({ groupId: documentAllocations.groupId })
      .from(documentAllocations)
      .where(eq(documentAllocations.documentId, row.id)),
    tx
      .select({ groupId: documentAllocations.groupId })
      .from(documentAllocations)
      .where(eq(documentAllocations.documentId, parent.id)),
  ]);
  const groupIds = own.length ? [] : inherited.map((a) => a.groupId);
  const agendaItemId = row.agendaItemId ?? parent.agendaItemId;
  const agendaChanged = agendaItemId !== row.agendaItemId;
  if (!groupIds.length && !agendaChanged) return row;
  if (groupIds.length)
    await tx
      .insert(documentAllocations)
      .values(groupIds.map((groupId) => ({ documentId: row.id, groupId, allocatedBy: actorId, allocatedAt: now })));
  await tx
    .insert(allocationNotices)
    .values(groupIds.map((groupId) => ({ documentId: row.id, groupId, createdAt: now })))
    .onConflictDoNothing();
  await queueAllocationDigest(tx);
  const [updated] = agendaChanged
    ? await tx.update(documents).set({ agendaItemId, updatedAt: now }).where(eq(documents.id, row.id)).returning()
    : [row];
  await recordEvent(tx, {
    actorId,
    action: 'document.allocated',
    subjectType: 'document',
    subjectId: row.id,
    documentId: row.id,
    meetingId: row.meetingId,
    groupId: row.groupId,
    before: { groups: own.map((a) => a.groupId), agendaItemId: row.agendaItemId },
    after: {
      groups: groupIds.length ? groupIds : own.map((a) => a.groupId),
      agendaItemId,
      inheritedFrom: { id: parent.id, label: label(parent) },
    },
  });
  return updated;
}

/**
 * Registers one submitted document inside the caller's transaction: locks the document row, checks its state
 * and version, and gives it the next number of its scheme (a revision keeps its original's number with the next
 * Rev. suffix; an addendum/corrigendum gets the next Add./Corr. of its original). Writes the audit event.
 * Queues the stamping of its .docx (done once the transaction commits). The caller has checked permissions and tells
 * the submitter (queueRegistrationMail, one mail for all of a submitter's documents).
 */
export async function registerInTx(
  tx: Db,
  actorId: string,
  documentId: string,
  opts: RegisterOptions = {},
): Promise<DocumentRow> {
  const plan = await planRegistration(tx, documentId, opts);
  await queueStamping(tx, plan.doc.id);
  if (plan.parent) await lockSchemes(tx, [plan.schemeId]);
  return applyRegistration(tx, actorId, plan, opts.now ?? new Date());
}

const registerInput = z.object({
  meetingId: z.string().uuid(),
  items: z
    .array(
      z.object({
        id: z.string().uuid(),
        version: z.coerce.number().int().optional(),
        part: z.string().trim().max(10).optional(),
      }),
    )
    .min(1, 'registration.noneSelected')
    .max(1000),
});

/**
 * Registers one or many submitted documents of a meeting, all or nothing, in queue order (oldest first).
 * Locks the documents in id order and then every scheme involved in id order, so concurrent bulk registrations
 * cannot deadlock. The stamping and one mail per submitter are queued in the same transaction: the answer comes as
 * soon as the numbers are committed.
 */
export async function registerDocuments(
  services: Pick<Services, 'db'>,
  principal: Principal | null,
  input: unknown,
): Promise<DocumentRow[]> {
  const { db } = services;
  const data = parseOrThrow(registerInput, input);
  const { meeting } = await authorizeMeeting(db, principal, 'manageDocuments', { id: data.meetingId });
  return inTransaction(db, async (tx) => {
    const ids = [...new Set(data.items.map((i) => i.id))].sort();
    const docs = await tx
      .select()
      .from(documents)
      .where(inArray(documents.id, ids))
      .orderBy(asc(documents.id))
      .for('update');
    if (docs.length !== ids.length || docs.some((d) => d.meetingId !== meeting.id)) throw notFound();
    const byId = new Map(data.items.map((i) => [i.id, i]));
    const ordered = [...docs].sort(
      (a, b) => (a.submittedAt?.getTime() ?? 0) - (b.submittedAt?.getTime() ?? 0) || a.id.localeCompare(b.id),
    );
    const plans: RegistrationPlan[] = [];
    for (const d of ordered)
      plans.push(
        await planRegistration(tx, d.id, {
          expectedVersion: byId.get(d.id)!.version,
          part: byId.get(d.id)!.part,
          locked: d,
        }),
      );
    // The follow-up work is queued before any scheme row is locked: every registration of the scheme waits for that lock.
    for (const p of plans) await queueStamping(tx, p.doc.id);
    await queueRegistrationMail(
      tx,
      plans.map((p) => ({ id: p.doc.id, submittedBy: p.doc.submittedBy, registeredBy: principal!.id })),
    );
    // Several schemes (or a revision, whose number needs its scheme's lock before it is counted) are locked in id
    // order, so that concurrent bulk registrations cannot deadlock; a single next number locks its row as it takes it.
    if (plans.length > 1 || plans[0].parent)
      await lockSchemes(
        tx,
        plans.map((p) => p.schemeId),
      );
    const now = new Date();
    const out: DocumentRow[] = [];
    for (const p of plans) out.push(await applyRegistration(tx, principal!.id, p, now));
    return out;
  });
}
