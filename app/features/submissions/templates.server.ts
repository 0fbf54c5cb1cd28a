/**
 * The group's .docx template for a document type, in the ITU-T layout (itu-layout.server.ts): the header block with
 * the sector, study period, group and number (left for the secretariat: a content control stamping fills), then the
 * cover table "Question(s): … Meeting, date:", "Source:", "Title:", "Purpose:", the liaison-statement rows for
 * statements, "Contact:", "Keywords:", "Abstract:". cover.server.ts reads the same labels back.
 */
import { HeadingLevel, Paragraph } from 'docx';
import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.server';
import { DOCUMENT_TYPES, groups, type Contact, type DocumentType } from '../../../db/schema';
import { DomainError } from '../../platform/errors';
import { formatDateRange } from '../../platform/format';
import { getMeetingBySlug, type Meeting } from '../meetings/meetings.server';
import {
  contactCells,
  gap,
  ituCoverTable,
  ituDocx,
  ituHeaderTable,
  textParagraph,
  type CoverRow,
} from '../documents/itu-layout.server';

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
  /** The meeting's first day (ISO), for the study period in the header; today when not given. */
  meetingDate?: string;
  type: DocumentType;
  /** The number when it is known (a copy made after registration); else the placeholder stamping fills. */
  numberLabel?: string;
  /** Filled-in values (tests and "download a copy filled from my submission"); hints otherwise. */
  source?: string;
  title?: string;
  purpose?: string;
  contacts?: Contact[];
  keywords?: string;
  abstract?: string;
  /** Liaison statements: the addressees by what is asked of them, the approval and the reply deadline. */
  liaison?: { forAction?: string; forComment?: string; forInformation?: string; approval?: string; deadline?: string };
  body?: string[];
}

const hint = (given: string | undefined, text: string) => (given && given.trim() ? given : `[${text}]`);
const isLiaison = (t: DocumentType) => t === 'ls_in' || t === 'ls_out';

/** The cover rows of a template: every field the cover reader reads, with hints where no value is given. */
export function templateCoverRows(v: TemplateValues): CoverRow[] {
  const contacts = v.contacts?.length ? v.contacts : [null];
  const ls = v.liaison ?? {};
  const liaisonRows: CoverRow[] = isLiaison(v.type)
    ? [
        { heading: 'LIAISON STATEMENT' },
        { label: 'For action to:', value: hint(ls.forAction, 'Groups asked to act') },
        { label: 'For comment to:', value: hint(ls.forComment, 'Groups asked to comment') },
        { label: 'For information to:', value: hint(ls.forInformation, 'Groups informed') },
        { label: 'Approval:', value: hint(ls.approval, 'Group and meeting that agreed it, and the date') },
        { label: 'Deadline:', value: hint(ls.deadline, 'Reply deadline, if action is asked') },
      ]
    : [];
  return [
    {
      label: 'Question(s):',
      value: hint(v.questions, 'e.g. Q1/20 or WG2'),
      label2: 'Meeting, date:',
      value2: `${v.place}, ${v.dates}`,
    },
    ...(isLiaison(v.type) ? [] : [{ heading: TYPE_LABELS[v.type] }]),
    { label: 'Source:', value: hint(v.source, 'Member organisations') },
    { label: 'Title:', value: hint(v.title, 'Title of the document') },
    {
      label: 'Purpose:',
      value: hint(v.purpose, 'Discussion, Proposal, Information, Decision or Approval'),
      ruleBelow: !isLiaison(v.type),
    },
    ...liaisonRows,
    ...contacts.map((c, i): CoverRow => ({
      label: 'Contact:',
      ...(c
        ? contactCells(c)
        : { left: ['[Name]', '[Organisation]', '[Country]'], right: ['Tel: [+xx xxx]', 'E-mail: [name@example.org]'] }),
      ruleAbove: i === 0 && isLiaison(v.type),
      ruleBelow: i === contacts.length - 1,
    })),
    { label: 'Keywords:', value: hint(v.keywords, 'Keywords, separated by commas') },
    { label: 'Abstract:', value: hint(v.abstract, 'A short summary of the document'), ruleBelow: true },
  ];
}

/** The template (or a filled copy) as .docx bytes. */
export async function buildTemplate(v: TemplateValues): Promise<Buffer> {
  return ituDocx(
    [
      ituHeaderTable({
        groupName: v.groupName,
        groupCode: v.groupCode,
        meetingDate: v.meetingDate ?? new Date().toISOString().slice(0, 10),
        numberLabel: v.numberLabel,
      }),
      gap(),
      ituCoverTable(templateCoverRows(v)),
      gap(),
      ...(v.body?.length
        ? v.body.map((b) => textParagraph(b, { spaceAfter: 120 }))
        : [
            new Paragraph({ text: '1 Introduction', heading: HeadingLevel.HEADING_1 }),
            textParagraph(
              '[Write the document here. Keep the cover table above: the portal reads its fields when you upload the file.]',
            ),
          ]),
    ],
    {
      title: v.title ?? `${v.groupCode} ${TYPE_LABELS[v.type]} template`,
      customProperties: [{ name: 'plenary.template', value: `${v.groupCode}/${v.type}` }],
    },
  );
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
    meetingDate: meeting.startsOn,
  });
  const filename = `${group.code}-${meeting.slug}-${type}-template.docx`.replace(/[^A-Za-z0-9._-]+/g, '-');
  return { bytes, filename };
}

export function placeText(m: Pick<Meeting, 'locationKind' | 'place'>) {
  if (m.locationKind === 'virtual') return m.place || 'Virtual';
  return m.place || 'Virtual';
}
