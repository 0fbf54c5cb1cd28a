/**
 * The pages the home page leads to, through real HTTP and their rendered DOM: a sub-group's page (its parents'
 * meetings, the documents allocated to it as each viewer may see them, the link to the filtered list), "My
 * documents" with its times in the meeting's and the viewer's time zone, the publication page's "unpublished"
 * filter, and every link of the secretariat's and the chair's home sections.
 */
import { parse, type HTMLElement } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Seeded } from '../../app/features/demo/index';
import { changeAllocations } from '../../app/features/allocation/allocation.server';
import { loadPrincipal, type Principal } from '../../app/features/groups/permissions.server';
import { changePublication } from '../../app/features/publication/publication.server';
import { registerInTx } from '../../app/features/registration/register.server';
import type { Db } from '../../db/client.server';
import { DEMO_PASSWORD, demoData } from '../support/demo';
import { createSubmittedDocument } from '../support/documents';
import { Client } from '../support/http';
import { startTestPortal, type TestPortal } from '../support/portal';

let portal: TestPortal;
let seeded: Seeded;
let sec: Principal;
const db = () => portal.services.db;

/** A registered document of the meeting, allocated to the group, published or not. */
async function registered(meeting: string, title: string, group: string | null, publish: boolean) {
  const doc = await createSubmittedDocument(db(), null, {
    meetingId: seeded.meetingIds[meeting],
    submittedBy: seeded.userIds.member1,
    title,
    proposedGroups: group ? ['WG2'] : [],
  });
  await db().transaction((tx) => registerInTx(tx as unknown as Db, sec.id, doc.id));
  if (group) await changeAllocations(db(), sec, { documentIds: [doc.id], add: [seeded.groupIds[group]] });
  if (publish) await changePublication(db(), sec, meeting, { action: 'publish', ids: [doc.id] });
  return doc;
}

async function page(client: Client, path: string): Promise<HTMLElement> {
  const res = await client.get(path);
  expect(res.status, path).toBe(200);
  const root = parse(await res.text());
  root.querySelectorAll('script').forEach((s) => s.remove());
  return root;
}

const signedIn = async (email: string) => {
  const client = new Client(portal.url);
  await client.signIn(email, DEMO_PASSWORD);
  return client;
};

beforeAll(async () => {
  portal = await startTestPortal({ demo: true });
  seeded = await demoData(db());
  sec = await loadPrincipal(db(), { id: seeded.userIds.secretariat, isAdmin: false });
  await registered('fg-mv-2', 'Published WG2 input', 'fg-mv-wg2', true);
  await registered('fg-mv-2', 'Unpublished WG2 input', 'fg-mv-wg2', false);
  await registered('fg-mv-2', 'Published WG3 input', 'fg-mv-wg3', true);
  await registered('fg-mv-demo', 'Registered demo input', null, false);
  await createSubmittedDocument(db(), null, {
    meetingId: seeded.meetingIds['fg-mv-demo'],
    submittedBy: seeded.userIds.member1,
    title: 'Waiting demo input',
    submittedAt: new Date('2030-01-15T12:00:00Z'),
  });
  await createSubmittedDocument(db(), null, {
    meetingId: seeded.meetingIds['fg-mv-demo'],
    submittedBy: seeded.userIds.member2,
    title: 'Late demo input',
    late: true,
  });
});
afterAll(async () => {
  await portal?.stop();
});

describe('a sub-group’s page', () => {
  it('shows its parent’s meetings and the documents allocated to it that the visitor may see', async () => {
    const root = await page(new Client(portal.url), '/groups/fg-mv-wg2');
    expect(root.textContent).not.toContain('This group has no meetings yet');
    const meetings = root.querySelectorAll('.meeting-card h3').map((h) => h.textContent.trim());
    expect(meetings).toEqual(expect.arrayContaining(['FG-MV 1st meeting', 'FG-MV 2nd meeting']));
    const section = root.querySelector('section[aria-labelledby="group-documents"]')!;
    expect(section.querySelector('h3')!.textContent).toBe('FG-MV 2nd meeting');
    const titles = section.querySelectorAll('tbody a').map((a) => a.textContent);
    expect(titles).toEqual(['Published WG2 input']);
    const list = section.querySelectorAll('a').find((a) => a.getAttribute('href')?.includes('/documents?wg='))!;
    expect(list.getAttribute('href')).toBe('/meetings/fg-mv-2/documents?wg=fg-mv-wg2');
    // The link opens the meeting's list filtered by the group.
    const filtered = await page(new Client(portal.url), list.getAttribute('href')!);
    expect(filtered.textContent).toContain('Published WG2 input');
    expect(filtered.textContent).not.toContain('Published WG3 input');
  });

  it('shows its chair the group’s documents not yet published too, and nothing of other groups', async () => {
    const root = await page(await signedIn('chair.wg2@example.org'), '/groups/fg-mv-wg2');
    const titles = root
      .querySelectorAll('section[aria-labelledby="group-documents"] tbody a')
      .map((a) => a.textContent);
    expect(titles.sort()).toEqual(['Published WG2 input', 'Unpublished WG2 input']);
  });

  it('of a group with nothing allocated says so', async () => {
    const root = await page(new Client(portal.url), '/groups/fg-mv-wg5');
    expect(root.querySelector('section[aria-labelledby="group-documents"]')!.textContent).toContain(
      'No document is allocated to this group yet.',
    );
  });
});

describe('my documents', () => {
  it('gives each submission time in the meeting’s time zone and in the viewer’s, each named', async () => {
    const client = await signedIn('member.etri@example.org');
    client.cookies.set('tz', encodeURIComponent('America/New_York'));
    const root = await page(client, '/my/documents');
    const row = root.querySelectorAll('tbody tr').find((r) => r.textContent.includes('Waiting demo input'))!;
    const time = row.querySelector('time')!;
    expect(time.getAttribute('datetime')).toBe('2030-01-15T12:00:00.000Z');
    // FG-MV's demo meeting is in Geneva: 13:00 there, 07:00 in New York.
    expect(time.querySelector('.when-meeting')!.textContent).toMatch(/13:00 meeting time \((GMT\+1|CET)\)/);
    expect(time.querySelector('.when-viewer')!.textContent).toMatch(/07:00 your time \((GMT-5|EST)\)/);
  });
});

describe('the home page’s links', () => {
  it('the secretariat’s open the filtered lists, and "registered, not published" shows only those', async () => {
    const client = await signedIn('tsb.fgmv@example.org');
    const home = await page(client, '/');
    const section = home.querySelector('section[aria-labelledby="home-secretariat"]')!;
    const links = section.querySelectorAll('a').map((a) => a.getAttribute('href')!);
    expect(links).toEqual(
      expect.arrayContaining([
        '/meetings/fg-mv-demo/registration',
        '/meetings/fg-mv-demo/registration?late=1',
        '/meetings/fg-mv-demo/publication?show=unpublished',
      ]),
    );
    for (const href of links) await page(client, href);
    const late = (await page(client, '/meetings/fg-mv-demo/registration?late=1')).textContent;
    expect(late).toContain('Late demo input');
    expect(late).not.toContain('Waiting demo input');
    const unpublished = await page(client, '/meetings/fg-mv-2/publication?show=unpublished');
    const titles = (root: HTMLElement) =>
      root.querySelectorAll('tbody tr').map((r) => r.querySelectorAll('td')[2].textContent);
    expect(titles(unpublished)).toEqual(['Unpublished WG2 input']);
    expect(unpublished.querySelector('select[name="show"] option[selected]')?.getAttribute('value')).toBe(
      'unpublished',
    );
    expect(titles(await page(client, '/meetings/fg-mv-2/publication')).sort()).toEqual([
      'Published WG2 input',
      'Published WG3 input',
      'Unpublished WG2 input',
    ]);
    const demo = await page(client, '/meetings/fg-mv-demo/publication?show=unpublished');
    expect(titles(demo)).toEqual(['Registered demo input']);
  });

  it('the chair’s open the dashboard and its filters', async () => {
    const client = await signedIn('chair.wg2@example.org');
    const home = await page(client, '/');
    const links = home.querySelectorAll('section[aria-labelledby="home-chair"] a').map((a) => a.getAttribute('href')!);
    expect(links).toEqual(
      expect.arrayContaining([
        '/groups/fg-mv-wg2/dashboard?meeting=fg-mv-demo',
        '/groups/fg-mv-wg2/dashboard?meeting=fg-mv-demo&filter=unallocated',
      ]),
    );
    for (const href of links) await page(client, href);
  });
});
