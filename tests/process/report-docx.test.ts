import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { groups, meetings } from '../../db/schema';
import { jsonFromState, stateFromJson } from '../../app/features/collaboration/content.server';
import { reportJson, type ReportSources } from '../../app/features/report/report-content';
import { reportDocx } from '../../app/features/report/report-docx.server';
import { outcomeText } from '../../app/features/report/report-sources.server';
import { documentLabels } from '../../app/i18n/document-labels';

/**
 * The meeting report's .docx as LibreOffice lays it out: the first draft of a meeting (its items, the chair's notes,
 * the documents per item with their outcomes, the statements sent, the annexes), taken through the collaborative
 * text's format as the editor stores it, converted to PDF by soffice and read back with pdftotext. Set
 * PLENARY_SCREENSHOTS=<dir> to keep the first two pages as pictures.
 */

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plenary-report-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const group = {
  id: '00000000-0000-0000-0000-00000000000a',
  code: 'FG-MV',
  name: 'ITU-T Focus Group on metaverse',
} as typeof groups.$inferSelect;
const meeting = {
  id: '00000000-0000-0000-0000-00000000000b',
  groupId: group.id,
  title: 'FG-MV 2nd meeting',
  place: 'Shanghai, China',
  startsOn: '2023-07-04',
  endsOn: '2023-07-06',
  timeZone: 'Asia/Shanghai',
  documentAccess: 'public',
  language: 'en',
} as typeof meetings.$inferSelect;

const L = documentLabels('en');
const doc = (
  label: string,
  title: string,
  source: string,
  decision: Parameters<typeof outcomeText>[1],
  target?: string,
) => ({
  label,
  title,
  source,
  outcome: outcomeText('en', decision, target ?? null),
  note: '',
});
const ITEMS: ReportSources['items'] = [
  { label: '1', title: 'Opening of the meeting', depth: 0, notes: '', documents: [] },
  {
    label: '2',
    title: 'Approval of the agenda',
    depth: 0,
    notes: '',
    documents: [doc('FGMV-O-001', 'Draft agenda: FG-MV 2nd meeting', 'FG-MV', 'approved')],
  },
  {
    label: '3',
    title: 'WG2 Applications and services',
    depth: 0,
    notes: 'WG2 agreed the taxonomy and asked the editors to merge the tourism use cases.',
    documents: [
      doc('FGMV-I-012', 'Taxonomy of metaverse applications', 'ETRI', 'agreed'),
      doc('FGMV-I-013', 'Metaverse use cases in tourism', 'China Mobile', 'merged', 'FGMV-I-045'),
      doc('FGMV-I-045', 'Combined use cases', 'CAICT', 'noted'),
    ],
  },
  {
    label: '4',
    title: 'WG6 Security, data and PII protection',
    depth: 0,
    notes: '',
    documents: [doc('FGMV-I-020', 'Threat model for avatars', 'Nokia', 'postponed')],
  },
  { label: '5', title: 'Closing of the meeting', depth: 0, notes: '', documents: [] },
];
const SOURCES: ReportSources = {
  meetingTitle: meeting.title,
  place: meeting.place,
  dates: '4–6 July 2023',
  lastDay: '6 July 2023',
  agendaNumber: 'FGMV-O-001',
  items: ITEMS,
  allDocuments: ITEMS.flatMap((i) => i.documents),
  statements: [{ label: 'FGMV-O-002', title: 'Reply to SG99 on metaverse terminology', to: 'ITU-T SG99' }],
  nextMeetings: [{ title: 'FG-MV 3rd meeting', dates: '16–18 October 2023', place: 'Geneva, Switzerland' }],
  participants: [
    { name: 'Li Wei', organisation: 'China Mobile' },
    { name: 'Kim Min-jun', organisation: 'ETRI' },
  ],
};

let text = '';
beforeAll(async () => {
  // As stored by the collaboration server: the draft's JSON through Yjs and back.
  const json = jsonFromState(stateFromJson(reportJson(SOURCES, L)));
  const file = path.join(dir, 'report.docx');
  fs.writeFileSync(
    file,
    await reportDocx(meeting, group, json, 'FGMV-O-003', { registeredAt: new Date('2023-07-28T08:00:00Z') }),
  );
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${path.join(dir, 'profile')}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      file,
    ],
    { timeout: 150_000, stdio: 'ignore' },
  );
  const pdf = path.join(dir, 'report.pdf');
  text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  const shots = process.env.PLENARY_SCREENSHOTS;
  if (shots) {
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', pdf, path.join(shots, 'generated-report')]);
  }
}, 180_000);

const lines = () => text.split('\n').map((l) => l.replace(/\s+/g, ' ').trim());
const lineWith = (s: string) => lines().find((l) => l.includes(s)) ?? '';

describe('the meeting report as LibreOffice lays it out', () => {
  it('has the ITU header with its number and the REPORT cover', () => {
    expect(lineWith('FGMV-O-003')).toMatch(/FGMV-O-003/);
    expect(lines()).toContain('REPORT');
    expect(lineWith('Title:')).toContain('Report of the meeting: FG-MV 2nd meeting');
  });

  it('lists each agenda item with its documents and their outcomes', () => {
    for (const item of ITEMS) expect(lines(), item.title).toContain(`${item.label} ${item.title}`);
    for (const d of ITEMS.flatMap((i) => i.documents)) {
      const row = lines().some((l) => l.includes(d.label) && l.includes(d.title.split(' ').slice(0, 2).join(' ')));
      expect(row, `${d.label} ${d.title}`).toBe(true);
    }
    expect(lineWith('FGMV-I-012')).toMatch(/Agreed/);
    expect(text).toMatch(/Merged into\s+FGMV-I-045/);
    expect(lineWith('FGMV-I-020')).toMatch(/Postponed/);
    expect(text).toContain('WG2 agreed the taxonomy');
  });

  it('has the sections of an ITU report and both annexes', () => {
    for (const s of [
      '1 Opening of the meeting',
      '2 Approval of the agenda',
      '3 Documents per agenda item',
      '4 Liaison statements',
      '5 Next meetings',
      '6 Closing of the meeting',
    ])
      expect(lines(), s).toContain(s);
    expect(lineWith('FGMV-O-002')).toContain('ITU-T SG99');
    expect(text).toContain('FG-MV 3rd meeting: 16–18 October 2023, Geneva, Switzerland');
    expect(lines()).toContain('Annex A: Documents of the meeting');
    expect(lines()).toContain('Annex B: List of participants');
    expect(lineWith('Kim Min-jun')).toContain('ETRI');
    expect(lineWith('Li Wei')).toContain('China Mobile');
  });
});
