import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq, inArray } from 'drizzle-orm';
import { strToU8, zipSync } from 'fflate';
import { parse } from 'node-html-parser';
import {
  auditEvents,
  documentAllocations,
  documentFiles,
  documents,
  meetings,
  numberingSchemes,
} from '../../db/schema';
import type { Seeded } from '../../app/features/demo/index';
import { loadPrincipal, type Principal } from '../../app/features/groups/permissions.server';
import { importDocumentList } from '../../app/features/import/import.server';
import { bufferSource } from '../../app/features/submissions/byte-source';
import { demoData, DEMO_PASSWORD } from '../support/demo';
import { ituCoverDocx } from '../support/documents';
import { Client, withoutScripts } from '../support/http';
import { startTestPortal, type TestPortal } from '../support/portal';

let portal: TestPortal;
let seeded: Seeded;
let sec: Principal;
let member: Principal;
const db = () => portal.services.db;
const storage = () => portal.services.storage;
let source: { id: string; slug: string };

/** A fresh meeting of FG-MV numbered by schemes of its own (same formats as the group's), with nothing in it. */
async function emptyMeeting(slug: string) {
  const [m] = await db()
    .insert(meetings)
    .values({
      groupId: seeded.groupIds['fg-mv'],
      slug,
      title: `Import target ${slug}`,
      startsOn: '2031-03-01',
      endsOn: '2031-03-02',
      timeZone: 'Europe/Zurich',
      locationKind: 'virtual',
      documentTypes: ['input', 'output'],
      attachmentFormats: ['pdf'],
    })
    .returning();
  for (const [type, format] of [
    ['input', 'FGMV-I-{n:3}'],
    ['output', 'FGMV-O-{n:3}'],
  ] as const)
    await db()
      .insert(numberingSchemes)
      .values({
        groupId: m.groupId,
        documentType: type,
        name: `${slug} ${type}`,
        format,
        scope: 'meeting',
        meetingId: m.id,
      });
  return m;
}

const docsOf = (meetingId: string) =>
  db().select().from(documents).where(eq(documents.meetingId, meetingId)).orderBy(documents.numberLabel);
const schemeOf = async (meetingId: string, type: string) =>
  (
    await db()
      .select()
      .from(numberingSchemes)
      .where(and(eq(numberingSchemes.meetingId, meetingId), eq(numberingSchemes.documentType, type as 'input')))
  )[0];
const run = (slug: string, list: string | Buffer, opts: { dryRun?: boolean; zip?: Buffer } = {}) =>
  importDocumentList(db(), storage(), sec, slug, {
    list: typeof list === 'string' ? Buffer.from(list) : list,
    zip: opts.zip ? bufferSource(opts.zip) : null,
    dryRun: opts.dryRun ?? false,
  });

const HEAD = 'Number,Title,Source,Type,WG/Question,Agenda item,Decision,Access,Contact';

/** A one-sheet .xlsx written by hand (shared strings left out: inline strings and one formula cell). */
function xlsx(rows: (string | { formula: string; cached: string })[][]) {
  const cell = (v: string | { formula: string; cached: string }, r: number, c: number) => {
    const ref = `${String.fromCharCode(65 + c)}${r + 1}`;
    const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
    return typeof v === 'string'
      ? `<c r="${ref}" t="inlineStr"><is><t>${esc(v)}</t></is></c>`
      : `<c r="${ref}" t="str"><f>${esc(v.formula)}</f><v>${esc(v.cached)}</v></c>`;
  };
  const sheet = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows
    .map((row, r) => `<row r="${r + 1}">${row.map((v, c) => cell(v, r, c)).join('')}</row>`)
    .join('')}</sheetData></worksheet>`;
  return Buffer.from(
    zipSync({
      '[Content_Types].xml': strToU8(
        [
          '<?xml version="1.0" encoding="UTF-8"?>',
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
          '<Default Extension="rels"',
          ' ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
          '<Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml"',
          ' ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>',
          '<Override PartName="/xl/worksheets/sheet1.xml"',
          ' ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>',
          '</Types>',
        ].join(''),
      ),
      '_rels/.rels': strToU8(
        [
          '<?xml version="1.0" encoding="UTF-8"?>',
          '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">',
          '<Relationship Id="rId1"',
          ' Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"',
          ' Target="xl/workbook.xml"/></Relationships>',
        ].join(''),
      ),
      'xl/workbook.xml': strToU8(
        [
          '<?xml version="1.0" encoding="UTF-8"?>',
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"',
          ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>',
          '<sheet name="List" sheetId="1" r:id="rId1"/></sheets></workbook>',
        ].join(''),
      ),
      'xl/_rels/workbook.xml.rels': strToU8(
        [
          '<?xml version="1.0" encoding="UTF-8"?>',
          '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">',
          '<Relationship Id="rId1"',
          ' Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"',
          ' Target="worksheets/sheet1.xml"/></Relationships>',
        ].join(''),
      ),
      'xl/worksheets/sheet1.xml': strToU8(sheet),
    }),
  );
}

beforeAll(async () => {
  portal = await startTestPortal({ demo: true });
  seeded = await demoData(db());
  sec = await loadPrincipal(db(), { id: seeded.userIds.secretariat, isAdmin: false });
  member = await loadPrincipal(db(), { id: seeded.userIds.member1, isAdmin: false });
  // A meeting with registered documents (revisions, an addendum, allocations, decisions) whose export is imported elsewhere.
  const m = await emptyMeeting('import-source');
  const seededList = [
    HEAD,
    'FGMV-I-001,Use cases of the metaverse,ETRI,input,WG2,,noted,public,Ann Lee <ann@example.org>',
    'FGMV-I-002,Architecture overview,CAICT,input,WG3 WG2,,revised,members,',
    'FGMV-I-002 Rev.1,Architecture overview (revised),CAICT,input,WG3,,agreed,members,',
    'FGMV-I-002 Add.1,Architecture figures,CAICT,input,WG3,,,members,',
    'FGMV-I-003,Withdrawn idea,Nokia,input,,,withdrawn,,',
    'FGMV-O-001,Meeting report,FG-MV,output,,,approved,public,',
  ].join('\n');
  const seededReport = await run(m.slug, seededList);
  if (!seededReport.imported) throw new Error(JSON.stringify(seededReport, null, 2));
  source = { id: m.id, slug: m.slug };
});
afterAll(() => portal?.stop());

describe('importing a document list', () => {
  it("takes a meeting's own CSV export into an empty meeting with the same numbers, once", async () => {
    const client = new Client(portal.url);
    await client.signIn('tsb.fgmv@example.org', DEMO_PASSWORD);
    const res = await client.get(`/meetings/${source.slug}/documents.csv?per=all`);
    expect(res.status).toBe(200);
    const csv = Buffer.from(await res.arrayBuffer());
    const exported = await db()
      .select({ label: documents.numberLabel, revision: documents.revision })
      .from(documents)
      .where(and(eq(documents.meetingId, source.id), inArray(documents.state, ['registered', 'withdrawn'])));
    expect(exported.length).toBeGreaterThan(3);

    const target = await emptyMeeting('import-from-export');
    const dry = await run(target.slug, csv, { dryRun: true });
    expect(dry.errors).toEqual([]);
    expect(dry.counts.create).toBe(exported.length);
    expect(await docsOf(target.id)).toHaveLength(0);

    const done = await run(target.slug, csv);
    expect(done.imported).toBe(true);
    const imported = await docsOf(target.id);
    const labels = (rows: { label?: string | null; numberLabel?: string | null; revision: number }[]) =>
      rows.map((r) => `${r.label ?? r.numberLabel} ${r.revision}`).sort();
    expect(labels(imported)).toEqual(labels(exported));
    const inputs = imported.filter((d) => d.type === 'input');
    expect((await schemeOf(target.id, 'input')).lastNumber).toBe(Math.max(...inputs.map((d) => d.number!)));
    // Allocations came along by their WG codes; a revision points at what it revises.
    const allocated = await db()
      .select({ n: count() })
      .from(documentAllocations)
      .where(
        inArray(
          documentAllocations.documentId,
          imported.map((d) => d.id),
        ),
      );
    expect(allocated[0].n).toBeGreaterThan(0);
    for (const d of imported.filter((x) => x.revision > 0)) expect(d.revisionOfId).toBeTruthy();
    const events = await db()
      .select({ n: count() })
      .from(auditEvents)
      .where(and(eq(auditEvents.meetingId, target.id), eq(auditEvents.action, 'document.imported')));
    expect(events[0].n).toBe(exported.length);

    const again = await run(target.slug, csv);
    expect(again.imported).toBe(false);
    expect(again.counts).toMatchObject({ create: 0, unchanged: exported.length, error: 0 });
    expect(await docsOf(target.id)).toHaveLength(exported.length);
  });

  it('names every bad row and stores nothing', async () => {
    const target = await emptyMeeting('import-bad-rows');
    const list = [
      HEAD,
      'FGMV-I-001,Good one,ETRI,input,WG2,,,,Ann <ann@example.org>',
      'FGMV-I-001,Same number again,ETRI,input,,,,,',
      'FGMV-I-002,Odd type,ETRI,memo,,,,,',
      'FGMV-I-3,Not padded,ETRI,input,,,,,',
      'FGMV-I-004,Unknown WG,ETRI,input,WG99,,,,',
      'FGMV-I-005,Bad mail,ETRI,input,,,,,ann at example',
      'FGMV-I-006,Bad decision,ETRI,input,,,maybe,,',
    ].join('\n');
    const before = await db().select({ n: count() }).from(auditEvents);
    const report = await run(target.slug, list);
    expect(report.imported).toBe(false);
    const byLine = Object.fromEntries(report.rows.map((r) => [r.line, r]));
    expect(byLine[2].action).toBe('create');
    expect(byLine[3].errors.join()).toMatch(/already on line 2/);
    expect(byLine[4].errors.join()).toMatch(/Unknown document type "memo"/);
    expect(byLine[5].errors.join()).toMatch(/does not follow the scheme format.*FGMV-I-001/);
    expect(byLine[6].errors.join()).toMatch(/Unknown WG or Question "WG99"/);
    expect(byLine[7].errors.join()).toMatch(/"ann at example" is not an e-mail address/);
    expect(byLine[8].errors.join()).toMatch(/Unknown decision "maybe"/);
    expect(report.errors.join()).toMatch(/Nothing was imported: 6 rows/);
    expect(await docsOf(target.id)).toHaveLength(0);
    expect((await schemeOf(target.id, 'input')).lastNumber).toBe(0);
    expect((await db().select({ n: count() }).from(auditEvents))[0].n).toBe(before[0].n);
  });

  it('decodes Latin-1, UTF-16 and UTF-8 with BOM, and keeps formula-like cells as text', async () => {
    const target = await emptyMeeting('import-encodings');
    const latin1 = Buffer.from(`${HEAD}\nFGMV-I-001,Réunion à Genève,Société,input,,,,,\n`, 'latin1');
    expect((await run(target.slug, latin1)).encoding).toBe('Windows-1252');
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(`${HEAD}\nFGMV-I-002,会议文件 Über,CAICT,input,,,,,\n`, 'utf16le'),
    ]);
    expect((await run(target.slug, utf16)).encoding).toBe('UTF-16LE');
    const formula = Buffer.from(
      `\uFEFF${HEAD}\nFGMV-I-003,"=HYPERLINK(""http://evil.example"",""click"")",+cmd|' /C calc'!A0,input,,,,,\n`,
    );
    expect((await run(target.slug, formula)).imported).toBe(true);
    const titles = Object.fromEntries((await docsOf(target.id)).map((d) => [d.numberLabel, d]));
    expect(titles['FGMV-I-001'].title).toBe('Réunion à Genève');
    expect(titles['FGMV-I-001'].source).toBe('Société');
    expect(titles['FGMV-I-002'].title).toBe('会议文件 Über');
    expect(titles['FGMV-I-003'].title).toBe('=HYPERLINK("http://evil.example","click")');
    expect(titles['FGMV-I-003'].source).toBe("+cmd|' /C calc'!A0");
    await expect(run(target.slug, Buffer.from(`${HEAD}\n`, 'utf16le'))).rejects.toThrow(/UTF-16 text without a byte/);
  });

  it('reads lists saved in Japanese and Chinese encodings, and refuses one it cannot tell, naming those it reads', async () => {
    const target = await emptyMeeting('import-cjk-encodings');
    const fixture = (name: string) => fs.readFileSync(path.resolve(import.meta.dirname, '../fixtures/lists', name));
    expect((await run(target.slug, fixture('shift-jis.csv'))).encoding).toBe('Shift_JIS');
    expect((await run(target.slug, fixture('gb18030.csv'))).encoding).toBe('GB18030');
    const titles = Object.fromEntries((await docsOf(target.id)).map((d) => [d.numberLabel, d]));
    expect(titles['FGMV-I-001']).toMatchObject({
      title: 'メタバースにおけるアバターの相互運用性',
      source: '日本電信電話株式会社',
    });
    expect(titles['FGMV-I-003']).toMatchObject({ title: '元宇宙中虚拟化身的互操作性', source: '中国信息通信研究院' });
    // EBCDIC, as a mainframe export writes it: neither UTF-8 nor anything the import can tell.
    await expect(run(target.slug, fixture('ebcdic.csv'))).rejects.toThrow(
      /text encoding the import cannot tell: it reads UTF-8, UTF-16 with a byte order mark, Windows-1252.*Shift_JIS.*GB18030/,
    );
  });

  it('reads an .xlsx list, taking a formula cell as its text, never evaluating it', async () => {
    const target = await emptyMeeting('import-xlsx');
    const report = await run(
      target.slug,
      xlsx([
        ['Number', 'Title', 'Type', 'WG/Question'],
        ['FGMV-O-001', 'Output from a spreadsheet', 'output', 'WG3'],
        [
          'FGMV-I-001',
          { formula: 'HYPERLINK("http://evil.example","Linked title")', cached: 'Linked title' },
          'input',
          '',
        ],
      ]),
    );
    expect(report.errors).toEqual([]);
    const rows = await docsOf(target.id);
    expect(rows.map((r) => [r.numberLabel, r.title])).toEqual([
      ['FGMV-I-001', 'Linked title'],
      ['FGMV-O-001', 'Output from a spreadsheet'],
    ]);
  });

  it('refuses 100,000 rows with the limit, and a list without number and title columns', async () => {
    const target = await emptyMeeting('import-limits');
    const big = [HEAD, ...Array.from({ length: 100_000 }, (_, i) => `FGMV-I-${i + 1},T,,input,,,,,`)].join('\n');
    await expect(run(target.slug, big)).rejects.toThrow(/100000 rows; at most 5000/);
    await expect(run(target.slug, 'Name,Colour\nx,y\n')).rejects.toThrow(/at least the columns Number and Title/);
    expect(await docsOf(target.id)).toHaveLength(0);
  });

  it('stores the zip files named by number, reports strays, and removes them all when the list is refused', async () => {
    const target = await emptyMeeting('import-zip');
    const docx = await ituCoverDocx({ title: 'Imported with its file' });
    const zip = Buffer.from(
      zipSync({
        'FGMV-I-001.docx': docx,
        'FGMV-I-001 - slides.pdf': strToU8('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'),
        'FGMV-I-077.docx': docx,
        'notes.txt': strToU8('hello'),
      }),
    );
    const keysBefore = new Set<string>();
    for await (const o of storage().list('uploads/')) keysBefore.add(o.key);
    const bad = await run(target.slug, `${HEAD}\nFGMV-I-001,With file,ETRI,input,,,,,\nFGMV-I-02,Bad,,input,,,,,\n`, {
      zip,
    });
    expect(bad.imported).toBe(false);
    const keysAfter: string[] = [];
    for await (const o of storage().list('uploads/')) if (!keysBefore.has(o.key)) keysAfter.push(o.key);
    expect(keysAfter).toEqual([]);

    const ok = await run(target.slug, `${HEAD}\nFGMV-I-001,With file,ETRI,input,,,,,\n`, { zip });
    expect(ok.imported).toBe(true);
    expect(ok.warnings.join('\n')).toMatch(/"FGMV-I-077.docx" matches no number/);
    expect(ok.warnings.join('\n')).toMatch(/"notes.txt" matches no number/);
    const [doc] = await docsOf(target.id);
    const files = await db().select().from(documentFiles).where(eq(documentFiles.documentId, doc.id));
    expect(files.map((f) => [f.role, f.filename]).sort()).toEqual([
      ['attachment', 'slides.pdf'],
      ['main', 'FGMV-I-001.docx'],
    ]);
  });

  it('is for the secretariat only, through the page too, and the page shows the dry run per row', async () => {
    const target = await emptyMeeting('import-page');
    await expect(
      importDocumentList(db(), storage(), member, target.slug, { list: Buffer.from(HEAD), dryRun: true }),
    ).rejects.toThrow(/not allowed|forbidden|permission/i);
    const outsider = new Client(portal.url);
    await outsider.signIn('member.etri@example.org', DEMO_PASSWORD);
    expect((await outsider.get(`/meetings/${target.slug}/import`)).status).toBe(403);

    const client = new Client(portal.url);
    await client.signIn('tsb.fgmv@example.org', DEMO_PASSWORD);
    expect((await client.get(`/meetings/${target.slug}/import`)).status).toBe(200);
    const form = new FormData();
    form.set('intent', 'check');
    form.set(
      'list',
      new Blob([`${HEAD}\nFGMV-I-001,Checked,ETRI,input,,,,,\nFGMV-I-001,Twice,ETRI,input,,,,,\n`]),
      'list.csv',
    );
    const res = await client.post(`/meetings/${target.slug}/import`, form);
    expect(res.status).toBe(200);
    const page = parse(withoutScripts(await res.text()));
    const rows = page
      .querySelectorAll('table tbody tr')
      .map((tr) => tr.querySelectorAll('td').map((td) => td.text.trim()));
    expect(rows[0].slice(0, 4)).toEqual(['2', 'FGMV-I-001', 'Checked', 'new']);
    expect(rows[1][3]).toBe('refused');
    expect(rows[1][5]).toMatch(/already on line 2/);
    expect(page.querySelector('[role=alert]')?.text).toMatch(/Nothing was imported/);
    expect(await docsOf(target.id)).toHaveLength(0);

    // Refusals of the form itself stand beside the field they concern, also without JavaScript.
    const fieldError = async (form: FormData, field: string) => {
      const res = await client.post(`/meetings/${target.slug}/import`, form);
      expect(res.status).toBe(400);
      const html = parse(withoutScripts(await res.text()));
      const input = html.querySelector(`.import-form input[name=${field}]`)!;
      expect(input.getAttribute('aria-invalid')).toBe('true');
      return input.parentNode.querySelector('.field-error')?.text;
    };
    const noList = new FormData();
    noList.set('intent', 'import');
    expect(await fieldError(noList, 'list')).toBe('Choose the document list (.csv or .xlsx).');
    const wrongKinds = new FormData();
    wrongKinds.set('intent', 'check');
    wrongKinds.set('list', new Blob(['%PDF-1.7']), 'list.pdf');
    wrongKinds.set('files', new Blob(['not a zip']), 'files.rar');
    expect(await fieldError(wrongKinds, 'list')).toBe('The list must be a .csv or .xlsx file.');
    expect(await fieldError(wrongKinds, 'files')).toBe('The files must come together in one .zip file.');
  });

  it('npm run import imports a list into the configured database', async () => {
    const target = await emptyMeeting('import-cli');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-cli-'));
    const list = path.join(dir, 'list.csv');
    fs.writeFileSync(list, `${HEAD}\nFGMV-I-001,From the command line,ETRI,input,,,,,\n`);
    const env = {
      ...process.env,
      DATABASE_URL: portal.database.url!,
      DATA_DIR: dir,
      FILES_DIR: (portal.services.config.storage as { root: string }).root,
      NODE_ENV: 'test' as const,
    };
    const tsx = path.resolve('node_modules/.bin/tsx');
    const dry = spawnSync(tsx, ['scripts/import.ts', '--meeting', target.slug, list, '--dry-run'], {
      env,
      encoding: 'utf8',
    });
    expect(dry.stdout).toMatch(/check only .*new 1/);
    expect(dry.status).toBe(0);
    const done = spawnSync(tsx, ['scripts/import.ts', '--meeting', target.slug, list], { env, encoding: 'utf8' });
    expect(done.stdout).toMatch(/imported .*new 1/);
    expect(done.status).toBe(0);
    const [doc] = await docsOf(target.id);
    expect(doc.title).toBe('From the command line');
    const [event] = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.documentId, doc.id), eq(auditEvents.action, 'document.imported')));
    expect(event.actorId).toBeNull();
    expect(event.after).toMatchObject({ via: 'command line' });
    const bad = spawnSync(tsx, ['scripts/import.ts', '--meeting', 'no-such-meeting', list], { env, encoding: 'utf8' });
    expect(bad.status).toBe(2);
  });
});
