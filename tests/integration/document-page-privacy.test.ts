import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { parse } from 'node-html-parser';
import { documents } from '../../db/schema';
import type { Seeded } from '../../app/features/demo/index';
import { changeAllocations } from '../../app/features/allocation/allocation.server';
import { setDecision } from '../../app/features/allocation/decisions.server';
import { loadPrincipal, type Principal } from '../../app/features/groups/permissions.server';
import { registerDocuments } from '../../app/features/registration/register.server';
import { demoData, DEMO_PASSWORD } from '../support/demo';
import { createSubmittedDocument } from '../support/documents';
import { Client } from '../support/http';
import { startTestPortal, type TestPortal } from '../support/portal';

const PHONE = '+82 42 860 1234';
let portal: TestPortal;
let seeded: Seeded;
let sec: Principal;
let documentId: string;
const db = () => portal.services.db;

beforeAll(async () => {
  portal = await startTestPortal({ demo: true });
  seeded = await demoData(db());
  sec = await loadPrincipal(db(), { id: seeded.userIds.secretariat, isAdmin: false });
  const meetingId = seeded.meetingIds['fg-mv-demo'];
  const d = await createSubmittedDocument(db(), null, {
    meetingId,
    submittedBy: seeded.userIds.member1,
    title: 'Digital twins of cities',
  });
  await db()
    .update(documents)
    .set({
      contacts: [
        { name: 'Kim Min-jun', organisation: 'ETRI', country: 'Korea', email: 'kim@etri.example', phone: PHONE },
      ],
    })
    .where(eq(documents.id, d.id));
  const [row] = await registerDocuments({ db: db() }, sec, { meetingId, items: [{ id: d.id }] });
  await changeAllocations(db(), sec, { documentIds: [row.id], add: [seeded.groupIds['fg-mv-wg2']] });
  const [current] = await db().select().from(documents).where(eq(documents.id, row.id));
  await setDecision(db(), sec, { documentId: row.id, decision: 'noted', version: current.version });
  await db().update(documents).set({ publishedAt: new Date(), access: 'public' }).where(eq(documents.id, row.id));
  documentId = row.id;
});
afterAll(() => portal?.stop());

async function pageAs(email: string | null) {
  const c = new Client(portal.url);
  if (email) await c.signIn(email, DEMO_PASSWORD);
  const res = await c.get(`/documents/${documentId}`);
  expect(res.status).toBe(200);
  const html = await res.text();
  const who = parse(html)
    .querySelectorAll('table.history tbody tr')
    .map((tr) => tr.querySelectorAll('td')[1].text);
  return { html, who, contacts: parse(html).querySelector('.facts')!.text };
}

describe('personal details on a public document page', () => {
  it('anonymous visitors get neither phone numbers nor the names of staff, not even in the page data', async () => {
    const { html, who, contacts } = await pageAs(null);
    expect(contacts).toContain('Kim Min-jun');
    expect(html).not.toContain(PHONE);
    expect(html).not.toContain('Sofia Secretariat');
    expect(who.length).toBeGreaterThan(2);
    expect(new Set(who)).toEqual(new Set(['—']));
  });

  it('a member of the group sees who acted but no phone numbers', async () => {
    const { html, who } = await pageAs('member.nokia@example.org');
    expect(html).not.toContain(PHONE);
    expect(who).toContain('Sofia Secretariat');
  });

  it('the secretariat, the chair of a group it is allocated to and its submitter see the phone numbers', async () => {
    for (const email of ['tsb.fgmv@example.org', 'chair.wg2@example.org', 'member.etri@example.org'])
      expect((await pageAs(email)).contacts, email).toContain(PHONE);
  });
});
