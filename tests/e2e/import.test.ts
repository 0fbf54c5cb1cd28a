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
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-e2e-'));
});
afterAll(async () => {
  await browser?.close();
  await portal?.stop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const HEAD = 'Number,Title,Source,Type,WG/Question';
const GOOD = [
  'FGMV-I-001,Avatar interoperability requirements,ETRI,input,WG2',
  'FGMV-I-002,Digital twins of city services,Nokia,input,WG3',
];

describe('importing a document list in the browser', () => {
  it('the secretariat checks a list, sees the bad row named, imports the good list and finds it in the meeting list', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const hydration = hydrationErrors(page);
    await signInAs(page, portal.url, 'tsb.fgmv@example.org', DEMO_PASSWORD);
    await page.goto(`${portal.url}/meetings/fg-mv-demo/registration`);
    await page.getByRole('link', { name: 'Import a document list' }).click();
    await page.waitForURL(/\/meetings\/fg-mv-demo\/import$/);
    await expectAccessible(page);

    // Sent without a list, the form says so beside the field, before anything goes to the server.
    await page.getByRole('button', { name: 'Check the list' }).click();
    await expect
      .poll(() => page.locator('.field-error').first().textContent())
      .toBe('Choose the document list (.csv or .xlsx).');

    const withBadRow = path.join(dir, 'with-bad-row.csv');
    fs.writeFileSync(withBadRow, [HEAD, ...GOOD, 'FGMV-I-003,Metaverse glossary,CAICT,memo,WG2', ''].join('\n'));
    await page.getByLabel('Document list (.csv or .xlsx)').setInputFiles(withBadRow);
    await page.getByRole('button', { name: 'Check the list' }).click();
    const badRow = page.locator('table tbody tr', { hasText: 'FGMV-I-003' });
    await expect.poll(() => badRow.textContent()).toMatch(/refused.*Unknown document type "memo"/);
    expect(await page.getByRole('alert').textContent()).toMatch(/Nothing was imported/);

    const good = path.join(dir, 'good.csv');
    fs.writeFileSync(good, [HEAD, ...GOOD, ''].join('\n'));
    await page.getByLabel('Document list (.csv or .xlsx)').setInputFiles(good);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toMatch(/Imported: 2 documents created/);

    await page.goto(`${portal.url}/meetings/fg-mv-demo/documents`);
    const listed = await page
      .locator('table.documents tbody tr')
      .evaluateAll((rows) => rows.map((r) => r.textContent ?? ''));
    expect(listed.find((r) => r.includes('FGMV-I-001'))).toMatch(/Avatar interoperability requirements/);
    expect(listed.find((r) => r.includes('FGMV-I-002'))).toMatch(/Digital twins of city services/);
    expect(listed.some((r) => r.includes('FGMV-I-003'))).toBe(false);
    expect(hydration).toEqual([]);
    await context.close();
  });
});
