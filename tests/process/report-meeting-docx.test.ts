import { execFileSync } from 'node:child_process';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agendaItems, documents, meetingParticipants } from '../../db/schema';
import type { Seeded } from '../../app/features/demo/index';
import { createAgenda } from '../../app/features/collaboration/agendas.server';
import { replaceContent } from '../../app/features/collaboration/content.server';
import { notesName, openItemNotes } from '../../app/features/collaboration/notes.server';
import { setDecision } from '../../app/features/allocation/decisions.server';
import { loadPrincipal, type Principal } from '../../app/features/groups/permissions.server';
import { changePublication } from '../../app/features/publication/publication.server';
import { registerDocuments } from '../../app/features/registration/register.server';
import { draftReport, publishReport } from '../../app/features/report/report.server';
import { convertToPdf } from '../../app/features/participation/letter.server';
import { demoData } from '../support/demo';
import { createSubmittedDocument } from '../support/documents';
import { startTestPortal, type TestPortal } from '../support/portal';

/**
 * A meeting report drafted from a real meeting (the demo FG-MV meeting with an agenda, registered documents under
 * its items with their decisions, the chair's notes and a registered participant), published as the secretariat
 * publishes it, and its .docx converted to PDF by LibreOffice and read back with pdftotext -layout: each item's
 * documents (numbers and titles) and their outcomes are on the rendered pages.
 */

const SLUG = 'fg-mv-demo';

let portal: TestPortal;
let seeded: Seeded;
let sec: Principal;
const db = () => portal.services.db;

type Item = typeof agendaItems.$inferSelect;
type Decided = { doc: typeof documents.$inferSelect; item: Item; outcome: string };

/** A registered, published document of the meeting under `item`, with `decision` recorded on it. */
async function decided(title: string, item: Item, decision: string, extra: Record<string, string> = {}) {
  const meetingId = seeded.meetingIds[SLUG];
  const submitted = await createSubmittedDocument(db(), null, {
    meetingId,
    submittedBy: seeded.userIds.member1,
    title,
    source: 'ETRI',
  });
  const [row] = await registerDocuments({ db: db() }, sec, { meetingId, items: [{ id: submitted.id }] });
  await db().update(documents).set({ agendaItemId: item.id, purpose: 'approval' }).where(eq(documents.id, row.id));
  const [fresh] = await db().select().from(documents).where(eq(documents.id, row.id));
  await setDecision(db(), sec, { documentId: row.id, decision, version: fresh.version, ...extra });
  await changePublication(db(), sec, SLUG, { action: 'publish', ids: [row.id] });
  return fresh;
}

/** The .docx converted by LibreOffice (as the portal converts its letters), read back as the rendered pages' lines. */
async function renderedLines(docx: Buffer) {
  const text = execFileSync('pdftotext', ['-layout', '-', '-'], { input: await convertToPdf(docx), encoding: 'utf8' });
  return text.split('\n').map((l) => l.replace(/\s+/g, ' ').trim());
}

const seededDocuments: Decided[] = [];
let numberLabel = '';
let lines: string[] = [];
const lineWith = (s: string) => lines.find((l) => l.includes(s)) ?? '';
/** The lines under an agenda item's heading in the report's section on the items, up to the next heading. */
function linesOfItem(item: Item) {
  const section = lines.slice(
    lines.indexOf('3 Documents per agenda item'),
    lines.indexOf('Annex A: Documents of the meeting'),
  );
  const start = section.indexOf(`${item.label} ${item.title}`);
  expect(start, item.title).toBeGreaterThan(0);
  const rest = section.slice(start + 1);
  const end = rest.findIndex((l) => /^\d+(\.\d+)* \S/.test(l));
  return end < 0 ? rest : rest.slice(0, end);
}

beforeAll(async () => {
  portal = await startTestPortal({ demo: true, env: { COLLAB_RECHECK_MS: '60000' } });
  seeded = await demoData(db());
  sec = await loadPrincipal(db(), { id: seeded.userIds.secretariat, isAdmin: false });
  const meetingId = seeded.meetingIds[SLUG];

  await createAgenda(db(), sec, SLUG, { template: 'focus-group' });
  const items = await db().select().from(agendaItems).where(eq(agendaItems.meetingId, meetingId));
  const opening = items.find((i) => /^Opening/.test(i.title))!;
  const inputs = items.find((i) => /WG2/.test(i.title)) ?? items[items.length - 3];

  const target = await decided('Combined use cases', opening, 'noted');
  seededDocuments.push({ doc: target, item: opening, outcome: 'Noted' });
  const agreed = await decided('Taxonomy of metaverse applications', inputs, 'agreed');
  seededDocuments.push({ doc: agreed, item: inputs, outcome: 'Agreed' });
  const merged = await decided('Metaverse use cases in tourism', inputs, 'merged', { target: target.numberLabel! });
  seededDocuments.push({ doc: merged, item: inputs, outcome: `Merged into ${target.numberLabel}` });

  await openItemNotes(db(), sec, meetingId, inputs.id);
  await portal.services.collab!.withDocument(notesName(inputs.id), (doc) =>
    replaceContent(doc, {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'WG2 agreed the taxonomy.' }] }],
    }),
  );
  await db().insert(meetingParticipants).values({
    meetingId,
    userId: seeded.userIds.member1,
    mode: 'in_person',
    organisation: 'ETRI',
    delegation: 'sector_member',
    role: 'delegate',
    status: 'registered',
  });

  await draftReport(portal.services, sec, SLUG);
  const reg = await publishReport(portal.services, sec, SLUG);
  numberLabel = reg.numberLabel;
  lines = await renderedLines(reg.bytes);
}, 240_000);

afterAll(async () => {
  await portal?.stop();
});

describe('a meeting report drafted from the meeting, as LibreOffice lays it out', () => {
  it('carries its number and the REPORT cover', () => {
    expect(lineWith(numberLabel)).not.toBe('');
    expect(lines).toContain('REPORT');
  });

  it('lists the documents under their items, numbers and titles, with their outcomes', () => {
    for (const { doc, item, outcome } of seededDocuments) {
      // A title may wrap in its cell: its first two words are on the line with the number.
      const firstWords = doc.title.split(' ').slice(0, 2).join(' ');
      const row = linesOfItem(item).find((l) => l.includes(doc.numberLabel!) && l.includes(firstWords)) ?? '';
      expect(row, `${doc.numberLabel} ${doc.title} under ${item.label}`).not.toBe('');
      expect(row).toContain(outcome);
    }
    expect(linesOfItem(seededDocuments[1].item)).toContain('WG2 agreed the taxonomy.');
  });

  it('lists the registered participants in annex B', () => {
    expect(lines).toContain('Annex B: List of participants');
    expect(lineWith('Kim Min-jun')).toContain('ETRI');
  });
});
