import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agendaItems, documentAllocations, documents, groups } from '../../db/schema';
import type { Seeded } from '../../app/features/demo/index';
import { DEMO_PASSWORD, demoData } from '../support/demo';
import { expectAccessible, launchBrowser, signInAs } from '../support/browser';
import { docxText, ituCoverDocx } from '../support/documents';
import { Client } from '../support/http';
import { waitForJobs } from '../support/jobs';
import { startTestPortal, type TestPortal } from '../support/portal';

const PASSWORD = DEMO_PASSWORD;
let portal: TestPortal;
let seeded: Seeded;
let browser: Browser;
let dir: string;
const db = () => portal.services.db;
const TITLE = 'Metaverse use cases for smart cities';

beforeAll(async () => {
  portal = await startTestPortal({ demo: true });
  seeded = await demoData(portal.services.db);
  // No agenda editor writes agenda_items for this meeting in the test: two items, as the draft agenda would sync them.
  await db()
    .insert(agendaItems)
    .values([
      { meetingId: seeded.meetingIds['fg-mv-demo'], label: '5', position: 5, title: 'Input documents' },
      { meetingId: seeded.meetingIds['fg-mv-demo'], label: '6', position: 6, title: 'Applications and services' },
    ]);
  browser = await launchBrowser();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reg-e2e-'));
});
afterAll(async () => {
  await browser?.close();
  await portal?.stop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

async function userPage(email: string): Promise<Page> {
  const context = await browser.newContext({ timezoneId: 'Europe/Zurich', acceptDownloads: true });
  const page = await context.newPage();
  await signInAs(page, portal.url, email, PASSWORD);
  return page;
}

/** The member submits through the real submit page; returns the document id (from the receipt URL). */
async function submitInBrowser(page: Page): Promise<string> {
  const file = path.join(dir, 'contribution.docx');
  fs.writeFileSync(file, await ituCoverDocx({ title: TITLE }));
  await page.goto(`${portal.url}/meetings/fg-mv-demo/submit`);
  await expectAccessible(page);
  await page.locator('#main-file').setInputFiles(file);
  await page.locator('#type').selectOption('input');
  await page.locator('#title').fill(TITLE);
  await page.locator('#purpose').selectOption({ index: 1 });
  await page.locator('#source').fill('ETRI');
  await page.locator('#abstract').fill('Use cases of metaverse-based services.');
  await Promise.all([
    page.waitForURL('**/receipt', { timeout: 60_000 }),
    page.getByRole('button', { name: 'Submit the document' }).click(),
  ]);
  return new URL(page.url()).pathname.split('/')[2];
}

describe('registration, numbering and allocation in the browser', () => {
  it('submitted → registered (number on its page and in the stamped .docx) → allocated to WG2 → on an agenda item (by WG2’s chair; WG3’s cannot)', async () => {
    // 1. The member submits.
    const member = await userPage('member.etri@example.org');
    const docId = await submitInBrowser(member);
    await member.goto(`${portal.url}/documents/${docId}`);
    await expect.poll(() => member.getByText('Not registered yet').isVisible()).toBe(true);

    // 2. The secretariat registers it on the registration queue page.
    const sec = await userPage('tsb.fgmv@example.org');
    await sec.goto(`${portal.url}/meetings/fg-mv-demo/registration`);
    await expectAccessible(sec);
    if (process.env.E2E_SHOTS) await sec.screenshot({ path: '/tmp/e2e-queue.png', fullPage: true });
    await Promise.all([
      sec.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/registration')),
      sec.getByRole('button', { name: `Register: ${TITLE}` }).click(),
    ]);
    await expect
      .poll(() => sec.locator('.alert.ok').textContent(), { timeout: 20_000 })
      .toMatch(/1 document registered: FGMV-I-\d{3}/);
    const [row] = await db().select().from(documents).where(eq(documents.id, docId));
    const number = row.numberLabel!;
    expect(number).toMatch(/^FGMV-I-\d{3}$/);
    await expectAccessible(sec);
    // Stamping runs as a job once the registration commits.
    await waitForJobs(db());

    // 3. The number on the member's document page and receipt, and in the stamped .docx downloaded through the page's link.
    await member.goto(`${portal.url}/documents/${docId}`);
    await expect.poll(() => member.locator('.workflow-panel .doc-number').textContent()).toBe(number);
    await expectAccessible(member);
    await member.goto(`${portal.url}/documents/${docId}/receipt`);
    // The receipt names the number, and the stamped file carries it in its name.
    await expect.poll(() => member.locator('.receipt-number').textContent()).toContain(number);
    await expect.poll(() => member.getByRole('link', { name: `${number}.docx` }).count()).toBe(1);
    await member.goto(`${portal.url}/documents/${docId}`);
    const link = member.getByRole('link', { name: `${number}.docx` });
    await expect.poll(() => link.count(), { timeout: 20_000 }).toBe(1);
    // Clicking the link downloads the stamped copy (Content-Disposition: attachment).
    const [download] = await Promise.all([member.waitForEvent('download'), link.click()]);
    await download.saveAs(path.join(dir, 'stamped.docx'));
    const text = docxText(fs.readFileSync(path.join(dir, 'stamped.docx')));
    expect(text).toContain(number);
    expect(text).not.toContain('FGMV-I-xxx');

    // 4. The secretariat allocates it to WG2 (registration page, bulk allocation form).
    await sec.goto(`${portal.url}/meetings/fg-mv-demo/registration`);
    await sec.getByRole('checkbox', { name: `Select ${number}`, exact: true }).check();
    await sec.locator('#alloc-form').getByRole('checkbox', { name: 'WG2' }).check();
    await Promise.all([
      sec.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/registration')),
      sec.getByRole('button', { name: 'Allocate selected' }).click(),
    ]);
    await expect.poll(() => sec.locator('.alert.ok').textContent()).toContain('1 document allocated.');
    const [wg2] = await db().select().from(groups).where(eq(groups.slug, 'fg-mv-wg2'));
    expect(
      (await db().select().from(documentAllocations).where(eq(documentAllocations.documentId, docId))).map(
        (a) => a.groupId,
      ),
    ).toEqual([wg2.id]);

    // 5. The WG2 chair sees it on the dashboard and moves it to agenda item 6.
    const chair2 = await userPage('chair.wg2@example.org');
    await chair2.goto(`${portal.url}/groups/fg-mv-wg2/dashboard?meeting=fg-mv-demo`);
    await expect.poll(() => chair2.getByRole('link', { name: new RegExp(number) }).isVisible()).toBe(true);
    await expectAccessible(chair2);
    await chair2.getByRole('checkbox', { name: `Select ${number}` }).check();
    await chair2.locator('#agendaItemId').selectOption({ label: '6 Applications and services' });
    await Promise.all([
      chair2.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/dashboard')),
      chair2.getByRole('button', { name: 'Move', exact: true }).click(),
    ]);
    await expect.poll(() => chair2.locator('.alert.ok').textContent()).toContain('1 document moved');
    const [item6] = await db().select().from(agendaItems).where(eq(agendaItems.label, '6'));
    expect((await db().select().from(documents).where(eq(documents.id, docId)))[0].agendaItemId).toBe(item6.id);
    await chair2.goto(`${portal.url}/documents/${docId}`);
    await expect.poll(() => chair2.locator('.workflow-panel').textContent()).toContain('6 Applications and services');
    await expect.poll(() => chair2.getByRole('link', { name: 'Change allocation' }).isVisible()).toBe(true);
    await expectAccessible(chair2);

    // 6. The WG3 chair: nothing on their dashboard, no control on the document page, and a forged POST is refused.
    const chair3 = await userPage('chair.wg3@example.org');
    await chair3.goto(`${portal.url}/groups/fg-mv-wg3/dashboard?meeting=fg-mv-demo`);
    await expect.poll(() => chair3.getByRole('heading', { level: 1 }).textContent()).toContain('WG3');
    expect(await chair3.getByRole('link', { name: new RegExp(number) }).count()).toBe(0);
    await expectAccessible(chair3);
    const page3 = await chair3.goto(`${portal.url}/documents/${docId}/allocation`);
    expect(page3?.status()).toBe(403);
    const before = await db().select().from(documents).where(eq(documents.id, docId));
    const forged = new Client(portal.url);
    await forged.signIn('chair.wg3@example.org', PASSWORD);
    const [wg3] = await db().select().from(groups).where(eq(groups.slug, 'fg-mv-wg3'));
    const [item5] = await db().select().from(agendaItems).where(eq(agendaItems.label, '5'));
    for (const [url, form] of [
      [
        `/groups/fg-mv-wg3/dashboard?meeting=fg-mv-demo`,
        { intent: 'move', doc: docId, agendaItemId: item5.id, [`v_${docId}`]: String(before[0].version) },
      ],
      [
        `/groups/fg-mv-wg3/dashboard?meeting=fg-mv-demo`,
        { intent: 'reallocate', doc: docId, from: wg2.id, target: wg3.id },
      ],
      [`/documents/${docId}/allocation`, { intent: 'save', group: wg3.id, agendaItemId: item5.id }],
      [`/documents/${docId}/allocation`, { intent: `remove:${wg2.id}` }],
    ] as const) {
      const r = await forged.post(url, form as Record<string, string>);
      expect(r.status, url).toBe(403);
    }
    expect(await db().select().from(documents).where(eq(documents.id, docId))).toEqual(before);
    expect(
      (await db().select().from(documentAllocations).where(eq(documentAllocations.documentId, docId))).map(
        (a) => a.groupId,
      ),
    ).toEqual([wg2.id]);
    for (const p of [member, sec, chair2, chair3]) await p.context().close();
  });
});
