/**
 * The sign-up and submission forms check themselves with the schema the server uses: a problem is named beside its
 * field, marked invalid, before anything is sent; without JavaScript the server names the same problems and the
 * page keeps what was typed (never the password).
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../support/demo';
import { expectAccessible, hydrationErrors, launchBrowser, signInAs } from '../support/browser';
import { startTestPortal, type TestPortal } from '../support/portal';

let portal: TestPortal;
let browser: Browser;

beforeAll(async () => {
  portal = await startTestPortal({ demo: true });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await portal?.stop();
});

const REQUIRED = 'This field is required.';
const NOT_AN_ADDRESS = 'Enter an e-mail address such as name@example.org.';
const TOO_SHORT = 'Choose a password of at least 10 characters that is not a common one.';
const FORM_ALERT = 'Some fields need your attention; see the messages below.';

/** A control's state: aria-invalid and the text of what its aria-describedby names. */
async function fieldState(input: Locator) {
  const page = input.page();
  const describedBy = (await input.getAttribute('aria-describedby')) ?? '';
  const texts = await Promise.all(
    describedBy
      .split(' ')
      .filter(Boolean)
      .map((id) => page.locator(`[id="${id}"]`).textContent()),
  );
  return { invalid: await input.getAttribute('aria-invalid'), described: texts.join(' ') };
}

/** Once React has taken over the page (its fibers are on the elements), the form checks itself. */
const hydrated = (page: Page, form: string) =>
  page.waitForFunction(
    (selector) => Object.keys(document.querySelector(selector) ?? {}).some((k) => k.startsWith('__react')),
    form,
  );

/** The POST requests the page makes from now on. */
function posts(page: Page) {
  const sent: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST') sent.push(r.url());
  });
  return sent;
}

describe('the sign-up form', () => {
  it('names a missing name, a wrong address and a short password beside their fields before anything is sent', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const hydration = hydrationErrors(page);
    await page.goto(`${portal.url}/signup`);
    await hydrated(page, 'main form');
    const sent = posts(page);
    await page.getByLabel('E-mail').fill('mariam.example.org');
    await page.getByLabel('Password').fill('short');
    await page.getByRole('button', { name: 'Create account' }).click();

    await expect.poll(() => fieldState(page.getByLabel('Full name'))).toEqual({ invalid: 'true', described: REQUIRED });
    expect(await fieldState(page.getByLabel('E-mail'))).toEqual({ invalid: 'true', described: NOT_AN_ADDRESS });
    expect(await fieldState(page.getByLabel('Password'))).toEqual({
      invalid: 'true',
      described: expect.stringContaining(TOO_SHORT),
    });
    expect(await fieldState(page.getByLabel('Organisation'))).toEqual({ invalid: null, described: '' });
    expect(await page.getByLabel('Full name').evaluate((el) => el === document.activeElement)).toBe(true);
    expect(sent).toEqual([]);
    await expectAccessible(page);

    // Corrected, each message goes as one types.
    await page.getByLabel('Full name').fill('Mariam Haddad');
    await page.getByLabel('E-mail').fill('mariam@example.org');
    await expect.poll(() => fieldState(page.getByLabel('E-mail'))).toEqual({ invalid: null, described: '' });
    expect(await fieldState(page.getByLabel('Full name'))).toEqual({ invalid: null, described: '' });
    expect(sent).toEqual([]);
    expect(hydration).toEqual([]);
    await context.close();
  });

  it('without JavaScript, the server names the same problems and keeps what was typed, except the password', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${portal.url}/signup`);
    await page.getByLabel('Full name').fill('Mariam Haddad');
    await page.getByLabel('E-mail').fill('mariam.example.org');
    await page.getByLabel('Password').fill('short');
    await page.getByLabel('Organisation').fill('TRA');
    await page.getByLabel('Country').fill('United Arab Emirates');
    await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name: 'Create account' }).click()]);

    await expect
      .poll(() => fieldState(page.getByLabel('E-mail')))
      .toEqual({ invalid: 'true', described: NOT_AN_ADDRESS });
    expect(await fieldState(page.getByLabel('Password'))).toEqual({
      invalid: 'true',
      described: expect.stringContaining(TOO_SHORT),
    });
    expect(await page.getByRole('alert').textContent()).toBe(FORM_ALERT);
    expect(await page.getByLabel('Full name').inputValue()).toBe('Mariam Haddad');
    expect(await page.getByLabel('E-mail').inputValue()).toBe('mariam.example.org');
    expect(await page.getByLabel('Country').inputValue()).toBe('United Arab Emirates');
    expect(await page.getByLabel('Password').inputValue()).toBe('');

    // What only the server judges (a password easy to guess) comes back the same way.
    await page.getByLabel('E-mail').fill('mariam@example.org');
    await page.getByLabel('Password').fill('qwertyuiop1');
    await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name: 'Create account' }).click()]);
    await expect
      .poll(() => fieldState(page.getByLabel('Password')))
      .toEqual({ invalid: 'true', described: expect.stringContaining('one of the most common passwords') });
    expect(await fieldState(page.getByLabel('E-mail'))).toEqual({ invalid: null, described: '' });
    expect(await page.getByLabel('E-mail').inputValue()).toBe('mariam@example.org');
    expect(await page.getByLabel('Organisation').inputValue()).toBe('TRA');
    await context.close();
  });
});

describe('the sign-in form', () => {
  it('without JavaScript, answers a wrong password with the address still filled in', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${portal.url}/signin`);
    await page.getByLabel('E-mail').fill('member.etri@example.org');
    await page.getByLabel('Password').fill('not-the-password');
    await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name: 'Sign in' }).click()]);
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('The e-mail or password is not right.');
    expect(await page.getByLabel('E-mail').inputValue()).toBe('member.etri@example.org');
    expect(await page.getByLabel('Password').inputValue()).toBe('');
    await context.close();
  });
});

describe('the submission form', () => {
  it('names a missing title and a contact without an e-mail address beside their fields before any upload', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const hydration = hydrationErrors(page);
    await signInAs(page, portal.url, 'member.etri@example.org', DEMO_PASSWORD);
    await page.goto(`${portal.url}/meetings/fg-mv-demo/submit`);
    await hydrated(page, 'form.submission-form');
    const sent = posts(page);
    await page.locator('#type').selectOption('input');
    await page.locator('#purpose').selectOption('proposal');
    await page.locator('#abstract').fill('Three use cases.');
    // The member's own contact comes filled in; a second contact is given without an address.
    await page.locator('#contactName1').fill('Zhang Wei');
    await page.getByRole('button', { name: 'Submit the document' }).click();

    await expect.poll(() => fieldState(page.locator('#title'))).toEqual({ invalid: 'true', described: REQUIRED });
    expect(await fieldState(page.locator('#contactEmail1'))).toEqual({ invalid: 'true', described: NOT_AN_ADDRESS });
    expect(await fieldState(page.locator('#contactEmail0'))).toEqual({ invalid: null, described: '' });
    expect(await fieldState(page.locator('#abstract'))).toEqual({ invalid: null, described: '' });
    expect(await page.getByRole('alert').textContent()).toBe(FORM_ALERT);
    expect(await page.locator('#title').evaluate((el) => el === document.activeElement)).toBe(true);
    // A choice left open is named on its control too.
    await page.locator('#type').selectOption('');
    await page.getByRole('button', { name: 'Submit the document' }).click();
    await expect.poll(async () => (await fieldState(page.locator('#type'))).invalid).toBe('true');
    expect((await fieldState(page.locator('#type'))).described).not.toBe('');
    await page.locator('#type').selectOption('input');
    expect(sent).toEqual([]);
    await expectAccessible(page);

    // Corrected, the title's message goes as one types.
    await page.locator('#title').fill('Use cases of city twins');
    await expect.poll(() => fieldState(page.locator('#title'))).toEqual({ invalid: null, described: '' });
    expect(sent).toEqual([]);
    expect(hydration).toEqual([]);
    await context.close();
  });
});
