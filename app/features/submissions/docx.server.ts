/**
 * Safe reading of .docx (and other OOXML / zip) files: content sniffing, zip inspection with caps on
 * entry count and expanded size, macro and encryption detection, Office 97–2003 and OpenDocument files
 * told apart, and the cover page of a Word document (read by cover.server.ts).
 *
 * Files are read through a ByteSource (random access by byte range), so a stored object is read in
 * place from local disk or S3 without loading it whole. Stamping reuses `openZip`/`readEntry`.
 */
import { PassThrough } from 'node:stream';
import yauzl from 'yauzl';
import { readBytes, type ByteSource } from './byte-source';
import { coverFromXml, type CoverFields } from './cover.server';
import { oleKind } from './ole.server';

export { bufferSource, storageSource, type ByteSource } from './byte-source';

export const ZIP_LIMITS = {
  /** More entries than this is not a document. */
  maxEntries: 10_000,
  /** Sum of the declared expanded sizes. */
  maxTotalExpanded: 1024 * 1024 * 1024,
  /** Bytes actually inflated from one entry before we stop reading. */
  maxEntryRead: 64 * 1024 * 1024,
};

export type FileProblem =
  | 'empty'
  | 'program'
  | 'not_zip'
  | 'ole_encrypted'
  | 'ole_legacy'
  | 'doc'
  | 'xls'
  | 'ppt'
  | 'odt'
  | 'ods'
  | 'odp'
  | 'corrupt'
  | 'macro'
  | 'bomb'
  | 'not_word'
  | 'html';

/** A problem found in the file's content; file-checks turns it into a message the member can act on. */
export class DocxError extends Error {
  override name = 'DocxError';
  constructor(
    readonly problem: FileProblem,
    detail?: string,
  ) {
    super(detail ? `${problem}: ${detail}` : problem);
  }
}

export type Sniffed = 'empty' | 'zip' | 'ole' | 'pdf' | 'program' | 'html' | 'unknown';

/** What the first bytes say the file is, whatever its name. */
export async function sniff(source: ByteSource): Promise<Sniffed> {
  if (source.size === 0) return 'empty';
  const head = await readBytes(source, 0, 512);
  if (head[0] === 0x50 && head[1] === 0x4b && (head[2] === 3 || head[2] === 5 || head[2] === 7)) return 'zip';
  if (head.subarray(0, 8).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))) return 'ole';
  if (head.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  const two = head.subarray(0, 2).toString('latin1');
  const four = head.length >= 4 ? head.readUInt32BE(0) : 0;
  if (
    two === 'MZ' ||
    two === '#!' ||
    head.subarray(0, 4).equals(Buffer.from([0x7f, 0x45, 0x4c, 0x46])) ||
    [0xcafebabe, 0xfeedface, 0xfeedfacf, 0xcefaedfe, 0xcffaedfe].includes(four)
  )
    return 'program';
  if (/^\s*<(!doctype html|html|script)/i.test(head.toString('utf8'))) return 'html';
  return 'unknown';
}

class SourceReader extends yauzl.RandomAccessReader {
  constructor(private readonly source: ByteSource) {
    super();
  }
  override _readStreamForRange(start: number, end: number) {
    const out = new PassThrough();
    Promise.resolve(this.source.read(start, end)).then(
      (s) => {
        s.on('error', (e) => out.destroy(e));
        s.pipe(out);
      },
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
    yauzl.fromRandomAccessReader(
      new SourceReader(source),
      source.size,
      { lazyEntries: true, autoClose: false, validateEntrySizes: true },
      (err, zip) => {
        if (err || !zip) return reject(new DocxError('corrupt', err?.message));
        if (zip.entryCount > limits.maxEntries) {
          zip.close();
          return reject(new DocxError('bomb', `${zip.entryCount} entries`));
        }
        const entries = new Map<string, yauzl.Entry>();
        let total = 0;
        zip.on('entry', (entry: yauzl.Entry) => {
          total += entry.uncompressedSize;
          if (total > limits.maxTotalExpanded) {
            zip.close();
            return reject(new DocxError('bomb', `declares ${total} bytes`));
          }
          entries.set(entry.fileName, entry);
          zip.readEntry();
        });
        zip.on('end', () => resolve({ entries, zip, close: () => zip.close() }));
        zip.on('error', (e: Error) => reject(new DocxError('corrupt', e.message)));
        zip.readEntry();
      },
    );
  });
}

/** One entry's bytes, inflated, stopping (as a zip bomb) past maxBytes actually read. */
export function readEntry(opened: OpenZip, name: string, maxBytes = ZIP_LIMITS.maxEntryRead): Promise<Buffer | null> {
  const entry = opened.entries.get(name);
  if (!entry) return Promise.resolve(null);
  if (entry.uncompressedSize > maxBytes)
    return Promise.reject(new DocxError('bomb', `${name} declares ${entry.uncompressedSize} bytes`));
  return new Promise((resolve, reject) => {
    opened.zip.openReadStream(entry, (err, stream) => {
      if (err || !stream) return reject(new DocxError('corrupt', err?.message));
      const chunks: Buffer[] = [];
      let n = 0;
      stream.on('data', (c: Buffer) => {
        n += c.length;
        if (n > maxBytes) {
          stream.destroy();
          reject(new DocxError('bomb', `${name} expands past ${maxBytes} bytes`));
          return;
        }
        chunks.push(c);
      });
      stream.on('error', (e) =>
        reject(
          e instanceof DocxError ? e : new DocxError(/size|bytes/i.test(e.message) ? 'bomb' : 'corrupt', e.message),
        ),
      );
      stream.on('end', () => resolve(Buffer.concat(chunks)));
    });
  });
}

export type OoxmlKind = 'docx' | 'pptx' | 'xlsx' | 'zip';

const OPENDOCUMENT: Record<string, FileProblem> = {
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/vnd.oasis.opendocument.spreadsheet': 'ods',
  'application/vnd.oasis.opendocument.presentation': 'odp',
};

export interface ZipInspection {
  kind: OoxmlKind;
  macro: boolean;
  entryNames: string[];
  contentTypes: string;
}

/** Decides what a zip holds (Word, PowerPoint, Excel or a plain archive) and whether it carries macros. */
export async function inspectZip(opened: OpenZip): Promise<ZipInspection> {
  const names = [...opened.entries.keys()];
  // An OpenDocument file names its kind in a first, uncompressed "mimetype" entry.
  const mimetype = (await readEntry(opened, 'mimetype', 256))?.toString('latin1').trim() ?? '';
  const openDocument = OPENDOCUMENT[mimetype.replace(/-template$/, '')];
  if (openDocument) throw new DocxError(openDocument);
  const contentTypes = (await readEntry(opened, '[Content_Types].xml', 4 * 1024 * 1024))?.toString('utf8') ?? '';
  const macro =
    names.some((n) => /(^|\/)vbaProject\.bin$/i.test(n) || /(^|\/)vbaData\.xml$/i.test(n)) ||
    /macroEnabled/i.test(contentTypes);
  let kind: OoxmlKind = 'zip';
  if (
    contentTypes &&
    (names.includes('word/document.xml') ||
      /wordprocessingml\.document\.main|ms-word\.document\.macroEnabled/i.test(contentTypes))
  )
    kind = 'docx';
  else if (contentTypes && /presentationml|ms-powerpoint/i.test(contentTypes)) kind = 'pptx';
  else if (contentTypes && /spreadsheetml|ms-excel/i.test(contentTypes)) kind = 'xlsx';
  return { kind, macro, entryNames: names, contentTypes };
}

/** Reads the cover fields of an opened .docx. */
export async function readCover(opened: OpenZip, limits = ZIP_LIMITS): Promise<CoverFields> {
  const xml = await readEntry(opened, 'word/document.xml', limits.maxEntryRead);
  if (!xml) throw new DocxError('not_word');
  const custom = (await readEntry(opened, 'docProps/custom.xml', 1024 * 1024))?.toString('utf8') ?? '';
  return coverFromXml(xml.toString('utf8'), custom);
}

const OLE_PROBLEMS = { encrypted: 'ole_encrypted', doc: 'doc', xls: 'xls', ppt: 'ppt', other: 'ole_legacy' } as const;

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
  if (kind === 'ole') throw new DocxError(OLE_PROBLEMS[await oleKind(source)]);
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
