/**
 * The secretariat's registration page: the queue of submitted documents, the numbers reserved and the registered
 * documents still to allocate, filtered and paged in SQL.
 */
import { and, asc, count, desc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/client.server';
import {
  agendaItems,
  documentAllocations,
  documents,
  DOCUMENT_TYPES,
  groups,
  users,
  type DocumentType,
} from '../../../db/schema';
import { groupSubtree, type Principal } from '../groups/permissions.server';
import { awaitingMail, mailedDocumentIds } from '../mailbox/intake.server';
import { authorizeMeeting } from '../meetings/policy.server';
import { fullLabel, renderNumber, resolveScheme } from './numbering.server';
import { reservationCap } from './reservation-rules.server';
import { allocatedToNone } from '../documents/allocation-sql.server';

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
  const submittedWhere = and(
    ...common,
    eq(documents.state, 'submitted'),
    ...(options.late ? [eq(documents.late, true)] : []),
  );
  const registeredWhere = and(
    ...common,
    eq(documents.state, 'registered'),
    ...(options.unallocated ? [allocatedToNone] : []),
  );

  return { submittedWhere, registeredWhere };
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
  const { submittedWhere, registeredWhere } = queueConditions(meeting.id, options);

  // Totals per state for the whole meeting (unfiltered), and the filtered counts of both lists.
  const totals = await db
    .select({
      submitted: sql<number>`count(*) filter (where ${documents.state} = 'submitted')`.mapWith(Number),
      late: sql<number>`count(*) filter (where ${documents.state} = 'submitted' and ${documents.late})`.mapWith(Number),
      registered: sql<number>`count(*) filter (where ${documents.state} = 'registered')`.mapWith(Number),
      unallocated:
        sql<number>`count(*) filter (where ${documents.state} = 'registered' and ${allocatedToNone})`.mapWith(Number),
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
/**
 * Everything the registration page shows: the queue under its filters (as read by queueOptionsFrom), which of the
 * submitted documents came by mail, the mailed submissions still to review, and the cap of open reservations per member.
 */
export async function registrationPage(
  db: Db,
  principal: Principal | null,
  meetingSlug: string,
  options: ReturnType<typeof queueOptionsFrom>,
) {
  const queue = await registrationQueue(db, principal, meetingSlug, options);
  const mailed = await mailedDocumentIds(
    db,
    queue.submitted.map((d) => d.id),
  );
  const byMail = await awaitingMail(db, queue.meeting.id);
  const cap = await reservationCap(db, queue.meeting.id);
  return { ...queue, options, mailedIds: [...mailed], byMail, reservationCap: cap };
}

export type RegistrationPage = Awaited<ReturnType<typeof registrationPage>>;
