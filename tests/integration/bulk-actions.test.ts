/**
 * Bulk actions through HTTP on the publication page, the registration page and the chair's dashboard: the answer says
 * how many documents changed and shows no ticked row; every matching row (or more than a page) waits for a
 * confirmation that carries the same selection, and "all matching" is evaluated again when it is confirmed.
 */
import { parse, type HTMLElement } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, inArray } from 'drizzle-orm';
import { documents } from '../../db/schema';
import type { Seeded } from '../../app/features/demo/index';
import { changeAllocations } from '../../app/features/allocation/allocation.server';
import { bulkStep } from '../../app/features/bulk/selection.server';
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
let secretariat: Client;
const db = () => portal.services.db;
const docs: string[] = [];

async function registered(title: string) {
  const doc = await createSubmittedDocument(db(), null, {
    meetingId: seeded.meetingIds['fg-mv-2'],
    submittedBy: seeded.userIds.member1,
    title,
    proposedGroups: ['WG2'],
  });
  await db().transaction((tx) => registerInTx(tx as unknown as Db, sec.id, doc.id));
  await changeAllocations(db(), sec, { documentIds: [doc.id], add: [seeded.groupIds['fg-mv-wg2']] });
  return doc.id;
}

async function answer(res: Response): Promise<HTMLElement> {
  expect(res.status).toBe(200);
  const root = parse(await res.text());
  root.querySelectorAll('script').forEach((s) => s.remove());
  return root;
}
const form = (fields: [string, string][]) => {
  const f = new FormData();
  for (const [k, v] of fields) f.append(k, v);
  return f;
};
const confirmFields = (root: HTMLElement) =>
  root
    .querySelectorAll('.bulk-confirm input[type="hidden"]')
    .map((i) => [i.getAttribute('name')!, i.getAttribute('value') ?? ''] as [string, string]);
const published = async (ids: string[]) =>
  (await db().select().from(documents).where(inArray(documents.id, ids))).filter((d) => d.publishedAt).length;

beforeAll(async () => {
  portal = await startTestPortal({ demo: true });
  seeded = await demoData(db());
  sec = await loadPrincipal(db(), { id: seeded.userIds.secretariat, isAdmin: false });
  for (const n of [1, 2, 3, 4]) docs.push(await registered(`Bulk input ${n}`));
  secretariat = new Client(portal.url);
  await secretariat.signIn('tsb.fgmv@example.org', DEMO_PASSWORD);
});
afterAll(() => portal?.stop());

describe('bulk actions', () => {
  it('publication: two ticked rows are published, the page says so and no row stays ticked', async () => {
    const page = await answer(
      await secretariat.post(
        '/meetings/fg-mv-2/publication',
        form([
          ['action', 'publish'],
          ['id', docs[0]],
          ['id', docs[1]],
        ]),
      ),
    );
    expect(page.querySelector('[role="status"].alert')?.textContent).toBe('2 documents published');
    expect(page.querySelectorAll('tbody input[type="checkbox"][checked]')).toHaveLength(0);
    expect(page.querySelector('.bulk-confirm')).toBeNull();
    expect(await published(docs)).toBe(2);
    const bar = page.querySelector('[role="group"][aria-label="Bulk actions"]')!;
    expect(bar.querySelector('[aria-live="polite"]')?.textContent).toBe('No document selected');
  });

  it('publication: "all matching" asks first, then acts on what matches when confirmed', async () => {
    const before = await published(docs);
    const asked = await answer(
      await secretariat.post(
        '/meetings/fg-mv-2/publication?show=unpublished',
        form([
          ['action', 'members'],
          ['scope', 'all'],
          ['filter', 'show=unpublished'],
          ['id', docs[2]],
        ]),
      ),
    );
    const confirm = asked.querySelector('.bulk-confirm')!;
    const matching = (
      await db().select().from(documents).where(eq(documents.meetingId, seeded.meetingIds['fg-mv-2']))
    ).filter((d) => d.state === 'registered' && !d.publishedAt).length;
    expect(confirm.querySelector('p')?.textContent).toBe(`This changes ${matching} documents: confirm`);
    expect(confirm.querySelector('h2')?.getAttribute('tabindex')).toBe('-1');
    expect(await published(docs)).toBe(before);
    // The confirmation carries the filter, not the rows that matched when it was asked.
    expect(confirmFields(asked).filter(([k]) => k === 'id')).toEqual([]);
    expect(confirmFields(asked)).toContainEqual(['filter', 'show=unpublished']);

    // One more document is published meanwhile: the confirmed action no longer counts it.
    await changePublication(db(), sec, 'fg-mv-2', { action: 'publish', ids: [docs[3]] });
    const done = await answer(
      await secretariat.post(
        '/meetings/fg-mv-2/publication?show=unpublished',
        form([...confirmFields(asked), ['confirmed', '1']]),
      ),
    );
    expect(done.querySelector('[role="status"].alert')?.textContent).toBe(
      `${matching - 1} document${matching - 1 === 1 ? '' : 's'} made members-only`,
    );
    const [d3] = await db().select().from(documents).where(eq(documents.id, docs[3]));
    expect(d3.access).not.toBe('members');
  });

  it('registration: allocating every matching registered document asks first; confirmed, it allocates them', async () => {
    const wg3 = seeded.groupIds['fg-mv-wg3'];
    const fields: [string, string][] = [
      ['intent', 'allocate'],
      ['group', wg3],
      ['scope', 'all'],
      ['filter', 'q=Bulk input'],
    ];
    const asked = await answer(await secretariat.post('/meetings/fg-mv-2/registration?q=Bulk+input', form(fields)));
    expect(asked.querySelector('.bulk-confirm p')?.textContent).toBe('This changes 4 documents: confirm');
    const done = await answer(
      await secretariat.post('/meetings/fg-mv-2/registration', form([...confirmFields(asked), ['confirmed', '1']])),
    );
    expect(done.querySelector('[role="status"].alert')?.textContent).toBe('4 documents allocated.');
    expect(done.querySelectorAll('#alloc-form tbody input[type="checkbox"][checked]')).toHaveLength(0);
  });

  it('dashboard: the chair moves every matching document only once confirmed', async () => {
    const chair = new Client(portal.url);
    await chair.signIn('chair.wg2@example.org', DEMO_PASSWORD);
    const path = '/groups/fg-mv-wg2/dashboard?meeting=fg-mv-2&q=bulk+input';
    const fields: [string, string][] = [
      ['intent', 'move'],
      ['agendaItemId', ''],
      ['scope', 'all'],
      ['filter', 'meeting=fg-mv-2&q=bulk input'],
    ];
    const asked = await answer(await chair.post(path, form(fields)));
    expect(asked.querySelector('.bulk-confirm p')?.textContent).toBe('This changes 4 documents: confirm');
    const done = await answer(await chair.post(path, form([...confirmFields(asked), ['confirmed', '1']])));
    expect(done.querySelector('[role="status"].alert')?.textContent).toBe('4 documents moved');
    expect(done.querySelectorAll('#dash-form input[type="checkbox"][checked]')).toHaveLength(0);
  });

  it('ticked rows beyond one page wait for a confirmation; a few ticked rows do not', async () => {
    const matching = async () => [];
    const few = form([
      ['doc', 'a'],
      ['doc', 'b'],
    ]);
    expect(await bulkStep(few, { idField: 'doc', pageSize: 2, matching })).toEqual({ ids: ['a', 'b'] });
    const many = form([
      ['doc', 'a'],
      ['doc', 'b'],
      ['doc', 'c'],
    ]);
    const step = await bulkStep(many, { idField: 'doc', pageSize: 2, matching });
    expect(step.confirm?.count).toBe(3);
    many.append('confirmed', '1');
    expect(await bulkStep(many, { idField: 'doc', pageSize: 2, matching })).toEqual({ ids: ['a', 'b', 'c'] });
  });
});
