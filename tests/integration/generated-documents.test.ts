/** What the generated .docx files say, through the real flows: the sent liaison statement and the published agenda. */
import { and, eq } from 'drizzle-orm';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  agendaItems,
  auditEvents,
  documentFiles,
  documents,
  groups,
  liaisonStatements,
  meetings,
  numberingSchemes,
} from '../../db/schema';
import { coverBlocks, type Block } from '../../app/features/submissions/cover-table';
import { dateInZone } from '../../app/platform/time';
import { DEMO_PASSWORD } from '../support/demo';
import { Client } from '../support/http';
import { insertDocuments } from '../support/list-fixtures';
import { startTestPortal, type TestPortal } from '../support/portal';
import { waitForJobs } from '../support/jobs';

let portal: TestPortal;
let chair: Client, sec: Client;
let meeting: typeof meetings.$inferSelect;

beforeAll(async () => {
  portal = await startTestPortal({ demo: true });
  const db = portal.services.db;
  const [jca] = await db.select().from(groups).where(eq(groups.slug, 'jca-mv'));
  [meeting] = await db.select().from(meetings).where(eq(meetings.slug, 'jca-mv-demo'));
  await db
    .insert(numberingSchemes)
    .values({ groupId: jca.id, documentType: 'agenda', name: 'Agendas', format: 'JCA-MV-A-{n:2}', scope: 'group' });
  chair = new Client(portal.url);
  await chair.signIn('cochair.jcamv@example.org', DEMO_PASSWORD);
  sec = new Client(portal.url);
  await sec.signIn('tsb.fgmv@example.org', DEMO_PASSWORD);
});
afterAll(() => portal?.stop());

/** The blocks (paragraphs, table rows) of a document's current file of a role, as downloaded. */
async function fileBlocks(documentId: string, role: 'main' | 'stamped'): Promise<Block[]> {
  const [file] = await portal.services.db
    .select()
    .from(documentFiles)
    .where(
      and(eq(documentFiles.documentId, documentId), eq(documentFiles.role, role), eq(documentFiles.superseded, false)),
    );
  const res = await sec.get(`/files/${file.id}`);
  expect(res.status).toBe(200);
  const xml = strFromU8(unzipSync(new Uint8Array(await res.arrayBuffer()))['word/document.xml']);
  return coverBlocks(xml).blocks;
}
const rowText = (blocks: Block[], label: string) => {
  const row = blocks.find((b) => b.kind === 'row' && b.cells[0]?.text === label);
  return row?.kind === 'row' ? row.cells.slice(1).map((c) => c.text) : null;
};

describe('the sent liaison statement', () => {
  it('names its addressees by purpose, and the approval day the events record, which is the day its stamp says', async () => {
    const created = await chair.post('/meetings/jca-mv-demo/liaisons', {
      intent: 'create',
      title: 'LS on metaverse terms',
      addressees: 'ITU-T SG21 | tsbsg21@itu.int | action\nISO/IEC JTC 1 | | information',
      replyDeadline: '2031-02-01',
      contacts: 'Omar Al-Farsi | CST | Saudi Arabia | cochair.jcamv@example.org',
    });
    const id = created.headers.get('location')!.split('/').pop()!;
    const step = async (c: Client, to: string) => {
      const [ls] = await portal.services.db.select().from(liaisonStatements).where(eq(liaisonStatements.id, id));
      expect((await c.post(`/liaisons/${id}`, { intent: 'transition', to, version: String(ls.version) })).status).toBe(
        200,
      );
    };
    await step(chair, 'agreed');
    await step(sec, 'approved');
    await step(sec, 'sent');
    await waitForJobs(portal.services.db);

    const [ls] = await portal.services.db.select().from(liaisonStatements).where(eq(liaisonStatements.id, id));
    const [approved] = await portal.services.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.subjectId, id), eq(auditEvents.action, 'liaison.approved')));
    const approvalDay = dateInZone(approved.at, meeting.timeZone);

    const main = await fileBlocks(ls.documentId!, 'main');
    expect(rowText(main, 'For action to:')).toEqual(['ITU-T SG21']);
    expect(rowText(main, 'For information to:')).toEqual(['ISO/IEC JTC 1']);
    expect(rowText(main, 'Deadline:')).toEqual(['2031-02-01']);
    expect(rowText(main, 'Approval:')![0]).toMatch(new RegExp(`; approved on ${approvalDay}$`));
    expect(main.some((b) => b.kind === 'row' && b.cells.some((c) => c.text === 'LIAISON STATEMENT'))).toBe(true);

    // The stamped copy carries the number and the registration day where the header had them.
    const [doc] = await portal.services.db.select().from(documents).where(eq(documents.id, ls.documentId!));
    const header = (await fileBlocks(ls.documentId!, 'stamped')).find((b) => b.kind === 'row');
    expect(header?.kind === 'row' && header.cells[2].text).toBe(
      `${doc.numberLabel}\n${dateInZone(doc.registeredAt!, meeting.timeZone)}\nOriginal: English`,
    );
    expect(dateInZone(doc.registeredAt!, meeting.timeZone)).toBe(approvalDay);
  });
});

describe('the published agenda', () => {
  it('lists under each item the documents allocated to it that its readers may see', async () => {
    expect((await chair.post('/meetings/jca-mv-demo/agenda', { intent: 'create', template: 'jca-mv' })).status).toBe(
      200,
    );
    const db = portal.services.db;
    const [inputs] = await db
      .select()
      .from(agendaItems)
      .where(and(eq(agendaItems.meetingId, meeting.id), eq(agendaItems.title, 'Input documents')));
    await insertDocuments(
      db,
      null,
      meeting,
      [
        { number: 901, title: 'Roadmap of metaverse standards', agendaItemId: inputs.id, published: true },
        { number: 902, title: 'Overview of SDO activities', agendaItemId: inputs.id, published: true },
        { number: 903, title: 'Not yet published draft', agendaItemId: inputs.id, published: false },
        { number: 904, title: 'Withdrawn idea', agendaItemId: inputs.id, published: true, state: 'withdrawn' },
      ],
      'JCA-MV-D-',
    );
    expect((await sec.post('/meetings/jca-mv-demo/agenda', { intent: 'publish' })).status).toBe(200);
    const [agenda] = await db.select().from(documents).where(eq(documents.numberLabel, 'JCA-MV-A-01'));
    const paragraphs = (await fileBlocks(agenda.id, 'main')).flatMap((b) => (b.kind === 'p' ? [b.text] : []));
    const at = paragraphs.indexOf('8\tInput documents');
    expect(at).toBeGreaterThan(0);
    expect(paragraphs.slice(at + 1, at + 4)).toEqual([
      'JCA-MV-D-901\tRoadmap of metaverse standards',
      'JCA-MV-D-902\tOverview of SDO activities',
      '9\tItems needing coordination',
    ]);
    expect(paragraphs.join('\n')).not.toMatch(/Not yet published|Withdrawn idea/);
  });
});
