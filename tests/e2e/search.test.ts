import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser } from '../support/browser';
import { startTestPortal, type TestPortal } from '../support/portal';
import { label, searchScenario } from '../support/search-fixtures';

let portal: TestPortal;
let browser: Browser;

beforeAll(async () => {
  portal = await startTestPortal({ demo: true, setup: (s) => searchScenario(s).then(() => {}) });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await portal?.stop();
});

describe('search in a browser', () => {
  it('finds Chinese and Russian titles from the list search box, marked, and searches the whole group', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${portal.url}/meetings/fg-mv-2/documents`);
    const rows = () => page.locator('table.documents td.num > a').allTextContents();
    const marks = () => page.locator('table.documents mark').allTextContents();

    await page.getByLabel('Search', { exact: true }).fill('元宇宙');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL(/q=%E5%85%83/);
    await expect.poll(rows).toEqual([label(1)]);
    expect(await marks()).toEqual(['元宇宙']);

    await page.getByLabel('Search', { exact: true }).fill('карта');
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect.poll(rows).toEqual([label(2)]);
    expect(await marks()).toEqual(['карту']);
    expect(new URL(page.url()).searchParams.get('q')).toBe('карта');

    await page.getByLabel('Search', { exact: true }).fill('since:2023-02-30');
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect.poll(() => page.locator('#q-problems').textContent()).toContain('"2023-02-30" is not a date');
    await page.getByText('Search syntax', { exact: true }).click();
    await expect.poll(() => page.getByText('source:"China Mobile": source contains this text').isVisible()).toBe(true);
    await expectAccessible(page);

    await page.goto(`${portal.url}/groups/fg-mv`);
    await page.getByRole('searchbox').fill('元宇宙');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/\/groups\/fg-mv\/search\?q=/);
    const hits = page.locator('table.search-results tbody tr');
    await expect.poll(() => hits.count()).toBe(2);
    expect(await hits.nth(0).locator('td').nth(3).textContent()).toBe('FG-MV 2nd meeting');
    expect(await hits.nth(1).locator('td').nth(3).textContent()).toBe('FG-MV 1st meeting');
    expect(await page.locator('table.search-results mark').allTextContents()).toEqual(['元宇宙', '元宇宙']);
    await expectAccessible(page);
    await page.screenshot({ path: '/tmp/search-group.png', fullPage: true });
    await context.close();
  });
});
