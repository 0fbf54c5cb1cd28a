/**
 * Safe reading of .docx (and other OOXML / zip) files: content sniffing, zip inspection with caps on
 * entry count and expanded size, macro and encryption detection, and the cover-page fields of a
 * contribution (the portal's template and the usual ITU cover table).
 *
 * Files are read through a ByteSource (random access by byte range), so a stored object is read in
 * place from local disk or S3 without loading it whole. Issue 4's stamping reuses `openZip`/`readEntry`.
 */
import { PassThrough, Readable } from 'node:stream';
import { XMLParser } from 'fast-xml-parser';
import yauzl from 'yauzl';
import type { Storage } from '../../../storage';
import { PURPOSES, type Contact, type Purpose } from '../../../db/schema';

/** Random access to the bytes of a file. */
export interface ByteSource {
  size: number;
  /** Bytes [start, end) as a stream. */
  read(start: number, end: number): Readable | Promise<Readable>;
}

export function bufferSource(buf: Buffer | Uint8Array): ByteSource {
  const b = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  return { size: b.length, read: (start, end) => Readable.from([b.subarray(start, end)]) };
}

/** A stored object read by ranges (works the same on local disk and S3). */
export function storageSource(storage: Storage, key: string, size: number): ByteSource {
  return {
    size,
    // [start, end) here, inclusive ranges in storage: an empty read (a zero-length zip entry) is no range at all.
    read: (start, end) => (end <= start ? Readable.from([]) : storage.get(key, { range: { start, end: end - 1 } })),
  };
}

export const ZIP_LIMITS = {
  /** More entries than this is not a document. */
  maxEntries: 10_000,
  /** Sum of the declared expanded sizes. */
  maxTotalExpanded: 1024 * 1024 * 1024,
  /** Bytes actually inflated from one entry before we stop reading. */
  maxEntryRead: 64 * 1024 * 1024,
};

export type FileProblem =
  | 'empty' | 'program' | 'not_zip' | 'ole_encrypted' | 'ole_legacy' | 'corrupt' | 'macro' | 'bomb' | 'not_word' | 'html';

/** A problem found in the file's content; file-checks turns it into a message the member can act on. */
export class DocxError extends Error {
  override name = 'DocxError';
  constructor(readonly problem: FileProblem, detail?: string) {
    super(detail ? `${problem}: ${detail}` : problem);
  }
}

export type Sniffed = 'empty' | 'zip' | 'ole' | 'pdf' | 'program' | 'html' | 'unknown';

async function readRange(source: ByteSource, start: number, end: number): Promise<Buffer> {
  const stream = await source.read(start, Math.min(end, source.size));
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

/** What the first bytes say the file is, whatever its name. */
export async function sniff(source: ByteSource): Promise<Sniffed> {
  if (source.size === 0) return 'empty';
  const head = await readRange(source, 0, 512);
  if (head[0] === 0x50 && head[1] === 0x4b && (head[2] === 3 || head[2] === 5 || head[2] === 7)) return 'zip';
  if (head.subarray(0, 8).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))) return 'ole';
  if (head.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  const two = head.subarray(0, 2).toString('latin1');
  const four = head.length >= 4 ? head.readUInt32BE(0) : 0;
  if (two === 'MZ' || two === '#!' || head.subarray(0, 4).equals(Buffer.from([0x7f, 0x45, 0x4c, 0x46]))
    || [0xcafebabe, 0xfeedface, 0xfeedfacf, 0xcefaedfe, 0xcffaedfe].includes(four)) return 'program';
  if (/^\s*<(!doctype html|html|script)/i.test(head.toString('utf8'))) return 'html';
  return 'unknown';
}

/** An OLE compound file holding an "EncryptedPackage" stream is a password-protected Office document. */
export async function oleIsEncrypted(source: ByteSource): Promise<boolean> {
  const needle = Buffer.from('EncryptedPackage', 'utf16le');
  const limit = Math.min(source.size, 8 * 1024 * 1024);
  const stream = await source.read(0, limit);
  let tail = Buffer.alloc(0);
  for await (const chunk of stream) {
    const buf = Buffer.concat([tail, Buffer.from(chunk as Uint8Array)]);
    if (buf.includes(needle)) { stream.destroy(); return true; }
    tail = buf.subarray(Math.max(0, buf.length - needle.length));
  }
  return false;
}

class SourceReader extends yauzl.RandomAccessReader {
  constructor(private readonly source: ByteSource) { super(); }
  override _readStreamForRange(start: number, end: number) {
    const out = new PassThrough();
    Promise.resolve(this.source.read(start, end)).then(
      (s) => { s.on('error', (e) => out.destroy(e)); s.pipe(out); },
      (e) => out.destroy(e),
    );
    return out as never;
  }
}

export interface OpenZip {
  entries: Map<string, yauzl.Entry>;
  zip: yauzl.ZipFile;
  close(): void;
}

/** Opens a zip by its central directory, refusing absurd entry counts and declared sizes (zip bombs). */
export function openZip(source: ByteSource, limits = ZIP_LIMITS): Promise<OpenZip> {
  return new Promise((resolve, reject) => {
    yauzl.fromRandomAccessReader(new SourceReader(source), source.size, { lazyEntries: true, autoClose: false, validateEntrySizes: true }, (err, zip) => {
      if (err || !zip) return reject(new DocxError('corrupt', err?.message));
      if (zip.entryCount > limits.maxEntries) { zip.close(); return reject(new DocxError('bomb', `${zip.entryCount} entries`)); }
      const entries = new Map<string, yauzl.Entry>();
      let total = 0;
      zip.on('entry', (entry: yauzl.Entry) => {
        total += entry.uncompressedSize;
        if (total > limits.maxTotalExpanded) { zip.close(); return reject(new DocxError('bomb', `declares ${total} bytes`)); }
        entries.set(entry.fileName, entry);
        zip.readEntry();
      });
      zip.on('end', () => resolve({ entries, zip, close: () => zip.close() }));
      zip.on('error', (e: Error) => reject(new DocxError('corrupt', e.message)));
      zip.readEntry();
    });
  });
}

/** One entry's bytes, inflated, stopping (as a zip bomb) past maxBytes actually read. */
export function readEntry(opened: OpenZip, name: string, maxBytes = ZIP_LIMITS.maxEntryRead): Promise<Buffer | null> {
  const entry = opened.entries.get(name);
  if (!entry) return Promise.resolve(null);
  if (entry.uncompressedSize > maxBytes) return Promise.reject(new DocxError('bomb', `${name} declares ${entry.uncompressedSize} bytes`));
  return new Promise((resolve, reject) => {
    opened.zip.openReadStream(entry, (err, stream) => {
      if (err || !stream) return reject(new DocxError('corrupt', err?.message));
      const chunks: Buffer[] = [];
      let n = 0;
      stream.on('data', (c: Buffer) => {
        n += c.length;
        if (n > maxBytes) { stream.destroy(); reject(new DocxError('bomb', `${name} expands past ${maxBytes} bytes`)); return; }
        chunks.push(c);
      });
      stream.on('error', (e) => reject(e instanceof DocxError ? e : new DocxError(/size|bytes/i.test(e.message) ? 'bomb' : 'corrupt', e.message)));
      stream.on('end', () => resolve(Buffer.concat(chunks)));
    });
  });
}

export type OoxmlKind = 'docx' | 'pptx' | 'xlsx' | 'zip';

export interface ZipInspection {
  kind: OoxmlKind;
  macro: boolean;
  entryNames: string[];
  contentTypes: string;
}

/** Decides what a zip holds (Word, PowerPoint, Excel or a plain archive) and whether it carries macros. */
export async function inspectZip(opened: OpenZip): Promise<ZipInspection> {
  const names = [...opened.entries.keys()];
  const contentTypes = (await readEntry(opened, '[Content_Types].xml', 4 * 1024 * 1024))?.toString('utf8') ?? '';
  const macro = names.some((n) => /(^|\/)vbaProject\.bin$/i.test(n) || /(^|\/)vbaData\.xml$/i.test(n)) || /macroEnabled/i.test(contentTypes);
  let kind: OoxmlKind = 'zip';
  if (contentTypes && (names.includes('word/document.xml') || /wordprocessingml\.document\.main|ms-word\.document\.macroEnabled/i.test(contentTypes))) kind = 'docx';
  else if (contentTypes && /presentationml|ms-powerpoint/i.test(contentTypes)) kind = 'pptx';
  else if (contentTypes && /spreadsheetml|ms-excel/i.test(contentTypes)) kind = 'xlsx';
  return { kind, macro, entryNames: names, contentTypes };
}

// ---------------------------------------------------------------------------------------------
// Cover page

export interface CoverFields {
  questions: string[];
  source: string;
  title: string;
  purpose: Purpose | null;
  contacts: Contact[];
  keywords: string[];
  abstract: string;
  /** True when the file says it was made from the portal's template (custom property plenary.template). */
  fromPortalTemplate: boolean;
}

type Node = Record<string, unknown>;
const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, parseTagValue: false, trimValues: false, processEntities: true, htmlEntities: false });

const SKIP = new Set(['w:instrText', 'w:delText', 'w:del', 'w:rPr', 'w:pPr', 'w:tblPr', 'w:tcPr', 'w:trPr', 'w:sectPr', 'w:fldChar']);
const tagOf = (n: Node) => Object.keys(n).find((k) => k !== ':@')!;
const kids = (n: Node) => (n[tagOf(n)] as Node[] | undefined) ?? [];

function textOf(nodes: Node[]): string {
  let out = '';
  for (const n of nodes) {
    const tag = tagOf(n);
    if (tag === '#text') out += String(n['#text']);
    else if (tag === 'w:tab') out += '\t';
    else if (tag === 'w:br' || tag === 'w:cr') out += '\n';
    else if (tag === 'w:p') out += `${textOf(kids(n))}\n`;
    else if (!SKIP.has(tag)) out += textOf(kids(n));
  }
  return out;
}

type Block = { kind: 'p'; text: string } | { kind: 'row'; cells: string[] };

function blocksOf(nodes: Node[], out: Block[] = []): Block[] {
  for (const n of nodes) {
    const tag = tagOf(n);
    if (tag === 'w:p') out.push({ kind: 'p', text: textOf(kids(n)).trim() });
    else if (tag === 'w:tbl') {
      for (const tr of kids(n)) {
        if (tagOf(tr) !== 'w:tr') continue;
        const cells = kids(tr).filter((c) => tagOf(c) === 'w:tc' || tagOf(c) === 'w:sdt').map((c) => textOf(kids(c)).replace(/\n+$/, '').trim());
        out.push({ kind: 'row', cells });
      }
    } else if (!SKIP.has(tag) && tag !== '#text') blocksOf(kids(n), out);
  }
  return out;
}

const LABELS: [RegExp, keyof Omit<CoverFields, 'fromPortalTemplate'>][] = [
  [/^questions?\s*(\(s\))?$/i, 'questions'],
  [/^source$/i, 'source'],
  [/^title$/i, 'title'],
  [/^purpose$/i, 'purpose'],
  [/^contacts?$/i, 'contacts'],
  [/^key\s*words?$/i, 'keywords'],
  [/^abstract$/i, 'abstract'],
];

function labelOf(text: string) {
  const m = /^\s*([^:：\n]{2,20})\s*[:：]\s*$/.exec(text) ?? /^\s*([^:：\n]{2,20})\s*$/.exec(text);
  if (!m) return null;
  return LABELS.find(([re]) => re.test(m[1].trim()))?.[1] ?? null;
}

/** Text still showing the template's bracketed hint counts as empty. */
const clean = (s: string) => {
  const v = s.replace(/[\t ]+/g, ' ').replace(/\n{2,}/g, '\n').trim();
  return /^\[[^\]]*\]$/s.test(v) ? '' : v;
};

function parseContact(cells: string[]): Contact | null {
  const lines = cells.flatMap((c) => c.split('\n')).map((l) => l.replace(/\[[^\]]*\]/g, '').trim()).filter(Boolean);
  let email = '';
  let phone = '';
  const rest: string[] = [];
  for (const line of lines) {
    const mail = /[^\s:;<>]+@[^\s:;<>]+\.[^\s:;<>]+/.exec(line);
    if (/^(e-?mail|courriel)/i.test(line) || (mail && !/^tel/i.test(line))) { if (mail) email ||= mail[0]; continue; }
    const tel = /^(tel|phone|mobile)\.?\s*[:：]?\s*(.*)$/i.exec(line);
    if (tel) { phone ||= tel[2].trim(); continue; }
    if (/^(e-?mail|courriel)\s*[:：]?\s*$/i.test(line)) continue;
    if (/^fax/i.test(line)) continue;
    rest.push(line);
  }
  if (!email && !rest.length) return null;
  return { name: rest[0] ?? '', organisation: rest[1] ?? '', country: rest.slice(2).join(', '), email, ...(phone ? { phone } : {}) };
}

function purposeOf(text: string): Purpose | null {
  const lower = text.toLowerCase();
  return PURPOSES.find((p) => new RegExp(`\\b${p}\\b`).test(lower)) ?? null;
}

/** The cover fields from the XML of word/document.xml (and docProps/custom.xml when present). */
export function coverFromXml(documentXml: string, customXml = ''): CoverFields {
  const tree = parser.parse(documentXml) as Node[];
  const blocks = blocksOf(tree);
  const found: CoverFields = { questions: [], source: '', title: '', purpose: null, contacts: [], keywords: [], abstract: '', fromPortalTemplate: /plenary\.template/.test(customXml) };
  const set = (field: ReturnType<typeof labelOf>, values: string[]) => {
    if (!field) return;
    const joined = clean(values.filter((v) => clean(v)).join('\n'));
    switch (field) {
      case 'contacts': { const c = parseContact(values); if (c) found.contacts.push(c); break; }
      case 'questions': if (!found.questions.length && joined) found.questions = (clean(values[0] ?? '') || joined).split(/[,;\n]|\band\b/).map((q) => q.trim()).filter(Boolean); break;
      case 'keywords': if (!found.keywords.length && joined) found.keywords = joined.split(/[,;\n，；、]/).map((k) => k.trim()).filter(Boolean); break;
      case 'purpose': found.purpose ??= purposeOf(joined); break;
      case 'source': case 'title': case 'abstract': if (!found[field]) found[field] = field === 'abstract' ? joined : joined.replace(/\n/g, ' '); break;
    }
  };
  const seenRowLabel = new Set<string>();
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.kind === 'row') {
      const idx = b.cells.findIndex((c) => labelOf(c));
      if (idx < 0 || idx > 1) continue;
      const field = labelOf(b.cells[idx]);
      seenRowLabel.add(field!);
      set(field, b.cells.slice(idx + 1));
    } else {
      // "Title: ..." written as a paragraph (a cover without a table), or a label paragraph followed by its value.
      const m = /^\s*([^:：\n]{2,20})\s*[:：]\s*(.*)$/s.exec(b.text);
      if (!m) continue;
      const field = labelOf(`${m[1]}:`);
      if (!field || seenRowLabel.has(field)) continue;
      const value = m[2].trim() || (blocks[i + 1]?.kind === 'p' ? (blocks[i + 1] as { text: string }).text : '');
      set(field, [value]);
    }
  }
  return found;
}

/** Reads the cover fields of an opened .docx. */
export async function readCover(opened: OpenZip, limits = ZIP_LIMITS): Promise<CoverFields> {
  const xml = await readEntry(opened, 'word/document.xml', limits.maxEntryRead);
  if (!xml) throw new DocxError('not_word');
  const custom = (await readEntry(opened, 'docProps/custom.xml', 1024 * 1024))?.toString('utf8') ?? '';
  return coverFromXml(xml.toString('utf8'), custom);
}

export interface DocxCheck {
  kind: OoxmlKind;
  cover: CoverFields | null;
}

/**
 * Checks a file said to be an Office document or zip, by content: throws DocxError for an empty file,
 * a program, an old or encrypted Office file, a corrupt or truncated zip, a zip bomb, macros.
 * Reads the cover page when it is a Word document.
 */
export async function checkZipDocument(source: ByteSource, limits = ZIP_LIMITS): Promise<DocxCheck> {
  const kind = await sniff(source);
  if (kind === 'empty') throw new DocxError('empty');
  if (kind === 'program') throw new DocxError('program');
  if (kind === 'html') throw new DocxError('html');
  if (kind === 'ole') throw new DocxError((await oleIsEncrypted(source)) ? 'ole_encrypted' : 'ole_legacy');
  if (kind !== 'zip') throw new DocxError('not_zip');
  const opened = await openZip(source, limits);
  try {
    const info = await inspectZip(opened);
    if (info.macro) throw new DocxError('macro');
    const cover = info.kind === 'docx' ? await readCover(opened, limits) : null;
    return { kind: info.kind, cover };
  } finally {
    opened.close();
  }
}
