/**
 * The meeting room in three browsers: the JCA-MV co-chair moves the room to an agenda item and a document, the
 * delegate's meeting page, agenda and document list show it without reloading, the secretariat records a decision
 * and the delegate's document list shows it without reloading; in the room, the delegate reads the chair's notes of
 * each item the chair takes up, without reloading, while the chair writes them in the editor beside the room.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Seeded } from '../../app/features/demo/index';
import { replaceContent } from '../../app/features/collaboration/content.server';
import { notesName, openItemNotes } from '../../app/features/collaboration/notes.server';
import { loadPrincipal } from '../../app/features/groups/permissions.server';
import { expectAccessible, hydrationErrors, launchBrowser, signInAs } from '../support/browser';
import { demoData, DEMO_PASSWORD } from '../support/demo';
import { startTestPortal, type TestPortal } from '../support/portal';
import { roomMeeting, type RoomMeeting } from '../support/room';

let portal: TestPortal;
let browser: Browser;
let seeded: Seeded;
let room: RoomMeeting;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  portal = await startTestPortal({ demo: true });
  seeded = await demoData(portal.services.db);
  room = await roomMeeting(portal.services.db, seeded);
  browser = await launchBrowser();
});
afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await portal?.stop();
});

async function signedIn(email: string): Promise<Page> {
  const context = await browser.newContext();
  contexts.push(context);
  const page = await context.newPage();
  await signInAs(page, portal.url, email, DEMO_PASSWORD);
  return page;
}

const live = (page: Page) => page.locator('.room-now[data-room-status="live"]').waitFor();

describe('the meeting room, live', () => {
  it('the chair moves the room and the delegate sees it, then a decision, without reloading', async () => {
    const [chair, secretariat, delegate] = await Promise.all([
      signedIn('cochair.jcamv@example.org'),
      signedIn('tsb.fgmv@example.org'),
      signedIn('member.etri@example.org'),
    ]);
    const base = `${portal.url}/meetings/${room.meeting.slug}`;
    const errors = hydrationErrors(delegate);

    // The delegate follows the meeting page; nothing is in the room yet.
    await delegate.goto(base);
    await live(delegate);
    await expect.poll(() => delegate.locator('.room-now').textContent()).toContain('Nothing is marked');
    const loads: string[] = [];
    delegate.on('load', () => loads.push(delegate.url()));

    // The chair takes up item 3 and presents the second document.
    await chair.goto(`${base}/room`);
    await chair.getByLabel('Agenda item').selectOption(room.items[2].id);
    await chair.getByLabel('Document presented').selectOption(room.docs[1].id);
    await chair.getByRole('button', { name: 'Show in the room' }).click();
    await expect.poll(() => chair.getByRole('status').first().textContent()).toContain('The room now shows');

    const banner = delegate.locator('.room-now');
    await expect.poll(() => banner.locator('.room-item').textContent()).toBe('Item 3: Input documents');
    const link = banner.getByRole('link', { name: room.docs[1].numberLabel! });
    await expect.poll(() => link.getAttribute('href')).toBe(`/documents/${room.docs[1].id}`);

    // The delegate's document list follows the room too; the secretariat records a decision.
    await delegate.goto(`${base}/documents`);
    await live(delegate);
    const row = delegate.locator('tr', { has: delegate.getByRole('link', { name: room.docs[1].numberLabel! }) });
    await expect.poll(() => row.locator('.col-decision').textContent()).toBe('');
    loads.length = 0;
    await secretariat.goto(`${portal.url}/documents/${room.docs[1].id}/decision`);
    await secretariat.getByLabel('Decision', { exact: true }).selectOption('agreed');
    await secretariat.getByRole('button', { name: 'Record decision' }).click();
    await expect.poll(() => row.locator('.col-decision').textContent()).toBe('Agreed');
    await expect.poll(() => delegate.locator('.room-document').textContent()).toContain('Agreed');

    // The chair moves on: the history keeps the earlier move.
    await chair.getByLabel('Agenda item').selectOption(room.items[3].id);
    await chair.getByLabel('Document presented').selectOption('');
    await chair.getByRole('button', { name: 'Show in the room' }).click();
    await expect.poll(() => delegate.locator('.room-item').textContent()).toBe('Item 4: Liaison statements');
    await delegate.locator('.room-history summary').click();
    await expect
      .poll(() => delegate.locator('.room-history').textContent())
      .toContain(`${room.docs[1].numberLabel} presented`);
    expect(loads).toEqual([]);
    expect(errors).toEqual([]);
    await expectAccessible(delegate);
  });

  it('the delegate in the room sees the chair’s notes of each item taken up, the chair writes them live', async () => {
    const db = portal.services.db;
    const cochair = await loadPrincipal(db, { id: seeded.userIds.cochairJca, isAdmin: false });
    const [withNotes, without] = [room.items[0], room.items[1]];
    await openItemNotes(db, cochair, room.meeting.id, withNotes.id);
    await portal.services.collab!.withDocument(notesName(withNotes.id), (doc) =>
      replaceContent(doc, {
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'The agenda was adopted as amended.' }] }],
      }),
    );
    const [chair, delegate] = await Promise.all([
      signedIn('cochair.jcamv@example.org'),
      signedIn('member.etri@example.org'),
    ]);
    const base = `${portal.url}/meetings/${room.meeting.slug}/room`;
    const errors = hydrationErrors(delegate);
    await delegate.goto(base);
    await live(delegate);
    const loads: string[] = [];
    delegate.on('load', () => loads.push(delegate.url()));

    await chair.goto(base);
    await chair.getByLabel('Agenda item').selectOption(withNotes.id);
    await chair.getByLabel('Document presented').selectOption('');
    await chair.getByRole('button', { name: 'Show in the room' }).click();
    const notes = delegate.locator('#chair-notes');
    await expect.poll(() => notes.textContent(), { timeout: 10_000 }).toContain('The agenda was adopted as amended.');
    // The chair writes in the editor, beside the room.
    await chair.locator('#chair-notes .ProseMirror[contenteditable="true"]').waitFor();

    await chair.getByLabel('Agenda item').selectOption(without.id);
    await chair.getByRole('button', { name: 'Show in the room' }).click();
    await expect.poll(() => notes.textContent(), { timeout: 10_000 }).toContain('no notes on item 2 yet');
    expect(loads).toEqual([]);
    expect(errors).toEqual([]);
    await expectAccessible(delegate);
  });
});
