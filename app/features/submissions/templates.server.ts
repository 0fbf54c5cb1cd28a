/**
 * The group's .docx template for a document type: a cover table laid out as ITU documents are
 * (label cells "Question(s):", "Source:", "Title:"... followed by value cells), with the group and
 * meeting filled in and the number left for the secretariat. docx.server.ts reads the same labels back.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.server';
import { DOCUMENT_TYPES, groups, type Contact, type DocumentType } from '../../../db/schema';
import { DomainError } from '../../platform/errors';
import { formatDateRange } from '../../platform/format';
import { getMeetingBySlug, type Meeting } from '../meetings/meetings.server';

export const TYPE_LABELS: Record<DocumentType, string> = {
  contribution: 'CONTRIBUTION',
  td: 'TD',
  input: 'INPUT DOCUMENT',
  output: 'OUTPUT DOCUMENT',
  jca: 'JCA DOCUMENT',
  ls_in: 'LIAISON STATEMENT (incoming)',
  ls_out: 'LIAISON STATEMENT (outgoing)',
  agenda: 'AGENDA',
  report: 'REPORT',
};

export interface TemplateValues {
  groupCode: string;
  groupName: string;
  /** "Q1/20", "WG2"... or a hint. */
  questions?: string;
  place: string;
  dates: string;
  type: DocumentType;
  /** Filled-in values (tests and "download a copy filled from my submission"); hints otherwise. */
  source?: string;
  title?: string;
  purpose?: string;
  contacts?: Contact[];
  keywords?: string;
  abstract?: string;
  body?: string[];
}

const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const rule = { style: BorderStyle.SINGLE, size: 6, color: '000000' };
const noBorders = { top: none, bottom: none, left: none, right: none };

function para(text: string, opts: { bold?: boolean; italic?: boolean; size?: number } = {}) {
  const lines = text.split('\n');
  return new Paragraph({
    children: lines.flatMap((l, i) => [
      new TextRun({ text: l, bold: opts.bold, italics: opts.italic, size: opts.size, break: i > 0 ? 1 : undefined }),
    ]),
  });
}

function cell(
  text: string,
  widthPct: number,
  opts: { bold?: boolean; italic?: boolean; span?: number; bottom?: boolean } = {},
) {
  return new TableCell({
    width: { size: widthPct, type: WidthType.PERCENTAGE },
    columnSpan: opts.span,
    borders: { ...noBorders, bottom: opts.bottom ? rule : none },
    children: [para(text, opts)],
  });
}

const hint = (given: string | undefined, text: string) => (given && given.trim() ? given : `[${text}]`);

/** The template (or a filled copy) as .docx bytes. */
export async function buildTemplate(v: TemplateValues): Promise<Buffer> {
  const contacts = v.contacts?.length ? v.contacts : [null];
  const rows = [
    new TableRow({
      children: [
        cell('INTERNATIONAL TELECOMMUNICATION UNION\nTELECOMMUNICATION STANDARDIZATION SECTOR', 50, { bold: true }),
        cell(`${v.groupCode}\n${TYPE_LABELS[v.type]} [number: filled in by the secretariat]`, 50, {
          bold: true,
          span: 2,
        }),
      ],
    }),
    new TableRow({ children: [cell(v.groupName, 50, { italic: true }), cell('Original: English', 50, { span: 2 })] }),
    new TableRow({
      children: [
        cell('Question(s):', 20, { bold: true }),
        cell(hint(v.questions, 'Questions or WGs, e.g. WG2'), 40),
        cell(`${v.place}, ${v.dates}`, 40),
      ],
    }),
    new TableRow({ children: [cell(TYPE_LABELS[v.type], 100, { bold: true, span: 3, bottom: true })] }),
    new TableRow({
      children: [cell('Source:', 20, { bold: true }), cell(hint(v.source, 'Member organisations'), 80, { span: 2 })],
    }),
    new TableRow({
      children: [cell('Title:', 20, { bold: true }), cell(hint(v.title, 'Title of the document'), 80, { span: 2 })],
    }),
    new TableRow({
      children: [
        cell('Purpose:', 20, { bold: true }),
        cell(hint(v.purpose, 'Discussion, Proposal, Information, Decision or Approval'), 80, { span: 2, bottom: true }),
      ],
    }),
    ...contacts.map(
      (c) =>
        new TableRow({
          children: [
            cell('Contact:', 20, { bold: true }),
            cell(c ? `${c.name}\n${c.organisation}\n${c.country}` : '[Name]\n[Organisation]\n[Country]', 40),
            cell(c ? `Tel: ${c.phone ?? ''}\nE-mail: ${c.email}` : 'Tel: [+xx xxx]\nE-mail: [name@example.org]', 40),
          ],
        }),
    ),
    new TableRow({
      children: [
        cell('Keywords:', 20, { bold: true }),
        cell(hint(v.keywords, 'Keywords, separated by commas'), 80, { span: 2 }),
      ],
    }),
    new TableRow({
      children: [
        cell('Abstract:', 20, { bold: true }),
        cell(hint(v.abstract, 'A short summary of the document'), 80, { span: 2, bottom: true }),
      ],
    }),
  ];
  const doc = new Document({
    creator: 'Plenary',
    title: v.title ?? `${v.groupCode} ${TYPE_LABELS[v.type]} template`,
    customProperties: [{ name: 'plenary.template', value: `${v.groupCode}/${v.type}` }],
    styles: { default: { document: { run: { font: 'Times New Roman', size: 24 } } } },
    sections: [
      {
        children: [
          new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows }),
          new Paragraph({ text: '', alignment: AlignmentType.LEFT }),
          ...(v.body?.length
            ? v.body.map((b) => para(b))
            : [
                new Paragraph({ text: '1 Introduction', heading: HeadingLevel.HEADING_1 }),
                para(
                  '[Write the contribution here. Keep the cover table above: the portal reads its fields when you upload the file.]',
                ),
              ]),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** The template for a meeting and document type, with the group and meeting filled in. */
export async function meetingTemplate(db: Db, meetingSlug: string, type: string, locale = 'en') {
  const { meeting, group } = await getMeetingBySlug(db, meetingSlug);
  if (
    !(DOCUMENT_TYPES as readonly string[]).includes(type) ||
    (meeting.documentTypes.length && !meeting.documentTypes.includes(type))
  ) {
    throw new DomainError('invalid', 'submissions.template.unknownType');
  }
  const subgroups = await db.select({ code: groups.code }).from(groups).where(eq(groups.parentId, group.id));
  const bytes = await buildTemplate({
    groupCode: group.code,
    groupName: group.name,
    type: type as DocumentType,
    questions: subgroups.length
      ? `[${subgroups
          .slice(0, 3)
          .map((g) => g.code)
          .join(', ')}...]`
      : undefined,
    place: placeText(meeting),
    dates: formatDateRange(meeting.startsOn, meeting.endsOn, locale),
  });
  const filename = `${group.code}-${meeting.slug}-${type}-template.docx`.replace(/[^A-Za-z0-9._-]+/g, '-');
  return { bytes, filename };
}

export function placeText(m: Pick<Meeting, 'locationKind' | 'place'>) {
  if (m.locationKind === 'virtual') return m.place || 'Virtual';
  return m.place || 'Virtual';
}
