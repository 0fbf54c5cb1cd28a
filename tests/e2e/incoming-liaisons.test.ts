/**
 * In the browser: the secretariat registers an incoming liaison statement for JCA-MV with a file; the co-chair
 * finds it on the group's list, assigns it, drafts the reply from its page (the reply form has it ticked), and once
 * the secretariat has sent the reply the statement shows "Replied".
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../support/demo';
import { expectAccessible, launchBrowser, signInAs } from '../support/browser';
import { startTestPortal, type TestPortal } from '../support/portal';

let portal: TestPortal;
let browser: Browser;
let dir: string;
const TITLE = 'LS on avatar interoperability';

beforeAll(async () => {
  portal = await startTestPortal({ demo: true });
  browser = await launchBrowser();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ls-in-e2e-'));
});
afterAll(async () => {
  await browser?.close();
  await portal?.stop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

async function userPage(email: string): Promise<Page> {
  const context = await browser.newContext({ timezoneId: 'Europe/Zurich' });
  const page = await context.newPage();
  await signInAs(page, portal.url, email, DEMO_PASSWORD);
  return page;
}

describe('incoming liaison statements in the browser', () => {
  it('registered by the secretariat, assigned and answered by the chair, then replied', async () => {
    const sec = await userPage('tsb.fgmv@example.org');
    await sec.goto(`${portal.url}/groups/jca-mv/liaisons`);
    await sec.getByRole('link', { name: 'Register an incoming statement' }).click();
    await sec.getByRole('heading', { name: 'Register an incoming statement for JCA-MV' }).waitFor();
    await expectAccessible(sec);
    await sec.getByLabel('Title').fill(TITLE);
    await sec.getByLabel('Sending organisation').fill('IEEE');
    await sec.getByLabel('Sending group').fill('SA P2048');
    // Action asked without a deadline: refused beside the field, nothing lost.
    await sec.getByRole('button', { name: 'Register' }).click();
    await expect
      .poll(() => sec.locator('.field-error').allTextContents())
      .toContain('A reply deadline is required when a group is asked for action.');
    expect(await sec.getByLabel('Title').inputValue()).toBe(TITLE);
    await sec.getByLabel('Reply deadline').fill('2031-06-30');
    const file = path.join(dir, 'annex.txt');
    fs.writeFileSync(file, 'Annex: avatar formats');
    await sec.locator('#files').setInputFiles(file);
    await Promise.all([
      sec.waitForURL(/\/liaisons\/incoming\//),
      sec.getByRole('button', { name: 'Register' }).click(),
    ]);
    await sec.getByRole('heading', { name: TITLE }).waitFor();
    expect(await sec.locator('.badge.state-in-new').textContent()).toBe('New');
    expect(await sec.getByRole('link', { name: 'annex.txt' }).count()).toBe(1);

    const chair = await userPage('cochair.jcamv@example.org');
    await chair.goto(`${portal.url}/groups/jca-mv/liaisons`);
    await chair.getByRole('link', { name: TITLE }).click();
    await chair.getByRole('heading', { name: TITLE }).waitFor();
    await chair
      .getByLabel('WG or Question')
      .selectOption({ label: 'JCA-MV — Joint Coordination Activity on metaverse standardization' });
    await chair.getByLabel('Responsible person').fill('member.etri@example.org');
    await chair.getByRole('button', { name: 'Assign' }).click();
    await chair.getByText('The statement is assigned.').waitFor();
    expect(await chair.locator('.badge.state-in-assigned').textContent()).toBe('Assigned');

    // Drafting the reply: the meeting's form has the statement ticked and its sender as addressee.
    await chair.getByRole('link', { name: /Draft the reply at JCA-MV meeting/ }).click();
    const form = chair.locator('#new');
    await form.waitFor();
    expect(await form.getByLabel(`IEEE SA P2048: ${TITLE}`).isChecked()).toBe(true);
    await form.getByLabel('Title').fill('Reply to IEEE SA P2048 on avatars');
    await Promise.all([
      chair.waitForURL(/\/liaisons\/[0-9a-f-]{36}$/),
      form.getByRole('button', { name: 'Create the statement' }).click(),
    ]);
    const outgoing = chair.url();
    await chair.getByRole('button', { name: 'Mark as agreed at the meeting' }).click();
    await chair.getByText('The statement is agreed; its text is now frozen.').waitFor();

    await sec.goto(outgoing);
    await sec.getByRole('button', { name: 'Approve' }).click();
    await sec.getByText('The statement is approved.').waitFor();
    await sec.getByRole('button', { name: 'Send (register and notify)' }).click();
    await sec.getByText(/The statement is sent as/).waitFor();

    await chair.goto(`${portal.url}/groups/jca-mv/liaisons?state=all`);
    await chair.getByRole('link', { name: TITLE }).click();
    await chair.locator('.badge.state-in-replied').waitFor();
    expect(await chair.locator('.badge.state-in-replied').textContent()).toBe('Replied');
    expect(await chair.getByRole('list', { name: 'Answered by' }).textContent()).toContain(
      'Reply to IEEE SA P2048 on avatars',
    );
  });
});
