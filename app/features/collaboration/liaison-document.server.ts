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
import type { PMNode } from './content.server';
import { docxBlocks } from './generated-documents.server';

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
  const day = (d: Date) => dateInZone(d, meeting.timeZone);
  const to = (p: Addressee['purpose']) =>
    ls.addressees
      .filter((a) => a.purpose === p)
      .map((a) => a.name)
      .join(', ') || '—';
  const place = `${meeting.place || 'Virtual'}, ${formatDateRange(meeting.startsOn, meeting.endsOn, 'en-GB')}`;
  const approval =
    ls.direction === 'in'
      ? '—'
      : `${meeting.title.includes(group.code) ? '' : `${group.code}, `}${meeting.title} (${place})${ls.approvedAt ? `; approved on ${day(ls.approvedAt)}` : ''}`;
  const rows: CoverRow[] = [
    { label: 'Question(s):', value: ls.questions.join(', ') || '—', label2: 'Meeting, date:', value2: place },
    { label: 'Source:', value: ls.source || group.code },
    { label: 'Title:', value: ls.title },
    { heading: 'LIAISON STATEMENT' },
    { label: 'For action to:', value: to('action') },
    { label: 'For comment to:', value: to('comment') },
    { label: 'For information to:', value: to('information') },
    { label: 'Approval:', value: approval },
    { label: 'Deadline:', value: ls.replyDeadline ? day(ls.replyDeadline) : '—', ruleBelow: !ls.contacts.length },
    ...ls.contacts.map((c, i): CoverRow => ({
      label: 'Contact:',
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
      }),
      gap(),
      ituCoverTable(rows),
      gap(),
      ...docxBlocks(body),
    ],
    { title: ls.title },
  );
}
