/**
 * Collaborative documents: persistence of the Yjs state in PostgreSQL (bytea) with a derived ProseMirror JSON
 * and plain-text copy for search, lists and export; who may open a document; named snapshots, a readable diff
 * between two of them, and restore.
 *
 * The live server (server/collab.ts) calls fetchState/storeState; routes call the rest.
 */
import { and, desc, eq, sql } from 'drizzle-orm';
import * as Y from 'yjs';
import type { Db } from '../../../db/client.server';
import { collabDocuments, collabSnapshots, documentFiles, documents, groups, liaisonStatements, meetings, type CollabKind, type Contact } from '../../../db/schema';
import { recordEvent } from '../../platform/audit.server';
import { DomainError, forbidden, notFound } from '../../platform/errors';
import { can, groupChain, type Principal } from '../groups/permissions.server';
import { Readable } from 'node:stream';
import { randomUUID } from 'node:crypto';
import {
  AlignmentType, BorderStyle, Document as DocxDocument, ExternalHyperlink, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType,
  type ParagraphChild,
} from 'docx';
import type { Storage } from '../../../storage';
import { fullLabel } from '../registration/numbering.server';
import { reserveNumberInTx, type DocumentRow, type NewNumberedDocument } from '../registration/registration.server';

/** The Y.XmlFragment Tiptap's Collaboration extension edits. */
export const FIELD = 'default';

export interface PMNode { type: string; attrs?: Record<string, unknown>; content?: PMNode[]; text?: string; marks?: { type: string; attrs?: Record<string, unknown> }[] }

export const collabName = (kind: CollabKind, id: string) => `${kind}:${id}`;

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export function parseCollabName(name: string): { kind: CollabKind; id: string } | null {
  const m = /^(agenda|liaison):(.+)$/.exec(name);
  if (!m || !UUID.test(m[2])) return null;
  return { kind: m[1] as CollabKind, id: m[2].toLowerCase() };
}

// ---------------------------------------------------------------- Yjs <-> ProseMirror JSON

function xmlToJson(node: Y.XmlElement | Y.XmlText): PMNode[] {
  if (node instanceof Y.XmlText) {
    return (node.toDelta() as { insert: unknown; attributes?: Record<string, unknown> }[])
      .filter((d) => typeof d.insert === 'string' && d.insert.length > 0)
      .map((d) => {
        const marks = Object.entries(d.attributes ?? {}).map(([type, attrs]) => ({ type: type.replace(/--.*$/, ''), ...(attrs && typeof attrs === 'object' && Object.keys(attrs).length ? { attrs: attrs as Record<string, unknown> } : {}) }));
        return { type: 'text', text: d.insert as string, ...(marks.length ? { marks } : {}) };
      });
  }
  const attrs = node.getAttributes() as Record<string, unknown>;
  const content = node.toArray().flatMap((c) => xmlToJson(c as Y.XmlElement | Y.XmlText));
  return [{ type: node.nodeName, ...(Object.keys(attrs).length ? { attrs } : {}), ...(content.length ? { content } : {}) }];
}

export function yDocToJson(doc: Y.Doc): PMNode {
  const frag = doc.getXmlFragment(FIELD);
  return { type: 'doc', content: frag.toArray().flatMap((c) => xmlToJson(c as Y.XmlElement | Y.XmlText)) };
}

function jsonToXml(nodes: PMNode[]): (Y.XmlElement | Y.XmlText)[] {
  const out: (Y.XmlElement | Y.XmlText)[] = [];
  let pendingText: PMNode[] = [];
  const flush = () => {
    if (!pendingText.length) return;
    const t = new Y.XmlText();
    t.applyDelta(pendingText.map((n) => ({ insert: n.text ?? '', ...(n.marks?.length ? { attributes: Object.fromEntries(n.marks.map((m) => [m.type, m.attrs ?? {}])) } : {}) })));
    out.push(t);
    pendingText = [];
  };
  for (const n of nodes) {
    if (n.type === 'text') { pendingText.push(n); continue; }
    flush();
    const el = new Y.XmlElement(n.type);
    for (const [k, v] of Object.entries(n.attrs ?? {})) if (v !== null && v !== undefined) el.setAttribute(k, v as string);
    el.insert(0, jsonToXml(n.content ?? []));
    out.push(el);
  }
  flush();
  return out;
}

/** Replaces the whole content of the document's fragment, as one Yjs change (so it merges like any edit). */
export function replaceContent(doc: Y.Doc, json: PMNode, origin: unknown = 'plenary-server') {
  const frag = doc.getXmlFragment(FIELD);
  doc.transact(() => {
    if (frag.length) frag.delete(0, frag.length);
    frag.insert(0, jsonToXml(json.content ?? []));
  }, origin);
}

export function stateFromJson(json: PMNode): Uint8Array {
  const doc = new Y.Doc();
  replaceContent(doc, json);
  const state = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return state;
}

export function jsonFromState(state: Uint8Array | null | undefined): PMNode {
  const doc = new Y.Doc();
  if (state?.length) Y.applyUpdate(doc, state);
  const json = yDocToJson(doc);
  doc.destroy();
  return json;
}

const inlineText = (n: PMNode): string => (n.type === 'text' ? n.text ?? '' : n.type === 'hardBreak' ? '\n' : (n.content ?? []).map(inlineText).join(''));

/** Plain text, one block per line; ordered lists numbered 1., 1.1., bullets as "-", table cells separated by " | ". */
export function jsonToText(json: PMNode): string {
  const lines: string[] = [];
  const walk = (n: PMNode, prefix: string, indent: string) => {
    switch (n.type) {
      case 'paragraph': case 'heading': case 'codeBlock':
        lines.push(indent + prefix + inlineText(n)); return;
      case 'orderedList': {
        let i = Number(n.attrs?.start ?? 1) || 1;
        for (const item of n.content ?? []) { walkItem(item, `${prefix.trim() ? prefix.trim().replace(/\.$/, '') + '.' : ''}${i}. `, indent); i++; }
        return;
      }
      case 'bulletList':
        for (const item of n.content ?? []) walkItem(item, '- ', indent);
        return;
      case 'table':
        for (const row of n.content ?? []) lines.push(indent + (row.content ?? []).map((c) => (c.content ?? []).map(inlineText).join(' ')).join(' | '));
        return;
      case 'horizontalRule': lines.push(indent + '---'); return;
      default:
        for (const c of n.content ?? []) walk(c, '', indent);
    }
  };
  const walkItem = (item: PMNode, label: string, indent: string) => {
    let first = true;
    for (const c of item.content ?? []) {
      if (first && (c.type === 'paragraph' || c.type === 'heading')) { lines.push(indent + label + inlineText(c)); first = false; continue; }
      if (c.type === 'orderedList' && /^\d/.test(label)) walk(c, label, indent + '   ');
      else walk(c, '', indent + '   ');
    }
    if (first) lines.push(indent + label.trim());
  };
  walk(json, '', '');
  return lines.join('\n').trim();
}

// ---------------------------------------------------------------- persistence

export async function fetchState(db: Db, name: string): Promise<Uint8Array | null> {
  const [row] = await db.select({ state: collabDocuments.state }).from(collabDocuments).where(eq(collabDocuments.name, name));
  return row?.state ?? null;
}

export type AfterStore = (db: Db, name: string, json: PMNode) => Promise<void>;

/**
 * Stores the state, merged with what is stored (several processes may store the same document; a merge never loses
 * another process's edits), and refreshes the derived JSON and text. Returns the derived JSON.
 */
export async function storeState(db: Db, name: string, state: Uint8Array, afterStore?: AfterStore): Promise<PMNode> {
  return db.transaction(async (tx) => {
    const [row] = await tx.select({ state: collabDocuments.state }).from(collabDocuments).where(eq(collabDocuments.name, name)).for('update');
    if (!row) throw notFound();
    const merged = row.state?.length ? Y.mergeUpdates([row.state, state]) : state;
    const json = jsonFromState(merged);
    await tx.update(collabDocuments).set({ state: merged, content: json, text: jsonToText(json), revision: sql`${collabDocuments.revision} + 1`, updatedAt: new Date() }).where(eq(collabDocuments.name, name));
    if (afterStore) await afterStore(tx as unknown as Db, name, json);
    return json;
  });
}

/** Creates the stored document (once) with initial content. */
export async function ensureCollabDocument(db: Db, input: { name: string; kind: CollabKind; meetingId: string; groupId: string; initial?: PMNode }) {
  const json = input.initial ?? { type: 'doc', content: [{ type: 'paragraph' }] };
  await db.insert(collabDocuments).values({ name: input.name, kind: input.kind, meetingId: input.meetingId, groupId: input.groupId, state: stateFromJson(json), content: json, text: jsonToText(json) }).onConflictDoNothing();
}

export async function getCollabDocument(db: Db, name: string) {
  const [row] = await db.select().from(collabDocuments).where(eq(collabDocuments.name, name));
  return row ?? null;
}

// ---------------------------------------------------------------- access

export type Access = 'edit' | 'read';
export interface CollabTarget { name: string; kind: CollabKind; meetingId: string; groupId: string; groupChain: string[]; /** False once the text is frozen (statement agreed or later). */ editable: boolean }

/** What the document name refers to, or null when it does not exist. */
export async function resolveCollabTarget(db: Db, name: string): Promise<CollabTarget | null> {
  const parsed = parseCollabName(name);
  if (!parsed) return null;
  const [doc] = await db.select({ meetingId: collabDocuments.meetingId, groupId: collabDocuments.groupId }).from(collabDocuments).where(eq(collabDocuments.name, name));
  if (!doc) return null;
  let editable = true;
  if (parsed.kind === 'liaison') {
    const [ls] = await db.select({ state: liaisonStatements.state }).from(liaisonStatements).where(eq(liaisonStatements.id, parsed.id));
    if (!ls) return null;
    editable = ls.state === 'draft';
  }
  return { name, kind: parsed.kind, meetingId: doc.meetingId, groupId: doc.groupId, groupChain: await groupChain(db, doc.groupId), editable };
}

/** The same permission function as HTTP: chairs and secretariat edit, members read, others nothing. */
export function accessFor(principal: Principal | null, target: CollabTarget): Access | null {
  const scope = { groupChain: target.groupChain };
  if (target.editable && can(principal, 'collab.edit', scope)) return 'edit';
  if (can(principal, 'collab.read', scope) || can(principal, 'collab.edit', scope)) return 'read';
  return null;
}

// ---------------------------------------------------------------- snapshots, diff, restore

/** Live access to documents open in the collaboration server (set by server/collab.ts on the services). */
export interface CollabLive {
  /** Runs fn on the live document (loading it if needed) and stores it. */
  withDocument(name: string, fn: (doc: Y.Doc) => void): Promise<void>;
  /** The current state: from the live document when loaded, else from the database. */
  currentState(name: string): Promise<Uint8Array | null>;
  /** Re-checks permissions of open connections now (after role or state changes). */
  recheck(): Promise<void>;
  /** Stores every loaded document now. */
  flush(): Promise<void>;
}

export async function currentState(db: Db, live: CollabLive | undefined, name: string) {
  return (live ? await live.currentState(name) : null) ?? (await fetchState(db, name));
}

export async function createSnapshot(db: Db, live: CollabLive | undefined, input: { name: string; label: string; userId: string }) {
  const label = input.label.trim().slice(0, 200);
  if (!label) throw new DomainError('invalid', 'collab.snapshot.labelRequired', undefined, { label: 'error.field.required' });
  const target = await getCollabDocument(db, input.name);
  if (!target) throw notFound();
  const state = (await currentState(db, live, input.name)) ?? new Uint8Array();
  const json = jsonFromState(state);
  return db.transaction(async (tx) => {
    const [snap] = await tx.insert(collabSnapshots).values({ documentName: input.name, label, state, content: json, text: jsonToText(json), createdBy: input.userId }).returning({ id: collabSnapshots.id, label: collabSnapshots.label });
    await recordEvent(tx as unknown as Db, { actorId: input.userId, action: 'collab.snapshot', subjectType: 'collab_document', subjectId: input.name, meetingId: target.meetingId, groupId: target.groupId, after: { snapshotId: snap.id, label } });
    return snap;
  });
}

export async function listSnapshots(db: Db, name: string) {
  return db.select({ id: collabSnapshots.id, label: collabSnapshots.label, createdAt: collabSnapshots.createdAt }).from(collabSnapshots).where(eq(collabSnapshots.documentName, name)).orderBy(desc(collabSnapshots.createdAt));
}

export async function getSnapshot(db: Db, name: string, id: string) {
  if (!UUID.test(id)) throw notFound();
  const [snap] = await db.select().from(collabSnapshots).where(and(eq(collabSnapshots.documentName, name), eq(collabSnapshots.id, id)));
  if (!snap) throw notFound();
  return snap;
}

export interface DiffLine { op: 'same' | 'added' | 'removed'; text: string }

/** A line diff (longest common subsequence): what was removed and added going from a to b. */
export function diffText(a: string, b: string): DiffLine[] {
  const x = a ? a.split('\n').slice(0, 3000) : [];
  const y = b ? b.split('\n').slice(0, 3000) : [];
  const n = x.length, m = y.length;
  const lcs: Uint16Array[] = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i][j] = x[i] === y[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const out: DiffLine[] = [];
  let i = 0, j = 0;
  while (i < n && j < m) {
    if (x[i] === y[j]) { out.push({ op: 'same', text: x[i] }); i++; j++; }
    else if (lcs[i + 1][j] >= lcs[i][j + 1]) out.push({ op: 'removed', text: x[i++] });
    else out.push({ op: 'added', text: y[j++] });
  }
  while (i < n) out.push({ op: 'removed', text: x[i++] });
  while (j < m) out.push({ op: 'added', text: y[j++] });
  return out;
}

/** Diff between two snapshots; "current" stands for the document as it is now. */
export async function diffSnapshots(db: Db, live: CollabLive | undefined, name: string, fromId: string, toId: string) {
  const textOf = async (id: string) => (id === 'current' ? { label: 'current', text: jsonToText(jsonFromState(await currentState(db, live, name))) } : await getSnapshot(db, name, id));
  const [a, b] = await Promise.all([textOf(fromId), textOf(toId)]);
  return { from: a.label, to: b.label, lines: diffText(a.text, b.text) };
}

/** Brings the snapshot's content back as a new change (others' connections receive it like any edit; history is kept). */
export async function restoreSnapshot(db: Db, live: CollabLive | undefined, input: { name: string; snapshotId: string; userId: string }) {
  const snap = await getSnapshot(db, input.name, input.snapshotId);
  const json = jsonFromState(snap.state);
  if (live) {
    await live.withDocument(input.name, (doc) => replaceContent(doc, json));
  } else {
    const doc = new Y.Doc();
    const stored = await fetchState(db, input.name);
    if (stored) Y.applyUpdate(doc, stored);
    replaceContent(doc, json);
    await storeState(db, input.name, Y.encodeStateAsUpdate(doc));
    doc.destroy();
  }
  const target = await getCollabDocument(db, input.name);
  await recordEvent(db, { actorId: input.userId, action: 'collab.restore', subjectType: 'collab_document', subjectId: input.name, meetingId: target?.meetingId, groupId: target?.groupId, after: { snapshotId: snap.id, label: snap.label } });
  return snap;
}

/** What a page's versions panel shows: the named snapshots and, with ?from=…&to=… in the URL, their diff. */
export async function versionsData(db: Db, live: CollabLive | undefined, name: string, url: URL, canRead: boolean) {
  const from = url.searchParams.get('from') || undefined;
  const to = url.searchParams.get('to') || undefined;
  if (!canRead) return { snapshots: [], diff: null, from, to };
  const [snapshots, diff] = await Promise.all([listSnapshots(db, name), from && to ? diffSnapshots(db, live, name, from, to) : null]);
  return { snapshots, diff, from, to };
}

/**
 * A page's versions actions (intent "snapshot" or "restore"), refused with 403 unless allowed. Returns what to tell
 * the user, or null when the intent is something else (the page handles it).
 */
export async function versionsAction(db: Db, live: CollabLive | undefined, input: { name: string; userId: string; form: Record<string, unknown>; allowed: { snapshot: boolean; restore: boolean } }) {
  const { form, allowed } = input;
  if (form.intent === 'snapshot') {
    if (!allowed.snapshot) throw forbidden();
    const s = await createSnapshot(db, live, { name: input.name, label: String(form.label ?? ''), userId: input.userId });
    return { key: 'collab.snapshot.saved' as const, label: s.label };
  }
  if (form.intent === 'restore') {
    if (!allowed.restore) throw forbidden();
    const s = await restoreSnapshot(db, live, { name: input.name, snapshotId: String(form.snapshotId ?? ''), userId: input.userId });
    return { key: 'collab.snapshot.restored' as const, label: s.label };
  }
  return null;
}

/** Meeting and group of a stored document, for pages. */
export async function collabContext(db: Db, name: string) {
  const [row] = await db.select({ meeting: meetings, group: groups }).from(collabDocuments).innerJoin(meetings, eq(meetings.id, collabDocuments.meetingId)).innerJoin(groups, eq(groups.id, collabDocuments.groupId)).where(eq(collabDocuments.name, name));
  return row ?? null;
}


// ---------------------------------------------------------------- export (.docx) and registration as a numbered document

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

function runs(nodes: PMNode[] = []): ParagraphChild[] {
  return nodes.flatMap((n): ParagraphChild[] => {
    if (n.type === 'hardBreak') return [new TextRun({ text: '', break: 1 })];
    if (n.type !== 'text') return runs(n.content);
    const has = (t: string) => n.marks?.some((m) => m.type === t);
    const run = new TextRun({ text: n.text ?? '', bold: has('bold'), italics: has('italic'), strike: has('strike'), underline: has('underline') ? {} : undefined, style: has('link') ? 'Hyperlink' : undefined });
    const link = n.marks?.find((m) => m.type === 'link')?.attrs?.href;
    return typeof link === 'string' && /^(https?:|mailto:)/.test(link) ? [new ExternalHyperlink({ link, children: [run] })] : [run];
  });
}

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];

/** ProseMirror JSON to .docx blocks: headings, paragraphs, numbered and bulleted lists (labels written out), tables, links. */
export function docxBlocks(json: PMNode): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  const block = (n: PMNode, indent: number, label?: string) => {
    const ind = indent ? { left: 360 * indent, hanging: label ? 360 : 0 } : undefined;
    switch (n.type) {
      case 'heading':
        out.push(new Paragraph({ heading: HEADINGS[Math.min(6, Math.max(1, Number(n.attrs?.level ?? 1))) - 1], children: [...(label ? [new TextRun(`${label}\t`)] : []), ...runs(n.content)], indent: ind }));
        return;
      case 'paragraph': case 'codeBlock':
        out.push(new Paragraph({ children: [...(label ? [new TextRun(`${label}\t`)] : []), ...runs(n.content)], indent: ind }));
        return;
      case 'orderedList': case 'bulletList': {
        let i = Number(n.attrs?.start ?? 1) || 1;
        for (const item of n.content ?? []) {
          const mine = n.type === 'orderedList' ? `${label && /\d/.test(label) ? label.replace(/\.$/, '') + '.' : ''}${i++}.` : '•';
          (item.content ?? []).forEach((c, k) => {
            if (c.type === 'orderedList') block(c, indent + 1, n.type === 'orderedList' ? mine : undefined);
            else block(c, indent + 1, k === 0 ? mine : undefined);
          });
        }
        return;
      }
      case 'table': {
        const rows = (n.content ?? []).map((row) => new TableRow({
          children: (row.content ?? []).map((cell) => {
            const sub = docxBlocks({ type: 'doc', content: cell.content ?? [] }).filter((b): b is Paragraph => b instanceof Paragraph);
            return new TableCell({ children: sub.length ? sub : [new Paragraph('')], columnSpan: Number(cell.attrs?.colspan ?? 1) || 1 });
          }),
        }));
        if (rows.length) out.push(new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } }));
        return;
      }
      case 'blockquote':
        for (const c of n.content ?? []) block(c, indent + 1);
        return;
      case 'horizontalRule':
        out.push(new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '999999', space: 1 } }, children: [] }));
        return;
      default:
        for (const c of n.content ?? []) block(c, indent);
    }
  };
  for (const c of json.content ?? []) block(c, 0);
  return out;
}

/** A cover table like ITU-T documents: label | value rows. */
export function coverTable(rows: [string, string][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(([k, v]) => new TableRow({ children: [
      new TableCell({ width: { size: 25, type: WidthType.PERCENTAGE }, children: [new Paragraph({ children: [new TextRun({ text: k, bold: true })] })] }),
      new TableCell({ width: { size: 75, type: WidthType.PERCENTAGE }, children: v.split('\n').map((line) => new Paragraph(line)) }),
    ] })),
  });
}

export async function packDocx(children: (Paragraph | Table)[], title: string): Promise<Buffer> {
  const doc = new DocxDocument({ creator: 'Plenary', title, styles: { default: { document: { run: { font: 'Times New Roman', size: 24 } } } }, sections: [{ children }] });
  return Packer.toBuffer(doc);
}

export const centered = (text: string, bold = true) => new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text, bold })] });

/**
 * The one way the collaboration features create a numbered document (a published agenda, an outgoing or incoming
 * liaison statement): issue 4's reserveNumberInTx takes the number (meeting's scheme for the type, with its
 * fallbacks; counter row locked until the caller's transaction ends) and writes the registered row and its audit
 * event; then the .docx is rendered with that number, stored ("files before rows") and attached as the main file.
 * Runs in the caller's transaction; the caller has checked permissions and calls afterRegistration after commit.
 * Without a usable scheme it refuses with collab.noScheme (what to do, and for which kind of document).
 */
export async function registerGeneratedDocument(tx: Db, storage: Storage, actorId: string, input: Omit<NewNumberedDocument, 'state' | 'now'> & {
  contacts?: Contact[]; filenameStem: string;
  render: (numberLabel: string) => Promise<Buffer>;
}) {
  const { contacts, filenameStem, render, ...numbered } = input;
  let doc: DocumentRow;
  try {
    doc = await reserveNumberInTx(tx, actorId, { ...numbered, state: 'registered' });
  } catch (err) {
    if (err instanceof DomainError && err.messageKey === 'registration.noScheme') {
      throw new DomainError('conflict', input.type === 'agenda' ? 'collab.noScheme.agenda' : input.type === 'ls_in' ? 'collab.noScheme.ls_in' : 'collab.noScheme.ls_out');
    }
    throw err;
  }
  if (contacts?.length) await tx.update(documents).set({ contacts }).where(eq(documents.id, doc.id));
  const numberLabel = fullLabel(doc) ?? doc.numberLabel ?? '';
  const bytes = await render(numberLabel);
  const put = await storage.put(`generated/${randomUUID()}.docx`, Readable.from([bytes]), { contentType: DOCX_TYPE });
  const filename = `${numberLabel.replace(/[^\w.-]+/g, '-')}-${filenameStem}.docx`.slice(0, 120);
  await tx.insert(documentFiles).values({ documentId: doc.id, role: 'main', filename, contentType: DOCX_TYPE, size: put.size, sha256: put.sha256, crc32: put.crc32, storageKey: put.key, uploadedBy: actorId });
  return { document: doc, numberLabel, storageKey: put.key, bytes };
}
