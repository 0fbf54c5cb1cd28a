import { describe, expect, it } from 'vitest';
import { coverFromXml } from '../../app/features/submissions/cover.server';

const W =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:r="r"';
const doc = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}<w:sectPr/></w:body></w:document>`;
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const run = (text: string, bold = false) =>
  `<w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
const p = (...runs: string[]) => `<w:p><w:pPr><w:spacing w:before="0"/></w:pPr>${runs.join('')}</w:p>`;
const tc = (inner: string, pr = '') => `<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/>${pr}</w:tcPr>${inner}</w:tc>`;
const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => p(run(l)))
    .join('');
const tr = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;
const tbl = (...rows: string[]) =>
  `<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/></w:tblPr><w:tblGrid><w:gridCol w:w="2000"/></w:tblGrid>${rows.join('')}</w:tbl>`;
const row = (label: string, value: string, span = 2) =>
  tr(tc(p(run(label, true))), tc(lines(value), `<w:gridSpan w:val="${span}"/>`));

describe('a cover table written in Word', () => {
  it('reads a label split over runs, a name broken by proofing marks, Tel/Fax/E-mail with tabs and an e-mail hyperlink', () => {
    const contact = tr(
      tc(p(run('Contact', true), run(':', true))),
      tc(
        p(
          '<w:proofErr w:type="spellStart"/>',
          run('Kim'),
          '<w:proofErr w:type="spellEnd"/>',
          run(' Min-jun'),
          '<w:bookmarkStart w:id="0" w:name="_Hlk1"/>',
        ) +
          p(run('ETRI')) +
          p(run('Korea (Rep. of)')),
      ),
      tc(
        p(run('Tel:'), '<w:r><w:tab/><w:t>+82 42 860 0000</w:t></w:r>') +
          p(run('Fax:'), '<w:r><w:tab/></w:r>') +
          p(
            run('E-mail:'),
            '<w:r><w:tab/></w:r><w:hyperlink r:id="rId9"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t>kim@etri.example</w:t></w:r></w:hyperlink>',
          ),
      ),
    );
    const cover = coverFromXml(doc(tbl(row('Title:', 'Metaverse'), contact)));
    expect(cover.contacts).toEqual([
      {
        name: 'Kim Min-jun',
        organisation: 'ETRI',
        country: 'Korea (Rep. of)',
        phone: '+82 42 860 0000',
        email: 'kim@etri.example',
      },
    ]);
    expect(cover.warnings).toEqual([]);
  });

  it('reads values inside content controls, once from a text box, and not deleted text', () => {
    const sdtCell = [
      '<w:sdt><w:sdtPr><w:alias w:val="Title"/></w:sdtPr><w:sdtContent>',
      tc(p(`<w:sdt><w:sdtContent>${run('Digital twins')}</w:sdtContent></w:sdt>`)),
      '</w:sdtContent></w:sdt>',
    ].join('');
    const textBox = [
      '<w:r><mc:AlternateContent>',
      `<mc:Choice Requires="wps"><w:drawing><w:txbxContent>${p(run('ETRI'))}</w:txbxContent></w:drawing></mc:Choice>`,
      `<mc:Fallback><w:pict><w:txbxContent>${p(run('ETRI'))}</w:txbxContent></w:pict></mc:Fallback>`,
      '</mc:AlternateContent></w:r>',
    ].join('');
    const tracked = p(
      run('Smart '),
      `<w:del w:id="1"><w:r><w:delText>old </w:delText></w:r></w:del>`,
      `<w:ins w:id="2">${run('new ')}</w:ins>`,
      run('cities'),
    );
    const cover = coverFromXml(
      doc(
        tbl(
          tr(tc(p(run('Title:'))), sdtCell),
          tr(tc(p(run('Source:'))), tc(p(textBox))),
          tr(tc(p(run('Keywords:'))), tc(tracked)),
        ),
      ),
    );
    expect(cover).toMatchObject({ title: 'Digital twins', source: 'ETRI', keywords: ['Smart new cities'] });
  });

  it('reads a "Contact:" label merged down over two rows as two contacts, and a row whose label cell is empty below it as a third', () => {
    const cover = coverFromXml(
      doc(
        tbl(
          tr(
            tc(p(run('Contact:')), '<w:vMerge w:val="restart"/>'),
            tc(lines('Ana Silva\nETRI\nKorea')),
            tc(lines('E-mail: ana@etri.example')),
          ),
          tr(tc(p(), '<w:vMerge/>'), tc(lines('Kim Min-jun\nETRI\nKorea')), tc(lines('E-mail: kim@etri.example'))),
          tr(tc(p()), tc(lines('Li Lei\nChina Mobile\nChina')), tc(lines('E-mail: lilei@cm.example'))),
        ),
      ),
    );
    expect(cover.contacts.map((c) => c.email)).toEqual(['ana@etri.example', 'kim@etri.example', 'lilei@cm.example']);
  });

  it('reads several contacts in one row separated by blank lines, and Tel/E-mail labels in one cell with their values in the next', () => {
    const cover = coverFromXml(
      doc(
        tbl(
          tr(
            tc(p(run('Contact:'))),
            tc(lines('Ana Silva\nETRI\nKorea\n\nKim Min-jun\nETRI\nKorea')),
            tc(lines('Tel: +82 1\nE-mail: ana@etri.example\n\nTel: +82 2\nE-mail: kim@etri.example')),
          ),
          tr(
            tc(p(run('Contact:'))),
            tc(lines('Li Lei\nChina Mobile\nChina')),
            tc(lines('Tel:\nFax:\nE-mail:')),
            tc(lines('+86 10 1\n+86 10 2\nlilei@cm.example')),
          ),
        ),
      ),
    );
    expect(cover.contacts).toEqual([
      { name: 'Ana Silva', organisation: 'ETRI', country: 'Korea', phone: '+82 1', email: 'ana@etri.example' },
      { name: 'Kim Min-jun', organisation: 'ETRI', country: 'Korea', phone: '+82 2', email: 'kim@etri.example' },
      { name: 'Li Lei', organisation: 'China Mobile', country: 'China', phone: '+86 10 1', email: 'lilei@cm.example' },
    ]);
  });

  it('reads the TD layout: Meeting, date beside the Questions; Study Group, Working Party and Intended type in one row', () => {
    const cover = coverFromXml(
      doc(
        tbl(
          tr(
            tc(p(run('Question(s):'))),
            tc(p(run('Q1/20, Q2/20'))),
            tc(p(run('Meeting, date:'))),
            tc(p(run('Geneva, 6-16 July 2020'))),
          ),
          tr(
            tc(p(run('Study Group:'))),
            tc(p(run('20'))),
            tc(p(run('Working Party:'))),
            tc(p(run('1/20'))),
            tc(p(run('Intended type of document (R-C-TD):'))),
            tc(p(run('TD'))),
          ),
          row('Source:', 'Nokia'),
        ),
      ),
    );
    expect(cover).toMatchObject({
      questions: ['Q1/20', 'Q2/20'],
      group: 'SG20',
      workingParty: '1/20',
      type: 'td',
      source: 'Nokia',
      warnings: [],
    });
  });

  it('reads the one-cell contact "Name, Organisation, Country, Tel: …, E-mail: …" and labels with their value in the same cell', () => {
    const cover = coverFromXml(
      doc(
        tbl(
          tr(tc(p(run('Source: Huawei Technologies Co., Ltd.')))),
          row(
            'Contact:',
            'Liu Yang, Huawei Technologies Co., Ltd., China, Tel: +86 755 0000, E-mail: liuyang@huawei.example',
          ),
        ),
      ),
    );
    expect(cover.source).toBe('Huawei Technologies Co., Ltd.');
    expect(cover.contacts).toEqual([
      {
        name: 'Liu Yang',
        organisation: 'Huawei Technologies Co., Ltd.',
        country: 'China',
        phone: '+86 755 0000',
        email: 'liuyang@huawei.example',
      },
    ]);
  });

  it('reads a cover written as "Label: value" paragraphs, with the contact on one line', () => {
    const cover = coverFromXml(
      doc(
        [
          p(run('STUDY GROUP 20')),
          p(run('Question(s): 4/20')),
          p(run('Title: A & B')),
          p(run('Source:')),
          p(run('Nokia')),
          p(run('Contact: Jane Doe, Nokia, Finland, E-mail: jane@nokia.example')),
          p(run('1 Introduction')),
          p(run('Purpose: this clause is body text')),
        ].join(''),
      ),
    );
    expect(cover).toMatchObject({ group: 'SG20', questions: ['4/20'], title: 'A & B', source: 'Nokia', purpose: null });
    expect(cover.contacts).toEqual([
      { name: 'Jane Doe', organisation: 'Nokia', country: 'Finland', phone: '', email: 'jane@nokia.example' },
    ]);
  });
});

describe('a damaged or oversized cover', () => {
  it('reads the first 400 rows of a very long table and says so', () => {
    const rows = Array.from({ length: 500 }, (_, i) =>
      row('Contact:', `Person ${i}\nOrg\nCountry\nE-mail: p${i}@example.org`),
    );
    const cover = coverFromXml(doc(tbl(row('Title:', 'Long'), ...rows)));
    expect(cover.title).toBe('Long');
    expect(cover.contacts).toHaveLength(20);
    expect(cover.warnings.map((w) => w.key)).toEqual([
      'submissions.cover.tableCut',
      'submissions.cover.tooManyContacts',
    ]);
  });

  it('reads the cover of a document of many megabytes from its first part only', () => {
    const body = Array.from({ length: 25_000 }, (_, i) =>
      p(run(`Paragraph ${i} of the body, long enough to add up.`)),
    ).join('');
    const cover = coverFromXml(doc(tbl(row('Title:', 'Big'), row('Abstract:', 'Short.')) + body));
    expect(cover).toMatchObject({ title: 'Big', abstract: 'Short.', warnings: [] });
  });

  it('gives what it could read, with a warning, from XML that breaks off or is not XML', () => {
    const broken = doc(tbl(row('Title:', 'Kept'))).replace(
      '<w:sectPr/></w:body></w:document>',
      '<w:p><w:r><w:t>cut off',
    );
    expect(coverFromXml(broken).title).toBe('Kept');
    expect(() => coverFromXml('<<<not xml')).not.toThrow();
    expect(coverFromXml('').title).toBe('');
  });

  it('keeps text in any script as written, character for character', () => {
    const title = 'Метавселенная: 城市数字孪生 و المدن — “quotes” & <tags> 🙂 e\u0301';
    expect(coverFromXml(doc(tbl(row('Title:', title)))).title).toBe(title);
  });
});
