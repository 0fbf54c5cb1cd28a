/**
 * One visibility rule everywhere: two canary documents of FG-MV, one registered but unpublished (members-only) and one
 * published for members only, each with a unique title, source and number. Every route of the portal, enumerated from
 * the Remix build's route manifest (so a new page, export or feed is covered the day it is added), is fetched through
 * real HTTP as an anonymous visitor, as a signed-in person without any membership and as a member of another group:
 * HTML, loader JSON (`?_data=`), CSV, JSON, Atom, iCalendar, zip archives (unzipped, with the .docx files inside)
 * and every document, file and liaison page those responses link to. None may name a canary. The same crawl as the
 * FG-MV secretariat must find them, so the detector is known to work. The JSON API's routes (`/api/v1/…`, from the
 * same manifest) are crawled with bearer tokens alike, following the documents, files and cursors they answer with:
 * a token of another FG-MV member never shows the unpublished canary; no token, a revoked or an expired one gets 401.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { unzipSync } from 'fflate';
import type { ServerBuild } from '@remix-run/node';
import { agendaItems, documents, memberships, users } from '../../db/schema';
import { hashPassword } from '../../app/features/accounts/auth.server';
import { createToken, revokeToken } from '../../app/features/api/tokens.server';
import { loadBuild } from '../../server/build';
import { minimalDocx } from '../fixtures/docx';
import { DEMO_PASSWORD, demoData } from '../support/demo';
import { Client } from '../support/http';
import { insertDocuments } from '../support/list-fixtures';
import { startTestPortal, type TestPortal } from '../support/portal';

const MEETING = 'fg-mv-demo';
/** What must never appear: tokens without spaces, so that no encoding (HTML, JSON, URL, CSV, XML) can hide them. */
const CANARIES = {
  unpublished: {
    title: 'CanaryPelican7Q draft on sealed ledgers',
    source: 'CanarySourceOrca3',
    label: 'CANARYNUM-007',
  },
  membersOnly: { title: 'CanaryHeron4Z members-only plan', source: 'CanarySourceLynx9', label: 'CANARYMEM-001' },
};
const TOKENS = [...Object.values(CANARIES).flatMap((c) => [c.title.split(' ')[0], c.source, c.label])];
const PUBLIC_TITLE = 'Openly published lighthouse notes';

let portal: TestPortal;
let build: ServerBuild;
const ids = { docs: [] as string[], files: [] as string[] };
const clients: Record<string, Client> = {};

async function addUser(email: string, name: string, groupId?: string) {
  const [u] = await portal.services.db
    .insert(users)
    .values({
      email,
      name,
      organisation: 'Elsewhere',
      country: 'Chile',
      passwordHash: await hashPassword(DEMO_PASSWORD),
    })
    .returning();
  if (groupId) await portal.services.db.insert(memberships).values({ userId: u.id, groupId, role: 'member' });
}

beforeAll(async () => {
  portal = await startTestPortal({ demo: true });
  ({ build } = await loadBuild());
  const { db, storage } = portal.services;
  const seeded = await demoData(db);
  const meeting = { id: seeded.meetingIds[MEETING], groupId: seeded.groupIds['fg-mv'] };
  const docx = (text: string, name: string) => ({ role: 'main' as const, filename: name, content: minimalDocx(text) });
  const [unpublished, membersOnly, open] = await insertDocuments(db, storage, meeting, [
    {
      number: 7,
      label: CANARIES.unpublished.label,
      title: CANARIES.unpublished.title,
      source: CANARIES.unpublished.source,
      access: 'members',
      published: false,
      allocations: [seeded.groupIds['fg-mv-wg2']],
      files: [docx(CANARIES.unpublished.title, 'ledger.docx')],
      submittedBy: seeded.userIds.member1,
    },
    {
      number: 1,
      label: CANARIES.membersOnly.label,
      title: CANARIES.membersOnly.title,
      source: CANARIES.membersOnly.source,
      access: 'members',
      allocations: [seeded.groupIds['fg-mv-wg2']],
      files: [docx(CANARIES.membersOnly.title, 'heron.docx')],
      submittedBy: seeded.userIds.member1,
    },
    {
      number: 2,
      title: PUBLIC_TITLE,
      allocations: [seeded.groupIds['fg-mv-wg2']],
      files: [docx(PUBLIC_TITLE, 'lighthouse.docx')],
    },
  ]);
  ids.docs.push(unpublished.id, membersOnly.id, open.id);
  ids.files.push(...[unpublished, membersOnly, open].flatMap((d) => d.files.map((f) => f.id)));

  await addUser('outsider@example.net', 'Olga Outsider');
  await addUser('sg20.member@example.net', 'Sam Twenty', seeded.groupIds.sg20);
  for (const [key, email] of [
    ['secretariat', 'tsb.fgmv@example.org'],
    ['outsider', 'outsider@example.net'],
    ['otherGroupMember', 'sg20.member@example.net'],
  ]) {
    clients[key] = new Client(portal.url);
    await clients[key].signIn(email, DEMO_PASSWORD);
  }
  clients.anonymous = new Client(portal.url);

  // The meeting's draft agenda, with the canaries and the public document on one of its items.
  const created = await clients.secretariat.post(`/meetings/${MEETING}/agenda`, {
    intent: 'create',
    template: 'jca-mv',
  });
  expect(created.status).toBeLessThan(400);
  const [item] = await db.select().from(agendaItems).where(eq(agendaItems.meetingId, meeting.id)).limit(1);
  for (const id of ids.docs) await db.update(documents).set({ agendaItemId: item.id }).where(eq(documents.id, id));
}, 180_000);
afterAll(() => portal?.stop());

/** Every route of the build as a URL pattern (`/meetings/:slug/agenda`), and whether it has a loader. */
function routePatterns() {
  const routes = build.routes;
  return Object.values(routes).map((route) => {
    const parts: string[] = [];
    for (let r: (typeof routes)[string] | undefined = route; r; r = r.parentId ? routes[r.parentId] : undefined)
      if (r.path) parts.unshift(r.path);
    return { pattern: `/${parts.join('/')}`, loader: !!route.module.loader };
  });
}

/** What a `:format` names (a generated letter's, say): the formats the portal writes. */
const FORMATS = ['docx', 'pdf', 'csv', 'json', 'ics', 'zip'];

/**
 * Concrete URLs for a pattern: a slug tried with meeting and group slugs, an id with every canary id, a format
 * with every format the portal writes, any other parameter with slugs and ids.
 */
function urlsFor(pattern: string) {
  const slugs = ['fg-mv-demo', 'fg-mv', 'fg-mv-wg2', 'sg20'];
  const uuids = [...ids.docs, ...ids.files];
  let urls = [''];
  for (const segment of pattern.split('/').filter(Boolean)) {
    const options =
      segment === ':slug'
        ? slugs
        : /^:(id|fileId)$/.test(segment)
          ? uuids
          : segment === ':format'
            ? FORMATS
            : segment.startsWith(':')
              ? [...slugs, ...uuids]
              : segment === '*'
                ? ['no-such-page']
                : [segment];
    urls = urls.flatMap((u) => options.map((o) => `${u}/${o}`));
  }
  return urls.map((u) => u || '/');
}

/** The places a response names: its headers, its body, and the names and contents of zip entries (a .docx inside a zip too). */
function* texts(bytes: Uint8Array, where: string): Generator<[string, Buffer]> {
  yield [where, Buffer.from(bytes)];
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes);
  } catch {
    return;
  }
  for (const [name, content] of Object.entries(entries)) {
    yield [`${where} › entry name`, Buffer.from(name)];
    yield* texts(content, `${where} › ${name}`);
  }
}

const LINKED =
  /\/(?:documents|files|liaisons)\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?:\/[a-z]+)?/g;

interface Hit {
  url: string;
  where: string;
  token: string;
}

/** Fetches one URL and says where in it a canary token appears; also returns the document, file and liaison pages it links to. */
async function scan(client: Client, url: string): Promise<{ hits: Hit[]; links: string[]; text: string }> {
  const res = await client.get(url);
  const body = new Uint8Array(await res.arrayBuffer());
  const headers = [...res.headers].map(([k, v]) => `${k}: ${v}`).join('\n');
  const hits: Hit[] = [];
  for (const [where, text] of [['headers', Buffer.from(headers)] as [string, Buffer], ...texts(body, 'body')]) {
    for (const token of TOKENS) if (text.includes(token)) hits.push({ url, where, token });
  }
  const text = Buffer.from(body).toString('utf8');
  return { hits, links: text.match(LINKED) ?? [], text };
}

/** Fetches every route (bare, and with list filters and search) and every document, file or liaison page they link to. */
async function crawl(client: Client) {
  const queue: string[] = [];
  const queued = new Set<string>();
  const enqueue = (url: string) => {
    if (!queued.has(url)) {
      queued.add(url);
      queue.push(url);
    }
  };
  for (const { pattern, loader } of routePatterns()) {
    for (const url of urlsFor(pattern)) {
      enqueue(url);
      // List filters, search and "since" as a query. (A page's HTML carries its loader data, as `?_data=` would.)
      if (loader) enqueue(`${url}?per=all&since=2000-01-01&filter=unallocated&type=input&q=Canary`);
    }
  }
  const found: Hit[] = [];
  // A few requests at a time: the machine is small and shared.
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
        const { hits, links } = await scan(client, url);
        found.push(...hits);
        links.forEach(enqueue);
      }
    }),
  );
  return { found, fetched: queued.size };
}

describe('no route names a document its viewer may not see', () => {
  it('covers the portal: every kind of route is in the manifest', () => {
    const patterns = routePatterns().map((r) => r.pattern);
    for (const p of [
      '/meetings/:slug/documents',
      '/meetings/:slug/documents.csv',
      '/meetings/:slug/documents.json',
      '/meetings/:slug/feed.atom',
      '/groups/:slug/feed.atom',
      '/groups/:slug/calendar.ics',
      '/meetings/:slug/archive.zip',
      '/meetings/:slug/agenda',
      '/documents/:id',
      '/files/:fileId',
    ]) {
      expect(patterns).toContain(p);
    }
  });

  it('finds the canaries as the FG-MV secretariat, in pages, exports, feeds, the archive and the files', async () => {
    for (const url of [
      `/meetings/${MEETING}/documents`,
      `/meetings/${MEETING}/documents.csv`,
      `/meetings/${MEETING}/documents.json`,
      `/meetings/${MEETING}/agenda`,
      `/meetings/${MEETING}/feed.atom`,
      `/groups/fg-mv-wg2/feed.atom`,
      `/documents/${ids.docs[0]}`,
      `/files/${ids.files[0]}`,
    ]) {
      expect((await scan(clients.secretariat, url)).hits.length, url).toBeGreaterThan(0);
    }
    const archive = await scan(clients.secretariat, `/meetings/${MEETING}/archive.zip`);
    expect(archive.hits.some((h) => h.where.includes('manifest.csv'))).toBe(true);
    expect(archive.hits.some((h) => h.where.includes('ledger.docx › word/document.xml'))).toBe(true);
  });

  it.each(['anonymous', 'outsider', 'otherGroupMember'])(
    'as %s: no canary anywhere',
    async (who) => {
      const { found, fetched } = await crawl(clients[who]);
      expect(fetched).toBeGreaterThan(100);
      expect(found.map((f) => `${f.token} in ${f.url} (${f.where})`)).toEqual([]);
    },
    300_000,
  );
});

describe('the JSON API shows through a token what its owner may see, and nothing without a live token', () => {
  const tokens: Record<string, string> = {};
  const ALL_SCOPES = ['read', 'submit', 'manage'];
  const apiPatterns = () => routePatterns().filter((r) => r.pattern.startsWith('/api/v1/') && r.loader);

  /** A client that sends a bearer token and no cookie. */
  const bearer = (token: string | null) =>
    new (class extends Client {
      override request(path: string, init: RequestInit = {}) {
        const headers = new Headers(init.headers);
        if (token) headers.set('authorization', `Bearer ${token}`);
        return super.request(path, { ...init, headers });
      }
    })(portal.url);

  beforeAll(async () => {
    const { db } = portal.services;
    const idOf = async (email: string) => (await db.select().from(users).where(eq(users.email, email)))[0].id;
    const make = async (email: string, opts: { now?: Date } = {}) =>
      (await createToken(db, await idOf(email), { name: 'canary', scopes: ALL_SCOPES, days: 1 }, opts)).token;
    tokens.secretariat = await make('tsb.fgmv@example.org');
    tokens.fgmvMember = await make('member.nokia@example.org');
    tokens.outsider = await make('outsider@example.net');
    tokens.otherGroupMember = await make('sg20.member@example.net');
    tokens.expired = await make('tsb.fgmv@example.org', { now: new Date(Date.now() - 2 * 86_400_000) });
    const revoked = await createToken(db, await idOf('tsb.fgmv@example.org'), { name: 'revoked', scopes: ALL_SCOPES });
    await revokeToken(db, await idOf('tsb.fgmv@example.org'), revoked.record.id);
    tokens.revoked = revoked.token;
  });

  /** Every API route (its lists also a page at a time, searched and filtered), the documents and files they link, each next page. */
  async function crawlApi(client: Client) {
    const queue: string[] = [];
    const queued = new Set<string>();
    const enqueue = (url: string) => !queued.has(url) && (queued.add(url), queue.push(url));
    for (const { pattern } of apiPatterns())
      for (const url of urlsFor(pattern)) {
        enqueue(url);
        if (url.endsWith('/documents'))
          for (const q of ['limit=1', 'q=Canary', 'limit=200&late=no']) enqueue(`${url}?${q}`);
      }
    const found: Hit[] = [];
    for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
      const { hits, text } = await scan(client, url);
      found.push(...hits);
      for (const link of text.match(/\/api\/v1\/(?:documents|files)\/[0-9a-f-]{36}/g) ?? []) enqueue(link);
      const next = /"nextCursor":"([^"]+)"/.exec(text)?.[1];
      if (next)
        enqueue(
          `${url.replace(/([?&])cursor=[^&]*&?/, '$1').replace(/[?&]$/, '')}${url.includes('?') ? '&' : '?'}cursor=${next}`,
        );
    }
    return { found, fetched: queued.size };
  }
  const unpublishedTokens = [
    CANARIES.unpublished.title.split(' ')[0],
    CANARIES.unpublished.source,
    CANARIES.unpublished.label,
  ];

  it('covers the API: its list, document and file routes are in the manifest', () => {
    const patterns = apiPatterns().map((r) => r.pattern);
    for (const p of [
      '/api/v1/meetings',
      '/api/v1/meetings/:slug/documents',
      '/api/v1/documents/:id',
      '/api/v1/files/:id',
    ])
      expect(patterns).toContain(p);
  });

  it('finds both canaries with the FG-MV secretariat’s token', async () => {
    const { found } = await crawlApi(bearer(tokens.secretariat));
    expect(new Set(found.map((f) => f.token))).toEqual(new Set(TOKENS));
  }, 120_000);

  it('never shows another member’s unpublished document to an FG-MV member’s token (the members-only one it may)', async () => {
    const { found } = await crawlApi(bearer(tokens.fgmvMember));
    expect(found.filter((f) => unpublishedTokens.includes(f.token)).map((f) => `${f.token} in ${f.url}`)).toEqual([]);
    expect(found.some((f) => f.token === CANARIES.membersOnly.label)).toBe(true);
  }, 120_000);

  it.each(['outsider', 'otherGroupMember'])(
    'shows no canary to the token of an %s',
    async (who) => {
      const { found, fetched } = await crawlApi(bearer(tokens[who]));
      expect(fetched).toBeGreaterThan(20);
      expect(found.map((f) => `${f.token} in ${f.url} (${f.where})`)).toEqual([]);
    },
    120_000,
  );

  it.each([
    ['no token', null],
    ['a revoked token', 'revoked'],
    ['an expired token', 'expired'],
  ])(
    'answers every API route with 401 for %s',
    async (_, which) => {
      const client = bearer(which ? tokens[which] : null);
      const urls = apiPatterns()
        .filter((r) => !/openapi|\*/.test(r.pattern))
        .flatMap((r) => urlsFor(r.pattern));
      expect(urls.length).toBeGreaterThan(10);
      for (const url of urls) {
        let res = await client.get(url);
        if (res.status === 405) res = await client.post(url, new FormData());
        const body = await res.text();
        expect(res.status, `${url}: ${body}`).toBe(401);
        expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
        for (const token of TOKENS) expect(body).not.toContain(token);
      }
    },
    120_000,
  );
});
