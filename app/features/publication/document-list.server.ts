/**
 * The meeting document list: one row per registered (or withdrawn) document, filtered, searched and sorted in
 * SQL, restricted in SQL to what the viewer may see (the document policy's visibleDocumentsSql).
 * The same view (URL search parameters) drives the page, the CSV/JSON exports and the zip archive.
 */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.server';
import {
  agendaItems,
  DECISIONS,
  DOCUMENT_TYPES,
  documents,
  groups,
  meetings,
  type DocumentType,
} from '../../../db/schema';
import { getMeetingBySlug } from '../meetings/meetings.server';
import { groupTree } from '../groups/group-tree';
import type { Principal } from '../groups/permissions.server';
import { meetingAbilities } from '../meetings/policy.server';
import { visibleDocumentsSql } from '../documents/policy.server';
import { DEFAULT_PAGE_SIZE, hasFilters, type ListView } from './document-view';
import { LISTED, viewConditions, type ListOptions, type ViewProblem } from './document-view-sql.server';
import { listStatement, toListed, type ListedDocument } from './listed-documents.server';
import { parseSearch, searchMarks } from './search.server';
import type { SearchMarks } from './highlight';

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
  const [may, visible] = await Promise.all([
    meetingAbilities(db, principal, meeting, group),
    visibleDocumentsSql(db, principal, all),
  ]);
  const { problems, where, rank } = viewConditions(view, {
    meetingId: meeting.id,
    timeZone: meeting.timeZone,
    options,
    subtree: groupTree(all).subtreeOf,
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
    canManage: may.manageDocuments,
    meetingTotal: summary?.n ?? 0,
    lastUpdated: summary?.last ? new Date(summary.last) : null,
    pages: paginate ? Math.max(1, Math.ceil(total / perPage)) : 1,
    marks,
  };
}
