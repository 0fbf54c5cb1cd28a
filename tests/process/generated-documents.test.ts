import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { groups, liaisonStatements, meetings } from '../../db/schema';
import { agendaDocx, templateJson } from '../../app/features/collaboration/agendas.server';
import { liaisonDocx } from '../../app/features/liaisons/liaison-document.server';
import { buildTemplate } from '../../app/features/submissions/templates.server';
import { bufferSource, stampDocx } from '../../app/features/registration/stamping.server';

/**
 * Every kind of .docx the portal generates, as LibreOffice lays it out: converted to PDF in one soffice call, read
 * back with pdftotext -layout (lines as they appear on the page) and the first pages drawn with pdftoppm. Set
 * PLENARY_SCREENSHOTS=<dir> to keep the pictures (docs/screenshots/generated-*.png are made so).
 */

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plenary-generated-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const group = {
  id: '00000000-0000-0000-0000-00000000000a',
  code: 'JCA-MV',
  name: 'Joint Coordination Activity on metaverse standardization',
} as typeof groups.$inferSelect;
const meeting = {
  id: '00000000-0000-0000-0000-00000000000b',
  groupId: group.id,
  title: 'JCA-MV 1st meeting',
  place: 'Geneva',
  startsOn: '2025-10-09',
  endsOn: '2025-10-09',
  timeZone: 'Europe/Zurich',
  documentAccess: 'public',
} as typeof meetings.$inferSelect;
// 23:30 UTC on 1 October is 2 October in Geneva: the document must say the Geneva date.
const approvedAt = new Date('2025-10-01T23:30:00Z');
const statement = {
  direction: 'out',
  title: 'LS on the definition of metaverse',
  source: 'JCA-MV',
  questions: ['Q1/21'],
  addressees: [
    { name: 'ITU-T SG21', email: 'tsbsg21@itu.int', purpose: 'action' },
    { name: 'ISO/IEC JTC 1', email: '', purpose: 'information' },
  ],
  replyDeadline: new Date('2026-02-01T22:59:00Z'),
  contacts: [{ name: 'Omar Al-Farsi', organisation: 'CST', country: 'Saudi Arabia', email: 'omar@cst.example' }],
  approvedAt,
} as unknown as typeof liaisonStatements.$inferSelect;

const KINDS = [
  'template-input',
  'template-td',
  'template-ls-in',
  'stamped',
  'stamped-after-libreoffice',
  'liaison',
  'agenda',
] as const;
type Kind = (typeof KINDS)[number];
const text = new Map<Kind, string>();
const pages = new Map<Kind, number>();

beforeAll(async () => {
  const fgmv = { groupCode: 'FG-MV', groupName: 'ITU-T Focus Group on metaverse', place: 'Shanghai, China' };
  const input = await buildTemplate({ ...fgmv, dates: '4–6 July 2023', meetingDate: '2023-07-04', type: 'input' });
  const filled = await buildTemplate({
    ...fgmv,
    dates: '4–6 July 2023',
    meetingDate: '2023-07-04',
    type: 'input',
    questions: 'WG2',
    source: 'ETRI',
    title: 'Use cases of city digital twins in the metaverse',
    purpose: 'Proposal',
    contacts: [{ name: 'Kim Min-jun', organisation: 'ETRI', country: 'Korea (Rep. of)', email: 'kim@etri.example' }],
    keywords: 'metaverse, digital twin',
    abstract: 'This contribution proposes three use cases.',
  });
  const stamped = await stampDocx(bufferSource(filled), 'FGMV-I-042', '2023-06-20');
  // The template as LibreOffice saves it (its content controls dropped): the number goes in place of "[number]".
  const resaved = await stampDocx(
    bufferSource(fs.readFileSync(path.join(import.meta.dirname, '../fixtures/covers/template-roundtrip.docx'))),
    'FGMV-I-043',
    '2026-04-20',
  );
  expect(resaved.where).toBe('cover');
  const files: Record<Kind, Buffer | NodeJS.ReadableStream> = {
    'template-input': input,
    'template-td': await buildTemplate({
      groupCode: 'SG20',
      groupName: 'Study Group 20',
      place: 'e-meeting',
      dates: '6–16 July 2020',
      meetingDate: '2020-07-06',
      type: 'td',
    }),
    'template-ls-in': await buildTemplate({
      ...fgmv,
      dates: '4–6 July 2023',
      meetingDate: '2023-07-04',
      type: 'ls_in',
    }),
    stamped: stamped.stream,
    'stamped-after-libreoffice': resaved.stream,
    liaison: await liaisonDocx(
      statement,
      meeting,
      group,
      {
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'JCA-MV thanks SG21 for its work.' }] }],
      },
      'JCA-MV-D-007',
      new Date('2025-10-02T08:00:00Z'),
    ),
    agenda: await agendaDocx(meeting, group, templateJson(meeting.title), 'JCA-MV-A-01', {
      registeredAt: new Date('2025-10-01T08:00:00Z'),
      documents: new Map([
        ['6', [{ numberLabel: 'JCA-MV-LSI-001', title: 'LS from ITU-T SG21 on metaverse terms' }]],
        [
          '8',
          [
            { numberLabel: 'JCA-MV-D-002', title: 'Overview of metaverse standardization in SDOs' },
            { numberLabel: 'JCA-MV-D-003', title: 'Proposed roadmap of the JCA' },
          ],
        ],
      ]),
    }),
  };
  for (const kind of KINDS) {
    const body = files[kind];
    const file = path.join(dir, `${kind}.docx`);
    if (Buffer.isBuffer(body)) fs.writeFileSync(file, body);
    else await pipeline(body, fs.createWriteStream(file));
  }
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${path.join(dir, 'profile')}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      ...KINDS.map((k) => path.join(dir, `${k}.docx`)),
    ],
    { timeout: 150_000, stdio: 'ignore' },
  );
  const shots = process.env.PLENARY_SCREENSHOTS;
  for (const kind of KINDS) {
    const pdf = path.join(dir, `${kind}.pdf`);
    text.set(kind, execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }));
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    pages.set(kind, Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]));
    execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', '-singlefile', pdf, path.join(dir, kind)]);
    if (shots) fs.copyFileSync(path.join(dir, `${kind}.png`), path.join(shots, `generated-${kind}.png`));
  }
}, 180_000);

/** The page's lines, spaces collapsed; `line(kind, re)` is the first line matching. */
const lines = (kind: Kind) =>
  text
    .get(kind)!
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim());
const line = (kind: Kind, re: RegExp) => lines(kind).find((l) => re.test(l)) ?? '';
/** Where on its line (in characters of the layout text, about 100 to the line) a string first appears; -1 when absent. */
const column = (kind: Kind, s: string) =>
  text
    .get(kind)!
    .split('\n')
    .map((l) => l.indexOf(s))
    .find((i) => i >= 0) ?? -1;

describe('generated documents as LibreOffice lays them out', () => {
  it('draws each on one page, with a first-page image', () => {
    for (const kind of KINDS) {
      expect(pages.get(kind), kind).toBe(1);
      expect(fs.statSync(path.join(dir, `${kind}.png`)).size, kind).toBeGreaterThan(5_000);
    }
  });

  it('keeps the sector lines whole, the study period of the meeting, the group line and the original language', () => {
    for (const kind of KINDS) {
      expect(line(kind, /INTERNATIONAL/), kind).toMatch(/^ITU INTERNATIONAL TELECOMMUNICATION UNION\b/);
      expect(line(kind, /STANDARDIZATION/), kind).toMatch(/^TELECOMMUNICATION STANDARDIZATION SECTOR\b/);
      expect(column(kind, 'Original: English'), kind).toBeGreaterThan(60);
    }
    expect(line('template-input', /STUDY PERIOD/)).toMatch(/^STUDY PERIOD 2022-2024$/);
    expect(line('template-td', /STUDY PERIOD/)).toMatch(/^STUDY PERIOD 2017-2020$/);
    // The date under the number may share the line.
    expect(line('liaison', /STUDY PERIOD/)).toMatch(/^STUDY PERIOD 2025-2028\b/);
    expect(lines('template-input')).toContain('ITU-T Focus Group on metaverse (FG-MV)');
    expect(lines('liaison')).toContain('Joint Coordination Activity on metaverse standardization (JCA-MV)');
  });

  it('puts the number at the right of the header: a placeholder in templates, the number once stamped or generated', () => {
    expect(column('template-input', '[number]')).toBeGreaterThan(60);
    expect(column('stamped', 'FGMV-I-042')).toBeGreaterThan(60);
    expect(column('stamped', '2023-06-20')).toBeGreaterThan(60);
    expect(text.get('stamped')).not.toContain('[number]');
    expect(column('stamped-after-libreoffice', 'FGMV-I-043')).toBeGreaterThan(60);
    expect(text.get('stamped-after-libreoffice')).not.toContain('[number]');
    expect(column('liaison', 'JCA-MV-D-007')).toBeGreaterThan(60);
    expect(column('liaison', '2025-10-02')).toBeGreaterThan(60);
    expect(column('agenda', 'JCA-MV-A-01')).toBeGreaterThan(60);
  });

  it('lays the cover rows out label beside value, labels unbroken', () => {
    expect(line('template-input', /^Question\(s\):/)).toMatch(/^Question\(s\): .* Meeting, date: Shanghai, China/);
    expect(lines('template-input')).toContain('INPUT DOCUMENT');
    expect(lines('template-td')).toContain('TEMPORARY DOCUMENT');
    expect(line('stamped', /^Title:/)).toBe('Title: Use cases of city digital twins in the metaverse');
    expect(line('stamped', /^Contact:/)).toBe('Contact: Kim Min-jun E-mail: kim@etri.example');
    for (const label of ['For action to:', 'For comment to:', 'For information to:', 'Approval:', 'Deadline:'])
      expect(line('template-ls-in', new RegExp(`^${label.replace(/[()]/g, '\\$&')}`)), label).not.toBe('');
  });

  it('writes the liaison statement with its addressees, the approval day and the deadline in the meeting time zone', () => {
    expect(lines('liaison')).toContain('LIAISON STATEMENT');
    expect(line('liaison', /^For action to:/)).toBe('For action to: ITU-T SG21');
    expect(line('liaison', /^For comment to:/)).toBe('For comment to: —');
    expect(line('liaison', /^For information to:/)).toBe('For information to: ISO/IEC JTC 1');
    const approval = lines('liaison').slice(lines('liaison').indexOf(line('liaison', /^Approval:/)));
    expect(`${approval[0]} ${approval[1]}`).toMatch(
      /^Approval: JCA-MV 1st meeting \(Geneva, 9 October 2025\); approved on 2025-10-02\b/,
    );
    expect(line('liaison', /^Deadline:/)).toBe('Deadline: 2026-02-01');
    expect(line('liaison', /^Contact:/)).toBe('Contact: Omar Al-Farsi E-mail: omar@cst.example');
  });

  it('lists under each agenda item the documents allocated to it', () => {
    const all = lines('agenda');
    const at = (re: RegExp) => all.findIndex((l) => re.test(l));
    expect(at(/^6 Incoming liaison statements$/)).toBeGreaterThan(0);
    expect(all[at(/^6 Incoming liaison statements$/) + 1]).toBe('JCA-MV-LSI-001 LS from ITU-T SG21 on metaverse terms');
    const inputs = at(/^8 Input documents$/);
    expect(all.slice(inputs + 1, inputs + 3)).toEqual([
      'JCA-MV-D-002 Overview of metaverse standardization in SDOs',
      'JCA-MV-D-003 Proposed roadmap of the JCA',
    ]);
    expect(all[at(/^3 Working methods$/) + 1]).toBe('3.1 Meeting document folder');
  });
});
