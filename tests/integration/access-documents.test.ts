import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, inArray } from 'drizzle-orm';
import { agendaItems, documents, users } from '../../db/schema';
import { maySeeDocument } from '../../app/features/documents/policy.server';
import { loadPrincipal, type Principal } from '../../app/features/groups/permissions.server';
import { Client, withoutScripts } from '../support/http';
import { ACCOUNTS, listScenario, PASSWORD, type Scenario } from '../support/list-fixtures';
import { startTestPortal, type TestPortal } from '../support/portal';

/** Who sees what, per role, in the list, counts, CSV/JSON exports, feeds, archives and file downloads. */

let portal: TestPortal;
let sc: Scenario;
const clients: Record<string, Client> = {};

beforeAll(async () => {
  portal = await startTestPortal({ demo: true, setup: async (s) => void (sc = await listScenario(s)) });
  clients.anonymous = new Client(portal.url);
  for (const role of ['outsider', 'member', 'nokia', 'chairWg2', 'secretariat'] as const) {
    clients[role] = new Client(portal.url);
    await clients[role].signIn(ACCOUNTS[role], PASSWORD);
  }
});
afterAll(() => portal?.stop());

const PUBLIC_TITLES = [
  'Metaverse avatars interoperability requirements',
  'Haptics in virtual worlds',
  'Network architecture for metaverse platforms',
];
const SECRET = 'SECRET members-only plan';
const UNPUBLISHED = 'UNPUBLISHED draft';

// Who sees the members-only FG-MV document, and the unpublished one (allocated to WG2): the secretariat and the WG2
// chair, everywhere alike (list, exports, feeds, archive, files, page).
const EXPECT: Record<string, { members: boolean; unpublished: boolean; count: number }> = {
  anonymous: { members: false, unpublished: false, count: 4 },
  outsider: { members: false, unpublished: false, count: 4 },
  member: { members: true, unpublished: false, count: 5 },
  chairWg2: { members: true, unpublished: true, count: 6 },
  secretariat: { members: true, unpublished: true, count: 6 },
};

async function text(client: Client, path: string) {
  const res = await client.get(path);
  return { status: res.status, body: await res.text(), res };
}

/** On the page as shown when `sees`; otherwise nowhere in the response, not even in the page's data. */
function expectShown(html: string, what: string, sees: boolean, label: string) {
  if (sees) expect(withoutScripts(html), label).toContain(what);
  else expect(html, label).not.toContain(what);
}

describe.each(Object.keys(EXPECT))('as %s', (role) => {
  const want = EXPECT[role];
  const check = (body: string) => {
    for (const title of PUBLIC_TITLES) expect(body).toContain(title);
    expect(body.includes(SECRET)).toBe(want.members);
    expect(body.includes(UNPUBLISHED)).toBe(want.unpublished);
  };

  it('the list page and its count', async () => {
    const { status, body } = await text(clients[role], '/meetings/fg-mv-2/documents');
    expect(status).toBe(200);
    const shown = withoutScripts(body);
    check(shown);
    expect(shown).toContain(`${want.count} documents`);
    // What the visitor may not see is not sent either, not even in the page's data.
    if (!want.members) expect(body).not.toContain(SECRET);
    if (!want.unpublished) expect(body).not.toContain(UNPUBLISHED);
  });

  it('the CSV and JSON exports', async () => {
    const csv = await text(clients[role], '/meetings/fg-mv-2/documents.csv');
    expect(csv.status).toBe(200);
    expect(csv.res.headers.get('content-type')).toContain('text/csv');
    check(csv.body);
    const json = await text(clients[role], '/meetings/fg-mv-2/documents.json');
    check(json.body);
    expect(JSON.parse(json.body).documents).toHaveLength(want.count);
    expect(json.body).not.toContain('storageKey');
    expect(json.body).not.toContain(sc.docs.pub.files[0].storageKey);
  });

  it('the meeting and WG feeds', async () => {
    const feed = await text(clients[role], '/meetings/fg-mv-2/feed.atom');
    expect(feed.status).toBe(200);
    check(feed.body);
    const wg3 = await text(clients[role], '/groups/fg-mv-wg3/feed.atom');
    expect(wg3.body).toContain('Network architecture');
    expect(wg3.body.includes(SECRET)).toBe(want.members);
    expect(wg3.body).not.toContain('Haptics');
  });

  it('the archive', async () => {
    const res = await clients[role].get('/meetings/fg-mv-2/archive.zip');
    expect(res.status).toBe(200);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.length).toBe(Number(res.headers.get('content-length')));
    const s = bytes.toString('latin1');
    expect(s).toContain('FGMV-I-001 - avatars.docx');
    expect(s.includes('secret.docx')).toBe(want.members);
    expect(s.includes(SECRET)).toBe(want.members);
    expect(s.includes('draft.docx')).toBe(want.unpublished);
    expect(res.headers.get('x-document-count')).toBe(String(want.count));
  });

  it('file downloads: 404 for documents they may not see', async () => {
    const pub = await clients[role].get(`/files/${sc.docs.pub.files[0].id}`);
    expect(pub.status).toBe(200);
    expect(await pub.text()).toContain('fake docx');
    const secret = await clients[role].get(`/files/${sc.docs.members.files[0].id}`);
    expect(secret.status).toBe(want.members ? 200 : 404);
    const body = await secret.text();
    if (!want.members) expect(body).not.toContain('SECRET');
    const draft = await clients[role].get(`/files/${sc.docs.unpublished.files[0].id}`);
    expect(draft.status).toBe(want.unpublished ? 200 : 404);
  });
});

describe('members-only groups and odd requests', () => {
  it('the document page agrees with the list: no members-only title for anonymous visitors', async () => {
    for (const doc of [sc.docs.members, sc.docs.sg20]) {
      const res = await clients.anonymous.get(`/documents/${doc.id}`);
      const body = await res.text();
      expect(body).not.toMatch(/SECRET|UNPUBLISHED|CONFIDENTIAL/);
      expect([403, 404]).toContain(res.status);
    }
    expect((await clients.anonymous.get(`/documents/${sc.docs.pub.id}`)).status).toBe(200);
  });

  it('the document page hides a registered but unpublished document from all but its secretariat and chairs', async () => {
    for (const [role, sees] of [
      ['anonymous', false],
      ['member', false],
      ['chairWg2', true],
      ['secretariat', true],
    ] as const) {
      const res = await clients[role].get(`/documents/${sc.docs.unpublished.id}`);
      expect(res.status, role).toBe(sees ? 200 : 404);
      if (!sees) expect(await res.text()).not.toContain('UNPUBLISHED');
    }
  });

  it('the agenda page lists the documents of each item only to those who may see them', async () => {
    // The page lists the items once the meeting has a draft agenda.
    const created = await clients.secretariat.post('/meetings/fg-mv-2/agenda', { intent: 'create', template: '' });
    expect(created.status).toBe(200);
    const [item] = await portal.services.db
      .insert(agendaItems)
      .values({ meetingId: sc.seeded.meetingIds['fg-mv-2'], label: '7', position: 7, title: 'Input documents' })
      .returning();
    await portal.services.db
      .update(documents)
      .set({ agendaItemId: item.id })
      .where(inArray(documents.id, [sc.docs.pub.id, sc.docs.members.id, sc.docs.unpublished.id]));
    // Anonymous visitors and outsiders do not see the agenda's items at all; members see the documents they may see.
    for (const [role, seesItems, seesDraft] of [
      ['anonymous', false, false],
      ['outsider', false, false],
      ['member', true, false],
      ['secretariat', true, true],
    ] as const) {
      const { status, body } = await text(clients[role], '/meetings/fg-mv-2/agenda');
      expect(status, role).toBe(200);
      expectShown(body, PUBLIC_TITLES[0], seesItems, role);
      expectShown(body, SECRET, seesItems, role);
      expectShown(body, UNPUBLISHED, seesDraft, role);
    }
  });

  it('one rule decides a single document: its secretariat, its chairs, its submitter and contacts see it before publication', async () => {
    const { db } = portal.services;
    // A contact is known by e-mail, whatever its case.
    await db
      .update(documents)
      .set({
        contacts: [
          { name: 'Lena Lindqvist', organisation: 'Ericsson', country: 'Sweden', email: 'Chair.WG3@Example.org' },
        ],
      })
      .where(eq(documents.id, sc.docs.unpublished.id));
    const who = async (email: string) => {
      const [u] = await db.select({ id: users.id, isAdmin: users.isAdmin }).from(users).where(eq(users.email, email));
      return loadPrincipal(db, u);
    };
    const cases: [string, Principal | null, boolean][] = [
      ['anonymous', null, false],
      ['member', await who(ACCOUNTS.member), false],
      ['outsider', await who(ACCOUNTS.outsider), false],
      ['chair of the allocated WG2', await who(ACCOUNTS.chairWg2), true],
      ['contact', await who('chair.wg3@example.org'), true],
      ['secretariat', await who(ACCOUNTS.secretariat), true],
    ];
    for (const [name, principal, sees] of cases)
      expect(await maySeeDocument(db, principal, sc.docs.unpublished.id), name).toBe(sees);
  });

  it('SG20 documents are for SG20 members only', async () => {
    for (const [role, sees] of [
      ['anonymous', false],
      ['member', false],
      ['nokia', true],
    ] as const) {
      const list = await text(clients[role], '/meetings/sg20-2020-07/documents');
      expectShown(list.body, 'CONFIDENTIAL', sees, role);
      const file = await clients[role].get(`/files/${sc.docs.sg20.files[0].id}`);
      expect(file.status).toBe(sees ? 200 : 404);
      const zip = await clients[role].get('/meetings/sg20-2020-07/archive.zip');
      expect(zip.status).toBe(sees ? 200 : 404);
      if (!sees) expect(await zip.text()).not.toContain('CONFIDENTIAL');
    }
  });

  it('asking by number, by storage key or by a made-up id gives 404 without a title', async () => {
    for (const path of [
      '/files/FGMV-I-002',
      `/files/${encodeURIComponent(sc.docs.members.files[0].storageKey)}`,
      '/files/00000000-0000-0000-0000-000000000000',
      `/files/${sc.docs.members.files[0].storageKey.split('/').pop()}x`,
      "/files/' or 1=1 --",
    ]) {
      const res = await clients.anonymous.get(path);
      expect(res.status, path).toBe(404);
      expect(await res.text()).not.toContain('SECRET');
    }
    const direct = await clients.anonymous.get(`/${sc.docs.members.files[0].storageKey}`);
    expect(direct.status).toBe(404);
    // Searching by number or words finds nothing the viewer may not see.
    for (const q of ['FGMV-I-002', 'SECRET', 'immersive payments']) {
      const { body } = await text(clients.anonymous, `/meetings/fg-mv-2/documents?q=${encodeURIComponent(q)}`);
      expect(body).not.toContain(SECRET);
    }
  });
});
