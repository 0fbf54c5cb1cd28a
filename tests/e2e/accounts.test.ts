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
  it('signs up, confirms the address by the e-mailed link, submits only then, signs out and back in, and is refused the admin page', async () => {
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
    // Weak passwords are refused with the reason next to the field.
    await page.getByLabel('Full name').fill('Mariam Haddad');
    await page.getByLabel('E-mail').fill('mariam@example.org');
    for (const [password, reason] of [
      ['short', 'Choose a password of at least 10 characters'],
      ['qwertyuiop1', 'one of the most common passwords'],
      ['mariam@example.org', 'built on your e-mail address or name'],
    ]) {
      await page.getByLabel('Password').fill(password);
      await page.getByRole('button', { name: 'Create account' }).click();
      await expect.poll(() => page.locator('#password-error').textContent(), { timeout: 15_000 }).toContain(reason);
    }
    await expectAccessible(page);

    await page.getByLabel('Password').fill('a-much-better-passphrase');
    await page.getByLabel('Organisation').fill('TRA');
    await page.getByLabel('Country').fill('United Arab Emirates');
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect
      .poll(() => page.getByRole('heading', { name: 'Check your e-mail' }).isVisible(), { timeout: 15_000 })
      .toBe(true);
    await expectAccessible(page);

    // Signed in but unconfirmed: the submit page says what to do instead of showing the form.
    await signInAs(page, portal.url, 'mariam@example.org', 'a-much-better-passphrase');
    await page.goto(`${portal.url}/meetings/fg-mv-demo/submit`);
    await expect
      .poll(() =>
        page.getByRole('note').filter({ hasText: 'Confirm your e-mail address (mariam@example.org)' }).isVisible(),
      )
      .toBe(true);
    expect(await page.getByRole('button', { name: 'Submit' }).count()).toBe(0);
    await expectAccessible(page);

    const mail = (await portal.services.mail.listStored()).find((m) => m.to === 'mariam@example.org')!;
    const link = /https?:\/\/\S+\/confirm-email\?token=\S+/.exec(mail.text)![0];
    await page.goto(link.replace(/^https?:\/\/[^/]+/, portal.url));
    await page.getByRole('button', { name: 'Confirm my address' }).click();
    await page.waitForURL('**/profile?confirmed=1');
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Your e-mail address is confirmed.' }).isVisible(), {
        timeout: 15_000,
      })
      .toBe(true);
    await page.goto(`${portal.url}/meetings/fg-mv-demo/submit`);
    await expect.poll(() => page.getByLabel('Title').isVisible()).toBe(true);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect.poll(() => page.getByRole('link', { name: 'Sign in' }).isVisible()).toBe(true);

    await signInAs(page, portal.url, 'mariam@example.org', 'a-much-better-passphrase');
    await expect.poll(() => page.getByRole('link', { name: /Profile/ }).textContent()).toContain('Mariam Haddad');

    const res = await page.goto(`${portal.url}/admin/roles`);
    expect(res?.status()).toBe(403);
    await expect.poll(() => page.getByRole('heading', { name: 'Error 403' }).isVisible()).toBe(true);
    expect(hydration).toEqual([]);
    await context.close();
  }, 240_000);

  it("shows a meeting deadline in the meeting time zone and in the viewer's", async () => {
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
