import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, hydrationErrors, launchBrowser, signInAs } from '../support/browser';
import { ACCOUNTS, insertDocuments, listScenario, manyDocuments, PASSWORD } from '../support/list-fixtures';
import { startTestPortal, type TestPortal } from '../support/portal';

let portal: TestPortal;
let browser: Browser;

beforeAll(async () => {
  portal = await startTestPortal({
    demo: true,
    setup: async (s) => {
      const sc = await listScenario(s);
      // 300 more, so that the list has pages.
      const wgs = ['fg-mv-wg1', 'fg-mv-wg2', 'fg-mv-wg3'].map((k) => sc.seeded.groupIds[k]);
      await insertDocuments(
        s.db,
        s.storage,
        { id: sc.seeded.meetingIds['fg-mv-2'], groupId: sc.seeded.groupIds['fg-mv'] },
        manyDocuments(300, wgs, {
          files: (i) => [{ role: 'main', filename: `bulk-${i}.docx`, content: `bulk ${i} `.repeat(200) }],
        }).map((d) => ({ ...d, number: d.number + 100, registeredAt: new Date('2023-06-01T00:00:00Z') })),
      );
    },
  });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await portal?.stop();
});

describe('the meeting document list in a browser', () => {
  it('a member filters to WG2, searches, and downloads the zip of that view with progress', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await signInAs(page, portal.url, ACCOUNTS.member, PASSWORD);
    await page.goto(`${portal.url}/meetings/fg-mv-2/documents`);
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toContain('Documents of FG-MV 2nd meeting');
    await expect.poll(() => page.getByText('Showing 1–100 of 305').isVisible()).toBe(true);
    await expectAccessible(page);

    await page.getByLabel('WG / Question').selectOption('fg-mv-wg2');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL(/wg=fg-mv-wg2/);
    await expect.poll(() => page.getByText(/Showing 1–\d+ of 103/).isVisible()).toBe(true);

    await page.getByLabel('Search').fill('"avatars interoperability"');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL(/q=/);
    await expect.poll(() => page.getByText('Showing 1–2 of 2').isVisible()).toBe(true);
    const numbers = await page.locator('table.documents td.num > a').allTextContents();
    expect(numbers).toEqual(['FGMV-I-001', 'FGMV-I-001 Rev.1']);
    expect(new URL(page.url()).searchParams.get('wg')).toBe('fg-mv-wg2');
    await expectAccessible(page);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /Download all \(2\) as zip/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('fg-mv-2-documents.zip');
    const file = await download.path();
    const bytes = fs.readFileSync(file!);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    expect(bytes.toString('latin1')).toContain('FGMV-I-001 Rev.1 - avatars-r1.docx');
    await expect.poll(() => page.getByText(/Archive downloaded/).isVisible()).toBe(true);

    // A number opens its document inside the app (no full page load: the marker set on window survives).
    await page.evaluate(() => {
      (window as unknown as { stayed: boolean }).stayed = true;
    });
    await page.locator('table.documents td.num > a', { hasText: 'FGMV-I-001 Rev.1' }).click();
    await page.waitForURL(/\/documents\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('avatars');
    expect(await page.locator('main').textContent()).toContain('FGMV-I-001 Rev.1');
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
    await context.close();
  });

  it('an anonymous visitor sees only public documents, and a clear message for a bad filter', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const hydration = hydrationErrors(page);
    await page.goto(`${portal.url}/meetings/fg-mv-2/documents?per=all`);
    expect(await page.locator('main').innerText()).toContain('Haptics in virtual worlds');
    // The others are nowhere in the page, not even in its data.
    const sent = await page.content();
    expect(sent).not.toContain('SECRET members-only plan');
    expect(sent).not.toContain('UNPUBLISHED draft');
    // 300 bulk documents, a tenth of them members-only, plus the 4 public ones of the scenario.
    await expect.poll(() => page.getByText('Showing all 274').isVisible()).toBe(true);
    expect(hydration).toEqual([]);
    await page.goto(`${portal.url}/meetings/fg-mv-2/documents?since=yesterday`);
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('"yesterday" is not a date');
    await context.close();
  });
});
