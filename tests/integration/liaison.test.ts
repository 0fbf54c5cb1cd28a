/** Liaison statements and draft agendas through HTTP: refusals with reasons, the state machine, the JCA-MV template, publication. */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  agendaItems,
  collabSnapshots,
  documentFiles,
  documents,
  groups,
  liaisonStatements,
  meetings,
  numberingSchemes,
} from '../../db/schema';
import { DEMO_PASSWORD } from '../support/demo';
import { nearDeadlines } from '../../app/features/liaisons/liaison-deadlines.server';
import { diffText, getCollabDocument } from '../../app/features/collaboration/collaboration.server';
import { replaceContent } from '../../app/features/collaboration/content.server';
import { parse } from 'node-html-parser';
import { Client, rendered } from '../support/http';
import { startTestPortal, type TestPortal } from '../support/portal';
import { waitForJobs } from '../support/jobs';

const PASSWORD = DEMO_PASSWORD;
let portal: TestPortal;
let chair: Client, sec: Client, member: Client, admin: Client, outsider: Client;

beforeAll(async () => {
  portal = await startTestPortal({ demo: true });
  const [jca] = await portal.services.db.select().from(groups).where(eq(groups.slug, 'jca-mv'));
  // Outgoing statements use the demo data's JCA-MV document scheme (JCA-MV-D-{n:3}); agendas and incoming LS get their own.
  await portal.services.db.insert(numberingSchemes).values([
    { groupId: jca.id, documentType: 'agenda', name: 'Agendas', format: 'JCA-MV-A-{n:2}', scope: 'group' },
    { groupId: jca.id, documentType: 'ls_in', name: 'LS in', format: 'JCA-MV-LSI-{n:3}', scope: 'group' },
  ]);
  chair = new Client(portal.url);
  await chair.signIn('cochair.jcamv@example.org', PASSWORD);
  sec = new Client(portal.url);
  await sec.signIn('tsb.fgmv@example.org', PASSWORD);
  member = new Client(portal.url);
  await member.signIn('member.etri@example.org', PASSWORD);
  admin = new Client(portal.url);
  await admin.signIn('admin@example.org', PASSWORD);
  outsider = new Client(portal.url);
  await outsider.signIn('member.nokia@example.org', PASSWORD);
});
afterAll(() => portal?.stop());

const create = async (c: Client, form: Record<string, string>) => {
  const res = await c.post('/meetings/jca-mv-demo/liaisons', { intent: 'create', contacts: '', ...form });
  return res;
};
const step = async (c: Client, id: string, to: string) => {
  const [ls] = await portal.services.db.select().from(liaisonStatements).where(eq(liaisonStatements.id, id));
  return c.post(`/liaisons/${id}`, { intent: 'transition', to, version: String(ls.version) });
};

describe('liaison statements', () => {
  it('refuses action without a reply deadline, with the reason, and creates nothing', async () => {
    const res = await create(chair, { title: 'Needs a deadline', addressees: 'ITU-T SG21 | | action' });
    expect(res.status).toBe(400);
    expect(await rendered(res)).toContain('A reply deadline is required when action is asked');
    expect((await portal.services.db.select().from(liaisonStatements)).length).toBe(0);
  });

  it('refuses to agree a statement with no addressee, with the reason', async () => {
    const res = await create(chair, { title: 'No addressee yet', addressees: '' });
    expect(res.status).toBe(302);
    const id = res.headers.get('location')!.split('/').pop()!;
    const agree = await step(chair, id, 'agreed');
    expect(agree.status).toBe(400);
    expect(await rendered(agree)).toContain('The statement has no addressee');
    const [ls] = await portal.services.db.select().from(liaisonStatements).where(eq(liaisonStatements.id, id));
    expect(ls.state).toBe('draft');
  });

  it('goes draft → agreed (chair) → approved → sent (secretariat), numbered (JCA-MV scheme), stamped, contacts told; members may not move it', async () => {
    const res = await create(chair, {
      title: 'LS on terms',
      addressees: 'ITU-T SG21 | tsbsg21@itu.int | action',
      replyDeadline: '2031-02-01',
      contacts: 'Omar Al-Farsi | CST | Saudi Arabia | cochair.jcamv@example.org',
    });
    const id = res.headers.get('location')!.split('/').pop()!;
    expect((await step(member, id, 'agreed')).status).toBe(403);
    expect((await step(sec, id, 'approved')).status).toBe(409); // not agreed yet
    expect((await step(chair, id, 'agreed')).status).toBe(200);
    expect((await step(chair, id, 'approved')).status).toBe(403);
    // The secretariat's next step comes first; reopening for editing after it.
    const buttons = parse(await (await sec.get(`/liaisons/${id}`)).text())
      .querySelectorAll('.actions button')
      .map((b) => b.text.trim());
    expect(buttons).toEqual(['Approve', 'Reopen for editing']);
    expect((await step(sec, id, 'approved')).status).toBe(200);
    const sent = await step(sec, id, 'sent');
    expect(sent.status).toBe(200);
    expect(await rendered(sent)).toContain('JCA-MV-D-001');
    const [ls] = await portal.services.db.select().from(liaisonStatements).where(eq(liaisonStatements.id, id));
    const [doc] = await portal.services.db.select().from(documents).where(eq(documents.id, ls.documentId!));
    expect(doc).toMatchObject({
      type: 'ls_out',
      numberLabel: 'JCA-MV-D-001',
      state: 'registered',
      title: 'LS on terms',
    });
    // Published at once, with the meeting's default access.
    const [meeting] = await portal.services.db.select().from(meetings).where(eq(meetings.id, doc.meetingId));
    expect(doc.publishedAt).not.toBeNull();
    expect(doc.access).toBe(meeting.documentAccess);
    // Stamped by its job once the sending committed: a 'stamped' file beside the generated main .docx; the contacts' mail sent.
    await waitForJobs(portal.services.db);
    const files = await portal.services.db.select().from(documentFiles).where(eq(documentFiles.documentId, doc.id));
    expect(files.map((f) => f.role).sort()).toEqual(['main', 'stamped']);
    const mail = await portal.services.mail.listStored();
    expect(
      mail.some((m) => m.subject.includes('JCA-MV-D-001') && [m.to].flat().includes('cochair.jcamv@example.org')),
    ).toBe(true);
  });

  it('refuses to send without a usable numbering scheme, with what to do, and registers nothing', async () => {
    const res = await admin.post('/meetings/mv-assembly-2/liaisons', {
      intent: 'create',
      title: 'LS without a scheme',
      addressees: 'ITU-T SG21 | | information',
      contacts: '',
    });
    expect(res.status).toBe(302);
    const id = res.headers.get('location')!.split('/').pop()!;
    expect((await step(admin, id, 'agreed')).status).toBe(200);
    expect((await step(admin, id, 'approved')).status).toBe(200);
    const before = (await portal.services.db.select().from(documents)).length;
    const sent = await step(admin, id, 'sent');
    expect(sent.status).toBe(409);
    expect(await rendered(sent)).toContain('no numbering scheme for outgoing liaison statements');
    const [ls] = await portal.services.db.select().from(liaisonStatements).where(eq(liaisonStatements.id, id));
    expect(ls).toMatchObject({ state: 'approved', documentId: null });
    expect((await portal.services.db.select().from(documents)).length).toBe(before);
  });

  it('registers an incoming statement (numbered), answers it, and flags its near deadline', async () => {
    const soon = new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10);
    const res = await sec.post('/meetings/jca-mv-demo/liaisons', {
      intent: 'incoming',
      title: 'Metaverse terms',
      source: 'ITU-T SG21',
      replyDeadline: soon,
      body: 'Please comment.',
    });
    expect(res.status).toBe(302);
    const id = res.headers.get('location')!.split('/').pop()!;
    const [jca] = await portal.services.db.select().from(groups).where(eq(groups.slug, 'jca-mv'));
    expect((await nearDeadlines(portal.services.db, [jca.id])).map((r) => r.id)).toContain(id);
    const reply = await create(chair, {
      title: 'Reply to SG21',
      addressees: 'ITU-T SG21 | | information',
      inReplyToId: id,
    });
    expect(reply.status).toBe(302);
    const page = await rendered(await chair.get(`/liaisons/${id}`));
    expect(page).toContain('Reply to SG21');
    const list = await rendered(await chair.get('/meetings/jca-mv-demo/liaisons'));
    expect(list).toContain('<h1>Liaison statements</h1>');
    expect(list).toMatch(
      /Incoming<\/h2><ul class="liaison-list"><li><span class="doc-number">JCA-MV-LSI-001<\/span> <a[^>]*href="\/liaisons\/[^"]+"[^>]*>Metaverse terms/,
    );
  });
});

describe('draft agendas', () => {
  it('starts from the JCA-MV template with nested items, syncs agenda_items, and publishes a numbered .docx', async () => {
    expect((await member.post('/meetings/jca-mv-demo/agenda', { intent: 'create', template: 'jca-mv' })).status).toBe(
      403,
    );
    expect((await chair.post('/meetings/jca-mv-demo/agenda', { intent: 'create', template: 'jca-mv' })).status).toBe(
      200,
    );
    const items = await portal.services.db.select().from(agendaItems);
    expect(items.find((i) => i.label === '3.2')?.title).toBe('Remote participation');
    expect(items.find((i) => i.label === '15')?.title).toBe('Closing of the meeting');
    const page = await rendered(await member.get('/meetings/jca-mv-demo/agenda'));
    expect(page).toContain('<h1>Draft agenda</h1>');
    expect(page).toContain('Terms of reference');
    expect((await chair.post('/meetings/jca-mv-demo/agenda', { intent: 'publish' })).status).toBe(403);
    const pub = await sec.post('/meetings/jca-mv-demo/agenda', { intent: 'publish' });
    expect(await rendered(pub)).toContain('JCA-MV-A-01');
    // The published agenda is allocated to "Approval of the agenda", so that item lists it (live from the document list).
    const [agendaDoc] = await portal.services.db
      .select()
      .from(documents)
      .where(eq(documents.numberLabel, 'JCA-MV-A-01'));
    expect(agendaDoc.agendaItemId).toBe(items.find((i) => i.label === '2')!.id);
    const after = await rendered(await member.get('/meetings/jca-mv-demo/agenda'));
    expect(after).toMatch(/Approval of the agenda[\s\S]*JCA-MV-A-01/);
  });

  it('diffs two texts line by line', () => {
    expect(diffText('a\nb\nc', 'a\nc\nd')).toEqual([
      { op: 'same', text: 'a' },
      { op: 'removed', text: 'b' },
      { op: 'same', text: 'c' },
      { op: 'added', text: 'd' },
    ]);
  });
});

describe('versions through HTTP: named snapshots, diff, restore', () => {
  const text = async (name: string) => (await getCollabDocument(portal.services.db, name))!.text;
  const setText = (name: string, lines: string[]) =>
    portal.services.collab!.withDocument(name, (doc) =>
      replaceContent(doc, {
        type: 'doc',
        content: lines.map((l) => ({ type: 'paragraph', content: [{ type: 'text', text: l }] })),
      }),
    );

  it('saves a named version, shows a readable diff, restores it; members read but may not save or restore', async () => {
    const res = await create(chair, { title: 'LS with versions', addressees: 'ITU-T SG21 | | information' });
    const id = res.headers.get('location')!.split('/').pop()!;
    const name = `liaison:${id}`;
    await setText(name, ['Opening paragraph', 'Text as agreed']);

    // a name is required; members and people outside the group are refused
    const unnamed = await chair.post(`/liaisons/${id}`, { intent: 'snapshot', label: '  ' });
    expect(unnamed.status).toBe(400);
    expect(await rendered(unnamed)).toContain('Give the version a name.');
    expect((await member.post(`/liaisons/${id}`, { intent: 'snapshot', label: 'by a member' })).status).toBe(403);
    expect((await outsider.post(`/liaisons/${id}`, { intent: 'snapshot', label: 'by an outsider' })).status).toBe(403);
    expect(await portal.services.db.select().from(collabSnapshots)).toHaveLength(0);

    const saved = await chair.post(`/liaisons/${id}`, { intent: 'snapshot', label: 'as agreed on 9 Oct' });
    expect(saved.status).toBe(200);
    expect(await rendered(saved)).toContain('Version &quot;as agreed on 9 Oct&quot; saved.');
    const [snap] = await portal.services.db
      .select()
      .from(collabSnapshots)
      .where(eq(collabSnapshots.documentName, name));
    expect(snap.text).toBe('Opening paragraph\nText as agreed');

    await setText(name, ['Opening paragraph', 'Text changed afterwards', 'A new closing line']);
    // members may compare (they read); the diff is line by line with what was removed and added
    const diffPage = await rendered(await member.get(`/liaisons/${id}?from=${snap.id}&to=current`));
    expect(diffPage).toContain('Changes from &quot;as agreed on 9 Oct&quot; to &quot;Current text&quot;');
    expect(diffPage).toMatch(/<del[^>]*>- Text as agreed/);
    expect(diffPage).toMatch(/<ins[^>]*>\+ Text changed afterwards/);
    expect(diffPage).toMatch(/<ins[^>]*>\+ A new closing line/);
    expect(diffPage).not.toMatch(/<(ins|del)[^>]*>[-+] Opening paragraph/);
    expect((await member.get(`/liaisons/${id}?from=00000000-0000-0000-0000-000000000000&to=current`)).status).toBe(404);
    expect((await outsider.get(`/liaisons/${id}?from=${snap.id}&to=current`)).status).toBe(403);

    expect((await member.post(`/liaisons/${id}`, { intent: 'restore', snapshotId: snap.id })).status).toBe(403);
    expect(await text(name)).toContain('A new closing line');
    const restored = await chair.post(`/liaisons/${id}`, { intent: 'restore', snapshotId: snap.id });
    expect(restored.status).toBe(200);
    expect(await rendered(restored)).toContain('restored');
    expect(await text(name)).toBe('Opening paragraph\nText as agreed');
    expect(await rendered(await chair.get(`/liaisons/${id}?from=${snap.id}&to=current`))).toContain('No difference.');
    expect(
      (await chair.post(`/liaisons/${id}`, { intent: 'restore', snapshotId: '00000000-0000-0000-0000-000000000000' }))
        .status,
    ).toBe(404);

    // once agreed the text is frozen: versions can still be named, but not restored
    expect((await step(chair, id, 'agreed')).status).toBe(200);
    expect((await chair.post(`/liaisons/${id}`, { intent: 'restore', snapshotId: snap.id })).status).toBe(403);
    expect((await chair.post(`/liaisons/${id}`, { intent: 'snapshot', label: 'as agreed' })).status).toBe(200);
  });

  it('on the agenda: the chair saves and restores, a member is refused both', async () => {
    const [meeting] = await portal.services.db.select().from(meetings).where(eq(meetings.slug, 'jca-mv-demo'));
    const name = `agenda:${meeting.id}`;
    expect(
      (await member.post('/meetings/jca-mv-demo/agenda', { intent: 'snapshot', label: 'member try' })).status,
    ).toBe(403);
    expect(
      (await chair.post('/meetings/jca-mv-demo/agenda', { intent: 'snapshot', label: 'before the meeting' })).status,
    ).toBe(200);
    const [snap] = await portal.services.db
      .select()
      .from(collabSnapshots)
      .where(eq(collabSnapshots.documentName, name));
    await setText(name, ['Only one line now']);
    expect((await member.post('/meetings/jca-mv-demo/agenda', { intent: 'restore', snapshotId: snap.id })).status).toBe(
      403,
    );
    expect((await chair.post('/meetings/jca-mv-demo/agenda', { intent: 'restore', snapshotId: snap.id })).status).toBe(
      200,
    );
    expect(await text(name)).toContain('Closing of the meeting');
    const items = await portal.services.db.select().from(agendaItems);
    expect(items.find((i) => i.label === '15')?.title).toBe('Closing of the meeting');
  });
});

describe('group page', () => {
  it('flags statements whose reply deadline is near', async () => {
    const page = await rendered(await member.get('/groups/jca-mv'));
    expect(page).toContain('Reply due soon');
    expect(page).toContain('Metaverse terms');
  });
});
