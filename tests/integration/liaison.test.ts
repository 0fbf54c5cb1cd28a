/** Liaison statements and draft agendas through HTTP: refusals with reasons, the state machine, the JCA-MV template, publication. */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agendaItems, documents, groups, liaisonStatements, numberingSchemes } from '../../db/schema';
import { seedDemo } from '../../db/seed/index';
import { nearDeadlines } from '../../app/lib/liaisons.server';
import { diffText } from '../../app/lib/collaboration.server';
import { Client } from '../support/http';
import { startTestPortal, type TestPortal } from '../support/portal';

const PASSWORD = 'correct horse battery';
let portal: TestPortal;
let chair: Client, sec: Client, member: Client;

beforeAll(async () => {
  portal = await startTestPortal({ setup: async (s) => void (await seedDemo(s.db, { passwords: { cochairJca: PASSWORD, secretariat: PASSWORD, member1: PASSWORD } })) });
  const [jca] = await portal.services.db.select().from(groups).where(eq(groups.slug, 'jca-mv'));
  await portal.services.db.insert(numberingSchemes).values([
    { groupId: jca.id, documentType: 'ls_out', name: 'LS out', format: 'JCA-MV-LS-{n:3}', scope: 'group' },
    { groupId: jca.id, documentType: 'agenda', name: 'Agendas', format: 'JCA-MV-A-{n:2}', scope: 'group' },
    { groupId: jca.id, documentType: 'ls_in', name: 'LS in', format: 'JCA-MV-LSI-{n:3}', scope: 'group' },
  ]);
  chair = new Client(portal.url); await chair.signIn('cochair.jcamv@example.org', PASSWORD);
  sec = new Client(portal.url); await sec.signIn('tsb.fgmv@example.org', PASSWORD);
  member = new Client(portal.url); await member.signIn('member.etri@example.org', PASSWORD);
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
    expect(await res.text()).toContain('A reply deadline is required when action is asked');
    expect((await portal.services.db.select().from(liaisonStatements)).length).toBe(0);
  });

  it('refuses to agree a statement with no addressee, with the reason', async () => {
    const res = await create(chair, { title: 'No addressee yet', addressees: '' });
    expect(res.status).toBe(302);
    const id = res.headers.get('location')!.split('/').pop()!;
    const agree = await step(chair, id, 'agreed');
    expect(agree.status).toBe(400);
    expect(await agree.text()).toContain('The statement has no addressee');
    const [ls] = await portal.services.db.select().from(liaisonStatements).where(eq(liaisonStatements.id, id));
    expect(ls.state).toBe('draft');
  });

  it('goes draft → agreed (chair) → approved → sent (secretariat), numbered, contacts notified; members may not move it', async () => {
    const res = await create(chair, { title: 'LS on terms', addressees: 'ITU-T SG21 | tsbsg21@itu.int | action', replyDeadline: '2031-02-01', contacts: 'Omar Al-Farsi | CST | Saudi Arabia | cochair.jcamv@example.org' });
    const id = res.headers.get('location')!.split('/').pop()!;
    expect((await step(member, id, 'agreed')).status).toBe(403);
    expect((await step(sec, id, 'approved')).status).toBe(409); // not agreed yet
    expect((await step(chair, id, 'agreed')).status).toBe(200);
    expect((await step(chair, id, 'approved')).status).toBe(403);
    expect((await step(sec, id, 'approved')).status).toBe(200);
    const sent = await step(sec, id, 'sent');
    expect(sent.status).toBe(200);
    expect(await sent.text()).toContain('JCA-MV-LS-001');
    const [ls] = await portal.services.db.select().from(liaisonStatements).where(eq(liaisonStatements.id, id));
    const [doc] = await portal.services.db.select().from(documents).where(eq(documents.id, ls.documentId!));
    expect(doc).toMatchObject({ type: 'ls_out', numberLabel: 'JCA-MV-LS-001', state: 'registered' });
    const mail = await portal.services.mail.listStored();
    expect(mail.some((m) => m.subject.includes('JCA-MV-LS-001') && [m.to].flat().includes('cochair.jcamv@example.org'))).toBe(true);
  });

  it('registers an incoming statement (numbered), answers it, and flags its near deadline', async () => {
    const soon = new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10);
    const res = await sec.post('/meetings/jca-mv-demo/liaisons', { intent: 'incoming', title: 'Metaverse terms', source: 'ITU-T SG21', replyDeadline: soon, body: 'Please comment.' });
    expect(res.status).toBe(302);
    const id = res.headers.get('location')!.split('/').pop()!;
    const [jca] = await portal.services.db.select().from(groups).where(eq(groups.slug, 'jca-mv'));
    expect((await nearDeadlines(portal.services.db, [jca.id])).map((r) => r.id)).toContain(id);
    const reply = await create(chair, { title: 'Reply to SG21', addressees: 'ITU-T SG21 | | information', inReplyToId: id });
    expect(reply.status).toBe(302);
    const page = await (await chair.get(`/liaisons/${id}`)).text();
    expect(page).toContain('Reply to SG21');
  });
});

describe('draft agendas', () => {
  it('starts from the JCA-MV template with nested items, syncs agenda_items, and publishes a numbered .docx', async () => {
    expect((await member.post('/meetings/jca-mv-demo/agenda', { intent: 'create', template: 'jca-mv' })).status).toBe(403);
    expect((await chair.post('/meetings/jca-mv-demo/agenda', { intent: 'create', template: 'jca-mv' })).status).toBe(200);
    const items = await portal.services.db.select().from(agendaItems);
    expect(items.find((i) => i.label === '3.2')?.title).toBe('Remote participation');
    expect(items.find((i) => i.label === '15')?.title).toBe('Closing of the meeting');
    const page = await (await member.get('/meetings/jca-mv-demo/agenda')).text();
    expect(page).toContain('Terms of reference');
    expect((await chair.post('/meetings/jca-mv-demo/agenda', { intent: 'publish' })).status).toBe(403);
    const pub = await sec.post('/meetings/jca-mv-demo/agenda', { intent: 'publish' });
    expect(await pub.text()).toContain('JCA-MV-A-01');
  });

  it('diffs two texts line by line', () => {
    expect(diffText('a\nb\nc', 'a\nc\nd')).toEqual([{ op: 'same', text: 'a' }, { op: 'removed', text: 'b' }, { op: 'same', text: 'c' }, { op: 'added', text: 'd' }]);
  });
});

describe('group page', () => {
  it('flags statements whose reply deadline is near', async () => {
    const page = await (await member.get('/groups/jca-mv')).text();
    expect(page).toContain('Reply due soon');
    expect(page).toContain('Metaverse terms');
  });
});
