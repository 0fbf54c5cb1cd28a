import type { Db } from '../../../db/client.server';
import { numberingSchemes, type DocumentType } from '../../../db/schema';
import type { SeededCore } from './core';

/** Numbering schemes of the demo groups (formats as in DOMAIN.md). Numbers start from 1: nothing is registered yet. */
const SCHEMES: {
  group: string;
  type: DocumentType;
  name: string;
  format: string;
  scope: 'group' | 'period';
  periodStart?: string;
  periodEnd?: string;
}[] = [
  { group: 'fg-mv', type: 'input', name: 'FG-MV input documents', format: 'FGMV-I-{n:3}', scope: 'group' },
  { group: 'fg-mv', type: 'output', name: 'FG-MV output documents', format: 'FGMV-O-{n:3}', scope: 'group' },
  { group: 'jca-mv', type: 'jca', name: 'JCA-MV documents', format: 'JCA-MV-D-{n:3}', scope: 'group' },
  {
    group: 'jca-iot-scc',
    type: 'jca',
    name: 'JCA-IoT and SC&C documents',
    format: 'JCA-IoT-SC&C-D-{n:3}',
    scope: 'group',
  },
  {
    group: 'sg20',
    type: 'contribution',
    name: 'SG20 contributions, study period 2017-2020',
    format: 'SG20-C{n}',
    scope: 'period',
    periodStart: '2017-01-01',
    periodEnd: '2021-12-31',
  },
  {
    group: 'sg20',
    type: 'contribution',
    name: 'SG20 contributions, study period 2022-2024',
    format: 'SG20-C{n}',
    scope: 'period',
    periodStart: '2022-01-01',
    periodEnd: '2024-12-31',
  },
  {
    group: 'sg20',
    type: 'td',
    name: 'SG20 TDs, study period 2017-2020',
    format: 'TD {n}/{part}',
    scope: 'period',
    periodStart: '2017-01-01',
    periodEnd: '2021-12-31',
  },
  {
    group: 'sg20',
    type: 'td',
    name: 'SG20 TDs, study period 2022-2024',
    format: 'TD {n}/{part}',
    scope: 'period',
    periodStart: '2022-01-01',
    periodEnd: '2024-12-31',
  },
];

export async function seedNumbering(db: Db, core: SeededCore): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  for (const s of SCHEMES) {
    const [row] = await db
      .insert(numberingSchemes)
      .values({
        groupId: core.groupIds[s.group],
        documentType: s.type,
        name: s.name,
        format: s.format,
        scope: s.scope,
        periodStart: s.periodStart ?? null,
        periodEnd: s.periodEnd ?? null,
      })
      .returning({ id: numberingSchemes.id });
    ids[`${s.group}:${s.type}${s.periodStart ? `:${s.periodStart.slice(0, 4)}` : ''}`] = row.id;
  }
  return ids;
}
