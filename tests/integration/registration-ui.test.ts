import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq } from 'drizzle-orm';
import { auditEvents, documentAllocations, documentFiles, documents, groups } from '../../db/schema';
import type { Seeded } from '../../app/features/demo/index';
import { DEMO_PASSWORD, demoData } from '../support/demo';
import { loadPrincipal, type Principal } from '../../app/features/groups/permissions.server';
import { registerDocuments } from '../../app/features/registration/register.server';
import { reserveNumber } from '../../app/features/registration/reserved-numbers.server';
import { stampDocument } from '../../app/features/registration/stamping.server';
import { startWorkers, type Workers } from '../../app/jobs.server';
import { createSubmittedDocument, ituCoverDocx } from '../support/documents';
import { Client, withoutScripts } from '../support/http';
import { waitForJobs } from '../support/jobs';
import { startTestPortal, type TestPortal } from '../support/portal';

const PASSWORD = DEMO_PASSWORD;
let portal: TestPortal;
let seeded: Seeded;
let sec: Principal;
let restartedWorkers: Workers | undefined;
const db = () => portal.services.db;
const fg = () => seeded.meetingIds['fg-mv-demo'];
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const clients: Record<'sec' | 'chair2' | 'chair3' | 'member', Client> = {} as never;

beforeAll(async () => {
  portal = await startTestPortal({ demo: true });
  seeded = await demoData(portal.services.db);
  sec = await loadPrincipal(db(), { id: seeded.userIds.secretariat, isAdmin: false });
  const emails = {
    sec: 'tsb.fgmv@example.org',
    chair2: 'chair.wg2@example.org',
    chair3: 'chair.wg3@example.org',
    member: 'member.etri@example.org',
  };
  for (const [k, email] of Object.entries(emails)) {
    clients[k as keyof typeof clients] = new Client(portal.url);
    await clients[k as keyof typeof clients].signIn(email, PASSWORD);
  }
});
afterAll(async () => {
  await restartedWorkers?.stop();
  await portal?.stop();
});

const groupId = async (slug: string) =>
  (await db().select({ id: groups.id }).from(groups).where(eq(groups.slug, slug)))[0].id;
const upload = (bytes: Buffer, version: number, name = 'report.docx') => {
  const form = new FormData();
  form.set('version', String(version));
  form.set('main', new Blob([bytes], { type: DOCX }), name);
  return form;
};

describe('filling a reserved number through HTTP', () => {
  it('the secretariat uploads the .docx on the registration page: registered, stamped, audit-logged', async () => {
    const reserved = await reserveNumber(db(), sec, { meetingId: fg(), type: 'output', title: 'Meeting report' });
    const page = withoutScripts(await (await clients.sec.get('/meetings/fg-mv-demo/registration')).text());
    expect(page).toContain(`fill=${reserved.id}`);
    const res = await clients.sec.post(
      `/meetings/fg-mv-demo/registration?fill=${reserved.id}`,
      upload(await ituCoverDocx({ title: 'Meeting report', placeholder: 'FGMV-O-xxx' }), reserved.version),
    );
    expect(res.status).toBe(200);
    expect(withoutScripts(await res.text())).toContain(`${reserved.numberLabel} now has its file`);
    const [row] = await db().select().from(documents).where(eq(documents.id, reserved.id));
    expect(row.state).toBe('registered');
    await waitForJobs(db());
    const files = await db().select().from(documentFiles).where(eq(documentFiles.documentId, reserved.id));
    expect(files.map((f) => f.role).sort()).toEqual(['main', 'stamped']);
    const [{ n }] = await db()
      .select({ n: count() })
      .from(auditEvents)
      .where(and(eq(auditEvents.documentId, reserved.id), eq(auditEvents.action, 'document.filled')));
    expect(n).toBe(1);
  });

  it('refuses a file that is not a .docx, a missing file, a stale form and a second fill; nothing changes', async () => {
    const reserved = await reserveNumber(db(), sec, { meetingId: fg(), type: 'output', title: 'Outgoing LS draft' });
    const pdf = Buffer.from('%PDF-1.4\n%\xe2\xe3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    let res = await clients.sec.post(
      `/documents/${reserved.id}/workflow?do=fill`,
      upload(pdf, reserved.version, 'report.pdf'),
    );
    expect(res.status).toBe(400);
    expect(withoutScripts(await res.text())).toMatch(/docx|Word/i);
    const noFile = new FormData();
    noFile.set('version', String(reserved.version));
    res = await clients.sec.post(`/documents/${reserved.id}/workflow?do=fill`, noFile);
    expect(res.status).toBe(400);
    expect(withoutScripts(await res.text())).toContain('Choose the .docx file for this number.');
    const good = await ituCoverDocx({ title: 'LS' });
    res = await clients.sec.post(`/documents/${reserved.id}/workflow?do=fill`, upload(good, reserved.version - 1));
    expect(res.status).toBe(409);
    expect((await db().select().from(documents).where(eq(documents.id, reserved.id)))[0].state).toBe('reserved');
    expect(await db().select().from(documentFiles).where(eq(documentFiles.documentId, reserved.id))).toEqual([]);
    // The document page's form: success redirects back with a message.
    res = await clients.sec.post(`/documents/${reserved.id}/workflow?do=fill`, upload(good, reserved.version));
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe(`/documents/${reserved.id}?workflow=filled`);
    res = await clients.sec.post(`/documents/${reserved.id}/workflow?do=fill`, upload(good, reserved.version + 1));
    expect(res.status).toBe(409);
    expect(withoutScripts(await res.text())).toContain('is not a reserved number');
  });

  it('a member or the chair of a group it is not allocated to may not fill it and nothing is stored; the chair of the allocated group may', async () => {
    const reserved = await reserveNumber(db(), sec, { meetingId: fg(), type: 'output', title: 'WG2 output' });
    const good = await ituCoverDocx({ title: 'WG2 output' });
    // Those who may not see the secretariat's reserved number (not yet allocated) are told it is not found.
    for (const c of [clients.member, clients.chair3, clients.chair2]) {
      const res = await c.post(`/documents/${reserved.id}/workflow?do=fill`, upload(good, reserved.version));
      expect(res.status).toBe(404);
    }
    expect(await db().select().from(documentFiles).where(eq(documentFiles.documentId, reserved.id))).toEqual([]);
    await db()
      .insert(documentAllocations)
      .values({ documentId: reserved.id, groupId: await groupId('fg-mv-wg2') });
    expect(
      (await clients.chair3.post(`/documents/${reserved.id}/workflow?do=fill`, upload(good, reserved.version))).status,
    ).toBe(404);
    const res = await clients.chair2.post(`/documents/${reserved.id}/workflow?do=fill`, upload(good, reserved.version));
    expect(res.status).toBe(302);
    expect((await db().select().from(documents).where(eq(documents.id, reserved.id)))[0].state).toBe('registered');
  });
});

describe('document page panel', () => {
  it('the secretariat registers from the document page; the member sees the number; a forged register by a member is 403', async () => {
    const d = await createSubmittedDocument(db(), portal.services.storage, {
      meetingId: fg(),
      submittedBy: seeded.userIds.member1,
      type: 'input',
      title: 'Panel registration',
    });
    const secPage = withoutScripts(await (await clients.sec.get(`/documents/${d.id}`)).text());
    expect(secPage).toContain('Registration and allocation');
    expect(secPage).toContain('Register (give the next number)');
    const memberPage = withoutScripts(await (await clients.member.get(`/documents/${d.id}`)).text());
    expect(memberPage).toContain('Not registered yet');
    expect(memberPage).not.toContain('Register (give the next number)');
    let res = await clients.member.post(`/documents/${d.id}/workflow`, {
      intent: 'register',
      version: String(d.version),
    });
    expect(res.status).toBe(403);
    res = await clients.sec.post(`/documents/${d.id}/workflow`, { intent: 'register', version: String(d.version) });
    expect(res.status).toBe(302);
    const [row] = await db().select().from(documents).where(eq(documents.id, d.id));
    expect(row.numberLabel).toMatch(/^FGMV-I-\d{3}$/);
    const after = withoutScripts(await (await clients.member.get(`/documents/${d.id}?workflow=registered`)).text());
    expect(after).toContain(row.numberLabel!);
    expect(after).not.toContain('Change allocation');
    res = await clients.sec.post(`/documents/${d.id}/workflow`, { intent: 'register', version: String(d.version) });
    expect(res.status).toBe(409);
  });
});

describe('registration page with many documents', () => {
  it('pages, filters (late, type, title search with % and _) and counts in SQL; bulk registration of a page still works', async () => {
    const meetingId = seeded.meetingIds['jca-mv-demo'];
    const base = Date.now() - 1_000_000;
    for (let i = 0; i < 130; i++) {
      await createSubmittedDocument(db(), null, {
        meetingId,
        submittedBy: seeded.userIds.member1,
        type: i % 10 === 0 ? 'ls_in' : 'jca',
        title: i === 7 ? 'Digital twin 100% _special_' : `Bulk contribution ${i}`,
        late: i % 13 === 0,
        submittedAt: new Date(base + i * 1000),
      });
    }
    let html = withoutScripts(await (await clients.sec.get('/meetings/jca-mv-demo/registration')).text());
    expect(html).toContain('Waiting for registration (130)');
    expect(html).toContain('100 shown of 130 matching (130 in all)');
    expect(html).toContain('Page 1 of 2');
    expect(html).toContain('Bulk contribution 0<');
    expect(html).not.toContain('Bulk contribution 120<');
    html = withoutScripts(await (await clients.sec.get('/meetings/jca-mv-demo/registration?page=2')).text());
    expect(html).toContain('30 shown of 130 matching');
    expect(html).toContain('Bulk contribution 129<');
    html = withoutScripts(await (await clients.sec.get('/meetings/jca-mv-demo/registration?late=1')).text());
    expect(html).toContain('10 shown of 10 matching (130 in all)');
    html = withoutScripts(await (await clients.sec.get('/meetings/jca-mv-demo/registration?type=ls_in&per=50')).text());
    expect(html).toContain('13 shown of 13 matching');
    html = withoutScripts(
      await (await clients.sec.get(`/meetings/jca-mv-demo/registration?q=${encodeURIComponent('100% _spec')}`)).text(),
    );
    expect(html).toContain('1 shown of 1 matching');
    html = withoutScripts(
      await (await clients.sec.get(`/meetings/jca-mv-demo/registration?q=${encodeURIComponent('%')}`)).text(),
    );
    expect(html).toContain('1 shown of 1 matching');
    // Nonsense parameters fall back to defaults rather than failing.
    expect((await clients.sec.get('/meetings/jca-mv-demo/registration?page=-3&per=7&type=zzz&rpage=abc')).status).toBe(
      200,
    );

    // Bulk register the first page's documents (what "select all" on a page posts).
    const ids = [...html.matchAll(/name="doc"[^>]*value="([0-9a-f-]{36})"/g)].map((m) => m[1]);
    const page1res = await clients.sec.get('/meetings/jca-mv-demo/registration?type=jca&per=50');
    const page1 = withoutScripts(await page1res.text());
    if (page1res.status !== 200 || !/name="doc"[^>]*value=/.test(page1))
      console.log(page1res.status, page1.slice(page1.indexOf('name="doc"') - 300, page1.indexOf('name="doc"') + 300));
    const pageIds = [...page1.matchAll(/name="doc"[^>]*value="([0-9a-f-]{36})"/g)].map((m) => m[1]);
    expect(pageIds.length).toBe(50);
    const form = new URLSearchParams({ intent: 'register' });
    for (const id of pageIds) form.append('doc', id);
    const res = await clients.sec.post('/meetings/jca-mv-demo/registration?type=jca&per=50', form as never);
    expect(res.status).toBe(200);
    expect(withoutScripts(await res.text())).toContain('50 documents registered');
    html = withoutScripts(await (await clients.sec.get('/meetings/jca-mv-demo/registration?show=unallocated')).text());
    expect(html).toContain('Waiting for registration (80)');
    expect(html).toContain('50 shown of 50 matching (50 in all)');
    expect(ids.length).toBe(1);
  });

  it('a chair or a member cannot open it', async () => {
    expect((await clients.chair2.get('/meetings/fg-mv-demo/registration')).status).toBe(403);
    expect((await clients.member.get('/meetings/fg-mv-demo/registration?late=1')).status).toBe(403);
  });
});

describe('stamping after a crash', () => {
  it('a document registered while no worker runs (its process died after the commit) is stamped by the next process, once', async () => {
    await portal.workers.stop();
    const d = await createSubmittedDocument(db(), portal.services.storage, {
      meetingId: fg(),
      submittedBy: seeded.userIds.member1,
      type: 'input',
      title: 'Crashed before stamping',
    });
    const [row] = await registerDocuments({ db: db() }, sec, { meetingId: fg(), items: [{ id: d.id }] });
    const stampedOf = async () =>
      await db()
        .select()
        .from(documentFiles)
        .where(and(eq(documentFiles.documentId, d.id), eq(documentFiles.role, 'stamped')));
    expect(await stampedOf()).toEqual([]);
    restartedWorkers = await startWorkers(portal.services, { pollingIntervalSeconds: 0.5 });
    await waitForJobs(db());
    const stamped = await stampedOf();
    expect(stamped.length).toBe(1);
    expect(stamped[0].filename).toBe(`${row.numberLabel}.docx`);
    // Two stampings at once (a retried job beside the first attempt): still one current stamp.
    await Promise.all([
      stampDocument(portal.services, d.id, { force: true }),
      stampDocument(portal.services, d.id, { force: true }),
    ]);
    expect((await stampedOf()).filter((f) => !f.superseded).length).toBe(1);
  });
});
