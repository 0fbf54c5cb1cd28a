/**
 * A member uploads covers written the way ITU members write them (the LibreOffice corpus in
 * tests/fixtures/covers) and the submission form fills itself: structured contacts beside the member's own,
 * the group's WGs ticked, and what does not fit shown beside the field it concerns.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../support/demo';
import { expectAccessible, launchBrowser, signInAs } from '../support/browser';
import { startTestPortal, type TestPortal } from '../support/portal';

const MEETING = 'fg-mv-demo';
let portal: TestPortal;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  portal = await startTestPortal({ demo: true });
  browser = await launchBrowser();
  context = await browser.newContext();
  page = await context.newPage();
  await signInAs(page, portal.url, 'member.etri@example.org', DEMO_PASSWORD);
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await portal?.stop();
});

async function readCover(file: string) {
  await page.goto(`${portal.url}/meetings/${MEETING}/submit`);
  const buffer = fs.readFileSync(path.join(import.meta.dirname, '../fixtures/covers', file));
  await page.setInputFiles('#main-file', { name: file, mimeType: 'application/octet-stream', buffer });
  await page.getByRole('button', { name: 'Upload and read the cover page' }).click();
  await page.locator('[role=status].alert, .alert.error').first().waitFor({ timeout: 20_000 });
}

const contacts = (p: Page) =>
  p
    .locator('fieldset.contact')
    .evaluateAll((sets) =>
      sets.map((s) => Array.from(s.querySelectorAll('input')).map((i) => (i as HTMLInputElement).value)),
    );

describe('the submission form filled from an ITU cover', () => {
  it("fills the fields from a Chinese focus-group cover, ticks its WGs and keeps the member beside the cover's contacts", async () => {
    await readCover('fgmv-input-zh.docx');
    expect(await page.getByText('We read the cover page of fgmv-input-zh.docx').isVisible()).toBe(true);
    expect(await page.locator('#title').inputValue()).toBe('元宇宙标准化路线图');
    expect(await page.locator('#source').inputValue()).toBe('中国信息通信研究院 (CAICT)');
    expect(await page.locator('#purpose').inputValue()).toBe('discussion');
    expect(await page.locator('#keywords').inputValue()).toBe('元宇宙, 数字孪生, 标准化');
    expect(await page.locator('#abstract').inputValue()).toBe('本文稿提出元宇宙标准化路线图。');
    expect(await page.getByRole('checkbox', { name: /WG3/ }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: /WG5/ }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: /WG2/ }).isChecked()).toBe(false);
    expect((await contacts(page)).slice(0, 3)).toEqual([
      ['Kim Min-jun', 'ETRI', 'Korea (Rep. of)', 'member.etri@example.org', ''],
      ['Zhang Wei', 'CAICT', 'China', 'zhangwei@caict.example', '+86 10 6230 0000'],
      ['Liu Yang', 'Huawei Technologies Co., Ltd.', 'China', 'liuyang@huawei.example', ''],
    ]);
    expect(await page.locator('.cover-notice').count()).toBe(0);
    await expectAccessible(page);
  });

  it('shows "All" beside the WGs and warns that the cover names JCA-MV on an FG-MV meeting', async () => {
    await readCover('jcamv-ar.docx');
    expect(await page.locator('#title').inputValue()).toBe('خارطة طريق لتقييس الميتافيرس');
    expect(await page.locator('.cover-notice[data-field=general]').textContent()).toBe(
      'The cover page names JCA-MV, but this meeting is of FG-MV: check that you are submitting to the right meeting.',
    );
    const beside = page.locator('fieldset.checks .cover-notice');
    expect(await beside.textContent()).toBe(
      'The cover page says “All” for the Questions or WGs: tick those the document is for.',
    );
    expect(await page.getByRole('checkbox', { checked: true }).count()).toBe(0);
    await expectAccessible(page);
  });

  it("names the fields the meeting requires before uploading, with the server's messages", async () => {
    await readCover('jcamv-ar.docx');
    await page.locator('#abstract').fill('');
    await page.locator('#purpose').selectOption('');
    const uploads: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST') uploads.push(r.url());
    });
    await page.getByRole('button', { name: 'Submit the document' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toBe(
      'Some fields need your attention; see the messages below.',
    );
    expect(await page.locator('.field-error').allTextContents()).toEqual([
      'This field is required.',
      'Choose the purpose: discussion, proposal, information, decision or approval.',
      'Write the abstract: a few sentences saying what the document proposes or reports.',
    ]);
    expect(uploads).toEqual([]);
  });

  it('says what to do with a Word 97–2003 file', async () => {
    await readCover('word97.doc');
    expect(await page.locator('.alert.error').textContent()).toContain(
      '"word97.doc" is a Word 97–2003 document (.doc). Open it in Word or LibreOffice, save it as "Word Document (.docx)"',
    );
  });
});
