/**
 * Documents as the API gives them: a meeting's list (the list page's own view parsing and query, so filters, search
 * and visibility are the page's) and single documents (the same statement, asked for one row), serialised alike.
 */
import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../db/client.server';
import { agendaItems, documents, meetings } from '../../../db/schema';
import { translate } from '~/i18n';
import type { Principal } from '../groups/permissions.server';
import { visibleDocumentsSql } from '../documents/policy.server';
import { listDocuments } from '../publication/document-list.server';
import { listStatement, toListed, type ListedDocument } from '../publication/listed-documents.server';
import { parseListView } from '../publication/document-view';
import { notFound } from '../../platform/errors';
import { invalid } from './problems.server';
import { nextCursor, pagePosition } from './paging';
import type { z } from 'zod';
import type { Document } from './schemas';

type ApiDocument = z.input<typeof Document>;

/** The API's filter names and the list page's (URL) names for them. */
const FILTERS = {
  q: 'q',
  type: 'type',
  group: 'wg',
  agendaItem: 'agenda',
  decision: 'decision',
  since: 'since',
  late: 'late',
  sort: 'sort',
} as const;
const PAGE_FIELD: Record<string, keyof typeof FILTERS> = {
  'documents.problem.wg': 'group',
  'documents.problem.type': 'type',
  'documents.problem.agenda': 'agendaItem',
  'documents.problem.decision': 'decision',
  'documents.problem.late': 'late',
  'documents.problem.since': 'since',
};

export const fileUrl = (baseUrl: string, fileId: string) => `${baseUrl}/api/v1/files/${fileId}`;

export function serialiseDocument(
  d: ListedDocument,
  extra: { meeting: string; submittedAt: Date | null },
  baseUrl: string,
): ApiDocument {
  return {
    id: d.id,
    meeting: extra.meeting,
    number: d.number || null,
    title: d.title,
    source: d.source,
    type: d.type,
    state: d.state as ApiDocument['state'],
    withdrawnReason: d.notSubmitted ? 'not_submitted' : null,
    access: d.access,
    published: d.publishedAt !== null,
    decision: d.decision,
    groups: d.allocations.map((a) => a.code),
    agendaItem: d.agendaItem,
    late: d.late,
    submittedAt: extra.submittedAt ? new Date(extra.submittedAt).toISOString() : null,
    registeredAt: d.registeredAt ? new Date(d.registeredAt).toISOString() : null,
    revises: d.revisionOf,
    revisedBy: d.revisedBy,
    files: d.files.map((f) => ({
      id: f.id,
      role: f.role,
      name: f.filename,
      size: Number(f.size),
      sha256: f.sha256,
      url: fileUrl(baseUrl, f.id),
    })),
  };
}

async function submittedTimes(db: Db, ids: string[]) {
  if (!ids.length) return new Map<string, Date | null>();
  const rows = await db
    .select({ id: documents.id, submittedAt: documents.submittedAt })
    .from(documents)
    .where(inArray(documents.id, ids));
  return new Map(rows.map((r) => [r.id, r.submittedAt]));
}

/** One page of a meeting's documents in the view the query asks for, as the principal may see them. */
export async function meetingDocuments(
  db: Db,
  principal: Principal | null,
  slug: string,
  query: URLSearchParams,
  baseUrl: string,
) {
  const params = new URLSearchParams();
  for (const [apiName, pageName] of Object.entries(FILTERS)) {
    const value = query.get(apiName);
    if (value !== null) params.set(pageName, value);
  }
  const filters = params.toString();
  const position = pagePosition(query, filters);
  const view = { ...parseListView(params), per: position.limit, page: position.offset / position.limit + 1 };
  const result = await listDocuments(db, principal, slug, view);
  if (result.problems.length)
    throw invalid(
      'api.problem',
      undefined,
      Object.fromEntries(result.problems.map((p) => [PAGE_FIELD[p.key] ?? 'query', translate('en', p.key, p.vars)])),
    );
  // A cursor past the end was not given by this list (a real one points at rows that exist).
  if (position.offset > 0 && position.offset >= result.total) throw invalid('api.cursor');
  const submitted = await submittedTimes(
    db,
    result.rows.map((r) => r.id),
  );
  return {
    items: result.rows.map((r) =>
      serialiseDocument(r, { meeting: slug, submittedAt: submitted.get(r.id) ?? null }, baseUrl),
    ),
    total: result.total,
    nextCursor: nextCursor(position, result.total, filters),
  };
}

/** One document the principal may see (in any state: a submitter sees their own before registration), else 404. */
export async function apiDocument(db: Db, principal: Principal | null, id: string, baseUrl: string) {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) throw notFound();
  const visible = await visibleDocumentsSql(db, principal);
  const [row] = await listStatement(db, { where: eq(documents.id, id), visible, sort: 'number', page: null });
  if (!row) throw notFound();
  const [extra] = await db
    .select({ meeting: meetings.slug, submittedAt: documents.submittedAt, agendaItemId: documents.agendaItemId })
    .from(documents)
    .innerJoin(meetings, eq(meetings.id, documents.meetingId))
    .where(eq(documents.id, id));
  const items = extra.agendaItemId
    ? await db
        .select({ id: agendaItems.id, label: agendaItems.label, title: agendaItems.title })
        .from(agendaItems)
        .where(eq(agendaItems.id, extra.agendaItemId))
    : [];
  const listed = toListed(row, new Map(items.map((i) => [i.id, i])));
  return serialiseDocument(listed, { meeting: extra.meeting, submittedAt: extra.submittedAt }, baseUrl);
}
