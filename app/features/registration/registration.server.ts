import { and, asc, count, desc, eq, ilike, inArray, isNull, max, ne, or, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { inTransaction, type Db } from '../../../db/client.server';
import {
  agendaItems,
  allocationNotices,
  documentAllocations,
  documentFiles,
  documents,
  DOCUMENT_TYPES,
  groups,
  meetings,
  users,
  type DocumentType,
} from '../../../db/schema';
import { recordEvent } from '../../platform/audit.server';
import type { Services } from '../../platform/context.server';
import { DomainError, notFound } from '../../platform/errors';
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
import { queueRegistrationMail } from '../notifications/registration-mail.server';
import { queueAllocationDigest } from '../notifications/digest.server';
import { checkStoredFile } from '../submissions/file-checks.server';
import { receiveMultipart } from '../submissions/uploads.server';
import { authorize, groupSubtree, type Principal } from '../groups/permissions.server';
import { documentAbilities, maySeeDocument } from '../documents/policy.server';
import { memberReservations } from '../../../db/schema/reservations';
import { fillDecision } from './reservation-rules.server';
import { authorizeMeeting } from '../meetings/policy.server';
import { parseOrThrow } from '../../platform/validation';
import { fillForm, reserveInput } from './reserve-input';

export type DocumentRow = typeof documents.$inferSelect;

function requireSignedIn(principal: Principal | null): asserts principal is Principal {
  if (!principal) throw new DomainError('unauthenticated', 'error.forbidden');
}

// ---------------------------------------------------------------------------------------------
// Inside a transaction: the building blocks other modules (agendas, liaison statements) call
// ---------------------------------------------------------------------------------------------

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

export interface NewNumberedDocument {
  meetingId: string;
  type: DocumentType;
  title: string;
  source?: string;
  part?: string;
  access?: 'public' | 'members';
  /** 'reserved' (filled with a file later) or 'registered' (e.g. an agenda or outgoing LS written in the portal). */
  state?: 'reserved' | 'registered';
  agendaItemId?: string | null;
  now?: Date;
}

/**
 * Takes the next number of the meeting's scheme for a document that does not exist yet, inside the caller's
 * transaction: the meeting report, an outgoing liaison statement, a published agenda. Returns the new row.
 * A registered one is stamped once the transaction commits (its main file, added by the caller in the same
 * transaction, is there by then). The caller has checked permissions (e.g. document.manage or liaison.approve).
 */
export async function reserveNumberInTx(tx: Db, actorId: string, input: NewNumberedDocument): Promise<DocumentRow> {
  const [meeting] = await tx.select().from(meetings).where(eq(meetings.id, input.meetingId));
  if (!meeting) throw notFound();
  const scheme = await resolveScheme(tx, meeting, input.type);
  if (!scheme) throw new DomainError('conflict', 'registration.noScheme', { type: input.type, title: input.title });
  const part = formatUsesPart(scheme.format) ? (input.part || 'GEN').toUpperCase() : '';
  if (part && !PART_PATTERN.test(part)) throw new DomainError('invalid', 'registration.badPart', { part });
  const { number, format } = await takeNextNumber(tx, scheme.id);
  const now = input.now ?? new Date();
  const state = input.state ?? 'reserved';
  const [group] = await tx.select({ access: groups.defaultAccess }).from(groups).where(eq(groups.id, meeting.groupId));
  const [row] = await tx
    .insert(documents)
    .values({
      meetingId: meeting.id,
      groupId: meeting.groupId,
      type: input.type,
      state,
      schemeId: scheme.id,
      number,
      part,
      numberLabel: renderNumber(format, number, part),
      title: input.title,
      source: input.source ?? '',
      access: input.access ?? meeting.documentAccess ?? group?.access ?? 'members',
      agendaItemId: input.agendaItemId ?? null,
      submittedBy: actorId,
      submittedAt: now,
      registeredBy: actorId,
      registeredAt: now,
    })
    .returning();
  await recordEvent(tx, {
    actorId,
    action: state === 'reserved' ? 'document.reserved' : 'document.registered',
    subjectType: 'document',
    subjectId: row.id,
    documentId: row.id,
    meetingId: meeting.id,
    groupId: meeting.groupId,
    after: { state, number, label: row.numberLabel, schemeId: scheme.id, title: row.title },
  });
  if (state === 'registered') await queueStamping(tx, row.id);
  return row;
}

/**
 * Attaches a stored main file to a reserved number and makes it registered (inside the caller's transaction); the
 * file is stamped, and whoever reserved the number told, once the transaction commits. A member's reservation withdrawn
 * as expired while the file was on its way (the request began before that) is filled all the same: an upload begun in
 * time does not lose to the clock. The caller has decided the deadline (fillDecision) and passes whether it is late.
 */
export async function fillReservedInTx(
  tx: Db,
  actorId: string,
  documentId: string,
  file: { filename: string; contentType: string; size: number; sha256: string; crc32: number; storageKey: string },
  opts: { expectedVersion?: number; now?: Date; begunAt?: Date; late?: boolean } = {},
) {
  const [doc] = await tx.select().from(documents).where(eq(documents.id, documentId)).for('update');
  if (!doc) throw notFound();
  const [reservation] = await tx.select().from(memberReservations).where(eq(memberReservations.documentId, documentId));
  const expiredMeanwhile =
    doc.state === 'withdrawn' &&
    !!reservation?.expiredAt &&
    !!opts.begunAt &&
    opts.begunAt.getTime() <= reservation.expiredAt.getTime();
  if (!expiredMeanwhile && opts.expectedVersion !== undefined && opts.expectedVersion !== doc.version)
    throw new DomainError('conflict', 'registration.stale', { title: doc.title });
  if (doc.state === 'withdrawn' && reservation?.expiredAt && !expiredMeanwhile)
    throw new DomainError('forbidden', 'reservations.expired', { number: label(doc) });
  if (doc.state !== 'reserved' && !expiredMeanwhile)
    throw new DomainError('conflict', 'registration.notReserved', { number: label(doc) });
  const now = opts.now ?? new Date();
  await tx.insert(documentFiles).values({ documentId, role: 'main', version: 1, uploadedBy: actorId, ...file });
  const [row] = await tx
    .update(documents)
    .set({
      state: 'registered',
      registeredAt: now,
      registeredBy: actorId,
      late: opts.late ?? doc.late,
      withdrawnAt: null,
      version: sql`${documents.version} + 1`,
      updatedAt: now,
    })
    .where(eq(documents.id, documentId))
    .returning();
  if (reservation)
    await tx
      .update(memberReservations)
      .set({ filledAt: now, expiredAt: null })
      .where(eq(memberReservations.documentId, documentId));
  await recordEvent(tx, {
    actorId,
    action: 'document.filled',
    subjectType: 'document',
    subjectId: documentId,
    documentId,
    meetingId: doc.meetingId,
    groupId: doc.groupId,
    before: { state: doc.state },
    after: {
      state: 'registered',
      file: file.sha256,
      late: row.late,
      ...(expiredMeanwhile ? { begunAt: opts.begunAt!.toISOString() } : {}),
    },
  });
  await queueStamping(tx, row.id);
  await queueRegistrationMail(tx, [row]);
  return row;
}

// ---------------------------------------------------------------------------------------------
// What the routes call (permission checks, one transaction)
// ---------------------------------------------------------------------------------------------

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

/** The secretariat reserves the next number for a document still to be written (meeting report, outgoing LS...). */
export async function reserveNumber(db: Db, principal: Principal | null, input: unknown): Promise<DocumentRow> {
  const data = parseOrThrow(reserveInput, input);
  await authorizeMeeting(db, principal, 'manageDocuments', { id: data.meetingId });
  return inTransaction(db, (tx) => reserveNumberInTx(tx, principal!.id, { ...data, state: 'reserved' }));
}

// ---------------------------------------------------------------------------------------------
// The secretariat's queue
// ---------------------------------------------------------------------------------------------

/** The meeting of a registration page, for its secretariat only (cheap: no document is loaded). */
export async function registrationMeeting(db: Db, principal: Principal | null, meetingSlug: string) {
  return (await authorizeMeeting(db, principal, 'manageDocuments', { slug: meetingSlug })).meeting;
}

export const QUEUE_PAGE_SIZES = [50, 100, 200] as const;

export interface QueueOptions {
  /** Submitted documents: only late ones. */
  late?: boolean;
  /** Only this document type (both lists). */
  type?: string;
  /** Words that must all appear in the title, source or number (both lists). */
  q?: string;
  /** Registered documents: only those without any allocation. */
  unallocated?: boolean;
  /** 1-based page of each list. */
  page?: number;
  regPage?: number;
  perPage?: number;
}

/** Reads the queue's filters from a URL's search parameters (anything unexpected falls back to the default). */
export function queueOptionsFrom(
  params: URLSearchParams,
): Required<Omit<QueueOptions, 'type'>> & { type: DocumentType | '' } {
  const int = (v: string | null, d: number) => {
    const n = Number(v);
    return Number.isInteger(n) && n >= 1 && n <= 1_000_000 ? n : d;
  };
  const type = params.get('type') ?? '';
  const perPage = int(params.get('per'), 100);
  return {
    late: params.get('late') === '1',
    type: (DOCUMENT_TYPES as readonly string[]).includes(type) ? (type as DocumentType) : '',
    q: (params.get('q') ?? '').trim().slice(0, 200),
    unallocated: params.get('show') === 'unallocated',
    page: int(params.get('page'), 1),
    regPage: int(params.get('rpage'), 1),
    perPage: (QUEUE_PAGE_SIZES as readonly number[]).includes(perPage) ? perPage : 100,
  };
}

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The conditions of the queue's two lists (submitted, registered) under its filters. */
function queueConditions(meetingId: string, options: QueueOptions) {
  const common = [eq(documents.meetingId, meetingId)];
  if (options.type && (DOCUMENT_TYPES as readonly string[]).includes(options.type))
    common.push(eq(documents.type, options.type as DocumentType));
  for (const word of (options.q ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 8)) {
    const pattern = `%${likeEscape(word)}%`;
    common.push(
      or(
        ilike(documents.title, pattern),
        ilike(documents.source, pattern),
        ilike(sql`coalesce(${documents.numberLabel}, '')`, pattern),
      )!,
    );
  }
  const unallocatedCond = sql`not exists (select 1 from ${documentAllocations} where ${documentAllocations.documentId} = ${documents.id})`;
  const submittedWhere = and(
    ...common,
    eq(documents.state, 'submitted'),
    ...(options.late ? [eq(documents.late, true)] : []),
  );
  const registeredWhere = and(
    ...common,
    eq(documents.state, 'registered'),
    ...(options.unallocated ? [unallocatedCond] : []),
  );

  return { submittedWhere, registeredWhere, unallocatedCond };
}

/** Every document of one of the queue's lists under its URL filter (all pages), for an action on "all matching". */
export async function queueMatchingIds(
  db: Db,
  principal: Principal | null,
  meetingSlug: string,
  filter: URLSearchParams,
  list: 'submitted' | 'registered',
) {
  const meeting = await registrationMeeting(db, principal, meetingSlug);
  const where = queueConditions(meeting.id, queueOptionsFrom(filter));
  const rows = await db
    .select({ id: documents.id })
    .from(documents)
    .where(list === 'submitted' ? where.submittedWhere : where.registeredWhere);
  return rows.map((r) => r.id);
}

/**
 * A meeting's registration page: submitted documents oldest first (late ones flagged), reservations, registered
 * ones newest first. Both lists are filtered and paged in SQL (a meeting may have thousands of documents); the counts
 * say how many match and how many there are in all.
 */
export async function registrationQueue(
  db: Db,
  principal: Principal | null,
  meetingSlug: string,
  options: QueueOptions = {},
) {
  const meeting = await registrationMeeting(db, principal, meetingSlug);
  const perPage = Math.min(Math.max(options.perPage ?? 100, 1), 500);
  const [group] = await db.select().from(groups).where(eq(groups.id, meeting.groupId));
  const pick = {
    id: documents.id,
    type: documents.type,
    state: documents.state,
    title: documents.title,
    source: documents.source,
    late: documents.late,
    submittedAt: documents.submittedAt,
    registeredAt: documents.registeredAt,
    numberLabel: documents.numberLabel,
    revision: documents.revision,
    relation: documents.relation,
    relationNumber: documents.relationNumber,
    version: documents.version,
    part: documents.part,
    proposedGroups: documents.proposedGroups,
    agendaItemId: documents.agendaItemId,
    revisionOfId: documents.revisionOfId,
    relatedToId: documents.relatedToId,
    submitterName: users.name,
  };
  const { submittedWhere, registeredWhere, unallocatedCond } = queueConditions(meeting.id, options);

  // Totals per state for the whole meeting (unfiltered), and the filtered counts of both lists.
  const totals = await db
    .select({
      submitted: sql<number>`count(*) filter (where ${documents.state} = 'submitted')`.mapWith(Number),
      late: sql<number>`count(*) filter (where ${documents.state} = 'submitted' and ${documents.late})`.mapWith(Number),
      registered: sql<number>`count(*) filter (where ${documents.state} = 'registered')`.mapWith(Number),
      unallocated:
        sql<number>`count(*) filter (where ${documents.state} = 'registered' and ${unallocatedCond})`.mapWith(Number),
    })
    .from(documents)
    .where(eq(documents.meetingId, meeting.id));
  const [{ n: submittedMatching }] = await db.select({ n: count() }).from(documents).where(submittedWhere);
  const [{ n: registeredMatching }] = await db.select({ n: count() }).from(documents).where(registeredWhere);
  const pages = (n: number) => Math.max(1, Math.ceil(n / perPage));
  const page = Math.min(options.page ?? 1, pages(submittedMatching));
  const regPage = Math.min(options.regPage ?? 1, pages(registeredMatching));

  const rows = (where: SQL | undefined, order: SQL[], limit: number, offset = 0) =>
    db
      .select(pick)
      .from(documents)
      .leftJoin(users, eq(users.id, documents.submittedBy))
      .where(where)
      .orderBy(...order)
      .limit(limit)
      .offset(offset);
  const [submittedRows, registeredRows, reservedRows] = await Promise.all([
    rows(submittedWhere, [asc(documents.submittedAt), asc(documents.id)], perPage, (page - 1) * perPage),
    rows(registeredWhere, [desc(documents.registeredAt), desc(documents.id)], perPage, (regPage - 1) * perPage),
    // Reservations are few (reports, outgoing statements): all of them, oldest first.
    rows(
      and(eq(documents.meetingId, meeting.id), eq(documents.state, 'reserved')),
      [asc(documents.registeredAt), asc(documents.id)],
      500,
    ),
  ]);

  const shownIds = [...registeredRows, ...reservedRows].map((r) => r.id);
  const allocs = shownIds.length
    ? await db
        .select({ documentId: documentAllocations.documentId, code: groups.code })
        .from(documentAllocations)
        .innerJoin(groups, eq(groups.id, documentAllocations.groupId))
        .where(inArray(documentAllocations.documentId, shownIds))
    : [];
  const allocatedTo = new Map<string, string[]>();
  for (const a of allocs) allocatedTo.set(a.documentId, [...(allocatedTo.get(a.documentId) ?? []), a.code]);
  const subtree = (await groupSubtree(db, meeting.groupId)).filter((id) => id !== meeting.groupId);
  const subgroups = subtree.length
    ? await db
        .select({
          id: groups.id,
          code: groups.code,
          name: groups.name,
          parentId: groups.parentId,
          position: groups.position,
        })
        .from(groups)
        .where(inArray(groups.id, subtree))
        .orderBy(asc(groups.position))
    : [];
  const items = await db
    .select({ id: agendaItems.id, label: agendaItems.label, title: agendaItems.title })
    .from(agendaItems)
    .where(eq(agendaItems.meetingId, meeting.id))
    .orderBy(asc(agendaItems.position));
  const schemes: Record<string, string | null> = {};
  for (const type of meeting.documentTypes as DocumentType[]) {
    const s = await resolveScheme(db, meeting, type);
    schemes[type] = s ? renderNumber(s.format, s.lastNumber + 1, 'GEN') : null;
  }
  const withLabel = (rows: typeof submittedRows) =>
    rows.map((r) => ({
      ...r,
      label: fullLabel(r),
      // A revision (or addendum) keeps its original's number: the number it will get, not the scheme's next one.
      nextNumber: (r.revisionOfId || r.relatedToId) && r.numberLabel ? fullLabel(r) : (schemes[r.type] ?? null),
      allocatedTo: allocatedTo.get(r.id) ?? [],
    }));
  return {
    meeting,
    group: group!,
    submitted: withLabel(submittedRows),
    reserved: withLabel(reservedRows),
    registered: withLabel(registeredRows),
    counts: { ...totals[0], submittedMatching, registeredMatching },
    paging: {
      sizes: [...QUEUE_PAGE_SIZES] as number[],
      perPage,
      page,
      pages: pages(submittedMatching),
      regPage,
      regPages: pages(registeredMatching),
    },
    subgroups,
    agendaItems: items,
    nextNumbers: schemes,
  };
}

/** Registered documents of a meeting without any allocation (for the secretariat's "to allocate" filter). */
export async function unallocatedIds(db: Db, meetingId: string) {
  const rows = await db
    .select({ id: documents.id })
    .from(documents)
    .leftJoin(documentAllocations, eq(documentAllocations.documentId, documents.id))
    .where(
      and(
        eq(documents.meetingId, meetingId),
        eq(documents.state, 'registered'),
        isNull(documentAllocations.documentId),
      ),
    );
  return rows.map((r) => r.id);
}

// ---------------------------------------------------------------------------------------------
// Filling a reserved number with its file (from the registration page or the document page)
// ---------------------------------------------------------------------------------------------

/**
 * Handles a multipart upload (field "main", a .docx; field "version", the document's version when the form was
 * loaded) for a reserved number: permission first (before any byte is stored), then the upload streamed to storage,
 * the same file checks as a submission, and fillReservedInTx. On refusal the stored file is deleted. Returns the
 * registered row.
 */
export async function fillReservedFromRequest(
  services: Services,
  principal: Principal | null,
  documentId: string,
  request: Request,
  /** The instant the request arrived (the route's `context.requestBeganAt`): the deadline is judged then. */
  began: Date = new Date(),
): Promise<DocumentRow> {
  requireSignedIn(principal);
  if (!/^[0-9a-f-]{36}$/i.test(documentId)) throw notFound();
  const [doc] = await services.db.select().from(documents).where(eq(documents.id, documentId));
  if (!doc) throw notFound();
  const may = await documentAbilities(services.db, principal, doc);
  if (!may.fillReserved) {
    // Someone else's reservation: said so to whoever may see it, not found for anyone else.
    if (doc.state === 'reserved' && (await maySeeDocument(services.db, principal, doc.id)))
      throw new DomainError('forbidden', 'reservations.notYours', { number: label(doc) });
    if (!(await maySeeDocument(services.db, principal, doc.id))) throw notFound();
  }
  const [reservation] = await services.db
    .select()
    .from(memberReservations)
    .where(eq(memberReservations.documentId, doc.id));
  // Withdrawn by the expiry after this request arrived: the upload began in time and still fills it.
  const expiredMeanwhile =
    doc.state === 'withdrawn' && !!reservation?.expiredAt && began.getTime() <= reservation.expiredAt.getTime();
  if (doc.state === 'withdrawn' && reservation?.expiredAt && !expiredMeanwhile)
    throw new DomainError('forbidden', 'reservations.expired', { number: label(doc) });
  authorize(principal, may.fillReserved);
  if (doc.state !== 'reserved' && !expiredMeanwhile)
    throw new DomainError('conflict', 'registration.notReserved', { number: label(doc) || doc.title });
  const staff = may.manage || may.chairOfAllocation;
  const { late } = await fillDecision(services.db, doc, { id: principal.id, staff }, began);
  const [meeting] = await services.db.select().from(meetings).where(eq(meetings.id, doc.meetingId));
  const received = await receiveMultipart(request, services.storage, { maxBytes: meeting.maxFileMb * 1024 * 1024 });
  const main = received.files.find((f) => f.field === 'main');
  const drop = (keep?: string) =>
    Promise.all(
      received.files.filter((f) => f.key !== keep).map((f) => services.storage.delete(f.key).catch(() => {})),
    );
  await drop(main?.key);
  try {
    const input = parseOrThrow(fillForm, {
      main: main && { name: main.filename, size: main.size },
      version: received.fields.version?.[0] || undefined,
    });
    if (!main)
      throw new DomainError('invalid', 'registration.fileRequired', undefined, { main: 'registration.fileRequired' });
    const checked = await checkStoredFile(services.storage, main.key, main.size, 'main', [], main.filename);
    return await inTransaction(services.db, (tx) =>
      fillReservedInTx(
        tx,
        principal.id,
        doc.id,
        {
          filename: main.filename,
          contentType: checked.contentType,
          size: main.size,
          sha256: main.sha256,
          crc32: main.crc32,
          storageKey: main.key,
        },
        { expectedVersion: input.version, begunAt: began, late },
      ),
    );
  } catch (err) {
    if (main) await services.storage.delete(main.key).catch(() => {});
    throw err;
  }
}
