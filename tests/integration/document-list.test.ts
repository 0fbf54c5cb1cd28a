import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, documents } from '../../db/schema';
import { Client, withoutScripts } from '../support/http';
import { ACCOUNTS, insertAgendaItems, listScenario, PASSWORD, type Scenario } from '../support/list-fixtures';
import { startTestPortal, type TestPortal } from '../support/portal';

let portal: TestPortal;
let sc: Scenario;
let agenda: { id: string; label: string }[];
const anon = () => new Client(portal.url);

beforeAll(async () => {
  portal = await startTestPortal({
    demo: true,
    setup: async (s) => {
      sc = await listScenario(s);
      agenda = await insertAgendaItems(s.db, sc.seeded.meetingIds['fg-mv-2'], ['Opening', 'Input documents']);
      await s.db.update(documents).set({ agendaItemId: agenda[1].id }).where(eq(documents.id, sc.docs.late.id));
    },
  });
});
afterAll(() => portal?.stop());

/** A page: `body` as shown (no scripts), `sent` the whole response. */
async function page(path: string, client = anon()) {
  const res = await client.get(path);
  const sent = await res.text();
  return { status: res.status, body: withoutScripts(sent), sent };
}
const json = async (query: string, client = anon()) => {
  const res = await client.get(`/meetings/fg-mv-2/documents.json${query}`);
  return {
    status: res.status,
    body: (await res.json()) as { documents: { number: string; title: string }[]; errors?: string[] },
  };
};
const numbers = async (query: string) => (await json(query)).body.documents.map((d) => d.number);

describe('filters, sort and search', () => {
  it('filters by WG, type, agenda item, decision, late and new-since; sorts by number or date', async () => {
    expect(await numbers('?wg=fg-mv-wg2')).toEqual(['FGMV-I-001', 'FGMV-I-001 Rev.1', 'FGMV-I-004']);
    expect(await numbers('?wg=fg-mv-wg3')).toEqual(['FGMV-I-005']);
    expect(await numbers('?type=input&late=yes')).toEqual(['FGMV-I-004']);
    expect(await numbers('?late=no')).toEqual(['FGMV-I-001', 'FGMV-I-001 Rev.1', 'FGMV-I-005']);
    expect(await numbers('?decision=noted')).toEqual(['FGMV-I-004']);
    expect(await numbers('?decision=none')).toHaveLength(3);
    expect(await numbers(`?agenda=${agenda[1].id}`)).toEqual(['FGMV-I-004']);
    expect(await numbers('?agenda=2')).toEqual(['FGMV-I-004']);
    expect(await numbers('?since=2023-06-15')).toEqual(['FGMV-I-001 Rev.1', 'FGMV-I-004', 'FGMV-I-005']);
    expect(await numbers('?sort=date')).toEqual(['FGMV-I-004', 'FGMV-I-001 Rev.1', 'FGMV-I-005', 'FGMV-I-001']);
    expect(await numbers('?type=contribution')).toEqual([]);
  });

  it('searches number, title, source, keywords and abstract, with stemming', async () => {
    expect(await numbers('?q=avatars')).toEqual(['FGMV-I-001', 'FGMV-I-001 Rev.1']);
    expect(await numbers('?q=avatar')).toEqual(['FGMV-I-001', 'FGMV-I-001 Rev.1']);
    expect(await numbers('?q=portable')).toEqual(['FGMV-I-001']); // abstract
    expect(await numbers('?q=haptics')).toEqual(['FGMV-I-004']); // keyword and title
    expect(await numbers('?q=Ericsson')).toEqual(['FGMV-I-005']); // source
    expect(await numbers('?q=FGMV-I-005')).toEqual(['FGMV-I-005']);
    expect(await numbers('?q=005')).toEqual(['FGMV-I-005']);
    expect(await numbers(`?q=${encodeURIComponent('"virtual worlds"')}`)).toEqual(['FGMV-I-004']);
    expect(await numbers(`?q=${encodeURIComponent('metaverse -network')}`)).toEqual(['FGMV-I-001', 'FGMV-I-001 Rev.1']);
    expect(await numbers('?q=nothing-like-this')).toEqual([]);
  });

  it('takes SQL and tsquery syntax in a search as plain text: never a 500', async () => {
    for (const q of [
      "'",
      '&',
      '|',
      '!',
      ':*',
      '(',
      "O'Reilly",
      "a' or '1'='1",
      'haptics & (',
      '!!',
      'avatar:*',
      '\\',
      '%',
      '_',
      '"',
      'a | b & !c',
      "'; drop table documents; --",
      '<script>',
    ]) {
      const { status, body } = await json(`?q=${encodeURIComponent(q)}`);
      expect(status, q).toBe(200);
      expect(
        body.documents.every((d) => !d.title.includes('SECRET')),
        q,
      ).toBe(true);
      const html = await page(`/meetings/fg-mv-2/documents?q=${encodeURIComponent(q)}`);
      expect(html.status, q).toBe(200);
    }
    expect(await numbers(`?q=${encodeURIComponent("O'Reilly")}`)).toEqual(['FGMV-I-004']);
    expect(await numbers('?q=%25')).toEqual([]);
  });

  it('reports unknown filter values and a since that is not a date: clear messages, empty results, no 500', async () => {
    for (const [query, message] of [
      ['?wg=wg99', 'There is no WG or Question "wg99" in this meeting.'],
      ['?type=memo', '"memo" is not a document type.'],
      ['?decision=maybe', '"maybe" is not a decision.'],
      ['?late=perhaps', 'Late must be "yes" or "no"'],
      ['?since=yesterday', '"yesterday" is not a date'],
      ['?since=2023-02-30', '"2023-02-30" is not a date'],
      ['?agenda=99', 'There is no agenda item "99"'],
    ]) {
      const html = await page(`/meetings/fg-mv-2/documents${query}`);
      expect(html.status, query).toBe(200);
      expect(html.body).toContain(message.replace(/"/g, '&quot;'));
      expect(html.sent).not.toContain('Haptics in virtual worlds');
      const j = await json(query);
      expect(j.status).toBe(400);
      expect(j.body.errors!.join(' ')).toContain(message);
      const csv = await anon().get(`/meetings/fg-mv-2/documents.csv${query}`);
      expect(csv.status).toBe(400);
      const zip = await anon().get(`/meetings/fg-mv-2/archive.zip${query}`);
      expect(zip.status).toBe(400);
    }
    expect((await page('/meetings/fg-mv-2/documents?sort=bogus&page=-3&per=7')).status).toBe(200);
    expect((await page('/meetings/no-such-meeting/documents')).status).toBe(404);
    expect((await anon().get('/meetings/no-such-meeting/documents.csv')).status).toBe(404);
  });

  it('paginates, keeps the view in the links, and can show all', async () => {
    const { body } = await page('/meetings/fg-mv-2/documents?wg=fg-mv-wg2&q=metaverse');
    expect(body).toContain('href="/meetings/fg-mv-2/documents.csv?wg=fg-mv-wg2&amp;q=metaverse"');
    expect(body).toContain('href="/meetings/fg-mv-2/archive.zip?wg=fg-mv-wg2&amp;q=metaverse"');
    expect(body).toContain('Showing 1–2 of 2');
    const beyond = await page('/meetings/fg-mv-2/documents?page=50');
    expect(beyond.status).toBe(200);
    expect(beyond.body).toContain('No documents match this view.');
  });

  it('shows number suffixes, revision links, late flags, decisions and download links', async () => {
    const { body, sent } = await page('/meetings/fg-mv-2/documents');
    expect(body).toContain('FGMV-I-001 Rev.1');
    expect(body).toContain('revised by FGMV-I-001 Rev.1');
    expect(body).toContain('revises FGMV-I-001');
    expect(body).toContain('Noted');
    expect(body).toMatch(/class="badge late"/);
    expect(body).toContain(`href="/files/${sc.docs.pub.files[1].id}"`);
    expect(sent).not.toContain(sc.docs.pub.files[0].storageKey);
    expect(body).toContain('List last updated');
  });
});

describe('CSV, JSON, iCalendar', () => {
  it('CSV defuses spreadsheet formulas and quotes separators', async () => {
    const secretariat = new Client(portal.url);
    await secretariat.signIn(ACCOUNTS.secretariat, PASSWORD);
    await portal.services.db
      .update(documents)
      .set({ title: '=HYPERLINK("http://evil","x"), ok' })
      .where(eq(documents.id, sc.docs.wg3.id));
    const bytes = Buffer.from(await (await anon().get('/meetings/fg-mv-2/documents.csv?wg=fg-mv-wg3')).arrayBuffer());
    const csv = bytes.toString('utf8');
    expect(csv.startsWith('\uFEFFNumber,Title')).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"",""x""), ok"`);
  });

  it('the group calendar lists meetings and deadlines', async () => {
    const res = await anon().get('/groups/fg-mv/calendar.ics');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/calendar');
    const ics = await res.text();
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain('SUMMARY:FG-MV 2nd meeting');
    expect(ics).toContain('DTSTART;VALUE=DATE:20230704');
    expect(ics).toContain('DTEND;VALUE=DATE:20230707');
    expect(ics).toContain('SUMMARY:Input deadline: FG-MV meeting (demo)');
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect((await anon().get('/groups/nope/calendar.ics')).status).toBe(404);
  });
});

describe('publication and changes since', () => {
  it('only the secretariat publishes; publishing shows the document to all, with an audit event and a change entry', async () => {
    const member = new Client(portal.url);
    await member.signIn(ACCOUNTS.member, PASSWORD);
    const refused = await member.post('/meetings/fg-mv-2/publication', {
      action: 'publish',
      id: sc.docs.unpublished.id,
    });
    expect(refused.status).toBe(403);
    expect((await member.get('/meetings/fg-mv-2/publication')).status).toBe(403);
    expect((await anon().get('/meetings/fg-mv-2/publication')).status).toBe(302);

    const secretariat = new Client(portal.url);
    await secretariat.signIn(ACCOUNTS.secretariat, PASSWORD);
    const pub = await page('/meetings/fg-mv-2/publication', secretariat);
    expect(pub.body).toContain('UNPUBLISHED draft');
    const empty = await secretariat.post('/meetings/fg-mv-2/publication', { action: 'publish' });
    expect(empty.status).toBe(400);
    expect(withoutScripts(await empty.text())).toContain('Select at least one document');
    const odd = await secretariat.post('/meetings/fg-mv-2/publication', {
      action: 'explode',
      id: sc.docs.unpublished.id,
    });
    expect(odd.status).toBe(400);
    const bad = await secretariat.post('/meetings/fg-mv-2/publication', { action: 'publish', id: sc.docs.sg20.id });
    expect(bad.status).toBe(409);

    const before = await page('/meetings/fg-mv-2/changes?since=2020-01-01');
    expect(before.sent).not.toContain('UNPUBLISHED draft');
    const ok = await secretariat.post('/meetings/fg-mv-2/publication', {
      action: 'publish',
      id: sc.docs.unpublished.id,
    });
    expect(ok.status).toBe(200);
    expect(withoutScripts(await ok.text())).toContain('1 document published');
    expect(await numbers('?q=twins')).toEqual(['FGMV-I-003']);
    const events = await portal.services.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.documentId, sc.docs.unpublished.id));
    expect(events.map((e) => e.action)).toContain('document.published');
    const changes = await page('/meetings/fg-mv-2/changes?since=2020-01-01');
    expect(changes.body).toContain('UNPUBLISHED draft');
    expect(changes.body).toContain('Published');

    // Members-only now: anonymous loses it from the list, the changes view and its file.
    await secretariat.post('/meetings/fg-mv-2/publication', { action: 'members', id: sc.docs.unpublished.id });
    expect(await numbers('?q=twins')).toEqual([]);
    expect((await page('/meetings/fg-mv-2/changes?since=2020-01-01')).sent).not.toContain('UNPUBLISHED draft');
    expect((await anon().get(`/files/${sc.docs.unpublished.files[0].id}`)).status).toBe(404);
    expect((await page('/meetings/fg-mv-2/changes?since=2020-01-01', member)).body).toContain(
      'Access changed to Members only',
    );
    const badSince = await page('/meetings/fg-mv-2/changes?since=soon');
    expect(badSince.status).toBe(200);
    expect(badSince.body).toContain('is not a date');
  });
});
