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
import { documentLabels, documentLocale, type LabelName } from '../../i18n/document-labels';
import type { Locale } from '../../i18n/locales';

/** The heading of each document type's cover, as a label of generated documents. */
const TYPE_HEADINGS: Record<DocumentType, LabelName> = {
  contribution: 'kind.contribution',
  td: 'kind.td',
  input: 'kind.input',
  output: 'kind.output',
  jca: 'kind.jca',
  ls_in: 'kind.liaisonIn',
  ls_out: 'kind.liaisonOut',
  agenda: 'kind.agenda',
  report: 'kind.report',
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
  /** The language of the template's labels and hints (the meeting's working language by default); values stay as given. */
  locale?: Locale;
}

const hint = (given: string | undefined, text: string) => (given && given.trim() ? given : `[${text}]`);
const isLiaison = (t: DocumentType) => t === 'ls_in' || t === 'ls_out';

/** The cover rows of a template: every field the cover reader reads, with hints where no value is given. */
export function templateCoverRows(v: TemplateValues): CoverRow[] {
  const L = documentLabels(v.locale ?? 'en');
  const contacts = v.contacts?.length ? v.contacts : [null];
  const ls = v.liaison ?? {};
  const liaisonRows: CoverRow[] = isLiaison(v.type)
    ? [
        { heading: L['kind.liaison'] },
        { label: L.forAction, value: hint(ls.forAction, L['hint.forAction']) },
        { label: L.forComment, value: hint(ls.forComment, L['hint.forComment']) },
        { label: L.forInformation, value: hint(ls.forInformation, L['hint.forInformation']) },
        { label: L.approval, value: hint(ls.approval, L['hint.approval']) },
        { label: L.deadline, value: hint(ls.deadline, L['hint.deadline']) },
      ]
    : [];
  return [
    {
      label: L.question,
      value: hint(v.questions, L['hint.questions']),
      label2: L.meetingDate,
      value2: `${v.place}, ${v.dates}`,
    },
    ...(isLiaison(v.type) ? [] : [{ heading: L[TYPE_HEADINGS[v.type]] }]),
    { label: L.source, value: hint(v.source, L['hint.source']) },
    { label: L.title, value: hint(v.title, L['hint.title']) },
    {
      label: L.purpose,
      value: hint(v.purpose, L['hint.purpose']),
      ruleBelow: !isLiaison(v.type),
    },
    ...liaisonRows,
    ...contacts.map((c, i): CoverRow => ({
      label: L.contact,
      ...(c
        ? contactCells(c)
        : {
            left: [`[${L['hint.name']}]`, `[${L['hint.organisation']}]`, `[${L['hint.country']}]`],
            right: ['Tel: [+xx xxx]', 'E-mail: [name@example.org]'],
          }),
      ruleAbove: i === 0 && isLiaison(v.type),
      ruleBelow: i === contacts.length - 1,
    })),
    { label: L.keywords, value: hint(v.keywords, L['hint.keywords']) },
    { label: L.abstract, value: hint(v.abstract, L['hint.summary']), ruleBelow: true },
  ];
}

/** The template (or a filled copy) as .docx bytes. */
export async function buildTemplate(v: TemplateValues): Promise<Buffer> {
  const L = documentLabels(v.locale ?? 'en');
  return ituDocx(
    [
      ituHeaderTable({
        groupName: v.groupName,
        groupCode: v.groupCode,
        meetingDate: v.meetingDate ?? new Date().toISOString().slice(0, 10),
        numberLabel: v.numberLabel,
        labels: L,
      }),
      gap(),
      ituCoverTable(templateCoverRows(v)),
      gap(),
      ...(v.body?.length
        ? v.body.map((b) => textParagraph(b, { spaceAfter: 120 }))
        : [
            new Paragraph({ text: L.introduction, heading: HeadingLevel.HEADING_1 }),
            textParagraph(`[${L['hint.body']}]`),
          ]),
    ],
    {
      title: v.title ?? `${v.groupCode} ${L[TYPE_HEADINGS[v.type]]}`,
      customProperties: [{ name: 'plenary.template', value: `${v.groupCode}/${v.type}` }],
    },
  );
}

/** The template for a meeting and document type, with the group and meeting filled in. */
export async function meetingTemplate(db: Db, meetingSlug: string, type: string, language?: string | null) {
  const { meeting, group } = await getMeetingBySlug(db, meetingSlug);
  const locale = documentLocale(meeting, language);
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
    dates: formatDateRange(meeting.startsOn, meeting.endsOn, documentLabels(locale).dateLocale),
    meetingDate: meeting.startsOn,
    locale,
  });
  const filename = `${group.code}-${meeting.slug}-${type}-template.docx`.replace(/[^A-Za-z0-9._-]+/g, '-');
  return { bytes, filename };
}

export function placeText(m: Pick<Meeting, 'locationKind' | 'place'>) {
  return m.place || 'Virtual';
}
