/**
 * The first draft of a meeting report as ProseMirror JSON (the collaborative text's format), in the ITU report's
 * structure: opening, approval of the agenda, each agenda item with the chair's notes and its documents and their
 * outcomes, liaison statements sent, next meetings, closing; annex A lists the documents, annex B the registered
 * participants. Pure: the caller gathers the meeting's facts (report-sources.server.ts) and the labels of the
 * meeting's working language.
 */
import type { PMNode } from '../collaboration/content.server';
import type { DocumentLabels } from '../../i18n/document-labels';

export interface ReportDocument {
  label: string;
  title: string;
  source: string;
  /** The outcome as written in the report ("Agreed", "Revised in FGMV-I-045 Rev.1"), empty when none was recorded. */
  outcome: string;
  /** The meeting's note with the decision, if any. */
  note: string;
  /** An output of the meeting itself (its agenda, a statement it sent): no decision is expected on it. */
  output?: boolean;
}

export interface ReportItem {
  label: string;
  title: string;
  depth: number;
  /** The chair's notes on the item, one paragraph per line. */
  notes: string;
  documents: ReportDocument[];
}

export interface ReportSources {
  meetingTitle: string;
  /** "Shanghai, China" or the word for a virtual meeting. */
  place: string;
  /** The meeting's dates as written in the report's language. */
  dates: string;
  /** The last day as written in the report's language. */
  lastDay: string;
  /** The published agenda's number, if it was published. */
  agendaNumber: string | null;
  items: ReportItem[];
  /** Every document of the meeting in number order (annex A), also those allocated to no agenda item. */
  allDocuments: ReportDocument[];
  statements: { label: string; title: string; to: string }[];
  nextMeetings: { title: string; dates: string; place: string }[];
  /** The registered participants, by organisation then name (no contact or passport data). */
  participants: { name: string; organisation: string }[];
}

const text = (s: string): PMNode[] | undefined => (s ? [{ type: 'text', text: s }] : undefined);
const para = (s: string): PMNode => ({ type: 'paragraph', content: text(s) });
const heading = (level: number, s: string): PMNode => ({ type: 'heading', attrs: { level }, content: text(s) });
const cell = (s: string, width: number, header = false): PMNode => ({
  type: header ? 'tableHeader' : 'tableCell',
  attrs: { colspan: 1, rowspan: 1, colwidth: [width] },
  content: [para(s)],
});
/** A table with a header row; `widths` are the columns' widths in the editor's pixels (kept in proportion in the .docx). */
const table = (head: string[], rows: string[][], widths: number[]): PMNode => ({
  type: 'table',
  content: [
    { type: 'tableRow', content: head.map((h, i) => cell(h, widths[i], true)) },
    ...rows.map((r) => ({ type: 'tableRow', content: r.map((c, i) => cell(c, widths[i])) })),
  ],
});

const outcomeCell = (d: ReportDocument, L: DocumentLabels) =>
  [d.outcome || (d.output ? '' : L['report.noDecision']), d.note].filter(Boolean).join('. ');

function documentsTable(docs: ReportDocument[], L: DocumentLabels): PMNode {
  return table(
    [L['report.document'], L['report.docTitle'], L['report.from'], L['report.outcome']],
    docs.map((d) => [d.label, d.title, d.source, outcomeCell(d, L)]),
    [120, 225, 115, 240],
  );
}

/** The report's first draft. Section numbers are written into the headings, as in ITU reports. */
export function reportJson(s: ReportSources, L: DocumentLabels): PMNode {
  const out: PMNode[] = [heading(1, L.label('report.heading', { title: s.meetingTitle }))];
  let n = 0;
  const section = (title: string) => out.push(heading(2, `${++n} ${title}`));

  section(L['report.opening']);
  out.push(para(L.label('report.openingText', { meeting: s.meetingTitle, dates: s.dates, place: s.place })));

  section(L['report.agenda']);
  out.push(
    para(s.agendaNumber ? L.label('report.agendaApproved', { number: s.agendaNumber }) : L['report.agendaDraft']),
  );

  section(L['report.items']);
  for (const item of s.items) {
    out.push(heading(item.depth ? 4 : 3, `${item.label} ${item.title}`.trim()));
    for (const line of item.notes.split('\n').map((l) => l.trim())) if (line) out.push(para(line));
    if (item.documents.length) out.push(documentsTable(item.documents, L));
    else if (!item.notes.trim() && !item.depth) out.push(para(L['report.noDocuments']));
  }

  section(L['report.liaisons']);
  if (s.statements.length) {
    out.push(para(L['report.liaisonsSent']));
    out.push(
      table(
        [L['report.document'], L['report.docTitle'], L['report.to']],
        s.statements.map((st) => [st.label, st.title, st.to]),
        [130, 330, 240],
      ),
    );
  } else out.push(para(L['report.noLiaisons']));

  section(L['report.next']);
  if (s.nextMeetings.length)
    out.push({
      type: 'bulletList',
      content: s.nextMeetings.map((m) => ({
        type: 'listItem',
        content: [para(`${m.title}: ${m.dates}, ${m.place}`)],
      })),
    });
  else out.push(para(L['report.noNext']));

  section(L['report.closing']);
  out.push(para(L.label('report.closingText', { date: s.lastDay })));

  out.push(heading(2, L['report.annexDocuments']));
  if (s.allDocuments.length) out.push(documentsTable(s.allDocuments, L));
  else out.push(para(L['report.noDocuments']));

  out.push(heading(2, L['report.annexParticipantList']));
  if (s.participants.length)
    out.push(
      table(
        [L['report.organisation'], L['report.participantName']],
        s.participants.map((p) => [p.organisation, p.name]),
        [350, 350],
      ),
    );
  else out.push(para(L['report.noParticipants']));

  return { type: 'doc', content: out };
}
