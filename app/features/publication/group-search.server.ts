/**
 * Group-wide search (`/groups/<slug>/search?q=`): the documents of every meeting of a group and of its sub-groups,
 * and those allocated to one of them, with the meeting list's search syntax, ranking and highlighting (the one
 * rule of search.server.ts), as the viewer may see them (visibleDocumentsSql), a page at a time.
 */
import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/client.server';
import { documents, groups, meetings, type Decision, type DocumentType } from '../../../db/schema';
import type { Principal } from '../groups/permissions.server';
import { visibleDocumentsSql } from '../documents/policy.server';
import { notFound } from '../../platform/errors';
import { LISTED } from './document-view-sql.server';
import { relatedColumns } from './listed-documents.server';
import { documentNumber } from './document-view';
import { parseSearch, searchMarks, searchSql, type SearchProblem } from './search.server';
import type { SearchMarks } from './highlight';
import { ofOrAllocatedToAnyOf } from '../documents/allocation-sql.server';
import { groupTree } from '../groups/group-tree';

export const GROUP_SEARCH_PAGE_SIZE = 50;

export interface GroupSearchHit {
  id: string;
  number: string;
  title: string;
  source: string;
  type: DocumentType;
  late: boolean;
  decision: Decision | null;
  state: string;
  registeredAt: Date | null;
  meeting: { slug: string; title: string; startsOn: string };
  allocations: { slug: string; code: string }[];
}

export interface GroupSearchResult {
  group: { id: string; slug: string; code: string; name: string };
  q: string;
  problems: SearchProblem[];
  hits: GroupSearchHit[];
  total: number;
  page: number;
  pages: number;
  marks: SearchMarks | null;
}

/** Searches the group's documents; an empty query gives no rows, a query with problems gives them and no rows. */
export async function searchGroup(
  db: Db,
  principal: Principal | null,
  slug: string,
  q: string,
  page = 1,
): Promise<GroupSearchResult> {
  const all = await db
    .select({ id: groups.id, slug: groups.slug, code: groups.code, name: groups.name, parentId: groups.parentId })
    .from(groups);
  const group = all.find((g) => g.slug === slug);
  if (!group) throw notFound();
  const subtree = groupTree(all).subtreeOf;
  const ids = subtree(group.id);
  const scopeGroups = all.filter((g) => ids.includes(g.id));
  const empty = { group, q, hits: [], total: 0, page: 1, pages: 1, marks: null };
  const text = q.trim();
  if (!text) return { ...empty, problems: [] };

  const query = parseSearch(text);
  const search = searchSql(query, { groups: scopeGroups, subtree });
  if (search.problems.length || !search.where) return { ...empty, problems: search.problems };

  const visible = await visibleDocumentsSql(db, principal, all);
  const inGroup = ofOrAllocatedToAnyOf(ids);
  const current = Math.max(1, Math.min(page, 100_000));
  const [rows, marks] = await Promise.all([
    groupSearchStatement(db, { where: and(LISTED, inGroup, search.where)!, visible, rank: search.rank })
      .limit(GROUP_SEARCH_PAGE_SIZE)
      .offset((current - 1) * GROUP_SEARCH_PAGE_SIZE),
    searchMarks(db, query),
  ]);
  let total = rows[0]?.total ?? 0;
  if (!rows.length && current > 1) {
    const [{ n }] = await db
      .select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(documents)
      .where(and(LISTED, inGroup, search.where, visible));
    total = n;
  }
  const json = <T>(v: T | string): T => (typeof v === 'string' ? JSON.parse(v) : v);
  return {
    group,
    q,
    problems: [],
    hits: rows.map((r) => ({
      id: r.id,
      number: documentNumber(r),
      title: r.title,
      source: r.source,
      type: r.type,
      late: r.late,
      decision: r.decision,
      state: r.state,
      registeredAt: r.registeredAt,
      meeting: { slug: r.meetingSlug, title: r.meetingTitle, startsOn: r.meetingStart },
      allocations: json(r.allocations),
    })),
    total,
    page: current,
    pages: Math.max(1, Math.ceil(total / GROUP_SEARCH_PAGE_SIZE)),
    marks,
  };
}

/** The one statement behind a page of results (the benchmark times it bare): rank first, then newest meeting. */
export function groupSearchStatement(db: Db, opts: { where: SQL; visible: SQL; rank: SQL | null }) {
  return db
    .select({
      id: documents.id,
      numberLabel: documents.numberLabel,
      revision: documents.revision,
      relation: documents.relation,
      relationNumber: documents.relationNumber,
      title: documents.title,
      source: documents.source,
      type: documents.type,
      late: documents.late,
      decision: documents.decision,
      state: documents.state,
      registeredAt: documents.registeredAt,
      meetingSlug: meetings.slug,
      meetingTitle: meetings.title,
      meetingStart: meetings.startsOn,
      allocations: relatedColumns(sql`true`).allocations,
      total: sql<number>`count(*) over ()`.mapWith(Number),
    })
    .from(documents)
    .innerJoin(meetings, eq(meetings.id, documents.meetingId))
    .where(and(opts.where, opts.visible))
    .orderBy(
      ...(opts.rank ? [sql`${opts.rank} desc`] : []),
      desc(meetings.startsOn),
      asc(documents.type),
      sql`${documents.number} asc nulls last`,
      asc(documents.revision),
      asc(documents.id),
    )
    .$dynamic();
}
