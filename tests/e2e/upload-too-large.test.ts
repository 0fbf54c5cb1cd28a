/**
 * A member picks a file larger than the meeting allows: the browser form says so before sending anything
 * (raw HTTP clients get the 413 with the same message: tests/integration/uploads-refused.test.ts).
 */
import { eq } from 'drizzle-orm';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meetings } from '../../db/schema';
import { launchBrowser, signInAs } from '../support/browser';
import { DEMO_PASSWORD } from '../support/demo';
import { startTestPortal, type TestPortal } from '../support/portal';

const MEETING = 'fg-mv-demo';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
let portal: TestPortal;
let browser: Browser;

beforeAll(async () => {
  portal = await startTestPortal({ demo: true });
  await portal.services.db.update(meetings).set({ maxFileMb: 1 }).where(eq(meetings.slug, MEETING));
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await portal?.stop();
});

describe('a file over the meeting limit', () => {
  it('is refused in the form before the upload starts, with the limit and what to do', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInAs(page, portal.url, 'member.etri@example.org', DEMO_PASSWORD);
    await page.goto(`${portal.url}/meetings/${MEETING}/submit`);
    const uploads: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST') uploads.push(r.url());
    });
    await page.setInputFiles('#main-file', {
      name: 'huge.docx',
      mimeType: DOCX,
      buffer: Buffer.alloc(2 * 1024 * 1024),
    });
    await page.getByRole('button', { name: 'Upload and read the cover page' }).click();
    await expect
      .poll(() => page.getByText('"huge.docx" is larger than the 1 MB this meeting allows per file.').isVisible())
      .toBe(true);
    expect(uploads).toEqual([]);
    await context.close();
  });
});
