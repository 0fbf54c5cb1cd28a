import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { bufferSource, checkZipDocument, DocxError, ZIP_LIMITS } from '../../app/features/submissions/docx.server';
import { coverFromXml } from '../../app/features/submissions/cover.server';
import { buildTemplate } from '../../app/features/submissions/templates.server';
import { translate } from '../../app/i18n';
import { LOCALES } from '../../app/i18n/locales';
import { docxText } from '../support/documents';
import { ituCoverDocx, minimalDocx } from '../fixtures/docx';
import { compoundFile } from '../fixtures/ole';

const corpus = (name: string) => readFileSync(join(import.meta.dirname, '../fixtures/covers', name));

const problem = async (bytes: Uint8Array, limits = ZIP_LIMITS) => {
  try {
    await checkZipDocument(bufferSource(bytes), limits);
    return null;
  } catch (e) {
    if (e instanceof DocxError) return e.problem;
    throw e;
  }
};

describe('the portal template', () => {
  it('reads back nothing but hints from the blank template, and knows it is the portal template', async () => {
    const bytes = await buildTemplate({
      groupCode: 'FG-MV',
      groupName: 'ITU-T Focus Group on metaverse',
      place: 'Geneva',
      dates: '1–3 May 2026',
      type: 'input',
    });
    const { kind, cover } = await checkZipDocument(bufferSource(bytes));
    expect(kind).toBe('docx');
    expect(cover!.fromPortalTemplate).toBe(true);
    expect(cover!.title).toBe('');
    expect(cover!.contacts).toEqual([]);
  });

  it('reads the fields of a filled template, Unicode intact', async () => {
    const bytes = await buildTemplate({
      groupCode: 'FG-MV',
      groupName: 'FG',
      place: 'Geneva',
      dates: 'May',
      type: 'input',
      questions: 'WG2, WG3',
      source: 'ETRI; 中国信息通信研究院',
      title: 'Метавселенная: 城市数字孪生 و المدن',
      purpose: 'Proposal',
      contacts: [
        {
          name: 'Kim Min-jun',
          organisation: 'ETRI',
          country: 'Korea (Rep. of)',
          email: 'kim@etri.example',
          phone: '+82 42 860',
        },
        { name: 'Иван Петров', organisation: 'МТС', country: 'Russia', email: 'ivan@mts.example' },
      ],
      keywords: 'metaverse, 数字孪生, цифровой двойник',
      abstract: 'This contribution proposes <b>HTML</b> & more.',
    });
    const { cover } = await checkZipDocument(bufferSource(bytes));
    expect(cover).toMatchObject({
      questions: ['WG2', 'WG3'],
      source: 'ETRI; 中国信息通信研究院',
      title: 'Метавселенная: 城市数字孪生 و المدن',
      purpose: 'proposal',
      keywords: ['metaverse', '数字孪生', 'цифровой двойник'],
      abstract: 'This contribution proposes <b>HTML</b> & more.',
    });
    expect(cover!.contacts).toEqual([
      {
        name: 'Kim Min-jun',
        organisation: 'ETRI',
        country: 'Korea (Rep. of)',
        email: 'kim@etri.example',
        phone: '+82 42 860',
      },
      { name: 'Иван Петров', organisation: 'МТС', country: 'Russia', email: 'ivan@mts.example', phone: '' },
    ]);
  });
});

describe('the portal template in each language', () => {
  it.each(LOCALES)('is read back field for field when its labels are in %s', async (locale) => {
    const bytes = await buildTemplate({
      groupCode: 'FG-MV',
      groupName: 'ITU-T Focus Group on metaverse',
      place: 'Shanghai',
      dates: '4–6 July 2023',
      type: 'td',
      locale,
      questions: 'WG2',
      source: 'ETRI',
      title: 'Metaverse roadmap',
      purpose: 'Discussion',
      contacts: [{ name: 'Kim Min-jun', organisation: 'ETRI', country: 'Korea', email: 'kim@etri.example' }],
      keywords: 'metaverse, roadmap',
      abstract: 'A roadmap.',
    });
    const { cover } = await checkZipDocument(bufferSource(bytes));
    expect(cover).toMatchObject({
      type: 'td',
      questions: ['WG2'],
      source: 'ETRI',
      title: 'Metaverse roadmap',
      purpose: 'discussion',
      keywords: ['metaverse', 'roadmap'],
      abstract: 'A roadmap.',
    });
    expect(cover!.contacts.map((c) => c.email)).toEqual(['kim@etri.example']);
    const text = docxText(bytes);
    expect(text).toContain(translate(locale, 'doc.sector'));
    expect(text).toContain(translate(locale, 'doc.source'));
  });
});

describe('an ITU cover table written in Word or LibreOffice', () => {
  it('reads label cells and their values', async () => {
    const { cover } = await checkZipDocument(bufferSource(ituCoverDocx()));
    expect(cover).toMatchObject({
      questions: ['1/20', '2/20'],
      source: 'China Mobile Communications Corporation',
      title: '关于物联网的新工作项目提案 (new work item)',
      purpose: 'discussion',
      keywords: ['IoT', 'умный город'],
      abstract: 'هذا ملخص المساهمة',
    });
    expect(cover!.contacts[0]).toMatchObject({
      name: 'Li Lei',
      organisation: 'China Mobile',
      country: 'China',
      email: 'lilei@chinamobile.example',
    });
    expect(cover!.fromPortalTemplate).toBe(false);
  });

  it('reads "Label: value" paragraphs when there is no table', () => {
    const xml = [
      '<w:document xmlns:w="x"><w:body>',
      '<w:p><w:r><w:t xml:space="preserve">Title: </w:t></w:r><w:r><w:t>A &amp; B</w:t></w:r></w:p>',
      '<w:p><w:r><w:t>Source:</w:t></w:r></w:p>',
      '<w:p><w:r><w:t>Nokia</w:t></w:r></w:p>',
      '</w:body></w:document>',
    ].join('');
    expect(coverFromXml(xml)).toMatchObject({ title: 'A & B', source: 'Nokia' });
  });
});

describe('bad files, by content', () => {
  it('refuses an empty file, a program, an HTML page and random bytes', async () => {
    expect(await problem(new Uint8Array())).toBe('empty');
    expect(await problem(Buffer.concat([Buffer.from('MZ\x90\x00'), Buffer.alloc(200)]))).toBe('program');
    expect(await problem(Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46]), Buffer.alloc(100)]))).toBe('program');
    expect(await problem(Buffer.from('<!DOCTYPE html><html><script>alert(1)</script>'))).toBe('html');
    expect(await problem(Buffer.from('just some text'))).toBe('not_zip');
  });

  it('refuses a truncated or corrupt zip', async () => {
    const good = minimalDocx('Hello');
    expect(await problem(good.subarray(0, Math.floor(good.length / 2)))).toBe('corrupt');
    const corrupt = Buffer.from(good);
    corrupt.fill(0x41, 40, 200);
    expect(['corrupt', 'bomb']).toContain(await problem(corrupt));
  });

  it('refuses a macro-enabled document (vbaProject part or macro content type)', async () => {
    expect(await problem(minimalDocx('x', { 'word/vbaProject.bin': strToU8('VBA') }))).toBe('macro');
    expect(await problem(minimalDocx('x', {}, 'application/vnd.ms-word.document.macroEnabled.main+xml'))).toBe('macro');
  });

  it("tells a password-protected file from a Word, Excel or PowerPoint 97–2003 file by the compound file's directory", async () => {
    expect(await problem(compoundFile(['EncryptionInfo', 'EncryptedPackage']))).toBe('ole_encrypted');
    expect(await problem(compoundFile(['WordDocument', '1Table']))).toBe('doc');
    expect(await problem(compoundFile(['Workbook']))).toBe('xls');
    expect(await problem(compoundFile(['PowerPoint Document', 'Current User']))).toBe('ppt');
    expect(await problem(compoundFile(['Contents']))).toBe('ole_legacy');
    const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(await problem(Buffer.concat([header, Buffer.alloc(2000, 0xff)]))).toBe('ole_legacy');
    // A directory that cannot be followed: the stream names are looked for in the first bytes.
    expect(await problem(Buffer.concat([header, Buffer.alloc(600), Buffer.from('EncryptedPackage', 'utf16le')]))).toBe(
      'ole_encrypted',
    );
  });

  it('names the format of a .doc, a password-protected .doc and an .odt saved by LibreOffice', async () => {
    expect(await problem(corpus('word97.doc'))).toBe('doc');
    expect(await problem(corpus('password.doc'))).toBe('ole_encrypted');
    expect(await problem(corpus('opendocument.odt'))).toBe('odt');
  });

  it('stops a zip bomb: too many entries, or too much expanded data', async () => {
    const many: Record<string, Uint8Array> = {};
    for (let i = 0; i < 50; i++) many[`f${i}.txt`] = strToU8('x');
    expect(await problem(zipSync(many), { ...ZIP_LIMITS, maxEntries: 20 })).toBe('bomb');
    const zeros = zipSync(
      { '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': new Uint8Array(30 * 1024 * 1024) },
      { level: 9 },
    );
    expect(zeros.length).toBeLessThan(100 * 1024);
    expect(await problem(zeros, { ...ZIP_LIMITS, maxEntryRead: 1024 * 1024 })).toBe('bomb');
    expect(await problem(zeros, { ...ZIP_LIMITS, maxTotalExpanded: 1024 * 1024 })).toBe('bomb');
  });

  it('says a zip without word/document.xml is a plain archive', async () => {
    expect((await checkZipDocument(bufferSource(zipSync({ 'a.txt': strToU8('a') })))).kind).toBe('zip');
  });
});

describe('reading a stored object by ranges (storageSource)', () => {
  it('returns nothing for an empty read, as bufferSource does, and reads an empty zip entry from storage', async () => {
    const fs = await import('node:fs');
    const os = await import('node:os');
    const path = await import('node:path');
    const { createStorage } = await import('../../storage');
    const { openZip, readEntry, storageSource } = await import('../../app/features/submissions/docx.server');
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'plenary-docx-'));
    try {
      const storage = createStorage({ kind: 'local', root });
      // A stored (level 0) empty entry: its data is zero bytes, so yauzl asks for the range [offset, offset).
      const bytes = Buffer.from(
        zipSync({
          'word/document.xml': strToU8('<w:document/>'),
          'customXml/empty.xml': [new Uint8Array(0), { level: 0 }],
        }),
      );
      await storage.put('docx/empty-entry', Readable.from([bytes]));
      const source = storageSource(storage, 'docx/empty-entry', bytes.length);
      const collect = async (r: Readable | Promise<Readable>) => {
        const chunks: Buffer[] = [];
        for await (const c of await r) chunks.push(Buffer.from(c));
        return Buffer.concat(chunks);
      };
      expect((await collect(source.read(10, 10))).length).toBe(0);
      expect((await collect(source.read(bytes.length, bytes.length))).length).toBe(0);
      expect((await collect(bufferSource(bytes).read(10, 10))).length).toBe(0);
      expect(await collect(source.read(0, 2))).toEqual(Buffer.from('PK'));
      const opened = await openZip(source);
      try {
        expect(await readEntry(opened, 'customXml/empty.xml')).toEqual(Buffer.alloc(0));
        expect((await readEntry(opened, 'word/document.xml'))!.toString()).toBe('<w:document/>');
      } finally {
        opened.close();
      }
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
