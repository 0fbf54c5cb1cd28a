/**
 * `npm run cover -- <file>` on the corpus of covers made with LibreOffice (tests/fixtures/covers, see
 * make.ts there): each file reads field for field as expected, or is refused with the message that says
 * what to do.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const FILES = [
  'sg20-contribution-en.docx',
  'sg20-td-ru.docx',
  'fgmv-input-zh.docx',
  'jcamv-ar.docx',
  'sg20-contribution-fr.docx',
  'sg20-contribution-es.docx',
  'damaged-cover.docx',
  'template-roundtrip.docx',
  'word97.doc',
  'password.doc',
  'opendocument.odt',
];
const runs = new Map<string, { code: number; stdout: string }>();

function cover(file: string) {
  return new Promise<{ code: number; stdout: string }>((resolve) => {
    execFile(
      'npm',
      ['run', '--silent', 'cover', '--', join('tests/fixtures/covers', file)],
      { cwd: root, timeout: 120_000 },
      (err, stdout) => {
        resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout });
      },
    );
  });
}

beforeAll(async () => {
  const queue = [...FILES];
  await Promise.all(
    Array.from({ length: 3 }, async () => {
      for (let f = queue.shift(); f; f = queue.shift()) runs.set(f, await cover(f));
    }),
  );
}, 300_000);

const read = (file: string) => {
  const r = runs.get(file)!;
  expect(r.code, r.stdout).toBe(0);
  return JSON.parse(r.stdout);
};
const refusal = (file: string) => {
  const r = runs.get(file)!;
  expect(r.code).toBe(2);
  return r.stdout.trim();
};

describe('npm run cover on covers made with LibreOffice', () => {
  it('reads an ITU-T contribution: header rows, Questions beside the place, two Contact rows with Tel, Fax and E-mail', () => {
    expect(read('sg20-contribution-en.docx')).toEqual({
      title: 'Proposal for a new work item on IoT-based smart parking',
      source: 'China Mobile Communications Corporation; China Telecom',
      purpose: 'proposal',
      keywords: ['IoT', 'smart city', 'parking'],
      abstract:
        'This contribution proposes a new work item on smart parking.\nIt gives the scope and a first table of contents.',
      questions: ['1/20', '2/20'],
      type: 'contribution',
      group: 'SG20',
      contacts: [
        {
          name: 'Li Lei',
          organisation: 'China Mobile Communications Corporation',
          country: 'China',
          phone: '+86 10 1234 5678',
          email: 'lilei@chinamobile.example',
        },
        {
          name: 'Wang Fang',
          organisation: 'China Telecom',
          country: 'China',
          phone: '+86 10 8765 4321',
          email: 'wangfang@chinatelecom.example',
        },
      ],
      warnings: [],
    });
  });

  it('reads a Russian ITU-T TD: Meeting, date in the Questions row, SG / WP / Intended type in one row, Tel/E-mail beside their labels', () => {
    expect(read('sg20-td-ru.docx')).toEqual({
      title: 'Проект новой Рекомендации: цифровая карта города',
      source: 'ПАО «МТС»',
      purpose: null,
      keywords: ['цифровой двойник', 'умный город', 'карта'],
      abstract: 'В документе предлагается проект новой Рекомендации.\nЦифровая карта города описывается в разделе 6.',
      questions: ['1/20'],
      type: 'td',
      group: 'SG20',
      contacts: [
        {
          name: 'Иван Петров',
          organisation: 'ПАО «МТС»',
          country: 'Российская Федерация',
          phone: '+7 495 123 45 67',
          email: 'ivan.petrov@mts.example',
        },
        {
          name: 'Мария Иванова',
          organisation: 'МТУСИ',
          country: 'Российская Федерация',
          phone: '+7 495 765 43 21',
          email: 'm.ivanova@mtuci.example',
        },
      ],
      warnings: [],
    });
  });

  it('reads a focus-group input document in Chinese: header paragraphs above the table, WGs, one-cell contacts', () => {
    expect(read('fgmv-input-zh.docx')).toEqual({
      title: '元宇宙标准化路线图',
      source: '中国信息通信研究院 (CAICT)',
      purpose: 'discussion',
      keywords: ['元宇宙', '数字孪生', '标准化'],
      abstract: '本文稿提出元宇宙标准化路线图。',
      questions: ['WG3', 'WG5'],
      type: 'input',
      group: 'FG-MV',
      contacts: [
        {
          name: 'Zhang Wei',
          organisation: 'CAICT',
          country: 'China',
          phone: '+86 10 6230 0000',
          email: 'zhangwei@caict.example',
        },
        {
          name: 'Liu Yang',
          organisation: 'Huawei Technologies Co., Ltd.',
          country: 'China',
          phone: '',
          email: 'liuyang@huawei.example',
        },
      ],
      warnings: [],
    });
  });

  it('reads an Arabic cover with Arabic labels, right to left, "All" kept as written', () => {
    expect(read('jcamv-ar.docx')).toEqual({
      title: 'خارطة طريق لتقييس الميتافيرس',
      source: 'المملكة العربية السعودية',
      purpose: 'information',
      keywords: ['الميتافيرس', 'التقييس'],
      abstract: 'تقترح هذه المساهمة خارطة طريق.',
      questions: ['All'],
      type: null,
      group: 'JCA-MV',
      contacts: [
        {
          name: 'محمد العلي',
          organisation: 'هيئة الاتصالات والفضاء والتقنية',
          country: 'المملكة العربية السعودية',
          phone: '+966 11 000 0000',
          email: 'm.alali@cst.example',
        },
      ],
      warnings: [],
    });
  });

  it('reads French and Spanish labels and purposes', () => {
    expect(read('sg20-contribution-fr.docx')).toMatchObject({
      title: 'Proposition de révision de la Recommandation UIT-T Y.4000',
      source: 'Orange',
      purpose: 'proposal',
      questions: ['Q4/20'],
      group: 'SG20',
      keywords: ['ville intelligente', 'IoT'],
      abstract: 'Cette contribution propose une révision.',
      contacts: [
        {
          name: 'Élodie Lefèvre',
          organisation: 'Orange',
          country: 'France',
          phone: '+33 1 23 45 67 89',
          email: 'elodie.lefevre@orange.example',
        },
      ],
    });
    expect(read('sg20-contribution-es.docx')).toMatchObject({
      title: 'Requisitos de seguridad para ciudades inteligentes',
      source: 'Telefónica',
      purpose: 'information',
      questions: ['Q5/20', 'Q6/20'],
      group: 'SG20',
      keywords: ['seguridad', 'ciudad inteligente'],
      contacts: [
        {
          name: 'José Núñez',
          organisation: 'Telefónica',
          country: 'España',
          phone: '+34 91 000 00 00',
          email: 'jose.nunez@telefonica.example',
        },
      ],
    });
  });

  it('reads the portal template written with the docx library after a round trip through LibreOffice', () => {
    expect(read('template-roundtrip.docx')).toEqual({
      title: 'Метавселенная: 城市数字孪生 و المدن',
      source: 'ETRI',
      purpose: 'information',
      keywords: ['metaverse', '数字孪生'],
      abstract: 'Written with the portal template.',
      questions: ['WG2'],
      type: 'input',
      group: 'FG-MV',
      contacts: [
        {
          name: 'Kim Min-jun',
          organisation: 'ETRI',
          country: 'Korea (Rep. of)',
          phone: '+82 42 860',
          email: 'kim@etri.example',
        },
      ],
      warnings: [],
    });
  });

  it('gives what it could read from a damaged cover, with warnings', () => {
    const got = read('damaged-cover.docx');
    expect(got).toMatchObject({ title: 'A damaged cover', questions: ['WG2'] });
    expect(got.abstract).toHaveLength(10_000);
    expect(got.contacts).toHaveLength(20);
    expect(got.contacts.slice(0, 3).map((c: { email: string }) => c.email)).toEqual([
      'ana@etri.example',
      'kim@etri.example',
      'p1@example.org',
    ]);
    expect(got.warnings).toEqual([
      'The cover page gives the Title twice: the first one was read.',
      'A row of the cover table has no label (“a value without its label”): it was not read.',
      'The Abstract on the cover page is longer than 10,000 characters: only its beginning was read.',
      'The cover page lists more than 20 contacts: the first 20 were read.',
    ]);
  });

  it('refuses a .doc, a password-protected file and an .odt with a message saying what to do', () => {
    expect(refusal('word97.doc')).toBe(
      '"word97.doc" is a Word 97–2003 document (.doc). Open it in Word or LibreOffice, save it as "Word Document (.docx)" and upload the saved file.',
    );
    expect(refusal('password.doc')).toMatch(
      /^"password.doc" is protected by a password, so nobody could open it\. Remove the password/,
    );
    expect(refusal('opendocument.odt')).toMatch(
      /^"opendocument.odt" is an OpenDocument text \(\.odt\).*save it as "Word 2007–365 \(\.docx\)"/,
    );
  });
});
