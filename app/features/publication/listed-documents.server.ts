/**
 * A listed document as the list, exports, feeds and archives use it, and the one statement that selects a view's rows
 * with their allocations, current files and revision links.
 */
import { and, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/client.server';
import { documents, type Decision, type DocumentType, type FileRole } from '../../../db/schema';
import { notSubmittedSql } from '../registration/reservation-rules.server';
import { documentNumber, type Sort } from './document-view';
import { viewOrder, type ListOptions } from './document-view-sql.server';

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

/** When the viewer's list last changed: the latest update or publication among the rows (window over all rows). */
const LAST_CHANGE = sql<string | null>`max(greatest(${documents.updatedAt}, ${documents.publishedAt})) over ()`;

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

/** The files a document list shows and its archive carries: the stamped Word file in place of the main one. */
export function publishedFiles<F extends { role: string }>(files: F[]): F[] {
  const stamped = files.some((f) => f.role === 'stamped');
  return files.filter((f) => !(f.role === 'main' && stamped));
}
