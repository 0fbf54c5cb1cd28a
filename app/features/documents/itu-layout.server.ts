/**
 * The ITU-T document layout every generated .docx shares (templates, liaison statements, agendas): the header
 * block (logo area, "INTERNATIONAL TELECOMMUNICATION UNION", the sector, the study period; the number, its date and
 * the original language on the right; the group line across the page) and the cover table ("Question(s):", "Source:", "Title:"...),
 * drawn without a grid, with a thin rule only where ITU documents have one, on fixed column widths so that no label
 * or header line wraps inside a word.
 *
 * The number and date cells are content controls tagged `plenary.number` and `plenary.date`: stamping writes into
 * them. Their placeholder text ("[number]") also matches stamping's cover-table fallback, for copies whose content
 * controls an editor dropped.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  ImportedXmlComponent,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type ParagraphChild,
} from 'docx';
import { documentLabels, type DocumentLabels } from '../../i18n/document-labels';

/** A4 with ITU's 2 cm side margins: the width the tables fill, in twentieths of a point. */
const PAGE = { width: 11906, height: 16838, top: 1134, bottom: 1134, side: 1134 };
export const TEXT_WIDTH = PAGE.width - 2 * PAGE.side;
/** Header: logo area | sector lines | number. */
const HEADER_COLUMNS = [1134, 5954, TEXT_WIDTH - 1134 - 5954];
/** Cover: label | value | second label | second value (a value usually spans the last three). */
const COVER_COLUMNS = [2268, 2835, 1843, TEXT_WIDTH - 2268 - 2835 - 1843];
const ITU_BLUE = '009CD6';
const HINT_GREY = '7F7F7F';

const NONE = { style: BorderStyle.NONE, size: 0, color: 'auto' };
const RULE = { style: BorderStyle.SINGLE, size: 6, color: '000000' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

/**
 * The ITU-T study period a date falls in: four-year periods between assemblies (2025-2028, 2029-2032...), with the
 * exceptions WTSA dates made: 2017-2020 ran into 2021 and 2022-2024 was three years.
 */
export function studyPeriod(isoDate: string): string {
  const year = Number(isoDate.slice(0, 4));
  if (year >= 2025) {
    const start = 2025 + 4 * Math.floor((year - 2025) / 4);
    return `${start}-${start + 3}`;
  }
  if (year >= 2022) return '2022-2024';
  if (year >= 2017) return '2017-2020';
  const start = 2017 - 4 * Math.ceil((2017 - year) / 4);
  return `${start}-${start + 3}`;
}

export type Lines = string | string[];
const linesOf = (v: Lines) => (Array.isArray(v) ? v : v.split('\n'));
/** A template's hint ("[Title of the document]"): shown grey, read back as empty by the cover reader. */
const isHint = (line: string) => /^\[[^\]]*\]$/.test(line.trim());

interface TextOptions {
  bold?: boolean;
  italics?: boolean;
  /** Half-points. */
  size?: number;
  color?: string;
  allCaps?: boolean;
  align?: (typeof AlignmentType)[keyof typeof AlignmentType];
  spaceAfter?: number;
  spaceBefore?: number;
}

export function textParagraph(text: string, o: TextOptions = {}): Paragraph {
  return new Paragraph({
    alignment: o.align,
    spacing: { before: o.spaceBefore ?? 0, after: o.spaceAfter ?? 0 },
    children: [
      new TextRun({
        text,
        bold: o.bold,
        italics: o.italics,
        size: o.size,
        allCaps: o.allCaps,
        color: o.color ?? (isHint(text) ? HINT_GREY : undefined),
      }),
    ],
  });
}

/** A run-level content control that stamping fills (tag plenary.number / plenary.date). */
function contentControl(tag: string, alias: string, text: string, o: TextOptions): ParagraphChild {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const rPr = `<w:rPr>${o.bold ? '<w:b/>' : ''}${o.size ? `<w:sz w:val="${o.size}"/><w:szCs w:val="${o.size}"/>` : ''}</w:rPr>`;
  const xml =
    `<w:sdt><w:sdtPr><w:alias w:val="${alias}"/><w:tag w:val="${tag}"/></w:sdtPr>` +
    `<w:sdtContent><w:r>${rPr}<w:t xml:space="preserve">${esc(text)}</w:t></w:r></w:sdtContent></w:sdt>`;
  // docx has no content-control element of its own; an imported XML element is written as given.
  return (ImportedXmlComponent.fromXmlString(xml) as unknown as { root: ParagraphChild[] }).root[0];
}

function cell(
  children: Paragraph[],
  width: number,
  o: { span?: number; ruleBelow?: boolean; ruleAbove?: boolean; vAlign?: 'top' | 'bottom' } = {},
) {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    columnSpan: o.span,
    verticalAlign: o.vAlign === 'bottom' ? VerticalAlign.BOTTOM : VerticalAlign.TOP,
    margins: { top: 40, bottom: 40, left: 85, right: 85 },
    borders: { top: o.ruleAbove ? RULE : NONE, bottom: o.ruleBelow ? RULE : NONE, left: NONE, right: NONE },
    children: children.length ? children : [new Paragraph('')],
  });
}

const widthOf = (columns: number[], from: number, span: number) =>
  columns.slice(from, from + span).reduce((a, b) => a + b, 0);

function table(columns: number[], rows: TableRow[]) {
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: columns,
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows,
  });
}

export interface ItuHeader {
  /** The group's name as the group line shows it ("ITU-T Focus Group on metaverse"). */
  groupName: string;
  /** The group's short code ("FG-MV"), added to the group line when the name does not contain it. */
  groupCode: string;
  /** A date of the meeting (ISO), for the study period. */
  meetingDate: string;
  /** The document's number once known; else the "[number]" placeholder stamping replaces. */
  numberLabel?: string | null;
  /** The date written under the number (stamping writes the registration date there). */
  date?: string | null;
  /** The words of the header, in the document's language (English when not given). */
  labels?: DocumentLabels;
  /** The language the document's text was written in, as a locale code (the header says "Original: English"). */
  original?: string;
}

/** The header block: logo area and sector lines on the left, number, date and "Original:" on the right, the group line. */
export function ituHeaderTable(h: ItuHeader): Table {
  const [logo, sector, right] = HEADER_COLUMNS;
  const L = h.labels ?? documentLabels('en');
  const original = new Intl.DisplayNames([L.locale], { type: 'language' }).of(h.original ?? 'en') ?? 'English';
  const sectorLine = (text: string, size: number) => textParagraph(text, { bold: true, size });
  const groupLine = h.groupName.includes(h.groupCode) ? h.groupName : `${h.groupName} (${h.groupCode})`;
  const numberRun = { bold: true, size: 26 };
  return table(HEADER_COLUMNS, [
    new TableRow({
      children: [
        cell([textParagraph('ITU', { bold: true, size: 40, color: ITU_BLUE })], logo),
        cell(
          [
            sectorLine(L.itu, 20),
            sectorLine(L.sector, 20),
            sectorLine(L.label('studyPeriod', { period: studyPeriod(h.meetingDate) }), 18),
          ],
          sector,
        ),
        cell(
          [
            new Paragraph({
              alignment: AlignmentType.RIGHT,
              children: [contentControl('plenary.number', L.documentNumber, h.numberLabel || '[number]', numberRun)],
            }),
            new Paragraph({
              alignment: AlignmentType.RIGHT,
              children: [contentControl('plenary.date', L.date, h.date ?? '', { size: 20 })],
            }),
            textParagraph(L.label('original', { language: original }), {
              size: 20,
              align: AlignmentType.RIGHT,
              spaceBefore: 120,
            }),
          ],
          right,
        ),
      ],
    }),
    new TableRow({
      children: [cell([textParagraph(groupLine, { bold: true, size: 24 })], TEXT_WIDTH, { span: 3, ruleBelow: true })],
    }),
  ]);
}

/** One row of the cover table. */
export type CoverRow =
  /** "Source:" | value (the value spans the rest of the row). */
  | { label: string; value: Lines; ruleBelow?: boolean }
  /** "Question(s):" | value | "Meeting, date:" | value. */
  | { label: string; value: Lines; label2: string; value2: Lines; ruleBelow?: boolean }
  /** "Contact:" | name, organisation, country | Tel, Fax, E-mail. */
  | { label: string; left: Lines; right: Lines; ruleAbove?: boolean; ruleBelow?: boolean }
  /** A centred bold line across the table ("CONTRIBUTION", "LIAISON STATEMENT"). */
  | { heading: string };

const values = (v: Lines) => linesOf(v).map((l) => textParagraph(l));
const label = (text: string) => textParagraph(text, { bold: true });

function coverRow(r: CoverRow): TableRow {
  const [a, b, c, d] = COVER_COLUMNS;
  if ('heading' in r)
    return new TableRow({
      children: [
        cell(
          [textParagraph(r.heading, { bold: true, align: AlignmentType.CENTER, spaceBefore: 120, spaceAfter: 120 })],
          TEXT_WIDTH,
          {
            span: 4,
          },
        ),
      ],
    });
  const edge = { ruleBelow: r.ruleBelow, ruleAbove: 'left' in r ? r.ruleAbove : undefined };
  if ('label2' in r)
    return new TableRow({
      children: [
        cell([label(r.label)], a, edge),
        cell(values(r.value), b, edge),
        cell([label(r.label2)], c, edge),
        cell(values(r.value2), d, edge),
      ],
    });
  if ('left' in r)
    return new TableRow({
      children: [
        cell([label(r.label)], a, edge),
        cell(values(r.left), b, edge),
        cell(values(r.right), c + d, { ...edge, span: 2 }),
      ],
    });
  return new TableRow({
    children: [
      cell([label(r.label)], a, edge),
      cell(values(r.value), widthOf(COVER_COLUMNS, 1, 3), { ...edge, span: 3 }),
    ],
  });
}

/** The cover table, rows as given. */
export function ituCoverTable(rows: CoverRow[]): Table {
  return table(COVER_COLUMNS, rows.map(coverRow));
}

/** A contact's two cells as ITU covers lay them out: name, organisation, country | Tel, Fax, E-mail. */
export function contactCells(c: {
  name: string;
  organisation?: string;
  country?: string;
  phone?: string;
  email: string;
}) {
  return {
    left: [c.name, c.organisation ?? '', c.country ?? ''].filter(Boolean),
    right: [...(c.phone ? [`Tel: ${c.phone}`] : []), `E-mail: ${c.email}`],
  };
}

/** A .docx on A4 with ITU margins, Times New Roman 12 pt, the given blocks. */
export async function ituDocx(
  children: (Paragraph | Table)[],
  opts: { title: string; customProperties?: { name: string; value: string }[] },
): Promise<Buffer> {
  const doc = new Document({
    creator: 'Plenary',
    title: opts.title,
    customProperties: opts.customProperties,
    styles: {
      default: {
        document: { run: { font: 'Times New Roman', size: 24 }, paragraph: { spacing: { after: 120 } } },
        heading1: { run: { font: 'Times New Roman', size: 24, bold: true, color: '000000' } },
        heading2: { run: { font: 'Times New Roman', size: 24, bold: true, color: '000000' } },
        heading3: { run: { font: 'Times New Roman', size: 24, bold: true, color: '000000' } },
        heading4: { run: { font: 'Times New Roman', size: 24, bold: true, italics: true, color: '000000' } },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.side, right: PAGE.side },
          },
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** Blank space between blocks. */
export const gap = () => new Paragraph({ spacing: { before: 0, after: 0 }, children: [] });
