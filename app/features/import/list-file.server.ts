/**
 * Reading a meeting's document list as the secretariat keeps it: CSV (in whatever encoding a spreadsheet program
 * wrote it) or Excel .xlsx. Cell values are taken as text, never evaluated: a cell starting with = + - @ stays
 * the text it is. The columns of the portal's own CSV export are understood as they are.
 */
import chardet from 'chardet';
import { parse } from 'csv-parse/sync';
import readXlsxFile from 'read-excel-file/node';
import { bufferSource } from '../submissions/byte-source';
import { checkFile } from '../submissions/file-checks.server';
import { DomainError } from '../../platform/errors';

/** More rows than this are refused as a whole, with the reason. */
export const MAX_LIST_ROWS = 5000;
/** A list file larger than this is refused before it is read. */
export const MAX_LIST_BYTES = 20 * 1024 * 1024;

export type ListField =
  | 'number'
  | 'title'
  | 'source'
  | 'type'
  | 'groups'
  | 'agenda'
  | 'decision'
  | 'access'
  | 'contacts'
  | 'purpose'
  | 'keywords'
  | 'abstract'
  | 'registeredAt'
  | 'publishedAt'
  | 'late';

/** Column headings as people write them (lower case, letters and digits only) and the field each names. */
const HEADINGS: Record<string, ListField> = {
  number: 'number',
  no: 'number',
  documentnumber: 'number',
  docnumber: 'number',
  tdoc: 'number',
  title: 'title',
  source: 'source',
  type: 'type',
  documenttype: 'type',
  wgquestion: 'groups',
  wgquestions: 'groups',
  wg: 'groups',
  wgs: 'groups',
  question: 'groups',
  questions: 'groups',
  allocation: 'groups',
  allocatedto: 'groups',
  agendaitem: 'agenda',
  agenda: 'agenda',
  decision: 'decision',
  access: 'access',
  contact: 'contacts',
  contacts: 'contacts',
  email: 'contacts',
  contactemail: 'contacts',
  purpose: 'purpose',
  for: 'purpose',
  keywords: 'keywords',
  abstract: 'abstract',
  registered: 'registeredAt',
  registeredutc: 'registeredAt',
  published: 'publishedAt',
  publishedutc: 'publishedAt',
  late: 'late',
};
/** Columns of the portal's CSV export that an import has no use for: not worth a warning. */
const KNOWN_UNUSED = new Set(['revises', 'revisedby', 'files', 'url']);

export interface ListRow {
  /** The row's line in the file (the heading is line 1). */
  line: number;
  values: Partial<Record<ListField, string>>;
}

export interface ReadList {
  rows: ListRow[];
  /** Columns that were not understood and are left out. */
  ignoredColumns: string[];
  encoding: string;
}

/**
 * Encodings besides UTF-8 that chardet may name for a list and Node's TextDecoder reads (labels as the WHATWG
 * Encoding standard spells them): Japanese, Chinese, Korean and Cyrillic spreadsheets save CSV in these.
 */
const DETECTED: Record<string, string> = {
  Shift_JIS: 'shift_jis',
  'EUC-JP': 'euc-jp',
  'ISO-2022-JP': 'iso-2022-jp',
  GB18030: 'gb18030',
  Big5: 'big5',
  'EUC-KR': 'euc-kr',
  'windows-1251': 'windows-1251',
  'KOI8-R': 'koi8-r',
};
/** What the refusal names as readable. */
const ACCEPTED_ENCODINGS =
  'UTF-8, UTF-16 with a byte order mark, Windows-1252 (Latin-1), Shift_JIS, EUC-JP, GB18030, Big5, EUC-KR, Windows-1251, KOI8-R';

/**
 * Western text in Windows-1252 has its accented letters mostly alone between ASCII letters ("Genève", "Über");
 * text in a double-byte encoding read as Windows-1252 has them in runs, and may use bytes Windows-1252 leaves
 * undefined.
 */
function plausiblyWindows1252(bytes: Buffer) {
  let high = 0;
  let paired = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b < 0x80) continue;
    if (b === 0x81 || b === 0x8d || b === 0x8f || b === 0x90 || b === 0x9d) return false;
    high++;
    if (bytes[i + 1] >= 0x80 || bytes[i - 1] >= 0x80) paired++;
  }
  return paired <= high / 2;
}

/**
 * Decodes the bytes of a CSV: UTF-8 (with or without BOM), UTF-16 with a BOM, else the encoding chardet finds
 * when it is one of DETECTED and sure of it, else Windows-1252 (the Latin-1 that Excel writes on Western systems)
 * when the bytes look like it. Anything else, and UTF-16 without a BOM, is refused with what to do.
 */
export function decodeText(bytes: Buffer): { text: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'UTF-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16LE' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16BE' };
  const sample = bytes.subarray(0, 4096);
  if (sample.length >= 2 && sample.filter((b) => b === 0).length > sample.length / 4)
    throw new DomainError('invalid', 'import.list.utf16NoBom');
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    // not UTF-8: find out which
  }
  const [best] = chardet.analyse(bytes.subarray(0, 256 * 1024));
  const label = best && best.confidence >= 50 ? DETECTED[best.name] : undefined;
  if (label) {
    try {
      return { text: new TextDecoder(label, { fatal: true }).decode(bytes), encoding: best.name };
    } catch {
      // a guess the bytes contradict: fall through
    }
  }
  if (plausiblyWindows1252(bytes))
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'Windows-1252' };
  throw new DomainError('invalid', 'import.list.unknownEncoding', { accepted: ACCEPTED_ENCODINGS });
}

/** The export defuses formula-like cells with a leading apostrophe; taking the list back in removes it. */
const undefuse = (s: string) => (/^'[=+\-@\t\r]/.test(s) ? s.slice(1) : s);

const headingKey = (h: string) => h.toLowerCase().replace(/[^a-z0-9]/g, '');

function toRows(table: string[][], encoding: string): ReadList {
  const [heading, ...body] = table;
  if (!heading) throw new DomainError('invalid', 'import.list.empty');
  if (body.length > MAX_LIST_ROWS)
    throw new DomainError('invalid', 'import.list.tooManyRows', { max: MAX_LIST_ROWS, count: body.length });
  const fields = heading.map((h) => HEADINGS[headingKey(h)] ?? null);
  const ignoredColumns = heading.filter((h, i) => !fields[i] && h.trim() && !KNOWN_UNUSED.has(headingKey(h)));
  if (!fields.includes('number') || !fields.includes('title'))
    throw new DomainError('invalid', 'import.list.columnsMissing');
  const rows: ListRow[] = [];
  body.forEach((cells, i) => {
    if (cells.every((c) => !c.trim())) return;
    const values: ListRow['values'] = {};
    cells.forEach((cell, c) => {
      const field = fields[c];
      if (field && values[field] === undefined) values[field] = undefuse(cell.trim());
    });
    rows.push({ line: i + 2, values });
  });
  return { rows, ignoredColumns, encoding };
}

export function readCsv(bytes: Buffer): ReadList {
  const { text, encoding } = decodeText(bytes);
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = [',', ';', '\t'].reduce((best, d) =>
    firstLine.split(d).length > firstLine.split(best).length ? d : best,
  );
  let table: string[][];
  try {
    // At most MAX_LIST_BYTES of text: parsed whole, then refused with the count when over the row limit.
    table = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: true, bom: true }) as string[][];
  } catch (err) {
    throw new DomainError('invalid', 'import.list.badCsv', {
      reason: err instanceof Error ? err.message.slice(0, 200) : '',
    });
  }
  return toRows(table, encoding);
}

const cellText = (v: unknown): string => {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString();
  return String(v);
};

/** Reads the first sheet of an .xlsx, after the same content checks as an upload (no macros, no zip bomb). */
export async function readXlsx(bytes: Buffer): Promise<ReadList> {
  await checkFile(bufferSource(bytes), 'attachment', ['xlsx'], 'list.xlsx');
  let sheets;
  try {
    sheets = await readXlsxFile(bytes);
  } catch {
    throw new DomainError('invalid', 'import.list.badXlsx');
  }
  const data = sheets[0]?.data ?? [];
  return toRows(
    data.map((row) => row.map(cellText)),
    'xlsx',
  );
}

/** Reads a list by its content: an .xlsx is a zip (PK), anything else is taken as CSV text. */
export async function readList(bytes: Buffer): Promise<ReadList> {
  if (bytes.length > MAX_LIST_BYTES)
    throw new DomainError('too_large', 'import.list.tooLarge', { max: `${MAX_LIST_BYTES / 1024 / 1024} MB` });
  if (!bytes.length) throw new DomainError('invalid', 'import.list.empty');
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return readXlsx(bytes);
  return readCsv(bytes);
}
