/**
 * A member in a real browser: downloads the meeting's template, fills it, uploads it, reviews the fields the
 * portal read from the cover page, submits, reads the receipt; a site admin finds the acknowledgment on /dev/mail.
 * Then the deadline: a submission refused at the instant of the final request once the secretariat moved
 * the deadline into the past, and accepted (marked late) after the secretariat allows late documents.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { documents, meetings } from '../../db/schema';
import { DEMO_PASSWORD } from '../support/demo';
import { expectAccessible, launchBrowser, signInAs } from '../support/browser';
import { waitForJobs } from '../support/jobs';
import { startTestPortal, type TestPortal } from '../support/portal';

const PASSWORD = DEMO_PASSWORD;
const MEETING = 'fg-mv-demo';
let portal: TestPortal;
let browser: Browser;

beforeAll(async () => {
  portal = await startTestPortal({ demo: true, env: { PLENARY_DEV_ROUTES: 'true' } });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await portal?.stop();
});

async function signedInPage(email: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ timezoneId: 'Europe/Paris', acceptDownloads: true });
  const page = await context.newPage();
  await signInAs(page, portal.url, email, PASSWORD);
  return { context, page };
}

/** Fills the portal's template the way a member does in Word: the bracketed hints replaced by text. */
function fillTemplate(bytes: Uint8Array, values: Record<string, string>): Buffer {
  const files = unzipSync(bytes);
  let xml = strFromU8(files['word/document.xml']);
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  for (const [hint, value] of Object.entries(values)) {
    // The Question(s) hint lists the meeting group's working groups, e.g. "[WG1, WG2, WG3...]".
    const pattern = hint === 'Questions' ? /\[[^\]]*\.\.\.\]/ : `[${hint}]`;
    expect(typeof pattern === 'string' ? xml.includes(pattern) : pattern.test(xml), hint).toBe(true);
    xml = typeof pattern === 'string' ? xml.split(pattern).join(esc(value)) : xml.replace(pattern, esc(value));
  }
  files['word/document.xml'] = strToU8(xml);
  return Buffer.from(zipSync(files));
}

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

describe('submitting from the template in the browser', () => {
  it('download template → fill → upload → review read fields → submit → receipt → acknowledgment e-mail', async () => {
    const { context, page } = await signedInPage('member.etri@example.org');
    await page.goto(`${portal.url}/meetings/${MEETING}/submit`);
    await expectAccessible(page);

    // The template, as the member's browser downloads it.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /Input document \(\.docx\)/ }).click(),
    ]);
    const template = fs.readFileSync((await download.path())!);
    expect(template.subarray(0, 2).toString()).toBe('PK');
    const filled = fillTemplate(template, {
      Questions: 'WG2',
      'Member organisations': 'ETRI, 中国移动',
      'Title of the document': 'Use cases of city twins — Цифровые двойники',
      'Discussion, Proposal, Information, Decision or Approval': 'Proposal',
      'Keywords, separated by commas': 'metaverse, twins',
      'A short summary of the document': 'Three use cases <b>not bold</b>.',
      Name: 'Kim Min-jun',
      Organisation: 'ETRI',
      Country: 'Korea (Rep. of)',
      '+xx xxx': '+82 42 860 0000',
      'name@example.org': 'member.etri@example.org',
    });

    await page.setInputFiles('#main-file', { name: 'city-twins.docx', mimeType: DOCX, buffer: filled });
    await page.getByRole('button', { name: 'Upload and read the cover page' }).click();
    await expect
      .poll(() => page.getByText('We read the cover page of city-twins.docx').isVisible(), { timeout: 15_000 })
      .toBe(true);
    await expectAccessible(page);

    // The fields come from the file...
    expect(await page.locator('#title').inputValue()).toBe('Use cases of city twins — Цифровые двойники');
    expect(await page.locator('#source').inputValue()).toBe('ETRI, 中国移动');
    expect(await page.locator('#purpose').inputValue()).toBe('proposal');
    expect(await page.locator('#keywords').inputValue()).toBe('metaverse, twins');
    expect(await page.locator('#abstract').inputValue()).toBe('Three use cases <b>not bold</b>.');
    expect(await page.locator('#contactPhone0').inputValue()).toBe('+82 42 860 0000');
    expect(await page.getByRole('checkbox', { name: /WG2/ }).isChecked()).toBe(true);
    // ...and the member corrects one before submitting.
    await page.locator('#title').fill('Use cases of city digital twins — Цифровые двойники');
    await page.locator('#type').selectOption('input');
    await Promise.all([
      page.waitForURL(/\/documents\/[0-9a-f-]+\/receipt$/, { timeout: 20_000 }),
      page.getByRole('button', { name: 'Submit the document' }).click(),
    ]);

    const id = /documents\/([0-9a-f-]+)\/receipt/.exec(page.url())![1];
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toContain('Use cases of city digital twins');
    const sha = createHash('sha256').update(filled).digest('hex');
    expect(await page.locator('code.hash').first().textContent()).toBe(sha);
    expect(await page.getByText('Submitted, awaiting registration').first().isVisible()).toBe(true);
    expect(await page.getByText(/UTC/).first().isVisible()).toBe(true);
    await expectAccessible(page);
    const [doc] = await portal.services.db.select().from(documents).where(eq(documents.id, id));
    expect(doc).toMatchObject({
      title: 'Use cases of city digital twins — Цифровые двойники',
      source: 'ETRI, 中国移动',
      purpose: 'proposal',
      proposedGroups: ['WG2'],
      late: false,
      state: 'submitted',
    });

    await context.close();
    await waitForJobs(portal.services.db);
    // The mail the portal wrote is on a development page, open to site admins where PLENARY_DEV_ROUTES=true.
    const admin = await signedInPage('admin@example.org');
    await admin.page.goto(`${portal.url}/dev/mail`);
    const mail = admin.page.locator('article.mail').filter({ hasText: 'Use cases of city digital twins' }).first();
    expect(await mail.getByRole('heading').textContent()).toContain('Received');
    expect(await mail.textContent()).toContain(sha);
    expect(await mail.textContent()).toContain('member.etri@example.org');
    await expectAccessible(admin.page);
    await admin.context.close();
  });
});

describe('a late submission in the browser', () => {
  it('is refused at the instant of the final request after the deadline, then accepted and marked late once the secretariat allows it', async () => {
    const setDeadline = async (page: Page, opts: { past: boolean; acceptsLate: boolean }) => {
      await page.goto(`${portal.url}/meetings/${MEETING}/edit`);
      await page.getByRole('radio', { name: /Set by hand/ }).check();
      const day = new Date(Date.now() + (opts.past ? -2 : 10) * 86400_000).toISOString().slice(0, 10);
      await page.getByLabel('Deadline date').fill(day);
      await page.getByLabel('Deadline time').fill('12:00');
      await page.getByRole('checkbox', { name: 'Accept late documents (marked late)' }).setChecked(opts.acceptsLate);
      await page.getByRole('button', { name: 'Save meeting' }).click();
      await expect.poll(() => page.getByText('The meeting is saved.').isVisible()).toBe(true);
    };
    const [{ acceptsLate: lateBefore, inputDeadline: deadlineBefore, deadlineOverridden }] = await portal.services.db
      .select()
      .from(meetings)
      .where(eq(meetings.slug, MEETING));
    const member = await signedInPage('member.etri@example.org');
    const sec = await signedInPage('tsb.fgmv@example.org');
    try {
      // The member opens the form while the deadline is still ahead.
      await setDeadline(sec.page, { past: false, acceptsLate: false });
      await expectAccessible(sec.page);
      const page = member.page;
      await page.goto(`${portal.url}/meetings/${MEETING}/submit`);
      const fillForm = async (title: string) => {
        await page.setInputFiles('#main-file', {
          name: 'late.docx',
          mimeType: DOCX,
          buffer: fillTemplate(fs.readFileSync(await templatePath(page)), {
            'Title of the document': title,
            'Member organisations': 'ETRI',
            'Discussion, Proposal, Information, Decision or Approval': 'Information',
          }),
        });
        await page.locator('#type').selectOption('input');
        await page.locator('#title').fill(title);
        await page.locator('#source').fill('ETRI');
        await page.locator('#purpose').selectOption('information');
        await page.locator('#abstract').fill('Why it is late.');
      };
      await fillForm('A late contribution');
      // Meanwhile the secretariat moves the deadline into the past: the final request decides.
      await setDeadline(sec.page, { past: true, acceptsLate: false });
      await page.getByRole('button', { name: 'Submit the document' }).click();
      await expect
        .poll(() => page.getByText('The input deadline of this meeting has passed').isVisible(), { timeout: 15_000 })
        .toBe(true);
      expect(page.url()).toContain('/submit');
      await expectAccessible(page);
      expect(
        (await portal.services.db.select().from(documents).where(eq(documents.title, 'A late contribution'))).length,
      ).toBe(0);
      // A fresh look at the form says so before any upload.
      await page.goto(`${portal.url}/meetings/${MEETING}/submit`);
      expect(
        await page.getByText('The input deadline has passed. This meeting does not accept late documents.').isVisible(),
      ).toBe(true);
      expect(await page.locator('#main-file').count()).toBe(0);

      // The secretariat allows late documents; the member submits again and the document is marked late.
      await setDeadline(sec.page, { past: true, acceptsLate: true });
      await page.goto(`${portal.url}/meetings/${MEETING}/submit`);
      expect(await page.getByText('yours will be marked late for everyone to see').isVisible()).toBe(true);
      await expectAccessible(page);
      await fillForm('A late contribution');
      await Promise.all([
        page.waitForURL(/\/receipt$/, { timeout: 20_000 }),
        page.getByRole('button', { name: 'Submit the document' }).click(),
      ]);
      expect(await page.locator('.badge.late').first().textContent()).toBe('Late');
      const id = /documents\/([0-9a-f-]+)\/receipt/.exec(page.url())![1];
      // Everyone who can see the document sees it is late: the secretariat on the document page.
      await sec.page.goto(`${portal.url}/documents/${id}`);
      expect(
        await sec.page.getByText('This document arrived after the input deadline and was accepted late.').isVisible(),
      ).toBe(true);
      await expectAccessible(sec.page);
      const [doc] = await portal.services.db.select().from(documents).where(eq(documents.id, id));
      expect(doc.late).toBe(true);
    } finally {
      await member.context.close();
      await sec.context.close();
      await portal.services.db
        .update(meetings)
        .set({ acceptsLate: lateBefore, inputDeadline: deadlineBefore, deadlineOverridden })
        .where(eq(meetings.slug, MEETING));
    }
  });
});

/** Downloads the input-document template from the submit page and returns the file's path. */
async function templatePath(page: Page) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: /Input document \(\.docx\)/ }).click(),
  ]);
  return (await download.path())!;
}
