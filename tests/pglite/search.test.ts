import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchGroup } from '../../app/features/publication/group-search.server';
import { Client } from '../support/http';
import { startTestPortal, type TestPortal } from '../support/portal';
import { label, searchScenario } from '../support/search-fixtures';

/** What PGlite must do like PostgreSQL: pg_trgm loaded for Chinese substrings, the russian configuration. */
let portal: TestPortal;

beforeAll(async () => {
  portal = await startTestPortal({ demo: true, setup: (s) => searchScenario(s).then(() => {}) });
});
afterAll(() => portal?.stop());

describe('search on embedded PGlite', () => {
  it('finds Chinese substrings and Russian inflected forms in the list, its export and the group-wide search', async () => {
    expect(portal.services.database.kind).toBe('pglite');
    const numbers = async (q: string) => {
      const res = await new Client(portal.url).get(`/meetings/fg-mv-2/documents.json?q=${encodeURIComponent(q)}`);
      return ((await res.json()) as { documents: { number: string }[] }).documents.map((d) => d.number);
    };
    expect(await numbers('标准化')).toEqual([label(1)]);
    expect(await numbers('相互運用')).toEqual([label(6)]);
    expect(await numbers('карта')).toEqual([label(2)]);
    expect(await numbers('ميتافيرس')).toEqual([label(5)]);
    const group = await searchGroup(portal.services.db, null, 'fg-mv', '元宇宙');
    expect(group.hits.map((h) => h.number)).toEqual([label(1), label(101)]);
    expect(group.marks?.substrings).toEqual(['元宇宙']);
  });
});
