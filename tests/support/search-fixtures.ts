import type { Services } from '../../app/platform/context.server';
import { demoData } from './demo';
import { insertDocuments, type FixtureDoc } from './list-fixtures';

/** Titles in every script the search must handle; numbers FGMV-I-0nn in the FG-MV 2nd meeting. */
export const SEARCH_DOCS = {
  chinese: {
    number: 1,
    title: '元宇宙标准化路线图',
    source: 'China Mobile',
    abstract: 'Roadmap for metaverse standardization.',
  },
  russian: { number: 2, title: 'Дорожную карту метавселенной', source: 'Rostelecom' },
  french: { number: 3, title: 'Normalisations des mondes virtuels', source: 'Orange' },
  spanish: { number: 4, title: 'Documentos de interoperabilidad', source: 'Telefónica' },
  arabic: { number: 5, title: 'الوثائق الخاصة بالميتافيرس', source: 'Saudi Arabia' },
  japanese: { number: 6, title: 'メタバースの相互運用性に関する提案', source: 'NTT' },
  korean: { number: 7, title: '메타버스 표준화 로드맵', source: 'ETRI' },
  inTitle: { number: 8, title: 'Avatar identity', source: 'Nokia' },
  inAbstract: { number: 9, title: 'Identity wallets', source: 'Nokia', abstract: 'Wallets for every avatar.' },
  inKeywords: { number: 10, title: 'Wallet identity', source: 'Nokia', keywords: ['avatar'] },
  markup: { number: 11, title: '<b>Avatar</b> & "quotes"', source: 'Huawei' },
} satisfies Record<string, FixtureDoc & { source: string }>;

export const label = (n: number) => `FGMV-I-${String(n).padStart(3, '0')}`;

/**
 * The documents above in the FG-MV 2nd meeting (public, published, allocated to WG2 unless said), an unpublished
 * Chinese one, one in the FG-MV 1st meeting allocated to WG3, one in the SG20 meeting; `bulk` more Chinese ones in
 * the 1st meeting for paging.
 */
export async function searchScenario(s: Services, opts: { bulk?: number } = {}) {
  const seeded = await demoData(s.db);
  const fg = { id: seeded.meetingIds['fg-mv-2'], groupId: seeded.groupIds['fg-mv'] };
  const wg2 = seeded.groupIds['fg-mv-wg2'];
  const wg3 = seeded.groupIds['fg-mv-wg3'];
  const docs: FixtureDoc[] = Object.values(SEARCH_DOCS).map((d) => ({
    ...d,
    allocations: [d.number === 2 ? wg3 : wg2],
    late: d.number === 2,
    decision: d.number === 1 ? 'agreed' : null,
    registeredAt: new Date(Date.UTC(2023, 5, d.number)),
    files: d.number === 3 ? [] : [{ role: 'main', filename: `d${d.number}.docx`, content: 'PK' }],
  }));
  docs.push({ number: 20, title: '元宇宙 UNPUBLISHED draft', published: false, allocations: [wg2] });
  await insertDocuments(s.db, s.storage, fg, docs);
  const first = { id: seeded.meetingIds['fg-mv-1'], groupId: seeded.groupIds['fg-mv'] };
  await insertDocuments(s.db, s.storage, first, [
    { number: 101, title: '元宇宙 first meeting study', source: 'CAICT', allocations: [wg3] },
    ...Array.from({ length: opts.bulk ?? 0 }, (_, i) => ({
      number: 200 + i,
      title: `元宇宙应用案例 ${i + 1}`,
      source: 'CAICT',
      allocations: [wg2],
    })),
  ]);
  await insertDocuments(
    s.db,
    s.storage,
    { id: seeded.meetingIds['sg20-2020-07'], groupId: seeded.groupIds.sg20 },
    [{ number: 1, label: 'SG20-C001', type: 'contribution', title: '元宇宙 smart city study', access: 'public' }],
    '',
  );
  return seeded;
}
