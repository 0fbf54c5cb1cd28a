/**
 * The cover page of a contribution: its fields read from word/document.xml, whether the cover is the
 * portal's template or an ITU-T cover table as members write it in Word or LibreOffice (label cells in any
 * of the six languages, several label/value pairs in one row, contacts over several rows, header rows).
 * What cannot be read well is kept as far as it goes and reported in `warnings`, never thrown.
 */
import type { DocumentType, Purpose } from '../../../db/schema';
import { translate, type Locale, type MessageKey } from '~/i18n';
import { coverMessage } from './cover-message';
import { documentTypeOf, inlineLabel, labelOf, purposeOf, type CoverLabel } from './cover-labels';
import { parseContacts, stripHints, type CoverContact } from './cover-contacts';
import { COVER_LIMITS, coverBlocks, type Block, type Cell } from './cover-table';

export type { CoverContact };
export interface CoverWarning {
  key: MessageKey;
  vars?: Record<string, string | number>;
}

export interface CoverFields {
  title: string;
  source: string;
  purpose: Purpose | null;
  keywords: string[];
  abstract: string;
  /** Questions or WGs as written ("Q1/20", "All", "WG3"), one per item. */
  questions: string[];
  /** "Intended type of document", or the type row or number of the cover. */
  type: DocumentType | null;
  /** The group the cover names ("SG20", "FG-MV", "JCA-MV"), or "". */
  group: string;
  /** The working party as written ("1/20"), or "". */
  workingParty: string;
  contacts: CoverContact[];
  warnings: CoverWarning[];
  /** True when the file says it was made from the portal's template (custom property plenary.template). */
  fromPortalTemplate: boolean;
}

export const MAX_COVER_CONTACTS = 20;
/** Only this many blocks from the top are read as "Label: value" paragraphs (a cover without a table). */
const PARAGRAPH_COVER_BLOCKS = 60;
/** A value as read: template hints ("[Title of the document]") and blank lines dropped, spaces tidied. */
function clean(s: string): string {
  return s
    .split('\n')
    .map((l) => stripHints(l.replace(/[\t ]+/g, ' ')))
    .filter(Boolean)
    .join('\n')
    .trim();
}

const GROUP_PATTERNS: [RegExp, (m: RegExpExecArray) => string][] = [
  [/\b(FG|JCA)[-‑ ]([A-Z][A-Za-z0-9&]*(?:[-‑][A-Za-z0-9&]+)*)/, (m) => `${m[1]}-${m[2].replace(/‑/g, '-')}`],
  [/\bFG([A-Z]{2,})-[IO]-\d/, (m) => `FG-${m[1]}`],
  [/\bTSAG\b/, () => 'TSAG'],
  [/\b(?:STUDY GROUP|SG|COM)\s?(\d{1,2})\b/i, (m) => `SG${m[1]}`],
  [
    /(?:ИССЛЕДОВАТЕЛЬСКАЯ КОМИССИЯ|COMMISSION D['’]ÉTUDES|COMISIÓN DE ESTUDIO|لجنة الدراسات)\s*(\d{1,2})/iu,
    (m) => `SG${m[1]}`,
  ],
  [/第\s*(\d{1,2})\s*研究组/u, (m) => `SG${m[1]}`],
];

function groupIn(text: string): string {
  for (const [re, name] of GROUP_PATTERNS) {
    const m = re.exec(text);
    if (m) return name(m);
  }
  return '';
}

/** The type a header names by its number ("TD 348", "COM 20 – C 123", "FGMV-I-012") or on a line of its own. */
function typeInHeader(text: string): DocumentType | null {
  for (const line of text.split('\n')) {
    const t = documentTypeOf(line);
    if (t) return t;
  }
  if (/\bTD\s*\d+/.test(text)) return 'td';
  if (/\bC\s*\d+\b/.test(text) && /\bCOM\s*\d+/.test(text)) return 'contribution';
  if (/-I-\d+/.test(text)) return 'input';
  if (/-O-\d+/.test(text)) return 'output';
  return null;
}

/** A row as label/value pairs ("Question(s):" | "1/20" | "Meeting, date:" | "Geneva"), and the cells before any label. */
function pairsOf(cells: Cell[]) {
  const pairs: { label: CoverLabel; values: string[] }[] = [];
  const before: Cell[] = [];
  for (const cell of cells) {
    const label = labelOf(cell.text);
    const inline = label ? null : inlineLabel(cell.text);
    if (label) pairs.push({ label, values: [] });
    else if (inline) pairs.push({ label: inline.label, values: [inline.value] });
    else if (pairs.length) {
      if (!cell.continued) pairs[pairs.length - 1].values.push(cell.text);
    } else before.push(cell);
  }
  return { pairs, before };
}

class CoverReader {
  readonly found: CoverFields;
  private readonly seen = new Map<CoverLabel, string>();
  private typeFromLabel = false;

  constructor(fromPortalTemplate: boolean) {
    this.found = {
      title: '',
      source: '',
      purpose: null,
      keywords: [],
      abstract: '',
      questions: [],
      type: null,
      group: '',
      workingParty: '',
      contacts: [],
      warnings: [],
      fromPortalTemplate,
    };
  }

  warn(key: MessageKey, vars?: CoverWarning['vars']) {
    if (!this.found.warnings.some((w) => w.key === key && JSON.stringify(w.vars) === JSON.stringify(vars)))
      this.found.warnings.push({ key, vars });
  }

  /** A field's text, cut at the limit with a warning. */
  private bounded(label: CoverLabel, text: string) {
    if (text.length <= COVER_LIMITS.fieldChars) return text;
    this.warn('submissions.cover.tooLong', { field: label, max: COVER_LIMITS.fieldChars });
    return text.slice(0, COVER_LIMITS.fieldChars);
  }

  /** The first value of a field wins; a second, different one is reported. */
  private once(label: CoverLabel, value: string): boolean {
    const before = this.seen.get(label);
    if (before === undefined) {
      this.seen.set(label, value);
      return true;
    }
    if (before !== value) this.warn('submissions.cover.duplicate', { field: label });
    return false;
  }

  set(label: CoverLabel, values: string[]) {
    const f = this.found;
    if (label === 'contact') return this.addContacts(values);
    // "Question(s): | 1/20 | Geneva, 6-16 July 2020": the Questions are the first cell, the place and date the next.
    const cells =
      label === 'questions' || label === 'studyGroup' || label === 'workingParty'
        ? values.filter((v) => clean(v)).slice(0, 1)
        : values;
    const text = this.bounded(label, clean(cells.join('\n')));
    if (!text || !this.once(label, text)) return;
    switch (label) {
      case 'title':
        f.title = text.replace(/\n/g, ' ');
        break;
      case 'source':
        f.source = text.replace(/\n/g, ', ');
        break;
      case 'abstract':
        f.abstract = text;
        break;
      case 'keywords':
        f.keywords = text
          .split(/[,;\n，；、،؛]/u)
          .map((k) => k.trim())
          .filter(Boolean);
        break;
      case 'questions':
        f.questions = text
          .split(/[,;\n，；、،؛]|\s+(?:and|et|y|и|و)\s+|和|及/u)
          .map((q) => q.trim())
          .filter((q) => q && !/^(n\/?a|n\.a\.|none|-|—|–)$/i.test(q));
        break;
      case 'purpose':
        f.purpose = purposeOf(text);
        if (!f.purpose) this.warn('submissions.cover.purposeUnknown', { text: text.slice(0, 80) });
        break;
      case 'type':
        f.type = documentTypeOf(text);
        this.typeFromLabel = !!f.type;
        if (!f.type) this.warn('submissions.cover.typeUnknown', { text: text.slice(0, 80) });
        break;
      case 'studyGroup':
        f.group = groupIn(text) || (/^\d{1,2}$/.test(text) ? `SG${text}` : text.split('\n')[0]);
        break;
      case 'workingParty':
        f.workingParty = text.split('\n')[0];
        break;
      case 'meeting':
        break;
    }
  }

  addContacts(values: string[]) {
    for (const c of parseContacts(values)) {
      if (this.found.contacts.length >= MAX_COVER_CONTACTS) {
        this.warn('submissions.cover.tooManyContacts', { max: MAX_COVER_CONTACTS });
        return;
      }
      this.found.contacts.push({
        ...c,
        name: c.name.slice(0, 200),
        organisation: c.organisation.slice(0, 200),
        country: c.country.slice(0, 100),
        phone: c.phone.slice(0, 60),
      });
      if (!c.email) this.warn('submissions.cover.contactNoEmail', { name: c.name || c.organisation });
    }
  }

  /** A row or paragraph without a label, above the first label: the header (group, document number, type). */
  header(text: string) {
    if (!this.found.group) this.found.group = groupIn(text);
    if (!this.found.type) this.found.type = typeInHeader(text);
  }

  /** A row without a label below the first one: a type row ("CONTRIBUTION"), a note, or values whose label cell is empty. */
  unlabelledRow(cells: Cell[]) {
    const text = cells.map((c) => c.text).join('\n');
    const type = documentTypeOf(text);
    if (type) {
      if (!this.typeFromLabel) this.found.type = type;
      return;
    }
    const values = clean(
      cells
        .slice(1)
        .map((c) => c.text)
        .join(' '),
    );
    if (cells.length > 1 && !cells[0].text.trim() && values)
      this.warn('submissions.cover.unlabelled', { text: values.replace(/\s+/g, ' ').slice(0, 60) });
  }
}

function readBlocks(reader: CoverReader, blocks: Block[]) {
  let labelled = false;
  let lastLabel: CoverLabel | null = null;
  let lastTable = -1;
  const tablesWithLabels = new Set<number>();
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.kind === 'row') {
      if (b.table !== lastTable) {
        lastLabel = null;
        lastTable = b.table;
      }
      const { pairs, before } = pairsOf(b.cells);
      const lead = before.map((c) => c.text).join('\n');
      if (!pairs.length) {
        // A row whose label cell is empty under a "Contact:" row is one more contact (a label cell not merged down).
        if (lastLabel === 'contact' && !b.cells[0]?.text.trim() && b.cells.length > 1) {
          reader.addContacts(b.cells.slice(1).map((c) => c.text));
          continue;
        }
        if (!labelled) reader.header(lead);
        else if (tablesWithLabels.has(b.table)) reader.unlabelledRow(b.cells);
        continue;
      }
      if (!labelled && lead.trim()) reader.header(lead);
      labelled = true;
      tablesWithLabels.add(b.table);
      for (const p of pairs) reader.set(p.label, p.values);
      lastLabel = pairs[pairs.length - 1].label;
    } else {
      if (i >= PARAGRAPH_COVER_BLOCKS || !b.text) continue;
      const inline = inlineLabel(b.text) ?? (labelOf(b.text) ? { label: labelOf(b.text)!, value: '' } : null);
      if (!inline) {
        if (!labelled) reader.header(b.text);
        continue;
      }
      labelled = true;
      // "Source:" alone on its line takes the next paragraph as its value.
      const next = blocks[i + 1];
      const value =
        inline.value.trim() || (next?.kind === 'p' && !inlineLabel(next.text) && !labelOf(next.text) ? next.text : '');
      if (!tablesWithLabels.size) reader.set(inline.label, [value]);
    }
  }
}

/** The cover fields from the XML of word/document.xml (and docProps/custom.xml when present). */
export function coverFromXml(documentXml: string, customXml = ''): CoverFields {
  const reader = new CoverReader(/plenary\.template/.test(customXml));
  try {
    const { blocks, tableCut } = coverBlocks(documentXml);
    if (tableCut) reader.warn('submissions.cover.tableCut', { rows: COVER_LIMITS.blocks });
    readBlocks(reader, blocks);
  } catch {
    // XML the parser cannot follow: what was read so far stands, with a warning instead of a failure.
    reader.warn('submissions.cover.unreadable');
  }
  return reader.found;
}

/** The fields as the secretariat's command prints them: contacts in full, warnings as sentences. */
export function coverReport(cover: CoverFields, locale: Locale = 'en') {
  return {
    title: cover.title,
    source: cover.source,
    purpose: cover.purpose,
    keywords: cover.keywords,
    abstract: cover.abstract,
    questions: cover.questions,
    type: cover.type,
    group: cover.group,
    contacts: cover.contacts.map((c) => ({
      name: c.name,
      organisation: c.organisation,
      country: c.country,
      phone: c.phone,
      email: c.email,
    })),
    warnings: cover.warnings.map((w) => coverMessage((key, values) => translate(locale, key, values), w)),
  };
}
