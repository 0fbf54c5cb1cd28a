/**
 * A list view (URL search parameters, see document-view.ts) as SQL for one meeting: which documents belong in lists
 * at all, the view's conditions with the problems of values it cannot use, and its order.
 */
import { and, asc, eq, inArray, isNotNull, sql, type SQL } from 'drizzle-orm';
import { DECISIONS, DOCUMENT_TYPES, documents, type Decision, type DocumentType } from '../../../db/schema';
import type { MessageKey } from '~/i18n';
import { zonedTimeToInstant } from '../../platform/time';
import type { ListView, Sort } from './document-view';
import { parseSearch, searchSql } from './search.server';
import { isCalendarDay } from './search-syntax';
import { allocatedToAnyOf } from '../documents/allocation-sql.server';

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
    else conds.push(allocatedToAnyOf(ctx.subtree(g.id)));
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
