import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '../support/http';
import { ACCOUNTS, PASSWORD } from '../support/list-fixtures';
import { startTestPortal, type TestPortal } from '../support/portal';
import { label, searchScenario } from '../support/search-fixtures';

let portal: TestPortal;
const anon = () => new Client(portal.url);

beforeAll(async () => {
  portal = await startTestPortal({ demo: true, setup: (s) => searchScenario(s, { bulk: 55 }).then(() => {}) });
});
afterAll(() => portal?.stop());

const json = async (q: string, extra = '') => {
  const res = await anon().get(`/meetings/fg-mv-2/documents.json?q=${encodeURIComponent(q)}${extra}`);
  return { status: res.status, body: (await res.json()) as { documents: { number: string }[]; errors?: string[] } };
};
const numbers = async (q: string, extra = '') => (await json(q, extra)).body.documents.map((d) => d.number);
const n = (...xs: number[]) => xs.map(label);
/** The list page as shown: rows' numbers, the marked words, the messages under the search box. */
async function listPage(q: string) {
  const res = await anon().get(`/meetings/fg-mv-2/documents?q=${encodeURIComponent(q)}`);
  const root = parse(await res.text());
  root.querySelectorAll('script').forEach((s) => s.remove());
  return {
    status: res.status,
    numbers: root.querySelectorAll('table.documents td.num > a').map((a) => a.text),
    marks: root.querySelectorAll('table.documents mark').map((m) => m.text),
    titles: root.querySelectorAll('table.documents tbody tr').map((tr) => tr.querySelectorAll('td')[1].text),
    problems: root.querySelectorAll('#q-problems li').map((li) => li.text),
    help: root.querySelector('details.search-help')?.text ?? '',
  };
}

describe('search in every language', () => {
  it('finds Chinese, Japanese and Korean text by any part of two or more characters', async () => {
    expect(await numbers('元宇宙')).toEqual(n(1));
    expect(await numbers('标准化')).toEqual(n(1));
    expect(await numbers('路线')).toEqual(n(1));
    expect(await numbers('相互運用')).toEqual(n(6));
    expect(await numbers('표준')).toEqual(n(7));
    expect(await numbers('标准化 roadmap')).toEqual(n(1)); // CJK and English words together
    expect(await numbers('标准化 wallet')).toEqual([]);
  });

  it('finds Russian, French, Spanish and Arabic words in other inflected forms', async () => {
    expect(await numbers('карта')).toEqual(n(2));
    expect(await numbers('карты')).toEqual(n(2));
    expect(await numbers('normalisation')).toEqual(n(3));
    expect(await numbers('documento')).toEqual(n(4));
    expect(await numbers('ميتافيرس')).toEqual(n(5));
    expect(await numbers('FGMV-I-005')).toEqual(n(5)); // numbers stay exact
    expect(await numbers('"mondes virtuels"')).toEqual(n(3));
    expect(await numbers('"virtuels mondes"')).toEqual([]);
  });

  it('ranks title over abstract over keywords, unless another order is chosen', async () => {
    expect(await numbers('avatar')).toEqual(n(8, 11, 9, 10));
    expect(await numbers('avatar', '&sort=number')).toEqual(n(8, 9, 10, 11));
  });

  it('takes the syntax: filters combined with text, exclusions, or', async () => {
    expect(await numbers('type:input wg:WG2 元宇宙')).toEqual(n(1));
    expect(await numbers('wg:WG3')).toEqual(n(2));
    expect(await numbers('wg:fg-mv-wg3 late:yes')).toEqual(n(2));
    expect(await numbers('source:"China Mobile"')).toEqual(n(1));
    expect(await numbers('decision:agreed')).toEqual(n(1));
    expect(await numbers('no:file')).toEqual(n(3));
    expect(await numbers('has:file late:no source:nokia')).toEqual(n(8, 9, 10));
    expect(await numbers('since:2023-06-10 source:nokia')).toEqual(n(10));
    expect(await numbers('identity -avatar')).toEqual([]);
    expect(await numbers('identity -wallet', '&sort=number')).toEqual(n(8));
    expect(await numbers('карта or documento', '&sort=number')).toEqual(n(2, 4));
    expect(await numbers('type:output 元宇宙')).toEqual([]);
  });

  it('shows bad values under the search box, with no rows and never a 500; exports answer 400', async () => {
    const p = await listPage('since:2023-02-30 元宇宙');
    expect(p.status).toBe(200);
    expect(p.problems).toEqual(['"2023-02-30" is not a date: write since:YYYY-MM-DD, for example since:2023-06-01.']);
    expect(p.numbers).toEqual([]);
    expect((await listPage('wg:WG99')).problems).toEqual(['There is no WG or Question "WG99" here.']);
    const j = await json('type:memo');
    expect(j.status).toBe(400);
    expect(j.body.errors!.join(' ')).toContain('"memo" is not a document type');
    expect(p.help).toContain('source:"China Mobile"');
  });

  it('marks the matching words in the list, as text', async () => {
    expect((await listPage('карта')).marks).toEqual(['карту']);
    expect((await listPage('标准化')).marks).toEqual(['标准化']);
    expect((await listPage('normalisation')).marks).toEqual(['Normalisations']);
    const p = await listPage('avatar');
    expect(p.marks).toContain('Avatar');
    expect(p.titles).toContain('<b>Avatar</b> & "quotes"');
    const csv = await (await anon().get(`/meetings/fg-mv-2/documents.csv?q=${encodeURIComponent('元宇宙')}`)).text();
    expect(csv).toContain('元宇宙标准化路线图');
    expect(csv).not.toContain('UNPUBLISHED');
  });
});

describe('group-wide search', () => {
  async function groupSearch(slug: string, q: string, client = anon(), page = 1) {
    const res = await client.get(`/groups/${slug}/search?q=${encodeURIComponent(q)}&page=${page}`);
    const root = parse(await res.text());
    root.querySelectorAll('script').forEach((s) => s.remove());
    const rows = root.querySelectorAll('table.search-results tbody tr').map((tr) => {
      const td = tr.querySelectorAll('td');
      return {
        number: td[0].querySelector('a')!.text,
        meeting: td[3].text,
        marks: tr.querySelectorAll('mark').map((m) => m.text),
      };
    });
    return {
      status: res.status,
      rows,
      shown: root.querySelector('[role=status]')?.text,
      problems: root.querySelectorAll('#q-problems li').map((l) => l.text),
    };
  }

  it('searches every meeting of the group and its sub-groups, showing each meeting, a page at a time', async () => {
    const first = await groupSearch('fg-mv', '元宇宙 -应用');
    expect(first.status).toBe(200);
    expect(first.rows.map((r) => [r.number, r.meeting])).toEqual([
      [label(1), 'FG-MV 2nd meeting'],
      [label(101), 'FG-MV 1st meeting'],
    ]);
    expect(first.rows[0].marks).toEqual(['元宇宙']);
    const all = await groupSearch('fg-mv', '元宇宙');
    expect(all.shown).toBe('57 documents found');
    expect(all.rows).toHaveLength(50);
    expect((await groupSearch('fg-mv', '元宇宙', anon(), 2)).rows).toHaveLength(7);
    expect((await groupSearch('fg-mv', 'карта')).rows.map((r) => r.number)).toEqual([label(2)]);
  });

  it('searches what is allocated to a sub-group; takes the same syntax; shows only what the viewer may see', async () => {
    expect((await groupSearch('fg-mv-wg3', '元宇宙')).rows.map((r) => r.number)).toEqual([label(101)]);
    expect((await groupSearch('fg-mv', '元宇宙 wg:WG3')).rows.map((r) => r.number)).toEqual([label(101)]);
    expect((await groupSearch('sg20', '元宇宙')).rows.map((r) => r.number)).toEqual(['SG20-C001']);
    expect((await groupSearch('fg-mv', 'UNPUBLISHED')).rows).toEqual([]);
    const secretariat = anon();
    await secretariat.signIn(ACCOUNTS.secretariat, PASSWORD);
    expect((await groupSearch('fg-mv', 'UNPUBLISHED', secretariat)).rows.map((r) => r.number)).toEqual([label(20)]);
    const bad = await groupSearch('fg-mv', 'since:tomorrow');
    expect(bad.status).toBe(200);
    expect(bad.problems[0]).toContain('"tomorrow" is not a date');
    expect((await anon().get('/groups/no-such-group/search?q=x')).status).toBe(404);
  });

  it('is reachable from the group page', async () => {
    const root = parse(await (await anon().get('/groups/fg-mv')).text());
    const form = root.querySelector('form[role=search]')!;
    expect(form.getAttribute('action')).toBe('/groups/fg-mv/search');
    expect(form.querySelector('input[name=q]')).not.toBeNull();
  });
});
