/**
 * Stamping: writes a registered document's number and registration date into a copy of its .docx and stores the
 * copy as the 'stamped' file (the published one). The member's original is never touched.
 *
 * Where the number goes, first match wins:
 *  1. the template's fields: content controls tagged `plenary.number` and `plenary.date` (the portal's template
 *     puts them in the cover table's document-number cell);
 *  2. the ITU cover table: the cell holding a placeholder ("TD xxx", "C nnn", "FGMV-I-xxx", "[number]") or the
 *     cell after a "Document number:" / "Number:" label;
 *  3. the first-page header (a right-aligned paragraph added at its top);
 *  4. no header at all: a paragraph at the very top of the body.
 * Only word/document.xml or a header part changes; every other entry is copied byte for byte.
 */
import type { PassThrough, Readable } from 'node:stream';
import { randomUUID } from 'node:crypto';
import { and, desc, eq } from 'drizzle-orm';
import { ZipFile } from '../../platform/zip.server';
import { inTransaction, type Db } from '../../../db/client.server';
import { enqueue, QUEUES } from '../../../db/jobs/index';
import { documentFiles, documents, meetings } from '../../../db/schema';
import { recordEvent } from '../../platform/audit.server';
import type { Services } from '../../platform/context.server';
import { openZip, readEntry, storageSource, bufferSource, type ByteSource } from '../submissions/docx.server';
import { fullLabel } from './numbering.server';
import { dateInZone } from '../../platform/time';

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const decodeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

const textOfXml = (xml: string) =>
  [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decodeXml(m[1])).join('');

/** Puts `text` in the first <w:t> of the fragment and empties the others; adds a run when there is none. */
function setRunsText(fragment: string, text: string): string {
  let first = true;
  const out = fragment.replace(/<w:t(?:\s[^>]*)?>[^<]*<\/w:t>|<w:t(?:\s[^>]*)?\/>/g, () => {
    if (!first) return '<w:t></w:t>';
    first = false;
    return `<w:t xml:space="preserve">${escapeXml(text)}</w:t>`;
  });
  if (!first) return out;
  // No text run yet (an empty placeholder paragraph): add one to the first paragraph.
  if (/<w:p(\s[^>]*)?\/>/.test(out))
    return out.replace(
      /<w:p(\s[^>]*)?\/>/,
      (_m, a = '') => `<w:p${a}><w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`,
    );
  return out.replace(/<\/w:p>/, `<w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`);
}

/** 1. Content controls tagged plenary.number / plenary.date. */
function stampContentControls(xml: string, label: string, date: string): { xml: string; hit: boolean } {
  let hit = false;
  const out = xml.replace(/<w:sdt>([\s\S]*?)<\/w:sdt>/g, (whole, inner: string) => {
    const tag = /<w:tag w:val="([^"]*)"\s*\/>/.exec(inner)?.[1];
    const value = tag === 'plenary.number' ? label : tag === 'plenary.date' ? date : null;
    if (value === null) return whole;
    hit ||= tag === 'plenary.number';
    const replaced = inner
      .replace(/<w:showingPlcHdr\s*\/>/, '')
      .replace(
        /<w:sdtContent>([\s\S]*)<\/w:sdtContent>/,
        (_m, content: string) => `<w:sdtContent>${setRunsText(content, value)}</w:sdtContent>`,
      );
    return `<w:sdt>${replaced}</w:sdt>`;
  });
  return { xml: out, hit };
}

const PLACEHOLDER =
  /(^|[\s\-/(])(x{2,}|X{2,}|n{3,}|N{3,}|\?{3,}|\[(?:document\s*)?(?:number|no\.?)(?:[:\s][^\]]*)?\])($|[\s)/.-])/i;
const NUMBER_LABEL = /^\s*(document\s*(number|no\.?)|doc\.?\s*(number|no\.?)|number)\s*[:：]?\s*$/i;

/** 2. The cover table (the body's first table): the placeholder cell, or the cell after a "Document number:" label. */
function stampCoverTable(xml: string, label: string, date: string): { xml: string; hit: boolean } {
  const bodyStart = xml.indexOf('<w:body>');
  const tblStart = xml.indexOf('<w:tbl>', bodyStart);
  if (bodyStart < 0 || tblStart < 0) return { xml, hit: false };
  // Only a table near the top (before much text) is a cover table.
  if (textOfXml(xml.slice(bodyStart, tblStart)).length > 400) return { xml, hit: false };
  const tblEnd = findClose(xml, tblStart, 'w:tbl');
  if (tblEnd < 0) return { xml, hit: false };
  const table = xml.slice(tblStart, tblEnd);
  const cells: { start: number; end: number; text: string }[] = [];
  const re = /<w:tc>|<w:tc\s[^>]*>/g;
  for (let m = re.exec(table); m; m = re.exec(table)) {
    const end = findClose(table, m.index, 'w:tc');
    if (end < 0) break;
    // One line per paragraph, so that a placeholder followed by another paragraph ("Original: English") still stands alone.
    const text = table.slice(m.index, end).split('</w:p>').map(textOfXml).join('\n');
    cells.push({ start: m.index, end, text: text.trim() });
  }
  let target = cells.findIndex((c) => c.text.length < 200 && PLACEHOLDER.test(c.text));
  if (target < 0) {
    const l = cells.findIndex((c) => NUMBER_LABEL.test(c.text));
    if (l >= 0 && l + 1 < cells.length) target = l + 1;
  }
  if (target < 0) return { xml, hit: false };
  const cell = table.slice(cells[target].start, cells[target].end);
  // The placeholder inside one text run ("Input document [number: ...]", "TD xxx (PLEN/20)"): replace just it, keep the rest.
  let inRun = false;
  const partial = cell.replace(
    /(<w:t(?:\s[^>]*)?>)([^<]*)(<\/w:t>)/g,
    (m, open: string, text: string, close: string) => {
      if (inRun) return m;
      const decoded = decodeXml(text);
      const hit = PLACEHOLDER.exec(decoded);
      if (!hit) return m;
      inRun = true;
      const at = hit.index + hit[1].length;
      const preserving = open.includes('xml:space') ? open : open.replace('<w:t', '<w:t xml:space="preserve"');
      return `${preserving}${escapeXml(decoded.slice(0, at) + label + decoded.slice(at + hit[2].length))}${close}`;
    },
  );
  const stamped = (inRun ? partial : setRunsText(cell, label)).replace(
    /(<\/w:p>)(?![\s\S]*<\/w:p>)/,
    `$1<w:p><w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve">${escapeXml(date)}</w:t></w:r></w:p>`,
  );
  const newTable = table.slice(0, cells[target].start) + stamped + table.slice(cells[target].end);
  return { xml: xml.slice(0, tblStart) + newTable + xml.slice(tblEnd), hit: true };
}

/** Index just past the element opened at `start`, counting nested elements of the same name. */
function findClose(xml: string, start: number, name: string): number {
  const re = new RegExp(`<${name}(?=[\\s>/])[^>]*?(/?)>|</${name}>`, 'g');
  re.lastIndex = start;
  let depth = 0;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    if (m[0].startsWith('</')) {
      depth--;
      if (depth === 0) return m.index + m[0].length;
    } else if (m[1] !== '/') depth++;
    else if (depth === 0) return m.index + m[0].length;
  }
  return -1;
}

const stampParagraph = (label: string, date: string) =>
  '<w:p><w:pPr><w:jc w:val="right"/></w:pPr>' +
  `<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">${escapeXml(label)}</w:t></w:r>` +
  `<w:r><w:tab/><w:t xml:space="preserve">${escapeXml(date)}</w:t></w:r></w:p>`;

/** The patched parts of a .docx, given its entries. Pure, for tests. */
export async function stampParts(
  read: (name: string) => Promise<Buffer | null>,
  label: string,
  date: string,
): Promise<{ parts: Map<string, Buffer>; where: 'field' | 'cover' | 'header' | 'body' }> {
  const docXml = (await read('word/document.xml'))?.toString('utf8');
  if (!docXml) throw new Error('not a Word document (no word/document.xml)');
  const parts = new Map<string, Buffer>();
  const field = stampContentControls(docXml, label, date);
  if (field.hit) {
    parts.set('word/document.xml', Buffer.from(field.xml, 'utf8'));
    return { parts, where: 'field' };
  }
  const cover = stampCoverTable(docXml, label, date);
  if (cover.hit) {
    parts.set('word/document.xml', Buffer.from(cover.xml, 'utf8'));
    return { parts, where: 'cover' };
  }
  const ref =
    /<w:headerReference\b[^>]*w:type="(?:first|default)"[^>]*r:id="([^"]+)"[^>]*\/>/.exec(docXml) ??
    /<w:headerReference\b[^>]*r:id="([^"]+)"[^>]*\/>/.exec(docXml);
  if (ref) {
    const rels = (await read('word/_rels/document.xml.rels'))?.toString('utf8') ?? '';
    const rel = new RegExp(`<Relationship\\b[^>]*Id="${ref[1]}"[^>]*/>`).exec(rels)?.[0];
    const target = rel && /Target="([^"]+)"/.exec(rel)?.[1];
    const name = target && (target.startsWith('/') ? target.slice(1) : `word/${target}`);
    const header = name ? (await read(name))?.toString('utf8') : null;
    if (name && header && /<w:hdr\b[^>]*>/.test(header)) {
      parts.set(name, Buffer.from(header.replace(/(<w:hdr\b[^>]*>)/, `$1${stampParagraph(label, date)}`), 'utf8'));
      return { parts, where: 'header' };
    }
  }
  parts.set('word/document.xml', Buffer.from(docXml.replace(/(<w:body>)/, `$1${stampParagraph(label, date)}`), 'utf8'));
  return { parts, where: 'body' };
}

/**
 * Writes the stamped copy of a .docx (read from source) as a stream: patched parts replaced, every other entry
 * inflated from the original and deflated again as the copy is read, so a large document is never held whole.
 */
export async function stampDocx(
  source: ByteSource,
  label: string,
  date: string,
): Promise<{ stream: Readable; where: string }> {
  const original = await openZip(source);
  let stamped: Awaited<ReturnType<typeof stampParts>>;
  try {
    stamped = await stampParts((name) => readEntry(original, name), label, date);
  } catch (error) {
    original.close();
    throw error;
  }
  const copy = new ZipFile();
  const output = copy.outputStream as PassThrough;
  const fail = (error: Error) => output.destroy(error);
  copy.on('error', fail);
  output.once('close', () => original.close());
  // [Content_Types].xml first, as Word writes it; a fixed date, so that the same stamp gives the same bytes.
  const names = [...original.entries.keys()].sort((a, b) =>
    a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : 0,
  );
  const mtime = new Date(1980, 0, 1);
  for (const name of names) {
    if (name.endsWith('/')) continue;
    const patched = stamped.parts.get(name);
    if (patched) copy.addBuffer(patched, name, { mtime });
    else
      copy.addReadStreamLazy(name, { mtime }, (done) =>
        original.zip.openReadStream(original.entries.get(name)!, (error, stream) => {
          if (error || !stream) return fail(error ?? new Error(`${name} could not be read`));
          // A damaged part (its inflation fails) ends the copy with that error.
          done(null, stream.once('error', fail));
        }),
      );
  }
  copy.end();
  return { stream: output, where: stamped.where };
}

const safeName = (label: string) => label.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'document';

/** Inside the registering transaction: the document is stamped by a job once that transaction commits. */
export async function queueStamping(tx: Db, documentId: string): Promise<void> {
  await enqueue(tx, QUEUES.stamp.name, { documentId });
}

/**
 * Stamps a registered document's current main .docx and stores it as the 'stamped' file (previous stamps are
 * superseded). Nothing to do when there is no .docx, or when the current stamp already matches the main file's version.
 * Returns where the number went, or null.
 */
export async function stampDocument(
  services: Pick<Services, 'db' | 'storage'>,
  documentId: string,
  opts: { force?: boolean } = {},
): Promise<string | null> {
  const { db, storage } = services;
  const [doc] = await db.select().from(documents).where(eq(documents.id, documentId));
  if (!doc || doc.state !== 'registered' || !doc.registeredAt) return null;
  const files = await db
    .select()
    .from(documentFiles)
    .where(eq(documentFiles.documentId, doc.id))
    .orderBy(desc(documentFiles.version));
  const main = files.find((f) => f.role === 'main' && !f.superseded);
  if (!main || !/\.docx$/i.test(main.filename)) return null;
  const current = files.find((f) => f.role === 'stamped' && !f.superseded);
  if (current && current.version === main.version && !opts.force) return null;
  const [meeting] = await db
    .select({ timeZone: meetings.timeZone })
    .from(meetings)
    .where(eq(meetings.id, doc.meetingId));
  const label = fullLabel(doc)!;
  const date = dateInZone(doc.registeredAt, meeting.timeZone);
  const { stream, where } = await stampDocx(storageSource(storage, main.storageKey, main.size), label, date);
  const now = new Date();
  const key = `stamped/${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, '0')}/${randomUUID()}`;
  const put = await storage.put(key, stream, { contentType: main.contentType });
  const stored = await inTransaction(db, async (tx) => {
    // Serialise with another stamping of the same document (a job retried while the first attempt still runs).
    await tx.select({ id: documents.id }).from(documents).where(eq(documents.id, doc.id)).for('update');
    if (!opts.force) {
      const [again] = await tx
        .select({ id: documentFiles.id })
        .from(documentFiles)
        .where(
          and(
            eq(documentFiles.documentId, doc.id),
            eq(documentFiles.role, 'stamped'),
            eq(documentFiles.superseded, false),
            eq(documentFiles.version, main.version),
          ),
        );
      if (again) return false;
    }
    await tx
      .update(documentFiles)
      .set({ superseded: true })
      .where(and(eq(documentFiles.documentId, doc.id), eq(documentFiles.role, 'stamped')));
    await tx.insert(documentFiles).values({
      documentId: doc.id,
      role: 'stamped',
      version: main.version,
      filename: `${safeName(label)}.docx`,
      contentType: main.contentType,
      size: put.size,
      sha256: put.sha256,
      crc32: put.crc32,
      storageKey: key,
      uploadedBy: doc.registeredBy,
    });
    await recordEvent(tx, {
      actorId: doc.registeredBy,
      action: 'document.stamped',
      subjectType: 'document',
      subjectId: doc.id,
      documentId: doc.id,
      meetingId: doc.meetingId,
      after: { label, where, sha256: put.sha256, from: main.sha256 },
    });
    return true;
  });
  if (!stored) {
    await storage.delete(key).catch(() => {});
    return null;
  }
  return where;
}

export { bufferSource };
