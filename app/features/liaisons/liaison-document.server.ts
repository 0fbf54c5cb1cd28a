/** The .docx of a liaison statement, outgoing (generated when it is sent) or incoming (registered as received). */
import type { Addressee, groups, liaisonStatements, meetings } from '../../../db/schema';
import { formatDateRange } from '../../platform/format';
import { dateInZone } from '../../platform/time';
import {
  contactCells,
  gap,
  ituCoverTable,
  ituDocx,
  ituHeaderTable,
  type CoverRow,
} from '../documents/itu-layout.server';
import { documentLabels, documentLocale } from '../../i18n/document-labels';
import type { PMNode } from '../collaboration/content.server';
import { docxBlocks } from '../collaboration/generated-documents.server';

/**
 * The .docx in the ITU liaison-statement layout: the ITU-T header (number and date on the right), then Question(s),
 * meeting, Source, Title, "LIAISON STATEMENT", the addressees by what is asked of them, Approval (the meeting that
 * agreed it and the day the secretariat approved it, in the meeting's time zone as the stamp writes dates),
 * Deadline, one Contact row per contact, then the text.
 */
export async function liaisonDocx(
  ls: typeof liaisonStatements.$inferSelect,
  meeting: typeof meetings.$inferSelect,
  group: typeof groups.$inferSelect,
  body: PMNode,
  numberLabel: string | null,
  registeredAt: Date | null = null,
) {
  const L = documentLabels(documentLocale(meeting));
  const day = (d: Date) => dateInZone(d, meeting.timeZone);
  const to = (p: Addressee['purpose']) =>
    ls.addressees
      .filter((a) => a.purpose === p)
      .map((a) => a.name)
      .join(', ') || '—';
  const place = `${meeting.place || L.virtual}, ${formatDateRange(meeting.startsOn, meeting.endsOn, L.dateLocale)}`;
  const agreedAt = `${meeting.title.includes(group.code) ? '' : `${group.code}, `}${meeting.title} (${place})`;
  const approval =
    ls.direction === 'in'
      ? '—'
      : ls.approvedAt
        ? L.label('approvedOn', { meeting: agreedAt, date: day(ls.approvedAt) })
        : agreedAt;
  const rows: CoverRow[] = [
    { label: L.question, value: ls.questions.join(', ') || '—', label2: L.meetingDate, value2: place },
    { label: L.source, value: ls.source || group.code },
    { label: L.title, value: ls.title },
    { heading: L['kind.liaison'] },
    { label: L.forAction, value: to('action') },
    { label: L.forComment, value: to('comment') },
    { label: L.forInformation, value: to('information') },
    { label: L.approval, value: approval },
    { label: L.deadline, value: ls.replyDeadline ? day(ls.replyDeadline) : '—', ruleBelow: !ls.contacts.length },
    ...ls.contacts.map((c, i): CoverRow => ({
      label: L.contact,
      ...contactCells(c),
      ruleAbove: i === 0,
      ruleBelow: i === ls.contacts.length - 1,
    })),
  ];
  return ituDocx(
    [
      ituHeaderTable({
        groupName: group.name,
        groupCode: group.code,
        meetingDate: meeting.startsOn,
        numberLabel,
        date: registeredAt ? day(registeredAt) : null,
        labels: L,
      }),
      gap(),
      ituCoverTable(rows),
      gap(),
      ...docxBlocks(body),
    ],
    { title: ls.title },
  );
}
