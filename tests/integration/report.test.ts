/**
 * The meeting report and the chair's notes: a report drafted from a seeded meeting (items, documents with their
 * outcomes, notes, annexes with the registered participants), refused without an agenda, never silently drafted over
 * an edited draft, published once as a numbered report whose .docx carries the items; who writes notes (HTTP and WebSocket); and a past meeting's
 * page listing its outputs first.
 */
import { and, eq } from 'drizzle-orm';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  agendaItems,
  collabDocuments,
  collabSnapshots,
  documents,
  meetingParticipants,
  meetingReports,
  meetings,
} from '../../db/schema';
import type { Seeded } from '../../app/features/demo/index';
import { createAgenda } from '../../app/features/collaboration/agendas.server';
import { listSnapshots } from '../../app/features/collaboration/collaboration.server';
import { replaceContent, yDocToJson, type PMNode } from '../../app/features/collaboration/content.server';
import { notesName, openItemNotes } from '../../app/features/collaboration/notes.server';
import { setDecision } from '../../app/features/allocation/decisions.server';
import { loadPrincipal, type Principal } from '../../app/features/groups/permissions.server';
import { changePublication } from '../../app/features/publication/publication.server';
import { registerDocuments } from '../../app/features/registration/register.server';
import { draftReport, getReport, publishReport } from '../../app/features/report/report.server';
import { DomainError } from '../../app/platform/errors';
import { demoData, DEMO_PASSWORD } from '../support/demo';
import { createSubmittedDocument, docxText } from '../support/documents';
import { Client, rendered } from '../support/http';
import { startTestPortal, type TestPortal } from '../support/portal';
import { connect, synced, waitFor, type TestProvider } from './collab-support';

let portal: TestPortal;
let seeded: Seeded;
let sec: Principal;
const db = () => portal.services.db;
const services = () => portal.services;
const SLUG = 'fg-mv-demo';
const open: TestProvider[] = [];

const para = (text: string): PMNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const principalOf = (key: keyof Seeded['userIds']) => loadPrincipal(db(), { id: seeded.userIds[key], isAdmin: false });
const storedText = async (name: string) =>
  (await db().select().from(collabDocuments).where(eq(collabDocuments.name, name)))[0]?.text ?? '';
const refusal = async (p: Promise<unknown>) => {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(DomainError);
  return err as DomainError;
};

async function signedIn(email: string) {
  const c = new Client(portal.url);
  await c.signIn(email, DEMO_PASSWORD);
  return c;
}

/** A registered document of the demo meeting under an agenda item, with a decision. */
async function decided(title: string, itemId: string, decision: string, extra: Record<string, string> = {}) {
  const d = await createSubmittedDocument(db(), null, {
    meetingId: seeded.meetingIds[SLUG],
    submittedBy: seeded.userIds.member1,
    title,
    source: 'ETRI',
  });
  const [row] = await registerDocuments({ db: db() }, sec, {
    meetingId: seeded.meetingIds[SLUG],
    items: [{ id: d.id }],
  });
  await db().update(documents).set({ agendaItemId: itemId, purpose: 'approval' }).where(eq(documents.id, row.id));
  const [fresh] = await db().select().from(documents).where(eq(documents.id, row.id));
  if (decision) await setDecision(db(), sec, { documentId: row.id, decision, version: fresh.version, ...extra });
  return fresh;
}

let items: (typeof agendaItems.$inferSelect)[];
const item = (pattern: RegExp) => items.find((i) => pattern.test(i.title))!;
const docs: Record<string, typeof documents.$inferSelect> = {};

beforeAll(async () => {
  portal = await startTestPortal({ demo: true, env: { COLLAB_RECHECK_MS: '60000' } });
  seeded = await demoData(db());
  sec = await principalOf('secretariat');
});
afterAll(async () => {
  for (const p of open) p.destroy();
  await portal?.stop();
});

describe('the meeting report', () => {
  it('is refused for a meeting without an agenda, and nothing is stored', async () => {
    const err = await refusal(draftReport(services(), sec, SLUG));
    expect(err.messageKey).toBe('report.noAgenda');
    expect(await db().select().from(meetingReports)).toEqual([]);
    // Through the page: the message, not an error page.
    const secretariat = await signedIn('tsb.fgmv@example.org');
    const res = await secretariat.post(`/meetings/${SLUG}/report`, { intent: 'draft' });
    const page = parse(await res.text());
    expect(page.querySelector('[role="alert"], .alert.error')?.text).toContain('no agenda yet');
    expect(await db().select().from(meetingReports)).toEqual([]);
  });

  it('is drafted from the agenda, each item with its notes and documents with their outcomes, and the annexes', async () => {
    await createAgenda(db(), sec, SLUG, { template: 'focus-group' });
    items = await db().select().from(agendaItems).where(eq(agendaItems.meetingId, seeded.meetingIds[SLUG]));
    const opening = item(/^Opening/);
    const inputs = items.find((i) => /WG2/.test(i.title)) ?? items[items.length - 3];
    docs.merged = await decided('Metaverse use cases in tourism', inputs.id, '');
    docs.agreed = await decided('Taxonomy of metaverse applications', inputs.id, 'agreed', { note: 'As amended.' });
    docs.target = await decided('Combined use cases', opening.id, 'noted');
    const [m] = await db().select().from(documents).where(eq(documents.id, docs.merged.id));
    await setDecision(db(), sec, {
      documentId: m.id,
      decision: 'merged',
      version: m.version,
      target: docs.target.numberLabel!,
    });
    await changePublication(db(), sec, SLUG, { action: 'publish', ids: Object.values(docs).map((d) => d.id) });
    await openItemNotes(db(), sec, seeded.meetingIds[SLUG], inputs.id);
    await portal.services.collab!.withDocument(notesName(inputs.id), (doc) =>
      replaceContent(doc, { type: 'doc', content: [para('The chair invited WG2 to merge the use cases.')] }),
    );

    const participant = (key: keyof Seeded['userIds'], organisation: string, status: 'registered' | 'cancelled') => ({
      meetingId: seeded.meetingIds[SLUG],
      userId: seeded.userIds[key],
      mode: 'in_person' as const,
      organisation,
      delegation: 'sector_member' as const,
      role: 'delegate' as const,
      status,
    });
    await db()
      .insert(meetingParticipants)
      .values([participant('member1', 'ETRI', 'registered'), participant('member2', 'Nokia', 'cancelled')]);

    const { name } = await draftReport(services(), sec, SLUG);
    const text = await storedText(name);
    expect(text).toContain('Report of the meeting: FG-MV meeting (demo)');
    for (const i of items.filter((x) => !x.parentId)) expect(text).toContain(`${i.label} ${i.title}`);
    expect(text).toContain('The chair invited WG2 to merge the use cases.');
    expect(text).toMatch(
      new RegExp(`${docs.agreed.numberLabel} \\| Taxonomy of metaverse applications \\| ETRI \\| Agreed. As amended.`),
    );
    expect(text).toContain(
      `${docs.merged.numberLabel} | Metaverse use cases in tourism | ETRI | Merged into ${docs.target.numberLabel}`,
    );
    expect(text).toContain('The meeting sent no liaison statements.');
    expect(text).toContain('Annex A: Documents of the meeting');
    // Annex B: the registered participant by name and organisation, not the cancelled one, nor anyone's e-mail.
    expect(text).toContain('Annex B: List of participants');
    expect(text).toContain('Organisation | Name');
    expect(text).toContain('ETRI | Kim Min-jun');
    expect(text).not.toContain('Aino Virtanen');
    expect(text).not.toContain('Nokia');
    expect(text).not.toContain('@example.org');
    const [event] = (await db().select().from(meetingReports)).map((r) => r.draftedBy);
    expect(event).toBe(sec.id);
  });

  it('is not drafted again over an edited draft unless asked, and then the edited text is kept as a version', async () => {
    const name = `report:${seeded.meetingIds[SLUG]}`;
    const collab = portal.services.collab!;
    await collab.withDocument(name, (doc) => {
      const json = yDocToJson(doc);
      replaceContent(doc, {
        ...json,
        content: [...(json.content ?? []), para('Edited by the chair after the meeting.')],
      });
    });
    const err = await refusal(draftReport(services(), sec, SLUG));
    expect(err.messageKey).toBe('report.draftExists');
    expect(await storedText(name)).toContain('Edited by the chair after the meeting.');

    // Through the page the same refusal is a message; the draft is unchanged.
    const secretariat = await signedIn('tsb.fgmv@example.org');
    const refused = parse(await rendered(await secretariat.post(`/meetings/${SLUG}/report`, { intent: 'draft' })));
    expect(refused.querySelector('[role=alert]')?.text).toContain('A draft of the report exists');
    expect(await storedText(name)).toContain('Edited by the chair after the meeting.');

    const done = await draftReport(services(), sec, SLUG, { replace: true });
    expect(done.kept?.label).toMatch(/^Before drafting again/);
    expect(await storedText(name)).not.toContain('Edited by the chair after the meeting.');
    const [kept] = await listSnapshots(db(), name);
    const [snapshot] = await db().select().from(collabSnapshots).where(eq(collabSnapshots.id, kept.id));
    expect(snapshot.text).toContain('Edited by the chair after the meeting.');
  });

  it('is published by the secretariat only, as a numbered report whose .docx lists the items and outcomes', async () => {
    const chairWg2 = await principalOf('chairWg2');
    expect((await getReport(db(), chairWg2, SLUG)).allowed).toMatchObject({ read: true, edit: true, publish: false });
    expect((await refusal(publishReport(services(), chairWg2, SLUG))).status).toBe(403);
    const reg = await publishReport(services(), sec, SLUG);
    expect(reg.numberLabel).toMatch(/^FGMV-O-\d{3}$/);
    const [doc] = await db().select().from(documents).where(eq(documents.id, reg.document.id));
    expect(doc).toMatchObject({ type: 'report', state: 'registered' });
    expect(doc.publishedAt).not.toBeNull();
    const text = docxText(reg.bytes);
    expect(text).toContain('REPORT');
    expect(text).toContain(`${docs.agreed.numberLabel}`);
    expect(text).toContain('Agreed. As amended.');
    expect(text).toContain(item(/^Opening/).title);
  });

  it('is published once: publishing again is refused, and the page shows the published number instead of the button', async () => {
    const reportDocuments = () =>
      db()
        .select()
        .from(documents)
        .where(and(eq(documents.meetingId, seeded.meetingIds[SLUG]), eq(documents.type, 'report')));
    const [published] = await reportDocuments();
    const secretariat = await signedIn('tsb.fgmv@example.org');
    const res = await secretariat.post(`/meetings/${SLUG}/report`, { intent: 'publish' });
    expect(res.status).toBe(409);
    const refused = parse(await rendered(res));
    expect(refused.querySelector('[role=alert]')?.text).toContain(
      `The report is already published as ${published.numberLabel}`,
    );
    expect((await refusal(publishReport(services(), sec, SLUG))).messageKey).toBe('report.alreadyPublished');
    expect((await reportDocuments()).map((d) => d.id)).toEqual([published.id]);
    const [report] = await db().select().from(meetingReports);
    expect(report.documentId).toBe(published.id);

    const page = parse(await (await secretariat.get(`/meetings/${SLUG}/report`)).text());
    const main = page.querySelector('main') ?? page;
    expect(main.querySelector('.badge')?.text).toBe('Published');
    expect(main.querySelector(`a[href="/documents/${published.id}"]`)?.text).toBe(published.numberLabel);
    expect(main.querySelectorAll('button').map((b) => b.text)).not.toContain('Publish as a numbered document');
  });
});

describe("chair's notes", () => {
  it('are written by the chairs of the meeting’s group and the secretariat; a WG chair and a member are refused', async () => {
    const jca = seeded.meetingIds['jca-mv-demo'];
    await createAgenda(db(), await principalOf('cochairJca'), 'jca-mv-demo', { template: 'jca' });
    const [first] = await db().select().from(agendaItems).where(eq(agendaItems.meetingId, jca));
    expect(await openItemNotes(db(), await principalOf('cochairJca'), jca, first.id)).toBe(notesName(first.id));

    const fgItem = item(/^Opening/);
    for (const key of ['chairWg2', 'member1'] as const) {
      const err = await refusal(openItemNotes(db(), await principalOf(key), seeded.meetingIds[SLUG], fgItem.id));
      expect(err.messageKey).toBe('notes.chairsOnly');
    }
    expect(await storedText(notesName(fgItem.id))).toBe('');

    // Through HTTP: the WG2 chair is told why; the agenda page offers them no button, but the notes text.
    const chair = await signedIn('chair.wg2@example.org');
    const res = await chair.post(`/meetings/${SLUG}/agenda`, { intent: 'open-notes', itemId: fgItem.id });
    expect(res.status).toBe(403);
    expect(parse(await rendered(res)).querySelector('[role=alert]')?.text).toContain(
      'Only the chairs and the secretariat of the meeting’s group',
    );
    const page = parse(await (await chair.get(`/meetings/${SLUG}/agenda`)).text());
    expect(page.querySelectorAll('button').map((b) => b.text)).not.toContain('Write notes');
    expect(page.querySelector('.item-notes')?.text).toContain('The chair invited WG2 to merge the use cases.');

    // The secretariat gets the button and the editor.
    const secretariat = await signedIn('tsb.fgmv@example.org');
    const opened = await secretariat.post(`/meetings/${SLUG}/agenda`, { intent: 'open-notes', itemId: fgItem.id });
    expect(opened.status).toBe(302);
    expect(opened.headers.get('location')).toContain(`notes=${fgItem.id}`);
  });

  it('open read-only over the WebSocket for a WG chair, read-write for the secretariat', async () => {
    const inputs = items.find((i) => /WG2/.test(i.title)) ?? items[items.length - 3];
    const name = notesName(inputs.id);
    const chair = await signedIn('chair.wg2@example.org');
    const secretariat = await signedIn('tsb.fgmv@example.org');
    const reader = connect(portal.url, name, chair.cookieHeader());
    const writer = connect(portal.url, name, secretariat.cookieHeader());
    open.push(reader, writer);
    await synced(reader);
    await synced(writer);
    expect(reader.events.scope).toBe('readonly');
    expect(writer.events.scope).toBe('read-write');
    await waitFor(() => reader.text().includes('merge the use cases'), 'the reader sees the notes');
  });
});

describe('a past meeting’s page', () => {
  it('lists its outputs first: the report, then agreed deliverables', async () => {
    await db()
      .update(meetings)
      .set({ startsOn: '2024-03-04', endsOn: '2024-03-06', inputDeadline: new Date('2024-02-20T22:59:00Z') })
      .where(eq(meetings.slug, SLUG));
    const member = await signedIn('member.etri@example.org');
    const page = parse(await (await member.get(`/meetings/${SLUG}`)).text());
    const main = page.querySelector('main') ?? page;
    const headings = main.querySelectorAll('h2').map((h) => h.text);
    expect(headings[0]).toBe('Outputs');
    const outputs = main.querySelector('section.meeting-outputs')!;
    const [reportDoc] = await db()
      .select()
      .from(documents)
      .where(and(eq(documents.meetingId, seeded.meetingIds[SLUG]), eq(documents.type, 'report')));
    const lists = outputs.querySelectorAll('h3').map((h) => h.text);
    expect(lists).toEqual(['Meeting report', 'Agreed deliverables']);
    expect(outputs.querySelector(`a[href="/documents/${reportDoc.id}"]`)?.text).toBe(reportDoc.numberLabel);
    expect(outputs.text).toContain('Taxonomy of metaverse applications');
    expect(outputs.text).not.toContain('Metaverse use cases in tourism');
    // Each input document says what became of it.
    const docPage = parse(await (await member.get(`/documents/${docs.merged.id}`)).text());
    const fate = docPage.querySelector('section.document-fate')!;
    expect(fate.querySelector('h2')?.text).toBe('What became of it');
    expect(fate.querySelectorAll('li').map((li) => li.text.replace(/\s+/g, ' ').trim())).toEqual([
      `Decision: Merged · Merged into ${docs.target.numberLabel}`,
      `Recorded in the meeting report ${reportDoc.numberLabel}`,
    ]);
    // Outputs come before the meeting's facts.
    const html = main.toString();
    expect(html.indexOf('meeting-outputs')).toBeLessThan(html.indexOf('facts card'));
  });
});
