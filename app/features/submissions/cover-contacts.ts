/**
 * Contacts of a cover page, as ITU templates lay them out: a cell with name, organisation and country on
 * separate lines and a cell with "Tel:", "Fax:", "E-mail:" lines; labels in one cell and values in the
 * next; or one cell "Name, Organisation, Country, Tel: …, E-mail: …". Several contacts in one row are
 * separated by blank lines.
 */
import { contactLineOf } from './cover-labels';

export interface CoverContact {
  name: string;
  organisation: string;
  country: string;
  phone: string;
  email: string;
}

const EMAIL = /[^\s:;,<>()[\]"'“”«»，；]+@[^\s:;,<>()[\]"'“”«»，；]+\.[^\s:;,<>()[\]"'“”«»，；。]+/u;
const PHONE = /^\+?[\d\s().\-‑/]{6,}$/;
/** The end of a company name that a comma separates from the rest ("Huawei Technologies Co., Ltd."). */
const COMPANY_SUFFIX =
  /^(ltd|inc|co|llc|gmbh|s\.?a|s\.?l|ag|plc|corp|limited|corporation|b\.?v|n\.?v|oy|ab|a\/s|kk|pte|pvt)\.?$/i;

/** Text still showing a template's hint ("[Name]", "<Organization>") counts as empty; any other text is kept as written. */
export function stripHints(line: string): string {
  const t = line.trim();
  return /^\[[^\]]*\]$|^<[^<>@]*>$/.test(t) ? '' : t;
}

/** "Tel: +41 22", "E-mail: a@b.org", or null when the text does not start with a contact label. */
function labelled(segment: string): { key: NonNullable<ReturnType<typeof contactLineOf>>; value: string } | null {
  const m = /^\s*([^:：\n]{1,30}?)\s*[:：]\s*(.*)$/su.exec(segment);
  if (!m) return null;
  const key = contactLineOf(m[1]);
  return key ? { key, value: m[2].trim() } : null;
}

/** A line cut before each contact label it holds ("Tel: +41 22 Fax: +41 23 E-mail: x@y" → three). */
function splitAtLabels(line: string): string[] {
  const cuts = [0];
  for (const m of line.matchAll(/([\p{L}][\p{L}.\-/ ]{0,24}?)\s*[:：]/gu)) {
    let at = m.index ?? 0;
    const words = m[1].split(' ');
    // The label may be the last words before the colon ("+41 22 E-mail:"): find where it starts.
    for (let i = 0; i < words.length; i++) {
      if (contactLineOf(words.slice(i).join(' '))) {
        at += words.slice(0, i).join(' ').length + (i ? 1 : 0);
        if (at > 0) cuts.push(at);
        break;
      }
    }
  }
  return cuts
    .map((c, i) =>
      line
        .slice(c, cuts[i + 1])
        .replace(/[\s,;，；،؛]+$/u, '')
        .trim(),
    )
    .filter(Boolean);
}

/** A cell of labels alone ("Tel:\nFax:\nE-mail:") followed by a cell of their values: one "label value" line per pair. */
function pairLabelCells(cells: string[][]): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < cells.length; i++) {
    const lines = cells[i];
    const labelsOnly = lines.some((l) => l.trim()) && lines.every((l) => !l.trim() || labelled(l)?.value === '');
    if (labelsOnly && cells[i + 1]) {
      const values = cells[i + 1];
      out.push(lines.map((l, j) => `${l.trim()} ${values[j] ?? ''}`.trim()));
      i++;
    } else out.push(lines);
  }
  return out;
}

function parseOne(cells: string[]): CoverContact | null {
  const contact: CoverContact = { name: '', organisation: '', country: '', phone: '', email: '' };
  const named: Partial<Record<'name' | 'organisation' | 'country', string>> = {};
  const plainLines: string[] = [];
  const lines = pairLabelCells(cells.map((c) => c.split('\n')))
    .flat()
    .map((l) => l.replace(/\t+/g, ' ').trim())
    .filter(Boolean);
  for (const line of lines) {
    const plain: string[] = [];
    for (const segment of splitAtLabels(line)) {
      const field = labelled(segment);
      const value = stripHints(field ? field.value : segment);
      if (field?.key === 'fax') continue;
      if (field?.key === 'email' || (!field && EMAIL.test(value))) {
        contact.email ||= EMAIL.exec(value)?.[0] ?? '';
        continue;
      }
      if (field?.key === 'phone') {
        contact.phone ||= value;
        continue;
      }
      if (field) {
        if (value) named[field.key] ??= value;
        continue;
      }
      if (value) plain.push(value);
    }
    if (plain.length) plainLines.push(plain.join(' '));
  }
  // One line "Name, Organisation, Country, +41 22 …": the parts are separated by commas.
  const parts =
    plainLines.length === 1
      ? plainLines[0]
          .split(/\s*[,;，；،؛]\s*/u)
          .filter(Boolean)
          .reduce<string[]>(
            (acc, p) =>
              acc.length && COMPANY_SUFFIX.test(p)
                ? [...acc.slice(0, -1), `${acc[acc.length - 1]}, ${p}`]
                : [...acc, p],
            [],
          )
      : plainLines;
  const words: string[] = [];
  for (const p of parts) {
    if (PHONE.test(p) && !contact.phone) contact.phone = p;
    else words.push(p);
  }
  contact.name = named.name ?? words[0] ?? '';
  contact.organisation = named.organisation ?? (words.length > 2 ? words.slice(1, -1).join(', ') : (words[1] ?? ''));
  contact.country = named.country ?? (words.length > 2 ? words[words.length - 1] : '');
  return contact.name || contact.email || contact.organisation ? contact : null;
}

/** The contacts written in the value cells of one "Contact:" row (or the text after "Contact:" in a paragraph). */
export function parseContacts(cells: string[]): CoverContact[] {
  const filled = cells.filter((c) => c.trim());
  const blocks = filled.map((c) => c.split(/\n\s*\n/).filter((b) => b.trim()));
  const k = Math.max(0, ...blocks.map((b) => b.length));
  if (k > 1 && blocks.every((b) => b.length === k)) {
    return Array.from({ length: k }, (_, i) => parseOne(blocks.map((b) => b[i]))).filter((c): c is CoverContact => !!c);
  }
  const one = parseOne(filled);
  return one ? [one] : [];
}
