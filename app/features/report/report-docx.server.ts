/**
 * The meeting report as a .docx in the ITU layout: the ITU-T header (number and date), the cover table (Questions,
 * meeting and date, REPORT, source, title, purpose), then the collaborative text as edited (headings, paragraphs,
 * lists, the tables of documents with their outcomes).
 */
import type { groups, meetings } from '../../../db/schema';
import type { ReportMeeting } from './report-sources.server';
import { documentLabels, documentLocale } from '../../i18n/document-labels';
import type { PMNode } from '../collaboration/content.server';
import { docxBlocks, meetingTextFront } from '../collaboration/generated-documents.server';
import { gap, ituDocx } from '../documents/itu-layout.server';

/** The report's title on its cover and as the numbered document's title. */
export function reportTitle(meeting: Pick<typeof meetings.$inferSelect, 'title' | 'language'>) {
  return documentLabels(documentLocale(meeting)).label('report.heading', { title: meeting.title });
}

export async function reportDocx(
  meeting: ReportMeeting,
  group: Pick<typeof groups.$inferSelect, 'code' | 'name'>,
  json: PMNode,
  numberLabel: string | null,
  opts: { registeredAt?: Date | null } = {},
) {
  const L = documentLabels(documentLocale(meeting));
  const title = reportTitle(meeting);
  // The text's own first heading repeats the title the cover already gives.
  const blocks = json.content ?? [];
  const body = blocks[0]?.type === 'heading' && Number(blocks[0].attrs?.level) === 1 ? blocks.slice(1) : blocks;
  return ituDocx(
    [
      ...meetingTextFront(meeting, group, numberLabel, opts.registeredAt, {
        heading: L['kind.report'],
        source: L.label('report.source', { group: group.code }),
        title,
        purpose: L['report.purpose'],
      }),
      gap(),
      ...docxBlocks({ type: 'doc', content: body }),
    ],
    { title },
  );
}
