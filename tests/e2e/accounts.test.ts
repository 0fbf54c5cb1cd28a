import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../support/demo';
import { expectAccessible, hydrationErrors, launchBrowser, signInAs } from '../support/browser';
import { startTestPortal, type TestPortal } from '../support/portal';

let portal: TestPortal;
let browser: Browser;
const PASSWORD = DEMO_PASSWORD;

beforeAll(async () => {
  portal = await startTestPortal({ demo: true });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await portal?.stop();
});

describe('a newcomer in the browser', () => {
  it('signs up, signs out, signs back in, sees the home page, and is refused the admin page', async () => {
    const context = await browser.newContext({ timezoneId: 'Asia/Tokyo' });
    const page = await context.newPage();
    const hydration = hydrationErrors(page);

    await page.goto(portal.url);
    await expect.poll(() => page.getByRole('heading', { name: 'Groups and meetings' }).isVisible()).toBe(true);
    await expectAccessible(page);
    expect(hydration).toEqual([]);

    await page.getByRole('link', { name: 'Create account' }).click();
    await page.waitForURL('**/signup');
    await expectAccessible(page);
    // A weak password is refused with a message next to the field.
    await page.getByLabel('Full name').fill('Mariam Haddad');
    await page.getByLabel('E-mail').fill('mariam@example.org');
    await page.getByLabel('Password').fill('short');
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect.poll(() => page.getByText('Choose a password of at least 10 characters').first().isVisible()).toBe(true);
    await expectAccessible(page);

    await page.getByLabel('Password').fill('a-much-better-passphrase');
    await page.getByLabel('Organisation').fill('TRA');
    await page.getByLabel('Country').fill('United Arab Emirates');
    await Promise.all([page.waitForURL(`${portal.url}/`), page.getByRole('button', { name: 'Create account' }).click()]);
    await expect.poll(() => page.getByRole('link', { name: /Profile/ }).textContent()).toContain('Mariam Haddad');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect.poll(() => page.getByRole('link', { name: 'Sign in' }).isVisible()).toBe(true);

    await signInAs(page, portal.url, 'mariam@example.org', 'a-much-better-passphrase');
    await expect.poll(() => page.getByRole('link', { name: /Profile/ }).textContent()).toContain('Mariam Haddad');

    const res = await page.goto(`${portal.url}/admin/roles`);
    expect(res?.status()).toBe(403);
    await expect.poll(() => page.getByRole('heading', { name: 'Error 403' }).isVisible()).toBe(true);
    await context.close();
  });

  it('shows a meeting deadline in the meeting time zone and in the viewer\'s', async () => {
    const context = await browser.newContext({ timezoneId: 'Asia/Tokyo' });
    const page = await context.newPage();
    const hydration = hydrationErrors(page);
    await signInAs(page, portal.url, 'member.etri@example.org', PASSWORD);
    await page.goto(`${portal.url}/meetings/jca-mv-1`);
    const when = page.locator('dd time.when').first();
    await expect.poll(() => when.textContent()).toMatch(/23:59 meeting time/);
    await expect.poll(() => when.textContent()).toMatch(/06:59 your time/); // 1 Oct 2025 06:59 in Tokyo
    expect(hydration).toEqual([]);
    await expectAccessible(page);
    await page.goto(`${portal.url}/groups/fg-mv`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('FG-MV');
    await expectAccessible(page);
    await page.goto(`${portal.url}/profile`);
    await expectAccessible(page);
    await context.close();
  });
});
