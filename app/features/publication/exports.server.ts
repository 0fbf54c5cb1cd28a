import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.server';
import { documents, groups, meetingDeadlines as meetingDeadlineRows, meetings } from '../../../db/schema';
import { translate, type Locale } from '~/i18n';
import type { DocumentListResult } from './document-list.server';
import { LISTED } from './document-view-sql.server';
import { relatedColumns, rowColumns, toListed, type ListedDocument } from './listed-documents.server';
import { visibleDocumentsSql } from '../documents/policy.server';
import { notFound } from '../../platform/errors';
import { addDeadlineEvent, addMeetingEvent, newCalendar } from '../meetings/calendar.server';
import { LISTED_DEADLINE_KINDS } from '../meetings/deadlines';
import { groupSubtree, type Principal } from '../groups/permissions.server';
import { ofOrAllocatedToAnyOf } from '../documents/allocation-sql.server';

/** CSV and JSON of a list view, Atom feeds of new and revised documents, iCalendar of a group's meetings and deadlines. */

// ------------------------------------------------------------------ CSV / JSON

const CSV_COLUMNS = [
  'Number',
  'Title',
  'Source',
  'Type',
  'WG/Question',
  'Agenda item',
  'Registered (UTC)',
  'Published (UTC)',
  'Late',
  'Decision',
  'Access',
  'Revises',
  'Revised by',
  'Files',
  'URL',
] as const;

/** One CSV cell: quoted when needed; a leading = + - @ is defused so spreadsheets do not run it as a formula. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  let s = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : '');

/** The view as CSV (UTF-8 with BOM so spreadsheet programs read accents right), CRLF line ends. */
export function listCsv(
  rows: ListedDocument[],
  baseUrl: string,
  opts: { fileNames?: Map<string, string> } = {},
): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const r of rows) {
    lines.push(
      [
        r.number,
        r.title,
        r.source,
        r.type,
        r.allocations.map((a) => a.code).join(' '),
        r.agendaItem ? `${r.agendaItem.label} ${r.agendaItem.title}` : '',
        iso(r.registeredAt),
        iso(r.publishedAt),
        r.late ? 'yes' : 'no',
        r.decision ?? '',
        r.access,
        r.revisionOf?.number ?? '',
        r.revisedBy.map((x) => x.number).join(' '),
        r.files.map((f) => opts.fileNames?.get(f.id) ?? f.filename).join(' | '),
        `${baseUrl}/documents/${r.id}`,
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The view as JSON: no storage keys, file links by id. */
export function listJson(result: DocumentListResult, baseUrl: string) {
  return {
    meeting: { slug: result.meeting.slug, title: result.meeting.title, group: result.group.code },
    generatedAt: new Date().toISOString(),
    lastUpdated: iso(result.lastUpdated) || null,
    total: result.total,
    documents: result.rows.map((r) => ({
      id: r.id,
      number: r.number,
      title: r.title,
      source: r.source,
      type: r.type,
      state: r.state,
      access: r.access,
      late: r.late,
      decision: r.decision,
      registeredAt: iso(r.registeredAt) || null,
      publishedAt: iso(r.publishedAt) || null,
      keywords: r.keywords,
      abstract: r.abstract,
      groups: r.allocations.map((a) => a.code),
      agendaItem: r.agendaItem ? { label: r.agendaItem.label, title: r.agendaItem.title } : null,
      revises: r.revisionOf?.number ?? null,
      revisedBy: r.revisedBy.map((x) => x.number),
      url: `${baseUrl}/documents/${r.id}`,
      files: r.files.map((f) => ({
        role: f.role,
        filename: f.filename,
        size: f.size,
        sha256: f.sha256,
        url: `${baseUrl}/files/${f.id}`,
      })),
    })),
  };
}

// ------------------------------------------------------------------ Atom

const xml = (s: string) =>
  s
    .replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!)
    .replace(/[\x00-\x08\x0b\x0c\x0e-\x1f]/g, '');
export const FEED_SIZE = 100;

/** Newest first: documents the principal may see in a meeting, or allocated to a group (and its sub-groups). */
async function feedRows(db: Db, principal: Principal | null, where: ReturnType<typeof and>) {
  const visible = await visibleDocumentsSql(db, principal);
  const stamp = sql`greatest(${documents.updatedAt}, ${documents.publishedAt})`;
  const base = await db
    .select({ ...rowColumns, ...relatedColumns(visible) })
    .from(documents)
    .where(and(where, LISTED, visible))
    .orderBy(desc(stamp), desc(documents.id))
    .limit(FEED_SIZE);
  return base.map((r) => toListed(r, new Map()));
}

function atom(opts: {
  id: string;
  title: string;
  self: string;
  alternate: string;
  rows: ListedDocument[];
  baseUrl: string;
  locale: Locale;
}) {
  const updated = opts.rows.reduce(
    (max, r) => Math.max(max, new Date(r.updatedAt).getTime(), r.publishedAt ? new Date(r.publishedAt).getTime() : 0),
    0,
  );
  const entries = opts.rows.map((r) => {
    const at = new Date(
      Math.max(new Date(r.updatedAt).getTime(), r.publishedAt ? new Date(r.publishedAt).getTime() : 0),
    ).toISOString();
    const summary = [
      r.source,
      r.allocations.map((a) => a.code).join(', '),
      r.revisionOf ? translate(opts.locale, 'documents.revises', { number: r.revisionOf.number }) : '',
      r.decision ? translate(opts.locale, `documents.decision.${r.decision}`) : '',
    ]
      .filter(Boolean)
      .join(' · ');
    return `  <entry>
    <id>urn:uuid:${r.id}</id>
    <title>${xml(translate(opts.locale, 'feed.entry', { number: r.number, title: r.title }))}</title>
    <updated>${at}</updated>
    ${r.registeredAt ? `<published>${iso(r.registeredAt)}</published>` : ''}
    <link rel="alternate" type="text/html" href="${xml(`${opts.baseUrl}/documents/${r.id}`)}"/>
    <author><name>${xml(r.source || '-')}</name></author>
    <summary>${xml(summary)}</summary>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${xml(opts.id)}</id>
  <title>${xml(opts.title)}</title>
  <updated>${new Date(updated || Date.now()).toISOString()}</updated>
  <link rel="self" type="application/atom+xml" href="${xml(opts.self)}"/>
  <link rel="alternate" type="text/html" href="${xml(opts.alternate)}"/>
  <generator>Plenary</generator>
${entries.join('\n')}
</feed>
`;
}

/** Atom feed of a meeting's new and revised documents, as the principal may see them. */
export async function meetingFeed(db: Db, principal: Principal | null, slug: string, baseUrl: string, locale: Locale) {
  const [m] = await db
    .select({ meeting: meetings, groupCode: groups.code })
    .from(meetings)
    .innerJoin(groups, eq(groups.id, meetings.groupId))
    .where(eq(meetings.slug, slug));
  if (!m) throw notFound();
  const rows = await feedRows(db, principal, eq(documents.meetingId, m.meeting.id));
  return atom({
    id: `${baseUrl}/meetings/${slug}/feed.atom`,
    title: translate(locale, 'feed.title', { group: m.groupCode, meeting: m.meeting.title }),
    self: `${baseUrl}/meetings/${slug}/feed.atom`,
    alternate: `${baseUrl}/meetings/${slug}/documents`,
    rows,
    baseUrl,
    locale,
  });
}

/** The group of a feed or calendar URL, and the ids of it and its sub-groups. */
async function groupWithSubtree(db: Db, slug: string) {
  const [group] = await db.select({ id: groups.id, code: groups.code }).from(groups).where(eq(groups.slug, slug));
  if (!group) throw notFound();
  return { group, ids: await groupSubtree(db, group.id) };
}

/** Atom feed of the documents allocated to a WG/Question (or its sub-groups), or belonging to a group, across meetings. */
export async function groupFeed(db: Db, principal: Principal | null, slug: string, baseUrl: string, locale: Locale) {
  const { group: g, ids } = await groupWithSubtree(db, slug);
  const rows = await feedRows(db, principal, ofOrAllocatedToAnyOf(ids));
  return atom({
    id: `${baseUrl}/groups/${slug}/feed.atom`,
    title: translate(locale, 'feed.groupTitle', { group: g.code }),
    self: `${baseUrl}/groups/${slug}/feed.atom`,
    alternate: `${baseUrl}/groups/${slug}`,
    rows,
    baseUrl,
    locale,
  });
}

// ------------------------------------------------------------------ iCalendar

/** The group's meetings (and its sub-groups'), each with its deadlines (contributions, reservation, revisions...). */
export async function groupCalendar(db: Db, slug: string, baseUrl: string, locale: Locale): Promise<string> {
  const { group: g, ids } = await groupWithSubtree(db, slug);
  const rows = await db.select().from(meetings).where(inArray(meetings.groupId, ids)).orderBy(meetings.startsOn);
  const listed = rows.length
    ? await db
        .select()
        .from(meetingDeadlineRows)
        .where(
          inArray(
            meetingDeadlineRows.meetingId,
            rows.map((m) => m.id),
          ),
        )
    : [];
  const now = new Date();
  const calendar = newCalendar(translate(locale, 'calendar.name', { group: g.code }));
  for (const m of rows) {
    addMeetingEvent(calendar, m, baseUrl, now);
    if (m.takesContributions && m.inputDeadline) {
      const summary = translate(locale, 'calendar.deadline', { meeting: m.title });
      addDeadlineEvent(calendar, m, { id: `deadline-${m.id}`, at: m.inputDeadline, summary }, baseUrl, now);
    }
    // The other deadlines of the list, in DEADLINE_KINDS order; pre-registration keeps its earlier event id.
    for (const kind of LISTED_DEADLINE_KINDS) {
      const row = listed.find((d) => d.meetingId === m.id && d.kind === kind);
      if (!row) continue;
      const id = kind === 'preregistration' ? `prereg-${m.id}` : `deadline-${kind}-${m.id}`;
      const summary =
        kind === 'preregistration'
          ? translate(locale, 'calendar.prereg', { meeting: m.title })
          : translate(locale, 'deadlines.calendar', {
              kind: translate(locale, `deadlines.kind.${kind}`),
              meeting: m.title,
            });
      addDeadlineEvent(calendar, m, { id, at: row.at, summary }, baseUrl, now);
    }
  }
  return calendar.toString();
}
