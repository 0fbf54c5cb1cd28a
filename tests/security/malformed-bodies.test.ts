/**
 * Every route that reads a body (every route with an action in the build's route manifest, so a new route is
 * covered without touching this file) receives a corpus of malformed bodies, as a visitor, a member and a site
 * admin: no answer is a 500 or shows internals, bodies that are not forms are never accepted, and the portal
 * still answers afterwards.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServerBuild } from '@remix-run/node';
import { meetings, users } from '../../db/schema';
import { seedDemo } from '../../app/features/demo/index';
import { loadBuild } from '../../server/build';
import { createSubmittedDocument } from '../support/documents';
import { Client } from '../support/http';
import { startTestPortal, type TestPortal } from '../support/portal';
import { internalsIn, rawRequest } from './raw-http';

const PASSWORD = 'malformed-bodies-42';
let portal: TestPortal;
let build: ServerBuild;
const clients: Record<string, Client | null> = { visitor: null };
let values: Record<string, string>;

beforeAll(async () => {
  portal = await startTestPortal({
    setup: async (s) => void (await seedDemo(s.db, { passwords: { admin: PASSWORD, member1: PASSWORD } })),
  });
  ({ build } = await loadBuild());
  const { db, storage } = portal.services;
  const [meeting] = await db.select().from(meetings).where(eq(meetings.slug, 'fg-mv-demo'));
  const [member] = await db.select().from(users).where(eq(users.email, 'member.etri@example.org'));
  const doc = await createSubmittedDocument(db, storage, { meetingId: meeting.id, submittedBy: member.id });
  // A value for each parameter, by the path segment before it; a route with a parameter not named here fails below.
  values = {
    groups: 'fg-mv',
    meetings: 'fg-mv-demo',
    documents: doc.id,
    liaisons: '00000000-0000-4000-8000-000000000000',
    incoming: '00000000-0000-4000-8000-000000000000',
    'mail-submissions': '00000000-0000-4000-8000-000000000000',
    files: '00000000-0000-4000-8000-000000000000',
    fill: doc.id,
  };
  for (const [who, email] of [
    ['member', 'member.etri@example.org'],
    ['admin', 'admin@example.org'],
  ] as const) {
    clients[who] = new Client(portal.url);
    await clients[who]!.signIn(email, PASSWORD);
  }
});
afterAll(() => portal?.stop());

/** Query strings that choose another body-reading branch of an action (e.g. the multipart file replacement). */
const BRANCHES: Record<string, (v: Record<string, string>) => string[]> = {
  'routes/documents.$id': () => ['', '?do=replace'],
  'routes/documents.$id_.workflow': () => ['', '?do=fill'],
  'routes/meetings.$slug_.registration': (v) => ['', `?fill=${v.fill}`],
};

/** Each route with an action, as the URLs to post to (parameters filled in). */
function actionUrls(): { route: string; url: string }[] {
  const routes = build.routes as Record<
    string,
    { id: string; parentId?: string; path?: string; index?: boolean; module: { action?: unknown } }
  >;
  const fullPath = (id: string): string[] => {
    const r = routes[id];
    const own = r.path ? r.path.split('/') : [];
    return r.parentId ? [...fullPath(r.parentId), ...own] : own;
  };
  const out: { route: string; url: string }[] = [];
  for (const r of Object.values(routes)) {
    if (!r.module.action) continue;
    const segments = fullPath(r.id).map((segment, i, all) => {
      if (!segment.startsWith(':')) return segment;
      const value = values[all[i - 1]];
      if (!value)
        throw new Error(`${r.id}: no test value for ${segment} after "${all[i - 1]}" (add one to \`values\`)`);
      return encodeURIComponent(value);
    });
    const base = `/${segments.join('/')}${r.index ? '?index' : ''}`;
    for (const query of BRANCHES[r.id]?.(values) ?? [''])
      out.push({ route: r.id, url: query ? `${base}${base.includes('?') ? '&' : '?'}${query.slice(1)}` : base });
  }
  return out;
}

const form = 'application/x-www-form-urlencoded';
const multipart = (boundary: string) => `multipart/form-data; boundary=${boundary}`;
const part = (name: string, value: string, filename?: string) =>
  `--x\r\nContent-Disposition: form-data; name="${name}"${filename !== undefined ? `; filename="${filename}"` : ''}\r\n\r\n${value}\r\n`;

/** name → [content type (none: no header), body, whether it could ever be accepted as a form]. */
const CORPUS: Record<string, [string | null, Buffer]> = {
  'multipart ending before its closing boundary': [
    multipart('x'),
    Buffer.from('--x\r\nContent-Disposition: form-data; name="main"; filename="a.docx"\r\n\r\nPK\x03\x04abc'),
  ],
  'multipart without a boundary': [
    multipart('').replace(/; boundary=$/, ''),
    Buffer.from(`${part('title', 'a')}--x--\r\n`),
  ],
  'multipart with another boundary than its body': [multipart('y'), Buffer.from(`${part('title', 'a')}--x--\r\n`)],
  'multipart with garbage part headers': [
    multipart('x'),
    Buffer.from('--x\r\n\x01\x02garbage:: ;;\r\nContent-Disposition: form-data; name=\r\n\r\nabc\r\n--x--\r\n'),
  ],
  'multipart with a NUL in a field and a file name': [
    multipart('x'),
    Buffer.from(`${part('title', 'a\0b')}${part('main', 'PK\x03\x04', 'a\0.docx')}--x--\r\n`),
  ],
  'multipart with invalid UTF-8 in a file name': [
    multipart('x'),
    Buffer.concat([
      Buffer.from('--x\r\nContent-Disposition: form-data; name="main"; filename="'),
      Buffer.from([0xff, 0xfe, 0xc3, 0x28]),
      Buffer.from('.docx"\r\n\r\nPK\x03\x04\r\n--x--\r\n'),
    ]),
  ],
  'a JSON body': ['application/json', Buffer.from('{"email":"a@example.org","title":"x","intent":"register"}')],
  'an empty body without a type': [null, Buffer.alloc(0)],
  'an empty form body': [form, Buffer.alloc(0)],
  'a form with NUL bytes': [
    form,
    Buffer.from('intent=x%00&title=a%00b&email=a%00%40example.org&name=%00&password=x%00&version=1'),
  ],
  'a form with invalid UTF-8 escapes': [form, Buffer.from('title=%ff%fe&email=%c3%28%40example.org&name=%ed%a0%80')],
  'a form with raw invalid UTF-8': [form, Buffer.concat([Buffer.from('title='), Buffer.from([0xff, 0xc0, 0xaf])])],
  'a malformed form': [form, Buffer.from('a=%zz&%=&&==&title=%')],
  'a form with a 3 MB field': [form, Buffer.from(`title=${'A'.repeat(3 * 1024 * 1024)}`)],
  'multipart with a 3 MB text field': [
    multipart('x'),
    Buffer.from(`${part('title', 'B'.repeat(3 * 1024 * 1024))}--x--\r\n`),
  ],
};
/** Bodies no action may accept as if they were a valid form (a 2xx answer). */
const NEVER_ACCEPTED = [
  'a JSON body',
  'an empty body without a type',
  'a form with NUL bytes',
  'a form with invalid UTF-8 escapes',
  'a form with raw invalid UTF-8',
  'multipart with a NUL in a field and a file name',
];

describe('malformed bodies to every body-reading route', () => {
  it('finds the routes with actions in the build (so new ones are covered)', () => {
    const routes = new Set(actionUrls().map((u) => u.route));
    expect(routes.size).toBeGreaterThanOrEqual(15);
    for (const known of [
      'routes/signin',
      'routes/meetings.$slug_.submit',
      'routes/documents.$id_.revise',
      'routes/documents.$id',
    ])
      expect(routes).toContain(known);
  });

  for (const [name, [type, body]] of Object.entries(CORPUS)) {
    it(`${name}: never a 500, never internals`, async () => {
      const failures: string[] = [];
      for (const { url } of actionUrls()) {
        for (const [who, client] of Object.entries(clients)) {
          const headers: Record<string, string> = { origin: portal.url, accept: 'text/html' };
          if (type !== null) headers['content-type'] = type;
          if (client?.cookies.size) headers.cookie = client.cookieHeader();
          const answer = await rawRequest(portal.url + url, { method: 'POST', headers, body }).catch((err: Error) => ({
            status: 0,
            body: err.message,
            headers: {},
          }));
          const leak = internalsIn(answer.body);
          if (answer.status === 0 || answer.status >= 500)
            failures.push(`${who} POST ${url}: ${answer.status} ${answer.body.slice(0, 120)}`);
          else if (leak) failures.push(`${who} POST ${url}: shows "${leak}"`);
          else if (NEVER_ACCEPTED.includes(name) && answer.status < 300)
            failures.push(`${who} POST ${url}: accepted (${answer.status})`);
        }
      }
      expect(failures).toEqual([]);
      expect((await rawRequest(`${portal.url}/healthz`)).status).toBe(200);
    });
  }

  it('the portal still serves pages after the whole corpus', async () => {
    const page = await clients.member!.get('/meetings/fg-mv-demo');
    expect(page.status).toBe(200);
  });
});
