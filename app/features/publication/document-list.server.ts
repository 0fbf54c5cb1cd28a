import { and, asc, eq, inArray, isNotNull, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/client.server';
import {
  agendaItems,
  DECISIONS,
  DOCUMENT_TYPES,
  documentAllocations,
  documents,
  groups,
  meetings,
  type Decision,
  type DocumentType,
  type FileRole,
} from '../../../db/schema';
import type { MessageKey } from '~/i18n';
import { getMeetingBySlug } from '../meetings/meetings.server';
import { can, type Principal } from '../groups/permissions.server';
import { visibleDocumentsSql } from '../documents/policy.server';
import { zonedTimeToInstant } from '../../platform/time';
import { DEFAULT_PAGE_SIZE, documentNumber, type ListView, type Sort } from './document-view';
import { parseSearch, searchMarks, searchSql } from './search.server';
import { isCalendarDay } from './search-syntax';
import type { SearchMarks } from './highlight';

/**
 * The meeting document list: one row per registered (or withdrawn) document, filtered, searched and sorted in
 * SQL, restricted in SQL to what the viewer may see (the document policy's visibleDocumentsSql).
 * The same view (URL search parameters) drives the page, the CSV/JSON exports and the zip archive.
 */

export {
  SORTS,
  PAGE_SIZES,
  DEFAULT_PAGE_SIZE,
  parseListView,
  viewSearch,
  hasFilters,
  documentNumber,
  type Sort,
  type ListView,
} from './document-view';
import { hasFilters } from './document-view';
import { notSubmittedSql } from '../registration/reservation-rules.server';

export interface ViewProblem {
  key: MessageKey;
  vars?: Record<string, string>;
}

/** Documents that belong in lists, counts, feeds and archives: registered (or since withdrawn), with a number. */
export const LISTED = and(inArray(documents.state, ['registered', 'withdrawn']), isNotNull(documents.numberLabel))!;

export interface ListOptions {
  groups: { id: string; slug: string; code: string; name: string; depth: number }[];
  types: DocumentType[];
  agendaItems: { id: string; label: string; title: string }[];
  decisions: readonly Decision[];
}

export interface ListedFile {
  id: string;
  role: FileRole;
  filename: string;
  size: number;
  contentType: string;
  sha256: string;
  crc32: number | null;
  storageKey: string;
}

export interface ListedDocument {
  id: string;
  number: string;
  numberLabel: string | null;
  revision: number;
  relation: 'original' | 'addendum' | 'corrigendum';
  relationNumber: number;
  title: string;
  source: string;
  type: DocumentType;
  state: string;
  /** Withdrawn because it was a member's reservation left without a file at the deadline: "withdrawn — not submitted". */
  notSubmitted: boolean;
  late: boolean;
  access: 'public' | 'members';
  decision: Decision | null;
  registeredAt: Date | null;
  publishedAt: Date | null;
  updatedAt: Date;
  keywords: string[];
  abstract: string;
  agendaItem: { id: string; label: string; title: string } | null;
  allocations: { slug: string; code: string }[];
  revisionOf: { id: string; number: string } | null;
  revisedBy: { id: string; number: string }[];
  /** Current files (the newest non-superseded version of each role and attachment). */
  files: ListedFile[];
}

/** The meeting's WGs/Questions (sub-groups of its group, any depth), in tree order. */
function subgroupsOf(
  all: { id: string; slug: string; code: string; name: string; parentId: string | null; position: number }[],
  rootId: string,
) {
  const out: ListOptions['groups'] = [];
  const walk = (parent: string, depth: number) => {
    for (const g of all
      .filter((x) => x.parentId === parent)
      .sort((a, b) => a.position - b.position || a.code.localeCompare(b.code))) {
      out.push({ id: g.id, slug: g.slug, code: g.code, name: g.name, depth });
      walk(g.id, depth + 1);
    }
  };
  walk(rootId, 0);
  return out;
}

/**
 * Turns the view into SQL conditions for one meeting; problems are reported, and make the result empty. The search
 * box (`q`, with its syntax) goes through the one search rule (search.server.ts), which also gives the rank.
 */
export function viewConditions(
  view: ListView,
  ctx: { meetingId: string; timeZone: string; options: ListOptions; subtree: (groupId: string) => string[] },
) {
  const problems: ViewProblem[] = [];
  const conds: SQL[] = [eq(documents.meetingId, ctx.meetingId), LISTED];
  if (view.wg) {
    const g = ctx.options.groups.find((x) => x.slug === view.wg);
    if (!g) problems.push({ key: 'documents.problem.wg', vars: { value: view.wg } });
    else
      conds.push(
        sql`exists (select 1 from ${documentAllocations} where ${documentAllocations.documentId} = ${documents.id} and ${inArray(documentAllocations.groupId, ctx.subtree(g.id))})`,
      );
  }
  if (view.type) {
    if (!(DOCUMENT_TYPES as readonly string[]).includes(view.type))
      problems.push({ key: 'documents.problem.type', vars: { value: view.type } });
    else conds.push(eq(documents.type, view.type as DocumentType));
  }
  if (view.agenda) {
    const item = ctx.options.agendaItems.find((a) => a.id === view.agenda || a.label === view.agenda);
    if (!item) problems.push({ key: 'documents.problem.agenda', vars: { value: view.agenda } });
    else conds.push(eq(documents.agendaItemId, item.id));
  }
  if (view.decision) {
    if (view.decision === 'none') conds.push(sql`${documents.decision} is null`);
    else if (!(DECISIONS as readonly string[]).includes(view.decision))
      problems.push({ key: 'documents.problem.decision', vars: { value: view.decision } });
    else conds.push(eq(documents.decision, view.decision as Decision));
  }
  if (view.late) {
    if (view.late === 'yes') conds.push(eq(documents.late, true));
    else if (view.late === 'no') conds.push(eq(documents.late, false));
    else problems.push({ key: 'documents.problem.late', vars: { value: view.late } });
  }
  if (view.since) {
    const since = parseSince(view.since, ctx.timeZone);
    if (!since) problems.push({ key: 'documents.problem.since', vars: { value: view.since } });
    else
      conds.push(
        sql`coalesce(${documents.publishedAt}, ${documents.registeredAt}) >= ${since.toISOString()}::timestamptz`,
      );
  }
  let rank: SQL | null = null;
  if (view.q) {
    const search = searchSql(parseSearch(view.q), { groups: ctx.options.groups, subtree: ctx.subtree });
    problems.push(...search.problems);
    if (search.where) conds.push(search.where);
    rank = search.rank;
  }
  return { problems, where: and(...conds)!, rank };
}

/** "2026-03-01" (start of that day in the meeting's time zone) or a full ISO instant; null when not a date. */
export function parseSince(value: string, timeZone: string): Date | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value))
    return isCalendarDay(value) ? zonedTimeToInstant(value, '00:00', timeZone) : null;
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value)) {
    const at = new Date(value);
    return Number.isNaN(at.getTime()) ? null : at;
  }
  return null;
}

/** When the viewer's list last changed: the latest update or publication among the rows (window over all rows). */
const LAST_CHANGE = sql<string | null>`max(greatest(${documents.updatedAt}, ${documents.publishedAt})) over ()`;

const RELATION_ORDER = sql`case ${documents.relation} when 'original' then 0 when 'addendum' then 1 else 2 end`;

/** The view's order; `relevance` needs the search's rank (without one, the number order). */
export function viewOrder(sort: Sort, rank: SQL | null = null): SQL[] {
  const byNumber = [
    asc(documents.type),
    asc(documents.part),
    sql`${documents.number} asc nulls last`,
    asc(RELATION_ORDER),
    asc(documents.relationNumber),
    asc(documents.revision),
    asc(documents.id),
  ];
  if (sort === 'date') return [sql`coalesce(${documents.registeredAt}, ${documents.updatedAt}) desc`, ...byNumber];
  if (sort === 'relevance' && rank) return [sql`${rank} desc`, ...byNumber];
  return byNumber;
}

/** The columns of a listed row, plus the total number of rows of the view (window count). */
export const rowColumns = {
  id: documents.id,
  numberLabel: documents.numberLabel,
  revision: documents.revision,
  relation: documents.relation,
  relationNumber: documents.relationNumber,
  title: documents.title,
  source: documents.source,
  type: documents.type,
  state: documents.state,
  /** Withdrawn because it was a member's reservation left without a file at the deadline. */
  notSubmitted: notSubmittedSql,
  late: documents.late,
  access: documents.access,
  decision: documents.decision,
  registeredAt: documents.registeredAt,
  publishedAt: documents.publishedAt,
  updatedAt: documents.updatedAt,
  keywords: documents.keywords,
  abstract: documents.abstract,
  agendaItemId: documents.agendaItemId,
  revisionOfId: documents.revisionOfId,
  groupId: documents.groupId,
};

export interface DocumentListResult {
  meeting: Awaited<ReturnType<typeof getMeetingBySlug>>['meeting'];
  group: Awaited<ReturnType<typeof getMeetingBySlug>>['group'];
  view: ListView;
  options: ListOptions;
  problems: ViewProblem[];
  rows: ListedDocument[];
  /** Rows in the view (all pages). */
  total: number;
  /** Documents the viewer may see in the whole meeting, and when the list last changed. */
  meetingTotal: number;
  lastUpdated: Date | null;
  pages: number;
  canManage: boolean;
  /** What to highlight in the rows (only when asked for with `highlight: true` and the view searches). */
  marks: SearchMarks | null;
}

/**
 * The meeting's documents in the given view, as the principal may see them. `paginate: false` returns all rows;
 * `highlight: true` also gives the search's marks for the page.
 */
export async function listDocuments(
  db: Db,
  principal: Principal | null,
  slug: string,
  view: ListView,
  opts: { paginate?: boolean; highlight?: boolean } = {},
): Promise<DocumentListResult> {
  // Independent lookups, at once (each a round trip to a PostgreSQL server).
  const [{ meeting, group }, all, items] = await Promise.all([
    getMeetingBySlug(db, slug),
    db
      .select({
        id: groups.id,
        slug: groups.slug,
        code: groups.code,
        name: groups.name,
        parentId: groups.parentId,
        position: groups.position,
      })
      .from(groups),
    db
      .select({ id: agendaItems.id, label: agendaItems.label, title: agendaItems.title })
      .from(agendaItems)
      .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
      .where(eq(meetings.slug, slug))
      .orderBy(asc(agendaItems.position)),
  ]);
  const options: ListOptions = {
    groups: subgroupsOf(all, group.id),
    types: (meeting.documentTypes.length ? meeting.documentTypes : DOCUMENT_TYPES) as DocumentType[],
    agendaItems: items,
    decisions: DECISIONS,
  };
  const subtree = (id: string) => {
    const ids = [id];
    for (let i = 0; i < ids.length; i++) for (const g of all) if (g.parentId === ids[i]) ids.push(g.id);
    return ids;
  };
  const chain = (() => {
    const c: string[] = [];
    for (let g: string | null = group.id; g && !c.includes(g); g = all.find((x) => x.id === g)?.parentId ?? null)
      c.push(g);
    return c;
  })();
  const canManage = can(principal, 'document.manage', { groupChain: chain });
  const visible = await visibleDocumentsSql(db, principal, all);
  const { problems, where, rank } = viewConditions(view, {
    meetingId: meeting.id,
    timeZone: meeting.timeZone,
    options,
    subtree,
  });

  const paginate = opts.paginate !== false && view.per !== 'all';
  const perPage = typeof view.per === 'number' ? view.per : DEFAULT_PAGE_SIZE;
  let rows: ListedDocument[] = [];
  let total = 0;
  // The whole meeting as the viewer may see it: the count and last change shown above any view.
  const meetingSummary = () =>
    db
      .select({
        n: sql<number>`count(*)`.mapWith(Number),
        last: sql<string | null>`max(greatest(${documents.updatedAt}, ${documents.publishedAt}))`,
      })
      .from(documents)
      .where(and(eq(documents.meetingId, meeting.id), LISTED, visible))
      .then((r) => r[0]);
  let summary: { n: number; last: string | null } | undefined;
  let marks: SearchMarks | null = null;
  if (!problems.length) {
    const [base, filteredSummary, foundMarks] = await Promise.all([
      listStatement(db, {
        where,
        visible,
        sort: view.sort,
        rank,
        page: paginate ? { size: perPage, number: view.page } : null,
      }),
      hasFilters(view) ? meetingSummary() : undefined,
      opts.highlight && view.q ? searchMarks(db, parseSearch(view.q)) : null,
    ]);
    marks = foundMarks;
    total = base[0]?.total ?? 0;
    // Without filters the main statement's window functions already give the summary.
    summary = filteredSummary ?? (base.length ? { n: total, last: base[0].last } : undefined);
    if (!base.length && paginate && view.page > 1) {
      const [{ n }] = await db
        .select({ n: sql<number>`count(*)`.mapWith(Number) })
        .from(documents)
        .where(and(where, visible));
      total = n;
    }
    const itemById = new Map(items.map((i) => [i.id, i]));
    rows = base.map((r) => toListed(r, itemById));
  }
  summary ??= await meetingSummary();

  return {
    meeting,
    group,
    view,
    options,
    problems,
    rows,
    total,
    canManage,
    meetingTotal: summary?.n ?? 0,
    lastUpdated: summary?.last ? new Date(summary.last) : null,
    pages: paginate ? Math.max(1, Math.ceil(total / perPage)) : 1,
    marks,
  };
}

type BaseRow = {
  [K in Exclude<keyof typeof rowColumns, 'notSubmitted'>]:
    (typeof rowColumns)[K]['_']['data'] | ((typeof rowColumns)[K]['_']['notNull'] extends true ? never : null);
} & { notSubmitted: boolean };
type RevisionLink = {
  id: string;
  numberLabel: string | null;
  revision: number;
  relation: string;
  relationNumber: number;
};
type RelatedRow = BaseRow & {
  allocations: { slug: string; code: string }[];
  files: ListedFile[];
  revisionOf: RevisionLink | null;
  revisedBy: RevisionLink[];
};

/**
 * A listed row's allocations, current files (the newest non-superseded version of each role; attachments per file
 * name) and revision links in both directions (only to documents the viewer may see), as JSON columns of the
 * same statement that selects the rows: one round trip for a page, whatever its size. Written in SQL with the
 * tables' own names: the subqueries refer to the outer row as "documents", and `visible` is checked against an
 * inner, unaliased "documents" so that it binds there whether drizzle qualifies its columns or not.
 */
export function relatedColumns(visible: SQL) {
  const link = sql.raw(
    `json_build_object('id', r.id, 'numberLabel', r.number_label, 'revision', r.revision, 'relation', r.relation, 'relationNumber', r.relation_number)`,
  );
  const seen = sql`r.id in (select id from documents where ${visible})`;
  return {
    allocations: sql<
      { slug: string; code: string }[]
    >`(select coalesce(json_agg(json_build_object('slug', g.slug, 'code', g.code) order by g.position, g.code), '[]'::json)
      from document_allocations a join groups g on g.id = a.group_id where a.document_id = documents.id)`,
    files: sql<
      ListedFile[]
    >`(select coalesce(json_agg(json_build_object('id', f.id, 'role', f.role, 'filename', f.filename, 'size', f.size, 'contentType', f.content_type,
        'sha256', f.sha256, 'crc32', f.crc32, 'storageKey', f.storage_key) order by f.role, f.version desc), '[]'::json)
      from (select distinct on (role, case when role = 'attachment' then filename end) * from document_files
        where document_id = documents.id and not superseded order by role, case when role = 'attachment' then filename end, version desc) f)`,
    revisionOf: sql<RevisionLink | null>`(select ${link} from documents r where r.id = documents.revision_of_id and ${seen})`,
    revisedBy: sql<
      RevisionLink[]
    >`(select coalesce(json_agg(${link} order by r.relation, r.relation_number, r.revision, r.id), '[]'::json)
      from documents r where r.revision_of_id = documents.id and ${seen})`,
  };
}

/** PGlite and postgres.js both parse json columns; a driver that hands back text is parsed here. */
const json = <T>(v: T | string): T => (typeof v === 'string' ? JSON.parse(v) : v);

/** A selected row (rowColumns and relatedColumns) as the list, exports, feeds and archives use it. */
export function toListed(r: RelatedRow, items: Map<string, ListOptions['agendaItems'][number]>): ListedDocument {
  const of = json(r.revisionOf);
  return {
    id: r.id,
    number: documentNumber(r),
    numberLabel: r.numberLabel,
    revision: r.revision,
    relation: r.relation,
    relationNumber: r.relationNumber,
    title: r.title,
    source: r.source,
    type: r.type,
    state: r.state,
    notSubmitted: r.notSubmitted,
    late: r.late,
    access: r.access,
    decision: r.decision,
    registeredAt: r.registeredAt,
    publishedAt: r.publishedAt,
    updatedAt: r.updatedAt,
    keywords: r.keywords,
    abstract: r.abstract,
    agendaItem: r.agendaItemId ? (items.get(r.agendaItemId) ?? null) : null,
    allocations: json(r.allocations),
    revisionOf: of ? { id: of.id, number: documentNumber(of) } : null,
    revisedBy: json(r.revisedBy).map((x) => ({ id: x.id, number: documentNumber(x) })),
    files: json(r.files),
  };
}

/**
 * The one statement behind a view's rows: the rows of one page (or all), with their related data, the view's total
 * (window count) and when the viewer's list last changed. The benchmark times it bare (`db.execute`).
 */
export function listStatement(
  db: Db,
  opts: { where: SQL; visible: SQL; sort: Sort; rank?: SQL | null; page: { size: number; number: number } | null },
) {
  let query = db
    .select({
      ...rowColumns,
      ...relatedColumns(opts.visible),
      total: sql<number>`count(*) over ()`.mapWith(Number),
      last: LAST_CHANGE,
    })
    .from(documents)
    .where(and(opts.where, opts.visible))
    .orderBy(...viewOrder(opts.sort, opts.rank))
    .$dynamic();
  if (opts.page) query = query.limit(opts.page.size).offset((opts.page.number - 1) * opts.page.size);
  return query;
}
