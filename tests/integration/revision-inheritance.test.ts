import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { parse } from 'node-html-parser';
import { agendaItems, auditEvents, documentAllocations, documents } from '../../db/schema';
import type { Seeded } from '../../app/features/demo/index';
import { changeAllocations } from '../../app/features/allocation/allocation.server';
import { chairDashboard } from '../../app/features/allocation/chair-dashboard.server';
import { loadPrincipal, type Principal } from '../../app/features/groups/permissions.server';
import { registerDocuments } from '../../app/features/registration/register.server';
import { demoData, DEMO_PASSWORD } from '../support/demo';
import { createSubmittedDocument } from '../support/documents';
import { Client } from '../support/http';
import { startTestPortal, type TestPortal } from '../support/portal';

let portal: TestPortal;
let seeded: Seeded;
let sec: Principal;
let chair2: Principal;
const db = () => portal.services.db;
const fg = () => seeded.meetingIds['fg-mv-demo'];

beforeAll(async () => {
  portal = await startTestPortal({ demo: true });
  seeded = await demoData(portal.services.db);
  sec = await loadPrincipal(db(), { id: seeded.userIds.secretariat, isAdmin: false });
  chair2 = await loadPrincipal(db(), { id: seeded.userIds.chairWg2, isAdmin: false });
});
afterAll(() => portal?.stop());

/** A registered original allocated to WG2 and an agenda item, and its revision as submitting one leaves it. */
async function originalWithRevision() {
  const o = await createSubmittedDocument(db(), null, {
    meetingId: fg(),
    submittedBy: seeded.userIds.member1,
    type: 'input',
    title: 'Avatar interoperability',
  });
  const [orig] = await registerDocuments({ db: db() }, sec, { meetingId: fg(), items: [{ id: o.id }] });
  const [item] = await db()
    .insert(agendaItems)
    .values({ meetingId: fg(), label: '7', position: 70, title: 'Applications' })
    .returning();
  await changeAllocations(db(), sec, {
    documentIds: [orig.id],
    add: [seeded.groupIds['fg-mv-wg2']],
    agendaItemId: item.id,
  });
  const r = await createSubmittedDocument(db(), null, {
    meetingId: fg(),
    submittedBy: seeded.userIds.member1,
    type: 'input',
    title: 'Avatar interoperability (revised)',
    revisionOfId: orig.id,
  });
  // As reviseDocument leaves it: the original's numbering fields with the next revision.
  await db()
    .update(documents)
    .set({ schemeId: orig.schemeId, number: orig.number, numberLabel: orig.numberLabel, revision: 1 })
    .where(eq(documents.id, r.id));
  return { orig, item, revisionId: r.id };
}

describe('a revision', () => {
  it('is shown in the queue with the number it will get, not the scheme next number', async () => {
    const { orig, revisionId } = await originalWithRevision();
    const c = new Client(portal.url);
    await c.signIn('tsb.fgmv@example.org', DEMO_PASSWORD);
    const page = parse(await (await c.get('/meetings/fg-mv-demo/registration')).text());
    const row = page
      .querySelectorAll('#queue-form tbody tr')
      .find((tr) => tr.querySelector(`input[value="${revisionId}"]`));
    expect(row?.text).toContain(`Next: ${orig.numberLabel} Rev.1`);
  });

  it('inherits the allocation and agenda item of what it revises, with an event naming it, and reaches the chair', async () => {
    const { orig, item, revisionId } = await originalWithRevision();
    const [rev] = await registerDocuments({ db: db() }, sec, { meetingId: fg(), items: [{ id: revisionId }] });
    expect(rev).toMatchObject({ revision: 1, agendaItemId: item.id });
    const allocs = await db().select().from(documentAllocations).where(eq(documentAllocations.documentId, rev.id));
    expect(allocs.map((a) => a.groupId)).toEqual([seeded.groupIds['fg-mv-wg2']]);
    expect(allocs[0].allocatedBy).toBe(sec.id);
    const [event] = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.documentId, rev.id), eq(auditEvents.action, 'document.allocated')));
    expect(event.actorId).toBe(sec.id);
    expect(event.after).toMatchObject({ inheritedFrom: { id: orig.id, label: orig.numberLabel } });

    const dashboard = await chairDashboard(db(), chair2, 'fg-mv-wg2', { meeting: 'fg-mv-demo' });
    const shown = dashboard.docs.find((d) => d.id === rev.id);
    expect(shown).toMatchObject({ label: `${orig.numberLabel} Rev.1`, agendaItemId: item.id });

    // The document's history says where the allocation came from.
    const c = new Client(portal.url);
    await c.signIn('tsb.fgmv@example.org', DEMO_PASSWORD);
    const page = parse(await (await c.get(`/documents/${rev.id}`)).text());
    const history = page.querySelector('table.history')!.text;
    expect(history).toContain(`inherited from ${orig.numberLabel}`);
  });
});
