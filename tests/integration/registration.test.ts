import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq, isNull } from 'drizzle-orm';
import {
  agendaItems,
  allocationNotices,
  auditEvents,
  documentAllocations,
  documentFiles,
  documents,
  numberingSchemes,
} from '../../db/schema';
import type { Seeded } from '../../app/features/demo/index';
import { demoData } from '../support/demo';
import { changeAllocations } from '../../app/features/allocation/allocation.server';
import { chairDashboard } from '../../app/features/allocation/chair-dashboard.server';
import { setDecision } from '../../app/features/allocation/decisions.server';
import { createScheme, revisionLinks } from '../../app/features/registration/numbering.server';
import { loadPrincipal, type Principal } from '../../app/features/groups/permissions.server';
import { visibleDocumentsSql } from '../../app/features/documents/policy.server';
import { registerDocuments } from '../../app/features/registration/register.server';
import { reserveNumber } from '../../app/features/registration/reserved-numbers.server';
import { createSubmittedDocument, docxText, ituCoverDocx } from '../support/documents';
import { queuedJobCount, waitForJobs } from '../support/jobs';
import { startTestPortal, type TestPortal } from '../support/portal';

let portal: TestPortal;
let seeded: Seeded;
let sec: Principal;
let chair2: Principal;
const db = () => portal.services.db;
const fg = () => seeded.meetingIds['fg-mv-demo'];

beforeAll(async () => {
  portal = await startTestPortal({ env: { PLENARY_DIGEST_DELAY_MS: '0' }, demo: true });
  seeded = await demoData(portal.services.db);
  sec = await loadPrincipal(db(), { id: seeded.userIds.secretariat, isAdmin: false });
  chair2 = await loadPrincipal(db(), { id: seeded.userIds.chairWg2, isAdmin: false });
});
afterAll(() => portal?.stop());

const snapshot = async () => ({
  docs: await db().select().from(documents).orderBy(documents.id),
  allocs: await db().select().from(documentAllocations),
  schemes: await db().select().from(numberingSchemes).orderBy(numberingSchemes.id),
  events: (await db().select({ n: count() }).from(auditEvents))[0].n,
  jobs: await queuedJobCount(db()),
});
const refused = async (fn: () => Promise<unknown>, message: RegExp) => {
  const before = await snapshot();
  await expect(fn()).rejects.toThrow(message);
  expect(await snapshot()).toEqual(before);
};
const services = () => portal.services;

describe('registration', () => {
  it('numbers, stamps the .docx (the number is in its text), keeps the original, mails the submitter', async () => {
    const d = await createSubmittedDocument(db(), services().storage, {
      meetingId: fg(),
      submittedBy: seeded.userIds.member1,
      type: 'input',
      title: 'Metaverse use cases',
    });
    const [row] = await registerDocuments(services(), sec, {
      meetingId: fg(),
      items: [{ id: d.id, version: d.version }],
    });
    expect(row.numberLabel).toMatch(/^FGMV-I-\d{3}$/);
    await waitForJobs(db());
    const files = await db().select().from(documentFiles).where(eq(documentFiles.documentId, d.id));
    const main = files.find((f) => f.role === 'main')!;
    const stamped = files.find((f) => f.role === 'stamped')!;
    expect(stamped).toBeTruthy();
    expect(stamped.sha256).not.toBe(main.sha256);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stamp-'));
    const out = fs.createWriteStream(path.join(dir, 'stamped.docx'));
    await new Promise<void>((resolve, reject) =>
      services()
        .storage.get(stamped.storageKey)
        .then((s) => s.pipe(out).on('finish', resolve).on('error', reject), reject),
    );
    const text = docxText(fs.readFileSync(path.join(dir, 'stamped.docx')));
    expect(text).toContain(row.numberLabel!);
    expect(text).not.toContain('FGMV-I-xxx');
    expect(text).toContain('引言');
    const mails = await services().mail.listStored();
    expect(mails.some((m) => m.to === 'member.etri@example.org' && m.subject.includes(row.numberLabel!))).toBe(true);
  });

  it('stamps the first header when the cover has no number cell', async () => {
    const bytes = await ituCoverDocx({ title: 'Header only', placeholder: null, header: 'ITU-T FG-MV' });
    const d = await createSubmittedDocument(db(), services().storage, {
      meetingId: fg(),
      submittedBy: seeded.userIds.member1,
      type: 'input',
      docx: bytes,
    });
    const [row] = await registerDocuments(services(), sec, { meetingId: fg(), items: [{ id: d.id }] });
    await waitForJobs(db());
    const events = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.documentId, d.id), eq(auditEvents.action, 'document.stamped')));
    expect(events[0].after as { where: string; label: string }).toMatchObject({
      where: 'header',
      label: row.numberLabel,
    });
  });

  it('revision keeps the number with Rev.1; addendum and corrigendum are own entries; a withdrawn document keeps its number', async () => {
    const o = await createSubmittedDocument(db(), null, {
      meetingId: fg(),
      submittedBy: seeded.userIds.member1,
      type: 'input',
    });
    const [orig] = await registerDocuments({ db: db() }, sec, { meetingId: fg(), items: [{ id: o.id }] });
    const r = await createSubmittedDocument(db(), null, {
      meetingId: fg(),
      submittedBy: seeded.userIds.member1,
      type: 'input',
      revisionOfId: orig.id,
    });
    const a = await createSubmittedDocument(db(), null, {
      meetingId: fg(),
      submittedBy: seeded.userIds.member1,
      type: 'input',
      relation: 'addendum',
      relatedToId: orig.id,
    });
    const c = await createSubmittedDocument(db(), null, {
      meetingId: fg(),
      submittedBy: seeded.userIds.member1,
      type: 'input',
      relation: 'corrigendum',
      relatedToId: orig.id,
    });
    const rows = await registerDocuments({ db: db() }, sec, {
      meetingId: fg(),
      items: [{ id: r.id }, { id: a.id }, { id: c.id }],
    });
    const by = new Map(rows.map((x) => [x.id, x]));
    expect(by.get(r.id)).toMatchObject({
      number: orig.number,
      revision: 1,
      numberLabel: orig.numberLabel,
      revisionOfId: orig.id,
    });
    expect(by.get(a.id)).toMatchObject({ number: orig.number, relation: 'addendum', relationNumber: 1, revision: 0 });
    expect(by.get(c.id)).toMatchObject({ number: orig.number, relation: 'corrigendum', relationNumber: 1 });
    const links = await revisionLinks(db(), orig.id, await visibleDocumentsSql(db(), sec));
    expect(links.revisedBy.map((x) => x.label)).toEqual([`${orig.numberLabel} Rev.1`]);
    expect(links.related.map((x) => x.label).sort()).toEqual([
      `${orig.numberLabel} Add.1`,
      `${orig.numberLabel} Corr.1`,
    ]);
    // A withdrawal keeps the number; the next registration does not reuse it.
    await db().update(documents).set({ state: 'withdrawn' }).where(eq(documents.id, orig.id));
    const n = await createSubmittedDocument(db(), null, {
      meetingId: fg(),
      submittedBy: seeded.userIds.member1,
      type: 'input',
    });
    const [next] = await registerDocuments({ db: db() }, sec, { meetingId: fg(), items: [{ id: n.id }] });
    expect(next.number).toBe(orig.number! + 1);
    expect((await db().select().from(documents).where(eq(documents.id, orig.id)))[0].number).toBe(orig.number);
  });

  it('reserves a number and audit-logs registrations, reservations, allocations and decisions', async () => {
    const res = await reserveNumber(db(), sec, { meetingId: fg(), type: 'output', title: 'Meeting report' });
    expect(res).toMatchObject({ state: 'reserved', numberLabel: 'FGMV-O-001' });
    const actions = (await db().select({ a: auditEvents.action }).from(auditEvents)).map((e) => e.a);
    expect(actions).toEqual(expect.arrayContaining(['document.registered', 'document.reserved']));
  });
});

describe('bad input: refused with a clear message, nothing changed', () => {
  it('registering a withdrawn or an already-registered document', async () => {
    const w = await createSubmittedDocument(db(), null, {
      meetingId: fg(),
      submittedBy: seeded.userIds.member1,
      type: 'input',
      state: 'withdrawn',
      title: 'Gone',
    });
    await refused(
      () => registerDocuments({ db: db() }, sec, { meetingId: fg(), items: [{ id: w.id }] }),
      /"Gone" was withdrawn/,
    );
    const d = await createSubmittedDocument(db(), null, {
      meetingId: fg(),
      submittedBy: seeded.userIds.member1,
      type: 'input',
      title: 'Twice',
    });
    await registerDocuments({ db: db() }, sec, { meetingId: fg(), items: [{ id: d.id }] });
    await refused(
      () => registerDocuments({ db: db() }, sec, { meetingId: fg(), items: [{ id: d.id }] }),
      /"Twice" is already registered as FGMV-I-\d+/,
    );
  });

  it('a stale form', async () => {
    const d = await createSubmittedDocument(db(), null, {
      meetingId: fg(),
      submittedBy: seeded.userIds.member1,
      type: 'input',
      title: 'Stale',
    });
    await refused(
      () => registerDocuments({ db: db() }, sec, { meetingId: fg(), items: [{ id: d.id, version: d.version + 1 }] }),
      /changed since you loaded this page/,
    );
    const [row] = await registerDocuments({ db: db() }, sec, {
      meetingId: fg(),
      items: [{ id: d.id, version: d.version }],
    });
    await refused(
      () =>
        changeAllocations(db(), sec, {
          documentIds: [d.id],
          add: [seeded.groupIds['fg-mv-wg2']],
          versions: { [d.id]: row.version - 1 },
        }),
      /changed since you loaded/,
    );
    await refused(
      () => setDecision(db(), sec, { documentId: d.id, decision: 'noted', version: row.version - 1 }),
      /changed since you loaded/,
    );
  });

  it('a format without {n}, and overlapping study periods', async () => {
    await refused(
      () =>
        createScheme(db(), sec, seeded.groupIds['fg-mv'], {
          documentType: 'td',
          name: 'x',
          format: 'FGMV-TD',
          scope: 'group',
        }),
      /field/,
    );
    await expect(
      createScheme(db(), sec, seeded.groupIds['fg-mv'], {
        documentType: 'td',
        name: 'x',
        format: 'FGMV-TD',
        scope: 'group',
      }),
    ).rejects.toMatchObject({ fieldErrors: { format: 'numbering.format.noN' } });
    await createScheme(db(), sec, seeded.groupIds['fg-mv'], {
      documentType: 'td',
      name: 'TDs 2025',
      format: 'FGMV-TD-{n}',
      scope: 'period',
      periodStart: '2025-01-01',
      periodEnd: '2025-12-31',
    });
    await refused(
      () =>
        createScheme(db(), sec, seeded.groupIds['fg-mv'], {
          documentType: 'td',
          name: 'TDs mid',
          format: 'FGMV-TD-{n}',
          scope: 'period',
          periodStart: '2025-06-01',
          periodEnd: '2026-05-31',
        }),
      /would number the same documents as "TDs 2025"/,
    );
  });

  it("allocation outside the meeting's group, and a decision on an unregistered document", async () => {
    const d = await createSubmittedDocument(db(), null, {
      meetingId: fg(),
      submittedBy: seeded.userIds.member1,
      type: 'input',
    });
    const [row] = await registerDocuments({ db: db() }, sec, { meetingId: fg(), items: [{ id: d.id }] });
    await refused(
      () => changeAllocations(db(), sec, { documentIds: [row.id], add: [seeded.groupIds['sg20-q1']] }),
      /Q1\/20 is not a working group or Question of FG-MV/,
    );
    await refused(
      () => changeAllocations(db(), sec, { documentIds: [row.id], add: [seeded.groupIds['fg-mv']] }),
      /not a working group or Question of FG-MV/,
    );
    const s = await createSubmittedDocument(db(), null, {
      meetingId: fg(),
      submittedBy: seeded.userIds.member1,
      type: 'input',
      title: 'Unregistered',
    });
    await refused(
      () => setDecision(db(), sec, { documentId: s.id, decision: 'approved', version: s.version }),
      /is not registered/,
    );
  });
});

describe('allocation and digest', () => {
  it('one digest mail per chair for many documents; a WG2 chair moves within WG2 only', async () => {
    const [item] = await db()
      .insert(agendaItems)
      .values({ meetingId: fg(), label: '6', position: 6, title: 'WG2' })
      .returning();
    const ids: string[] = [];
    for (let i = 0; i < 5; i++)
      ids.push(
        (
          await createSubmittedDocument(db(), null, {
            meetingId: fg(),
            submittedBy: seeded.userIds.member2,
            type: 'input',
          })
        ).id,
      );
    await registerDocuments({ db: db() }, sec, { meetingId: fg(), items: ids.map((id) => ({ id })) });
    await waitForJobs(db());
    const before = (await services().mail.listStored()).length;
    await changeAllocations(db(), sec, {
      documentIds: ids,
      add: [seeded.groupIds['fg-mv-wg2'], seeded.groupIds['fg-mv-wg3']],
    });
    await waitForJobs(db());
    // On the WG2 chair's dashboard, "allocated to" names WG3 as well: a co-allocation is worth knowing.
    const dashboard = await chairDashboard(db(), chair2, 'fg-mv-wg2', { meeting: 'fg-mv-demo' });
    expect(dashboard.docs.filter((d) => ids.includes(d.id)).map((d) => d.groups)).toEqual(
      ids.map(() => ['WG2', 'WG3']),
    );
    const mails = (await services().mail.listStored()).slice(0, (await services().mail.listStored()).length - before);
    expect(mails.map((m) => m.to).sort()).toEqual(['chair.wg2@example.org', 'chair.wg3@example.org']);
    expect(mails[0].text.split('\n').filter((l) => l.startsWith('- [')).length).toBe(5);
    expect(
      (await db().select({ n: count() }).from(allocationNotices).where(isNull(allocationNotices.sentAt)))[0].n,
    ).toBe(0);
    expect(await changeAllocations(db(), chair2, { documentIds: ids, agendaItemId: item.id })).toEqual({
      count: 5,
      changed: 5,
    });
    // The same again changes nothing, and says so (no event, no notice).
    expect(
      await changeAllocations(db(), chair2, {
        documentIds: ids,
        agendaItemId: item.id,
        add: [seeded.groupIds['fg-mv-wg2']],
      }),
    ).toEqual({ count: 5, changed: 0 });
    await expect(
      changeAllocations(db(), chair2, { documentIds: ids, remove: [seeded.groupIds['fg-mv-wg3']] }),
    ).rejects.toThrow(/permission/);
    const actions = (
      await db().select({ a: auditEvents.action }).from(auditEvents).where(eq(auditEvents.documentId, ids[0]))
    ).map((e) => e.a);
    expect(actions).toEqual(['document.registered', 'document.allocated', 'document.allocated']);
  });
});
