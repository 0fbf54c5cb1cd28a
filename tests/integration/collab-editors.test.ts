/**
 * Agenda templates per kind of group, and who edits an agenda or a statement: chairs and secretariat of the group,
 * the chairs of the groups below the meeting's group (for its agenda), and people the secretariat invites by name.
 * An invited editor's open connection gets write access at the next re-check; a withdrawn invitation makes it
 * read-only again.
 */
import { and, asc, eq } from 'drizzle-orm';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agendaItems, auditEvents, meetings } from '../../db/schema';
import { DEMO_PASSWORD } from '../support/demo';
import { Client } from '../support/http';
import { startTestPortal, type TestPortal } from '../support/portal';
import { connect, synced, waitFor, type TestProvider } from './collab-support';

let portal: TestPortal;
const open: TestProvider[] = [];
const signedIn = async (email: string) => {
  const c = new Client(portal.url);
  await c.signIn(email, DEMO_PASSWORD);
  return c;
};
const db = () => portal.services.db;

beforeAll(async () => {
  portal = await startTestPortal({ demo: true, env: { COLLAB_RECHECK_MS: '60000' } });
});
afterAll(async () => {
  for (const p of open) p.destroy();
  await portal?.stop();
});

const preselected = async (c: Client, slug: string) =>
  parse(await (await c.get(`/meetings/${slug}/agenda`)).text())
    .querySelector('#agenda-template option[selected]')
    ?.getAttribute('value');

async function wsScope(c: Client, name: string) {
  const p = connect(portal.url, name, c.cookieHeader());
  open.push(p);
  await waitFor(() => p.events.authFailed || p.events.scope, 'the connection to be authorised');
  await synced(p);
  return p;
}

describe('agenda templates', () => {
  it("offers the template of the group's kind first: focus group, study group, JCA, JCA-MV", async () => {
    const admin = await signedIn('admin@example.org');
    expect(await preselected(admin, 'fg-mv-demo')).toBe('focus-group');
    expect(await preselected(admin, 'sg20-2020-07')).toBe('study-group');
    expect(await preselected(admin, 'jca-iot-scc-2020-06')).toBe('jca');
    expect(await preselected(admin, 'jca-mv-demo')).toBe('jca-mv');
  });

  it("a study-group agenda names the group's working parties under their item", async () => {
    const admin = await signedIn('admin@example.org');
    const res = await admin.post('/meetings/sg20-2020-07/agenda', { intent: 'create', template: 'study-group' });
    expect(res.status).toBe(200);
    const [meeting] = await db().select().from(meetings).where(eq(meetings.slug, 'sg20-2020-07'));
    const items = await db()
      .select()
      .from(agendaItems)
      .where(eq(agendaItems.meetingId, meeting.id))
      .orderBy(asc(agendaItems.position));
    const titles = items.map((i) => i.title);
    expect(titles).toContain('Report of TSB');
    expect(titles).toContain('Texts for consent, determination, agreement or approval');
    const reports = items.find((i) => i.title === 'Reports of the working parties and Questions')!;
    const below = items.filter((i) => i.label.startsWith(`${reports.label}.`)).map((i) => i.title);
    expect(below.map((t) => t.split(' ')[0])).toEqual(['WP1/20', 'WP2/20']);
  });
});

describe('who edits an agenda', () => {
  it('WG chairs of the meeting group edit its agenda; an invited member edits until the invitation is withdrawn', async () => {
    const sec = await signedIn('tsb.fgmv@example.org');
    expect((await sec.post('/meetings/fg-mv-demo/agenda', { intent: 'create', template: 'focus-group' })).status).toBe(
      200,
    );
    const [meeting] = await db().select().from(meetings).where(eq(meetings.slug, 'fg-mv-demo'));
    const name = `agenda:${meeting.id}`;
    const wgItems = await db().select().from(agendaItems).where(eq(agendaItems.meetingId, meeting.id));
    expect(wgItems.map((i) => i.title)).toContain('WG2 Applications and services');

    const wgChair = await wsScope(await signedIn('chair.wg2@example.org'), name);
    expect(wgChair.events.scope).toBe('read-write');

    const member = await signedIn('member.etri@example.org');
    const delegate = await wsScope(member, name);
    expect(delegate.events.scope).toBe('readonly');

    // A member cannot invite; the secretariat can, and a wrong address is refused beside the field.
    expect(
      (await member.post('/meetings/fg-mv-demo/agenda', { intent: 'invite-editor', email: 'member.etri@example.org' }))
        .status,
    ).toBe(403);
    const wrong = await sec.post('/meetings/fg-mv-demo/agenda', {
      intent: 'invite-editor',
      email: 'nobody@nowhere.example',
    });
    expect(wrong.status).toBe(400);
    expect(parse(await wrong.text()).querySelector('.editors-panel .field-error')?.text).toBe(
      'No account has this e-mail address; they need to sign up first.',
    );
    const invited = await sec.post('/meetings/fg-mv-demo/agenda', {
      intent: 'invite-editor',
      email: 'Member.ETRI@example.org',
    });
    expect(invited.status).toBe(200);
    const page = parse(await invited.text());
    expect(page.querySelector('.editors-panel li')?.text).toContain('Kim Min-jun');
    const [event] = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'collab.editor_invited'), eq(auditEvents.subjectId, name)));
    expect(event.actorId).not.toBeNull();

    // The open connection is given write access at the next re-check.
    await portal.services.collab!.recheck();
    await waitFor(() => delegate.events.stateless.some((s) => s.includes('"edit"')), 'write access');
    const userId = page.querySelector('.editors-panel input[name="userId"]')!.getAttribute('value')!;
    expect((await sec.post('/meetings/fg-mv-demo/agenda', { intent: 'withdraw-editor', userId })).status).toBe(200);
    await portal.services.collab!.recheck();
    await waitFor(() => delegate.events.stateless.some((s) => s.includes('"read"')), 'read-only again');
    expect(
      await db()
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.action, 'collab.editor_withdrawn'), eq(auditEvents.subjectId, name))),
    ).toHaveLength(1);
  });
});

describe('who edits a liaison statement', () => {
  it('the delegate invited to draft a statement edits its text and fields while it is a draft', async () => {
    const chair = await signedIn('cochair.jcamv@example.org');
    const created = await chair.post('/meetings/jca-mv-demo/liaisons', {
      intent: 'create',
      title: 'LS on avatars',
      addressees: 'ITU-T SG21 | | information',
      contacts: '',
    });
    const id = created.headers.get('location')!.split('/').pop()!;
    const member = await signedIn('member.etri@example.org');
    expect((await wsScope(member, `liaison:${id}`)).events.scope).toBe('readonly');
    const sec = await signedIn('tsb.fgmv@example.org');
    expect(
      (await sec.post(`/liaisons/${id}`, { intent: 'invite-editor', email: 'member.etri@example.org' })).status,
    ).toBe(200);
    expect((await wsScope(member, `liaison:${id}`)).events.scope).toBe('read-write');
    const page = parse(await (await member.get(`/liaisons/${id}`)).text());
    expect(page.querySelector('input[name="intent"][value="save"]')).not.toBeNull();
    // Only chairs agree it.
    expect(page.querySelector('.actions button')).toBeNull();
  });
});
