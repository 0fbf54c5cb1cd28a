import { eq } from 'drizzle-orm';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentFiles, documents, users } from '../../db/schema';
import { loadPrincipal } from '../../app/features/groups/permissions.server';
import { registerDocuments } from '../../app/features/registration/register.server';
import { changePublication } from '../../app/features/publication/publication.server';
import { buildTemplate } from '../../app/features/submissions/templates.server';
import { bufferSource, openZip, readCover } from '../../app/features/submissions/docx.server';
import { DEMO_PASSWORD } from '../support/demo';
import { Client } from '../support/http';
import { waitForJobs } from '../support/jobs';
import { startTestPortal, type TestPortal } from '../support/portal';

/** Chinese, Russian, Arabic between right-to-left marks, an emoji with a skin tone, decomposed accents. */
const TITLE = '元宇宙 标准化 · Дорожная карта · \u200Fالوثائق الخاصة\u200E · 👩🏽‍💻 · Re\u0301sume\u0301 cafe\u0301';
const SOURCE = 'Société Générale, 中国移动, Ростелеком';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

let portal: TestPortal;
beforeAll(async () => {
  portal = await startTestPortal({ demo: true });
});
afterAll(() => portal?.stop());

describe('text in any script, byte for byte', () => {
  it('goes from a cover page through the form, storage, the list, the CSV export and the stamped .docx unchanged', async () => {
    const member = new Client(portal.url);
    await member.signIn('member.etri@example.org', DEMO_PASSWORD);
    const cover = await buildTemplate({
      groupCode: 'FG-MV',
      groupName: 'Focus Group on metaverse',
      place: 'Geneva',
      dates: 'May',
      type: 'input',
      questions: 'WG2',
      source: SOURCE,
      title: TITLE,
      purpose: 'Proposal',
      contacts: [{ name: 'Kim Min-jun', organisation: 'ETRI', country: 'Korea', email: 'member.etri@example.org' }],
      keywords: 'metaverse',
      abstract: 'Абстракт 摘要 ملخص',
    });
    const form = (fields: Record<string, string>, file?: Buffer) => {
      const f = new FormData();
      for (const [k, v] of Object.entries(fields)) f.append(k, v);
      if (file) f.append('main', new Blob([file], { type: DOCX }), 'cover.docx');
      return f;
    };
    // The form filled from the cover, as the member reviews it.
    const read = parse(
      await (await member.post('/meetings/fg-mv-demo/submit', form({ intent: 'read' }, cover))).text(),
    );
    const value = (name: string) =>
      read.querySelector(`[name=${name}]`)?.getAttribute('value') ?? read.querySelector(`textarea[name=${name}]`)?.text;
    expect(value('title')).toBe(TITLE);
    expect(value('source')).toBe(SOURCE);
    const sent = await member.post(
      '/meetings/fg-mv-demo/submit',
      form({
        intent: 'submit',
        type: 'input',
        title: value('title')!,
        source: value('source')!,
        purpose: 'proposal',
        keywords: 'metaverse',
        abstract: 'Абстракт 摘要 ملخص',
        contactName: 'Kim Min-jun',
        contactOrganisation: 'ETRI',
        contactCountry: 'Korea',
        contactEmail: 'member.etri@example.org',
        contactPhone: '',
        pendingMain: read.querySelector('[name=pendingMain]')!.getAttribute('value')!,
      }),
    );
    expect(sent.status).toBe(302);
    const id = /documents\/([0-9a-f-]+)\/receipt/.exec(sent.headers.get('location')!)![1];

    // Registered and published by the secretariat; the stamped copy is made in the background.
    const db = portal.services.db;
    const [u] = await db
      .select({ id: users.id, isAdmin: users.isAdmin })
      .from(users)
      .where(eq(users.email, 'tsb.fgmv@example.org'));
    const secretariat = await loadPrincipal(db, u);
    const [{ meetingId }] = await db
      .select({ meetingId: documents.meetingId })
      .from(documents)
      .where(eq(documents.id, id));
    await registerDocuments(portal.services, secretariat, { meetingId, items: [{ id }] });
    await changePublication(db, secretariat, 'fg-mv-demo', { action: 'publish', ids: [id] });
    await waitForJobs(db);

    // The list page as shown, found by searching the Chinese part.
    const anon = new Client(portal.url);
    const list = parse(
      await (await anon.get(`/meetings/fg-mv-demo/documents?q=${encodeURIComponent('标准化')}`)).text(),
    );
    const cells = list.querySelectorAll('table.documents tbody tr td');
    expect(cells[1].text).toBe(TITLE);
    expect(cells[2].text).toBe(SOURCE);

    const csv = await (await anon.get('/meetings/fg-mv-demo/documents.csv')).text();
    expect(csv).toContain(`"${SOURCE}"`);
    expect(csv).toContain(TITLE);

    const [stamped] = await db
      .select()
      .from(documentFiles)
      .where(eq(documentFiles.documentId, id))
      .then((fs) => fs.filter((f) => f.role === 'stamped'));
    expect(stamped).toBeDefined();
    const bytes = Buffer.from(await (await anon.get(`/files/${stamped.id}`)).arrayBuffer());
    const back = await readCover(await openZip(bufferSource(bytes)));
    expect(back.title).toBe(TITLE);
    expect(back.source).toBe(SOURCE);
  });
});
