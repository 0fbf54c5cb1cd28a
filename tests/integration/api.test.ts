import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { apiTokens, auditEvents, users } from '../../db/schema';
import { createToken, hashToken } from '../../app/features/api/tokens.server';
import { ituCoverDocx, minimalDocx } from '../fixtures/docx';
import { parse } from 'node-html-parser';
import { Client, withoutScripts } from '../support/http';
import { DEMO_PASSWORD } from '../support/demo';
import { startTestPortal, type TestPortal } from '../support/portal';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const MEETING = 'fg-mv-demo';

describe('JSON API v1 with personal access tokens', () => {
  let portal: TestPortal;
  const tokens: Record<string, string> = {};

  const tokenFor = async (email: string, scopes: string[], days: number | null = 30) => {
    const [user] = await portal.services.db.select().from(users).where(eq(users.email, email));
    const { token } = await createToken(
      portal.services.db,
      user.id,
      { name: `test ${scopes.join('+')}`, scopes, days },
      { allowNoExpiry: true },
    );
    return token;
  };
  const call = (path: string, token: string | null, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    if (token) headers.set('authorization', `Bearer ${token}`);
    return fetch(portal.url + path, { ...init, headers, redirect: 'manual' });
  };
  const postJson = (path: string, token: string, body: unknown) =>
    call(path, token, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
  const submission = (metadata: unknown, file: Buffer | null = minimalDocx('Proposal text')) => {
    const form = new FormData();
    if (file) form.append('file', new Blob([file], { type: DOCX }), 'proposal.docx');
    form.append('metadata', typeof metadata === 'string' ? metadata : JSON.stringify(metadata));
    return form;
  };
  const metadata = {
    type: 'input',
    title: 'Metaverse use cases for cities',
    source: 'ETRI',
    purpose: 'discussion',
    abstract: 'Use cases.',
    keywords: ['cities', 'metaverse'],
    contacts: [{ name: 'Kim', organisation: 'ETRI', country: 'Korea', email: 'member.etri@example.org' }],
  };

  beforeAll(async () => {
    portal = await startTestPortal({ demo: true });
    tokens.member = await tokenFor('member.etri@example.org', ['read', 'submit']);
    tokens.memberRead = await tokenFor('member.etri@example.org', ['read']);
    tokens.nokia = await tokenFor('member.nokia@example.org', ['read', 'submit', 'manage']);
    tokens.secretariat = await tokenFor('tsb.fgmv@example.org', ['read', 'manage']);
    tokens.chair = await tokenFor('chair.wg2@example.org', ['read', 'manage']);
  }, 120_000);
  afterAll(() => portal?.stop());

  it('takes a contribution from submission to download with tokens only', async () => {
    const submitted = await call(`/api/v1/meetings/${MEETING}/submissions`, tokens.member, {
      method: 'POST',
      body: submission(metadata),
    });
    expect(submitted.status).toBe(201);
    expect(submitted.headers.get('ratelimit-policy')).toMatch(/q=\d+;w=60/);
    const { id, state, receipt } = await submitted.json();
    expect(state).toBe('submitted');
    expect(receipt.number).toBeNull();
    expect(receipt.files[0]).toMatchObject({ role: 'main', name: 'proposal.docx' });
    expect(receipt.acknowledgedTo).toContain('member.etri@example.org');
    // The deadline judged the instant the request arrived, and the receipt says which rule let it in.
    expect(receipt.deadlineRule).toBe('on_time');
    expect(Date.parse(receipt.requestBeganAt)).toBeLessThanOrEqual(Date.parse(receipt.submittedAt));

    // Before registration the submitter sees it; another member does not.
    expect((await call(`/api/v1/documents/${id}`, tokens.member)).status).toBe(200);
    expect((await call(`/api/v1/documents/${id}`, tokens.nokia)).status).toBe(404);

    const registered = await postJson(`/api/v1/documents/${id}/register`, tokens.secretariat, {});
    expect(registered.status).toBe(200);
    const { number } = await registered.json();
    expect(number).toMatch(/^FGMV-I-\d+/);

    const allocated = await postJson(`/api/v1/documents/${id}/allocation`, tokens.secretariat, { groups: ['WG2'] });
    expect(await allocated.json()).toEqual({ groups: ['WG2'], agendaItem: null });

    // The WG2 chair decides on a document allocated to WG2.
    const decided = await postJson(`/api/v1/documents/${id}/decision`, tokens.chair, {
      decision: 'noted',
      note: 'Noted with thanks',
    });
    expect(await decided.json()).toEqual({ decision: 'noted' });

    const published = await postJson(`/api/v1/documents/${id}/publication`, tokens.secretariat, {
      published: true,
      access: 'public',
    });
    expect(await published.json()).toEqual({ published: true, access: 'public' });

    const list = await call(`/api/v1/meetings/${MEETING}/documents?q=cities&group=fg-mv-wg2`, tokens.nokia);
    expect(list.status).toBe(200);
    const page = await list.json();
    const item = page.items.find((d: { id: string }) => d.id === id);
    expect(item).toMatchObject({ number, decision: 'noted', groups: ['WG2'], state: 'registered', late: false });
    expect(item.submittedAt).toBeTruthy();

    const file = item.files.find((f: { role: string }) => f.role === 'main');
    const download = await call(new URL(file.url).pathname, tokens.nokia);
    expect(download.status).toBe(200);
    const bytes = Buffer.from(await download.arrayBuffer());
    expect(bytes.length).toBe(file.size);

    // Every change is in the history with the token that made it.
    const events = await portal.services.db.select().from(auditEvents).where(eq(auditEvents.documentId, id));
    const decidedEvent = events.find((e) => e.action === 'document.decided');
    expect(decidedEvent?.after).toMatchObject({
      via: 'api',
      note: 'Noted with thanks',
      token: { name: 'test read+manage' },
    });
    expect(events.find((e) => e.action === 'document.submitted')?.after).toMatchObject({ via: 'api' });
  });

  it('pages with an opaque cursor and refuses a cursor used with other filters', async () => {
    const first = await (await call(`/api/v1/meetings?limit=2`, tokens.memberRead)).json();
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).toBeTruthy();
    const second = await (await call(`/api/v1/meetings?cursor=${first.nextCursor}`, tokens.memberRead)).json();
    expect(second.items[0].slug).not.toBe(first.items[0].slug);
    const other = await call(`/api/v1/meetings?group=sg20&cursor=${first.nextCursor}`, tokens.memberRead);
    expect(other.status).toBe(400);
    expect((await call(`/api/v1/meetings?limit=500`, tokens.memberRead)).status).toBe(400);
    const bad = await call(`/api/v1/meetings/${MEETING}/documents?type=nonsense`, tokens.memberRead);
    expect(bad.status).toBe(400);
    expect((await bad.json()).errors.type).toContain('nonsense');
  });

  it('answers refused tokens with problem documents', async () => {
    const none = await call('/api/v1/meetings', null);
    expect(none.status).toBe(401);
    expect(none.headers.get('content-type')).toContain('application/problem+json');
    expect(none.headers.get('www-authenticate')).toContain('Bearer');
    expect((await none.json()).type).toBe('/api#problem-unauthenticated');

    const revoked = await tokenFor('member.etri@example.org', ['read']);
    await portal.services.db
      .update(apiTokens)
      .set({ revokedAt: new Date() })
      .where(eq(apiTokens.tokenHash, hashToken(revoked)));
    const r = await call('/api/v1/meetings', revoked);
    expect(r.status).toBe(401);
    expect((await r.json()).detail).toMatch(/revoked/);

    const expired = await tokenFor('member.etri@example.org', ['read'], 1);
    await portal.services.db
      .update(apiTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(and(eq(apiTokens.name, 'test read'), eq(apiTokens.hint, expired.slice(0, 12))));
    const e = await call('/api/v1/meetings', expired);
    expect(e.status).toBe(401);
    expect((await e.json()).detail).toMatch(/expired/);

    const unknown = await call('/api/v1/meetings', null, { headers: { authorization: 'Bearer plenary_nope' } });
    expect(unknown.status).toBe(401);

    const scope = await call(`/api/v1/meetings/${MEETING}/submissions`, tokens.memberRead, {
      method: 'POST',
      body: submission(metadata),
    });
    expect(scope.status).toBe(403);
    expect((await scope.json()).detail).toContain('"submit"');

    // A member's manage token does not make them secretariat: their permissions, never more.
    const doc = await (
      await call(`/api/v1/meetings/${MEETING}/submissions`, tokens.nokia, {
        method: 'POST',
        body: submission({
          ...metadata,
          source: 'Nokia',
          contacts: [{ name: 'N', email: 'member.nokia@example.org' }],
        }),
      })
    ).json();
    const notAllowed = await postJson(`/api/v1/documents/${doc.id}/register`, tokens.nokia, {});
    expect(notAllowed.status).toBe(403);
    // Another person's document: unseen, so not found.
    const others = await call(`/api/v1/documents/${doc.id}/revisions`, tokens.member, {
      method: 'POST',
      body: submission(metadata),
    });
    expect(others.status).toBe(404);
  });

  it('refuses malformed bodies with 400 and the reason, and names missing fields', async () => {
    const json = await call(`/api/v1/documents/00000000-0000-4000-8000-000000000000/decision`, tokens.secretariat, {
      method: 'POST',
      body: '{"decision": ',
      headers: { 'content-type': 'application/json' },
    });
    expect(json.status).toBe(400);
    expect((await json.json()).detail).toMatch(/not valid JSON/);

    const multipart = await call(`/api/v1/meetings/${MEETING}/submissions`, tokens.member, {
      method: 'POST',
      body: '--x\r\nContent-Disposition: form-data; name="file"; filename="a.docx"\r\n\r\nabc',
      headers: { 'content-type': 'multipart/form-data; boundary=x' },
    });
    expect(multipart.status).toBe(400);

    const badMeta = await call(`/api/v1/meetings/${MEETING}/submissions`, tokens.member, {
      method: 'POST',
      body: submission('{not json'),
    });
    expect(badMeta.status).toBe(400);
    expect((await badMeta.json()).detail).toMatch(/"metadata" part is not valid JSON/);

    const missing = await call(`/api/v1/meetings/${MEETING}/submissions`, tokens.member, {
      method: 'POST',
      body: submission({ type: 'input' }, null),
    });
    expect(missing.status).toBe(400);
    const problem = await missing.json();
    expect(Object.keys(problem.errors)).toEqual(expect.arrayContaining(['file', 'title']));
  });

  it('does not act on a session cookie', async () => {
    const browser = new Client(portal.url);
    await browser.signIn('tsb.fgmv@example.org', DEMO_PASSWORD);
    const withoutOrigin = await browser.request(`/api/v1/documents/00000000-0000-4000-8000-000000000000/register`, {
      method: 'POST',
    });
    expect(withoutOrigin.status).toBe(403);
    const sameOrigin = await browser.post(`/api/v1/documents/00000000-0000-4000-8000-000000000000/register`, {});
    expect(sameOrigin.status).toBe(401);
    expect((await sameOrigin.json()).detail).toMatch(/does not act on a signed-in browser session/);
  });

  it('reads a cover page like npm run cover', async () => {
    const form = new FormData();
    form.append('file', new Blob([ituCoverDocx()], { type: DOCX }), 'cover.docx');
    const res = await call('/api/v1/cover', tokens.member, { method: 'POST', body: form });
    expect(res.status).toBe(200);
    const cover = await res.json();
    expect(cover.source).toBe('China Mobile Communications Corporation');
    const pdf = new FormData();
    pdf.append('file', new Blob([Buffer.from('%PDF-1.4\n')]), 'x.pdf');
    const refused = await call('/api/v1/cover', tokens.member, { method: 'POST', body: pdf });
    expect(refused.status).toBe(400);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
  });

  it('answers unknown addresses and methods as problems', async () => {
    expect((await call('/api/v1/nothing', tokens.member)).status).toBe(404);
    const method = await call('/api/v1/meetings', tokens.member, { method: 'POST' });
    expect(method.status).toBe(405);
    expect(method.headers.get('allow')).toBe('GET');
  });

  it('gives a token once on the profile page, lists it and revokes it', async () => {
    const browser = new Client(portal.url);
    await browser.signIn('member.nokia@example.org', DEMO_PASSWORD);
    const created = await browser.post('/profile', {
      intent: 'createToken',
      name: 'Meeting bot',
      scopes: 'read',
      days: '30',
    });
    expect(created.status).toBe(200);
    const token = parse(withoutScripts(await created.text())).querySelector('[data-testid=new-token]')?.text ?? '';
    expect(token).toMatch(/^plenary_/);
    expect((await call('/api/v1/meetings', token)).status).toBe(200);
    const page = parse(withoutScripts(await (await browser.get('/profile')).text()));
    expect(page.querySelector('[data-testid=new-token]')).toBeNull();
    expect(page.querySelector('#tokens-h')?.parentNode.text).toContain('Meeting bot');
    const [row] = await portal.services.db.select().from(apiTokens).where(eq(apiTokens.name, 'Meeting bot'));
    expect((await browser.post('/profile', { intent: 'revokeToken', tokenId: row.id })).status).toBe(200);
    expect((await call('/api/v1/meetings', token)).status).toBe(401);
    // Refused (also without JavaScript): each message beside its field of the token form, the values kept.
    const refused = await browser.post('/profile', { intent: 'createToken', name: 'Bot two', days: '400' });
    expect(refused.status).toBe(400);
    const refusedPage = parse(withoutScripts(await refused.text()));
    const form = refusedPage.querySelector('#token-form')!;
    const errorOf = (name: string) => {
      const input = form.querySelector(`[name=${name}]`)!;
      const ids = (input.getAttribute('aria-describedby') ?? '').split(' ');
      return ids
        .map((id) => form.querySelector(`[id="${id}"]`)?.text)
        .find((t) => t && t !== 'What it is for, e.g. "Meeting bot".');
    };
    expect(errorOf('days')).toBe('A token expires after 1 to 366 days.');
    expect(errorOf('scopes')).toBe('Choose at least one scope.');
    expect(form.querySelector('[name=name]')?.getAttribute('value')).toBe('Bot two');
    expect(refusedPage.querySelectorAll('.field-error')).toHaveLength(2);
  });

  it('has a reference page at /api', async () => {
    const page = parse(withoutScripts(await (await fetch(`${portal.url}/api`)).text()));
    expect(page.querySelector('h1')?.text).toBe('Plenary API');
    expect(page.text).toContain('POST /api/v1/meetings/{slug}/submissions');
  });
});
