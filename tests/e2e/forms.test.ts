import type { Browser, Page } from 'playwright-core';
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

const NO_N = 'The format needs {n} where the number goes, e.g. FGMV-I-{n:3}.';

/** A field's state: its error text (the element its aria-describedby names) and aria-invalid. */
async function fieldState(page: Page, label: string) {
  const input = page.getByLabel(label, { exact: true });
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
const hydrated = (page: Page, form = 'form.scheme-form') =>
  page.waitForFunction(
    (selector) => Object.keys(document.querySelector(selector) ?? {}).some((k) => k.startsWith('__react')),
    form,
  );

async function fillScheme(page: Page) {
  await page.getByLabel('Name', { exact: true }).fill('Temporary documents');
  await page.getByLabel('Format', { exact: true }).fill('FGMV-TD-');
}

describe('a form with a wrong input', () => {
  it('shows the message beside the field, marks it invalid and focuses it, without reloading the page', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const hydration = hydrationErrors(page);
    await signInAs(page, portal.url, 'tsb.fgmv@example.org', DEMO_PASSWORD);
    await page.goto(`${portal.url}/groups/fg-mv/schemes`);
    await hydrated(page);
    await page.evaluate(() => {
      (window as unknown as { stayed: boolean }).stayed = true;
    });
    await fillScheme(page);
    await page.getByRole('button', { name: 'Save scheme' }).click();

    await expect
      .poll(() => fieldState(page, 'Format'))
      .toEqual({ invalid: 'true', described: expect.stringContaining(NO_N) });
    expect(await page.getByLabel('Format', { exact: true }).evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
    // Corrected, the message goes as one types.
    await page.getByLabel('Format', { exact: true }).fill('FGMV-TD-{n:3}');
    await expect
      .poll(() => fieldState(page, 'Format'))
      .toEqual({ invalid: null, described: expect.not.stringContaining(NO_N) });
    expect(hydration).toEqual([]);
    await expectAccessible(page);

    // What only the server knows (another scheme numbers the same documents) comes back beside its field too, the values kept.
    await page.getByLabel('Document type').selectOption('input');
    await page.getByLabel('Format', { exact: true }).fill('FGMV-C-{n:3}');
    await page.getByRole('button', { name: 'Save scheme' }).click();
    const scope = page.getByLabel('Scope', { exact: true });
    await expect.poll(() => scope.getAttribute('aria-invalid'), { timeout: 15_000 }).toBe('true');
    expect(await page.getByLabel('Format', { exact: true }).inputValue()).toBe('FGMV-C-{n:3}');
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
    await context.close();
  });

  it('without JavaScript, the server answers with the same message beside the field, marked invalid', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await signInAs(page, portal.url, 'tsb.fgmv@example.org', DEMO_PASSWORD);
    await page.goto(`${portal.url}/groups/fg-mv/schemes`);
    await fillScheme(page);
    await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name: 'Save scheme' }).click()]);

    await expect
      .poll(() => fieldState(page, 'Format'))
      .toEqual({ invalid: 'true', described: expect.stringContaining(NO_N) });
    expect(await page.getByRole('alert').textContent()).toBe(
      'Some fields need your attention; see the messages below.',
    );
    await context.close();
  });
});

describe('the meeting form', () => {
  const END_BEFORE_START = 'The last day cannot be before the first day.';
  const BAD_ZONE = 'Give an IANA time zone such as Europe/Zurich or Asia/Shanghai.';

  async function fillMeeting(page: Page) {
    await page.getByLabel('Title', { exact: true }).fill('FG-MV 12th');
    await page.getByLabel('First day', { exact: true }).fill('2027-03-10');
    await page.getByLabel('Last day', { exact: true }).fill('2027-03-09');
    await page.getByLabel('Time zone (IANA)').fill('Europe/Genève');
  }

  it('names a last day before the first and an unknown time zone beside their fields before anything is sent', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const hydration = hydrationErrors(page);
    await signInAs(page, portal.url, 'tsb.fgmv@example.org', DEMO_PASSWORD);
    await page.goto(`${portal.url}/groups/fg-mv/meetings/new`);
    await hydrated(page, 'form.meeting-form');
    const posts: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST') posts.push(r.url());
    });
    await fillMeeting(page);
    await page.getByRole('button', { name: 'Create meeting' }).click();

    await expect
      .poll(() => fieldState(page, 'Last day'))
      .toEqual({ invalid: 'true', described: expect.stringContaining(END_BEFORE_START) });
    expect(await fieldState(page, 'Time zone (IANA)')).toEqual({
      invalid: 'true',
      described: expect.stringContaining(BAD_ZONE),
    });
    expect(posts).toEqual([]);
    expect(hydration).toEqual([]);
    await expectAccessible(page);

    // Corrected, the meeting is created with the group's deadline rule.
    await page.getByLabel('Last day', { exact: true }).fill('2027-03-11');
    await page.getByLabel('Time zone (IANA)').fill('Europe/Zurich');
    await expect.poll(() => fieldState(page, 'Last day')).toEqual({ invalid: null, described: '' });
    await Promise.all([
      page.waitForURL(/\/meetings\/fg-mv-2027-03-10$/),
      page.getByRole('button', { name: 'Create meeting' }).click(),
    ]);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('FG-MV 12th');
    await context.close();
  });

  it('without JavaScript, the server answers the same messages beside the same fields', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await signInAs(page, portal.url, 'tsb.fgmv@example.org', DEMO_PASSWORD);
    await page.goto(`${portal.url}/groups/fg-mv/meetings/new`);
    await fillMeeting(page);
    await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name: 'Create meeting' }).click()]);

    await expect
      .poll(() => fieldState(page, 'Last day'))
      .toEqual({ invalid: 'true', described: expect.stringContaining(END_BEFORE_START) });
    expect(await fieldState(page, 'Time zone (IANA)')).toEqual({
      invalid: 'true',
      described: expect.stringContaining(BAD_ZONE),
    });
    expect(await page.getByRole('alert').textContent()).toBe(
      'Some fields need your attention; see the messages below.',
    );
    // What was typed is still there to correct.
    expect(await page.getByLabel('Title', { exact: true }).inputValue()).toBe('FG-MV 12th');
    expect(await page.getByLabel('Last day', { exact: true }).inputValue()).toBe('2027-03-09');
    await context.close();
  });
});
