/**
 * Each role finds its main task from the home page by following links only (the home page is the one address
 * typed): a member submits a document to the upcoming meeting, a chair moves a document of their group to an
 * agenda item from the dashboard, the secretariat registers a waiting document from the queue.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agendaItems, documents } from '../../db/schema';
import type { Seeded } from '../../app/features/demo/index';
import { changeAllocations } from '../../app/features/allocation/allocation.server';
import { loadPrincipal } from '../../app/features/groups/permissions.server';
import { registerInTx } from '../../app/features/registration/register.server';
import { DEMO_PASSWORD, demoData } from '../support/demo';
import { launchBrowser } from '../support/browser';
import { createSubmittedDocument, ituCoverDocx } from '../support/documents';
import { startTestPortal, type TestPortal } from '../support/portal';

let portal: TestPortal;
let seeded: Seeded;
let browser: Browser;
let dir: string;
const db = () => portal.services.db;
const WAITING = 'Waiting contribution on avatars';
const ALLOCATED = 'Allocated contribution on haptics';

beforeAll(async () => {
  portal = await startTestPortal({ demo: true });
  seeded = await demoData(db());
  const meetingId = seeded.meetingIds['fg-mv-demo'];
  await db()
    .insert(agendaItems)
    .values([{ meetingId, label: '6', position: 6, title: 'Applications and services' }]);
  // One document waits for registration; another is registered and allocated to WG2.
  await createSubmittedDocument(db(), portal.services.storage, {
    meetingId,
    submittedBy: seeded.userIds.member2,
    title: WAITING,
    proposedGroups: ['WG2'],
  });
  const allocated = await createSubmittedDocument(db(), portal.services.storage, {
    meetingId,
    submittedBy: seeded.userIds.member2,
    title: ALLOCATED,
  });
  const secretariat = await loadPrincipal(db(), { id: seeded.userIds.secretariat, isAdmin: false });
  await db().transaction((tx) => registerInTx(tx as never, secretariat.id, allocated.id));
  await changeAllocations(db(), secretariat, { documentIds: [allocated.id], add: [seeded.groupIds['fg-mv-wg2']] });
  browser = await launchBrowser();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'home-roles-'));
});
afterAll(async () => {
  await browser?.close();
  await portal?.stop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** Opens the home page (the one address typed) and signs in through its "Sign in" link. */
async function fromHome(email: string): Promise<Page> {
  const context = await browser.newContext({ timezoneId: 'Europe/Zurich' });
  const page = await context.newPage();
  await page.goto(portal.url);
  await page.getByRole('link', { name: 'Sign in' }).first().click();
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await Promise.all([
    page.waitForURL((u) => !u.pathname.startsWith('/signin')),
    page.getByRole('button', { name: 'Sign in' }).click(),
  ]);
  if (new URL(page.url()).pathname !== '/') await page.getByRole('link', { name: 'Home' }).first().click();
  await page.getByRole('heading', { level: 1, name: /Welcome/ }).waitFor();
  return page;
}

const clickAndWait = (page: Page, method: string, urlPart: string, click: () => Promise<void>) =>
  Promise.all([page.waitForResponse((r) => r.request().method() === method && r.url().includes(urlPart)), click()]);

describe('from the home page to the main task, by links only', () => {
  it('a member opens the upcoming meeting from their deadlines and submits a document', async () => {
    const page = await fromHome('member.etri@example.org');
    const member = page.getByRole('region', { name: 'My work' });
    await member.getByRole('link', { name: 'FG-MV meeting (demo)' }).first().click();
    await page.getByRole('link', { name: 'Submit a document' }).click();
    const file = path.join(dir, 'contribution.docx');
    fs.writeFileSync(file, await ituCoverDocx({ title: 'Home-page contribution' }));
    await page.locator('#main-file').setInputFiles(file);
    await page.locator('#type').selectOption('input');
    await page.locator('#title').fill('Home-page contribution');
    await page.locator('#purpose').selectOption({ index: 1 });
    await page.locator('#source').fill('ETRI');
    await page.locator('#abstract').fill('Found from the home page.');
    await Promise.all([
      page.waitForURL('**/receipt', { timeout: 60_000 }),
      page.getByRole('button', { name: 'Submit the document' }).click(),
    ]);
    const [row] = await db().select().from(documents).where(eq(documents.title, 'Home-page contribution'));
    expect(row.submittedBy).toBe(seeded.userIds.member1);
    // Back home, the new document is among theirs and leads to its page.
    await page.getByRole('link', { name: 'Home' }).first().click();
    await page.getByRole('region', { name: 'My work' }).getByRole('link', { name: 'Home-page contribution' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('Home-page contribution');
    await page.context().close();
  });

  it('a chair opens their group’s dashboard and moves a document to an agenda item', async () => {
    const page = await fromHome('chair.wg2@example.org');
    const chair = page.getByRole('region', { name: 'Groups I chair' });
    await expect.poll(() => chair.textContent()).toContain('1 allocated');
    await chair.getByRole('link', { name: 'Open the dashboard' }).click();
    await page.getByRole('checkbox', { name: /^Select FGMV-I-\d{3}/ }).check();
    await page.locator('#agendaItemId').selectOption({ label: '6 Applications and services' });
    await clickAndWait(page, 'POST', '/dashboard', () =>
      page.getByRole('button', { name: 'Move', exact: true }).click(),
    );
    await expect.poll(() => page.locator('.alert.ok').textContent()).toContain('1 document moved');
    const [row] = await db().select().from(documents).where(eq(documents.title, ALLOCATED));
    expect(row.agendaItemId).not.toBeNull();
    await page.context().close();
  });

  it('the secretariat opens the registration queue from what waits and registers a document', async () => {
    const page = await fromHome('tsb.fgmv@example.org');
    const work = page.getByRole('region', { name: 'Waiting for the secretariat' });
    await work
      .getByRole('link', { name: /to register/ })
      .first()
      .click();
    await clickAndWait(page, 'POST', '/registration', () =>
      page.getByRole('button', { name: `Register: ${WAITING}` }).click(),
    );
    await expect
      .poll(() => page.locator('.alert.ok').textContent(), { timeout: 20_000 })
      .toMatch(/1 document(\(s\))? registered: FGMV-I-\d{3}/);
    const [row] = await db().select().from(documents).where(eq(documents.title, WAITING));
    expect(row.state).toBe('registered');
    await page.context().close();
  });
});
