import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../support/demo';
import { expectAccessible, hydrationErrors, launchBrowser, signInAs } from '../support/browser';
import { startTestPortal, type TestPortal } from '../support/portal';

let portal: TestPortal;
let browser: Browser;
let dir: string;

beforeAll(async () => {
  portal = await startTestPortal({ demo: true });
  browser = await launchBrowser();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'participation-e2e-'));
});
afterAll(async () => {
  await browser?.close();
  await portal?.stop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('registering for a meeting and getting a visa-support letter', () => {
  it('a member registers in person, asks for a letter, the secretariat approves it, and the letter opens in LibreOffice', async () => {
    const secretariat = await browser.newContext();
    const sec = await secretariat.newPage();
    await signInAs(sec, portal.url, 'tsb.fgmv@example.org', DEMO_PASSWORD);
    await sec.goto(`${portal.url}/meetings/fg-mv-demo/participation`);
    await sec.getByLabel('Visa letters signed by (name)').fill('Seizo Onoe');
    await sec.getByLabel('Title of the signatory').fill('Director, Telecommunication Standardization Bureau');
    await sec.getByLabel('Host country').fill('Switzerland');
    await sec.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => sec.getByRole('status').textContent()).toBe('Settings saved.');

    const memberContext = await browser.newContext();
    const page = await memberContext.newPage();
    const hydration = hydrationErrors(page);
    await signInAs(page, portal.url, 'member.etri@example.org', DEMO_PASSWORD);
    await page.goto(`${portal.url}/meetings/fg-mv-demo`);
    await page.getByRole('link', { name: 'Register for this meeting' }).click();
    await page.waitForURL(/\/attend$/);
    await expectAccessible(page);
    await page.getByLabel('In person').check();
    await page.getByLabel('Organisation').fill('ETRI');
    await page.getByLabel('Delegation').selectOption('sector_member');
    await page.getByLabel('Role').selectOption('head');
    await page.getByLabel('Interpretation').check();
    await page.getByRole('button', { name: 'Register' }).click();
    await expect.poll(() => page.locator('#my-registration').textContent()).toBe('Your registration: Registered');

    await page.getByRole('link', { name: 'Request a visa-support letter' }).click();
    await page.waitForURL(/\/visa$/);
    await page.getByLabel('Name as in the passport').fill('KIM MINJUN');
    await page.getByLabel('Nationality').fill('Republic of Korea');
    await page.getByLabel('Passport number').fill('12');
    await page.getByLabel('Date of birth').fill('1985-04-12');
    await page.getByLabel('Embassy or consulate where you apply').fill('Embassy of Switzerland in Seoul');
    await page.getByRole('button', { name: 'Send the request' }).click();
    // Refused beside the field, in the browser, with what was typed kept.
    await expect
      .poll(() => page.locator('.field-error').first().textContent())
      .toBe('A passport number has 5 to 20 letters and digits.');
    await page.getByLabel('Passport number').fill('M12345678');
    await page.getByRole('button', { name: 'Send the request' }).click();
    await expect.poll(() => page.locator('#request').textContent()).toBe('Your request: Requested');
    expect(await page.getByLabel('Name as in the passport').count()).toBe(0);

    await sec.goto(`${portal.url}/meetings/fg-mv-demo/visas`);
    await expectAccessible(sec);
    const row = sec.locator('table.visas tbody tr', { hasText: 'KIM MINJUN' });
    // Refusing needs a reason: said beside this row's field in the browser, and nothing is sent.
    await row.getByRole('button', { name: 'Refuse' }).click();
    await expect.poll(() => row.locator('.field-error').textContent()).toBe('Give the reason for the refusal.');
    expect(await row.getByLabel('Reason (when refusing)').getAttribute('aria-invalid')).toBe('true');
    await row.getByRole('button', { name: 'Approve' }).click();
    await expect.poll(() => sec.getByRole('status').textContent()).toBe('Saved.');

    await page.reload();
    await expect.poll(() => page.locator('#request').textContent()).toBe('Your request: Approved');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: '.docx' }).click(),
    ]);
    const docx = path.join(dir, 'visa-letter.docx');
    await download.saveAs(docx);
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx],
      { stdio: 'ignore', timeout: 180_000 },
    );
    const text = execFileSync('pdftotext', ['-layout', path.join(dir, 'visa-letter.pdf'), '-']).toString();
    for (const expected of [
      'To whom it may concern',
      'KIM MINJUN',
      'M12345678',
      'Republic of Korea',
      'Embassy of Switzerland in Seoul',
      'FG-MV meeting (demo)',
      'Seizo Onoe',
      'Director, Telecommunication Standardization Bureau',
    ])
      expect(text).toContain(expected);

    // The participants list and its CSV show the registration, never the passport.
    await sec.goto(`${portal.url}/meetings/fg-mv-demo/participants`);
    expect(await sec.locator('table.participants tbody').textContent()).toMatch(/ETRI.*Head of delegation.*In person/);
    expect(await sec.locator('p.counts').textContent()).toBe(
      'Registered: 1 in person, 0 remotely · 0 waiting for approval',
    );
    const csv = await sec.evaluate(() => fetch('/meetings/fg-mv-demo/participants.csv').then((r) => r.text()));
    expect(csv).toContain('ETRI');
    expect(csv).not.toContain('M12345678');
    expect(hydration).toEqual([]);
    await memberContext.close();
    await secretariat.close();
  });
});
