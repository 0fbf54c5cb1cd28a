/**
 * Draft agendas: one collaborative document per meeting ("agenda:<meetingId>"). The numbered items are the
 * top-level ordered list of the text (nest with a sub-list, reorder by moving list items); each list item's first
 * line is the title and what follows it the notes. When edits settle the items are synced to agenda_items (the
 * relational copy that allocation uses, ids kept stable by title, then by number), and the documents allocated to
 * each item are read live from the documents table. Only those who may read the draft see its text and items.
 * The secretariat publishes the agenda as a numbered document with a .docx export.
 */
import { and, asc, eq, inArray, isNotNull, ne } from 'drizzle-orm';
import { Paragraph, Tab, TabStopType, TextRun } from 'docx';
import { type Db, inTransaction } from '../../../db/client.server';
import { agendaItems, documents, groups, meetingAgendas, type meetings } from '../../../db/schema';
import {
  AGENDA_TEMPLATE_IDS,
  AGENDA_TEMPLATES,
  expandTemplate,
  templatesFor,
  type AgendaTemplateId,
  type TemplateItem,
} from './agenda-templates';
import { recordEvent } from '../../platform/audit.server';
import { parseAgendaItems, syncAgendaItems, type ParsedItem } from './agenda-items.server';
import {
  collabName,
  currentState,
  ensureCollabDocument,
  getCollabDocument,
  type CollabLive,
} from './collaboration.server';
import { jsonFromState, type PMNode } from './content.server';
import { docxBlocks, meetingTextFront, registerGeneratedDocument } from './generated-documents.server';
import { gap, ituDocx } from '../documents/itu-layout.server';
import { documentLabels, documentLocale } from '../../i18n/document-labels';
import { agendaAbilities } from './policy.server';
import { listEditors } from './editors.server';
import type { Services } from '../../platform/context.server';
import { DomainError, forbidden, notFound } from '../../platform/errors';
import { getMeetingBySlug } from '../meetings/meetings.server';
import { groupChain, type Principal } from '../groups/permissions.server';
import { publishedReader, visibleDocumentsSql } from '../documents/policy.server';

/** JCA-MV first-meeting draft agenda (seed 003, annex B). */
export const JCA_MV_TEMPLATE = AGENDA_TEMPLATES['jca-mv'] as (string | [string, string[]])[];

const para = (text: string): PMNode => ({ type: 'paragraph', content: text ? [{ type: 'text', text }] : undefined });

export function templateJson(title: string, template: TemplateItem[] = JCA_MV_TEMPLATE): PMNode {
  const item = (t: TemplateItem): PMNode =>
    typeof t === 'string'
      ? { type: 'listItem', content: [para(t)] }
      : {
          type: 'listItem',
          content: [para(t[0]), { type: 'orderedList', attrs: { start: 1 }, content: t[1].map((s) => item(s)) }],
        };
  return {
    type: 'doc',
    content: [
      { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: `Draft agenda: ${title}` }] },
      { type: 'orderedList', attrs: { start: 1 }, content: template.map(item) },
    ],
  };
}

async function meetingScope(db: Db, slug: string) {
  const { meeting, group } = await getMeetingBySlug(db, slug);
  return { meeting, group, chain: await groupChain(db, group.id) };
}

/** The agenda page: the stored text, items with their allocated documents (live from documents), and what the viewer may do. */
export async function getAgenda(db: Db, principal: Principal | null, slug: string) {
  const { meeting, group, chain } = await meetingScope(db, slug);
  const allowed = await agendaAbilities(db, principal, meeting, chain);
  if (!allowed.view) throw forbidden();
  const [agenda] = await db.select().from(meetingAgendas).where(eq(meetingAgendas.meetingId, meeting.id));
  const name = collabName('agenda', meeting.id);
  const stored = agenda && allowed.read ? await getCollabDocument(db, name) : null;
  const items = allowed.read
    ? await db
        .select()
        .from(agendaItems)
        .where(eq(agendaItems.meetingId, meeting.id))
        .orderBy(asc(agendaItems.position))
    : [];
  const docs = items.length
    ? await db
        .select({
          id: documents.id,
          agendaItemId: documents.agendaItemId,
          numberLabel: documents.numberLabel,
          title: documents.title,
          source: documents.source,
          revision: documents.revision,
        })
        .from(documents)
        .where(
          and(
            eq(documents.meetingId, meeting.id),
            inArray(
              documents.agendaItemId,
              items.map((i) => i.id),
            ),
            ne(documents.state, 'withdrawn'),
            await visibleDocumentsSql(db, principal),
          ),
        )
        .orderBy(asc(documents.number))
    : [];
  let published: { id: string; numberLabel: string | null } | null = null;
  if (agenda?.documentId) {
    const [d] = await db
      .select({ id: documents.id, numberLabel: documents.numberLabel })
      .from(documents)
      .where(and(eq(documents.id, agenda.documentId), await visibleDocumentsSql(db, principal)));
    published = d ?? null;
  }
  return {
    meeting,
    group,
    agenda: agenda ?? null,
    name,
    text: stored?.text ?? '',
    content: (stored?.content ?? null) as PMNode | null,
    items: items.map((i) => ({ ...i, documents: docs.filter((d) => d.agendaItemId === i.id) })),
    published,
    allowed,
    templates: templatesFor(group),
    editors: agenda && allowed.inviteEditors ? await listEditors(db, name) : [],
  };
}

/**
 * The meeting group's working parties, working groups, Questions and task groups as a template names them ("WG2
 * Applications and services"); a JCA below a study group meets on its own.
 */
async function subgroupTitles(db: Db, groupId: string) {
  const rows = await db
    .select({ code: groups.code, name: groups.name })
    .from(groups)
    .where(
      and(
        eq(groups.parentId, groupId),
        inArray(groups.kind, ['working_party', 'working_group', 'question', 'task_group']),
      ),
    )
    .orderBy(asc(groups.position));
  return rows.map((g) => `${g.code} ${g.name}`);
}

/**
 * Starts the meeting's draft agenda from one of the templates (AGENDA_TEMPLATES: focus-group, study-group, jca,
 * jca-mv) or empty (false). Those the collaboration policy lets edit the agenda.
 */
export async function createAgenda(
  db: Db,
  principal: Principal | null,
  slug: string,
  opts: { template: AgendaTemplateId | false },
) {
  const { meeting, chain } = await meetingScope(db, slug);
  if (!principal || !(await agendaAbilities(db, principal, meeting, chain)).edit) throw forbidden();
  if (opts.template && !AGENDA_TEMPLATE_IDS.includes(opts.template)) throw new DomainError('invalid', 'error.form');
  const name = collabName('agenda', meeting.id);
  const json = opts.template
    ? templateJson(meeting.title, expandTemplate(opts.template, await subgroupTitles(db, meeting.groupId)))
    : {
        type: 'doc',
        content: [
          { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: `Draft agenda: ${meeting.title}` }] },
          {
            type: 'orderedList',
            attrs: { start: 1 },
            content: [{ type: 'listItem', content: [para('Opening of the meeting')] }],
          },
        ],
      };
  await inTransaction(db, async (t) => {
    const [exists] = await t.select().from(meetingAgendas).where(eq(meetingAgendas.meetingId, meeting.id));
    if (exists) throw new DomainError('conflict', 'agenda.exists');
    await t.insert(meetingAgendas).values({ meetingId: meeting.id, createdBy: principal.id });
    await ensureCollabDocument(t, {
      name,
      kind: 'agenda',
      meetingId: meeting.id,
      groupId: meeting.groupId,
      initial: json,
    });
    await syncAgendaItems(t, meeting.id, json);
    await recordEvent(t, {
      actorId: principal.id,
      action: 'agenda.create',
      subjectType: 'agenda',
      subjectId: meeting.id,
      meetingId: meeting.id,
      groupId: meeting.groupId,
      after: { template: opts.template },
    });
  });
  return name;
}

/** A document listed under an agenda item in the published agenda. */
export interface AgendaDocument {
  numberLabel: string;
  title: string;
}

/**
 * The agenda as a .docx: the ITU-T header and cover, the text before the items, then each numbered item (notes
 * below it) followed by the documents allocated to it (number and title), then the text after the items.
 */
export async function agendaDocx(
  meeting: typeof meetings.$inferSelect,
  group: typeof groups.$inferSelect,
  json: PMNode,
  numberLabel: string | null,
  opts: { registeredAt?: Date | null; documents?: Map<string, AgendaDocument[]> } = {},
) {
  const L = documentLabels(documentLocale(meeting));
  const title = L.label('agendaTitle', { title: meeting.title });
  const blocks = json.content ?? [];
  const listAt = blocks.findIndex((n) => n.type === 'orderedList');
  const before = listAt < 0 ? blocks : blocks.slice(0, listAt);
  const after = listAt < 0 ? [] : blocks.slice(listAt + 1);
  return ituDocx(
    [
      ...meetingTextFront(meeting, group, numberLabel, opts.registeredAt, {
        heading: L['kind.agenda'],
        source: L.label('agendaSource', { group: group.code }),
        title,
        purpose: L.approvalPurpose,
      }),
      gap(),
      ...docxBlocks({ type: 'doc', content: before }),
      ...agendaItemBlocks(parseAgendaItems(json), opts.documents ?? new Map()),
      ...docxBlocks({ type: 'doc', content: after }),
    ],
    { title },
  );
}

const STEP = 567;
/** Numbered items, hanging under their number; each item's documents below it, number then title. */
function agendaItemBlocks(items: ParsedItem[], docs: Map<string, AgendaDocument[]>): Paragraph[] {
  return items.flatMap((item) => {
    const left = STEP * (item.depth + 1) + (item.depth ? 283 : 0);
    const numberWidth = 1985;
    return [
      new Paragraph({
        keepNext: true,
        spacing: { before: item.depth ? 60 : 160, after: 60 },
        indent: { left, hanging: left - STEP * item.depth },
        tabStops: [{ type: TabStopType.LEFT, position: left }],
        children: [
          new TextRun({ text: item.label, bold: !item.depth }),
          new TextRun({ children: [new Tab(), item.title] }),
        ],
      }),
      ...item.notes
        .split('\n')
        .filter(Boolean)
        .map(
          (n) =>
            new Paragraph({
              indent: { left },
              spacing: { after: 40 },
              children: [new TextRun({ text: n, italics: true })],
            }),
        ),
      ...(docs.get(item.label) ?? []).map(
        (d) =>
          new Paragraph({
            indent: { left: left + numberWidth, hanging: numberWidth },
            tabStops: [{ type: TabStopType.LEFT, position: left + numberWidth }],
            spacing: { after: 20 },
            children: [
              new TextRun({ text: d.numberLabel, bold: true, size: 22 }),
              new TextRun({ size: 22, children: [new Tab(), d.title] }),
            ],
          }),
      ),
    ];
  });
}

/**
 * The documents allocated to each item (by item label) that the published agenda's readers may see: it is
 * published with the meeting's access, so public documents, and for a members-only meeting those its members see.
 */
async function documentsByItem(db: Db, meeting: typeof meetings.$inferSelect): Promise<Map<string, AgendaDocument[]>> {
  const rows = await db
    .select({ label: agendaItems.label, numberLabel: documents.numberLabel, title: documents.title })
    .from(documents)
    .innerJoin(agendaItems, eq(agendaItems.id, documents.agendaItemId))
    .where(
      and(
        eq(documents.meetingId, meeting.id),
        ne(documents.state, 'withdrawn'),
        isNotNull(documents.numberLabel),
        await visibleDocumentsSql(db, publishedReader(meeting)),
      ),
    )
    .orderBy(asc(documents.number), asc(documents.numberLabel));
  const out = new Map<string, AgendaDocument[]>();
  for (const r of rows)
    out.set(r.label, [...(out.get(r.label) ?? []), { numberLabel: r.numberLabel!, title: r.title }]);
  return out;
}

/** The agenda item a generated document belongs to (e.g. "Approval of the agenda"), when the agenda has one. */
export async function agendaItemMatching(db: Db, meetingId: string, pattern: RegExp): Promise<string | null> {
  const items = await db
    .select({ id: agendaItems.id, title: agendaItems.title })
    .from(agendaItems)
    .where(eq(agendaItems.meetingId, meetingId))
    .orderBy(asc(agendaItems.position));
  return items.find((i) => pattern.test(i.title))?.id ?? null;
}

/**
 * Publishes the agenda as it is now as a numbered document (type "agenda", through the numbering module) with its
 * .docx, allocated to the "Approval of the agenda" item when there is one. Secretariat. Stamped after commit.
 */
export async function publishAgenda(
  services: Services & { collab?: CollabLive },
  principal: Principal | null,
  slug: string,
) {
  const { db, storage, collab } = services;
  const { meeting, group, chain } = await meetingScope(db, slug);
  if (!principal || !(await agendaAbilities(db, principal, meeting, chain)).publish) throw forbidden();
  const name = collabName('agenda', meeting.id);
  const [agenda] = await db.select().from(meetingAgendas).where(eq(meetingAgendas.meetingId, meeting.id));
  if (!agenda) throw notFound();
  const json = jsonFromState(await currentState(db, collab, name));
  if (!parseAgendaItems(json).length) throw new DomainError('invalid', 'agenda.noItems');
  const reg = await inTransaction(db, async (t) => {
    await syncAgendaItems(t, meeting.id, json);
    const reg = await registerGeneratedDocument(t, storage, principal.id, {
      meetingId: meeting.id,
      type: 'agenda',
      part: 'PLEN',
      title: `Draft agenda: ${meeting.title}`,
      source: group.code,
      agendaItemId: await agendaItemMatching(t, meeting.id, /approv\w* of the (draft )?agenda/i),
      filenameStem: 'agenda',
      render: async (label, registeredAt) =>
        agendaDocx(meeting, group, json, label, { registeredAt, documents: await documentsByItem(t, meeting) }),
      publish: true,
    });
    await t
      .update(meetingAgendas)
      .set({ state: 'published', documentId: reg.document.id, publishedAt: new Date(), publishedBy: principal.id })
      .where(eq(meetingAgendas.meetingId, meeting.id));
    await recordEvent(t, {
      actorId: principal.id,
      action: 'agenda.publish',
      subjectType: 'agenda',
      subjectId: meeting.id,
      meetingId: meeting.id,
      groupId: meeting.groupId,
      documentId: reg.document.id,
      after: { numberLabel: reg.numberLabel },
    });
    return reg;
  });
  return reg;
}
