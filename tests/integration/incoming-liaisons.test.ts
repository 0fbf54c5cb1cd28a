/**
 * Incoming liaison statements: registered by the secretariat, assigned by the chair, answered by an outgoing
 * statement whose sending marks them replied; refusals with reasons and nothing stored; loops of "answers" refused;
 * reminders against a clock (once per threshold, none after the reply, skipped without an address); overdue first.
 */
import { eq } from 'drizzle-orm';
import { simpleParser } from 'mailparser';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditEvents,
  groups,
  incomingLiaisonFiles,
  incomingLiaisons,
  liaisonAnswers,
  liaisonReminders,
  liaisonStatements,
  users,
} from '../../db/schema';
import { loadPrincipal } from '../../app/features/groups/permissions.server';
import { registerIncoming } from '../../app/features/liaisons/incoming.server';
import { sendDueLiaisonReminders } from '../../app/features/liaisons/reminders.server';
import { DEMO_PASSWORD } from '../support/demo';
import { Client, rendered, withoutScripts } from '../support/http';
import { waitForJobs } from '../support/jobs';
import { startTestPortal, type TestPortal } from '../support/portal';
import { startSmtpServer, type SmtpTestServer } from '../support/smtp';

let portal: TestPortal;
let smtp: SmtpTestServer;
let sec: Client, chair: Client, member: Client;

beforeAll(async () => {
  smtp = await startSmtpServer();
  portal = await startTestPortal({ demo: true, env: { SMTP_URL: smtp.url } });
  sec = new Client(portal.url);
  await sec.signIn('tsb.fgmv@example.org', DEMO_PASSWORD);
  chair = new Client(portal.url);
  await chair.signIn('cochair.jcamv@example.org', DEMO_PASSWORD);
  member = new Client(portal.url);
  await member.signIn('member.etri@example.org', DEMO_PASSWORD);
});
afterAll(async () => {
  await portal?.stop();
  await smtp?.close();
});

const db = () => portal.services.db;
const text = async (res: Response) => parse(withoutScripts(await res.text())).text;
const incoming = async (id: string) =>
  (await db().select().from(incomingLiaisons).where(eq(incomingLiaisons.id, id)))[0];
const principalOf = async (email: string) => {
  const [u] = await db().select().from(users).where(eq(users.email, email));
  return loadPrincipal(db(), u);
};

const REGISTER = {
  title: 'LS on metaverse terminology',
  reference: 'ISG-MR-LS-12',
  senderOrganisation: 'ETSI',
  senderGroup: 'ISG MR',
  receivedOn: '2030-12-01',
  replyDeadline: '2031-02-01',
  addressees: 'jca-mv | action',
  summary: 'Please comment on the attached terms.',
};
const register = (c: Client, form: Record<string, string>) => {
  const body = new FormData();
  for (const [k, v] of Object.entries(form)) body.append(k, v);
  body.append('files', new Blob(['Terms and definitions'], { type: 'text/plain' }), 'terms.txt');
  return c.post('/groups/jca-mv/liaisons/new', body);
};
const idFrom = (res: Response) => res.headers.get('location')!.split('/').pop()!;
const version = async (id: string) => String((await incoming(id)).version);
const jcaId = async () => (await db().select().from(groups).where(eq(groups.slug, 'jca-mv')))[0].id;

const createOutgoing = async (form: Record<string, string | string[]>) => {
  const body = new URLSearchParams();
  for (const [k, v] of Object.entries({ intent: 'create', contacts: '', ...form }))
    for (const x of [v].flat()) body.append(k, x);
  const res = await chair.request('/meetings/jca-mv-demo/liaisons', {
    method: 'POST',
    body,
    headers: { origin: portal.url },
  });
  return res;
};
const step = async (c: Client, id: string, to: string) => {
  const [ls] = await db().select().from(liaisonStatements).where(eq(liaisonStatements.id, id));
  return c.post(`/liaisons/${id}`, { intent: 'transition', to, version: String(ls.version) });
};

/** Agreed by the chair, approved and sent by the secretariat, each step accepted. */
const sendOutgoing = async (id: string) => {
  for (const [c, to] of [
    [chair, 'agreed'],
    [sec, 'approved'],
    [sec, 'sent'],
  ] as const)
    expect((await step(c, id, to)).status).toBe(200);
};

describe('incoming liaison statements', () => {
  it('refuses an unknown group, a deadline before the day received and a member, each with its reason, storing nothing', async () => {
    const unknown = await register(sec, { ...REGISTER, addressees: 'jca-mv | action\nno-such-group | comment' });
    expect(unknown.status).toBe(400);
    expect(await text(unknown)).toContain('There is no group “no-such-group”');
    const early = await register(sec, { ...REGISTER, replyDeadline: '2030-11-01' });
    expect(early.status).toBe(400);
    expect(await text(early)).toContain('The reply deadline cannot be before the day the statement was received');
    const bad = await register(sec, { ...REGISTER, replyDeadline: '2031-02-30' });
    expect(bad.status).toBe(400);
    expect(await text(bad)).toContain('Enter a date as YYYY-MM-DD');
    expect((await register(member, REGISTER)).status).toBe(403);
    expect(await db().select().from(incomingLiaisons)).toEqual([]);
    expect(await db().select().from(incomingLiaisonFiles)).toEqual([]);
  });

  it('is registered, assigned by the chair, drafted by an outgoing statement in reply, and replied when that is sent', async () => {
    const res = await register(sec, REGISTER);
    expect(res.status).toBe(302);
    const id = idFrom(res);
    const page = await text(await member.get(`/liaisons/incoming/${id}`));
    expect(page).toContain('LS on metaverse terminology');
    expect(page).toContain('terms.txt');
    expect((await incoming(id)).state).toBe('new');
    const [file] = await db().select().from(incomingLiaisonFiles).where(eq(incomingLiaisonFiles.incomingId, id));
    const download = await member.get(`/liaisons/incoming/${id}/files/${file.id}`);
    expect(await download.text()).toBe('Terms and definitions');
    const head = await member.request(`/liaisons/incoming/${id}/files/${file.id}`, { method: 'HEAD' });
    expect([head.status, head.headers.get('content-length')]).toEqual([200, '21']);

    // A member may not assign; the chair may, to a group it is addressed to, with a responsible person.
    const assign = { intent: 'assign', assignedGroupId: '', responsible: 'member.etri@example.org' };
    const groupId = await jcaId();
    expect(
      (
        await member.post(`/liaisons/incoming/${id}`, {
          ...assign,
          assignedGroupId: groupId,
          version: await version(id),
        })
      ).status,
    ).toBe(403);
    const assigned = await chair.post(`/liaisons/incoming/${id}`, {
      ...assign,
      assignedGroupId: groupId,
      version: await version(id),
    });
    expect(assigned.status).toBe(200);
    expect(await incoming(id)).toMatchObject({ state: 'assigned', assignedGroupId: groupId });

    // The outgoing statement's form offers it; creating the reply marks it drafted.
    const form = await text(await chair.get(`/meetings/jca-mv-demo/liaisons?answers=${id}`));
    expect(form).toContain('ETSI ISG MR: LS on metaverse terminology');
    const created = await createOutgoing({
      title: 'Reply to ETSI ISG MR on terminology',
      addressees: 'ETSI ISG MR | isgmr@example.org | information',
      answersIncoming: id,
    });
    expect(created.status).toBe(302);
    const outId = idFrom(created);
    expect((await incoming(id)).state).toBe('drafted');

    expect((await step(chair, outId, 'agreed')).status).toBe(200);
    expect((await step(sec, outId, 'approved')).status).toBe(200);
    expect((await incoming(id)).state).toBe('drafted');
    expect((await step(sec, outId, 'sent')).status).toBe(200);
    expect((await incoming(id)).state).toBe('replied');
    const events = await db().select().from(auditEvents).where(eq(auditEvents.subjectId, id));
    expect(events.map((e) => e.action)).toEqual([
      'incoming_liaison.register',
      'incoming_liaison.assign',
      'incoming_liaison.draft',
      'incoming_liaison.reply',
    ]);
    const replied = await text(await member.get(`/liaisons/incoming/${id}`));
    expect(replied).toContain('Replied');
    expect(replied).toContain('Reply to ETSI ISG MR on terminology');

    // The thread with ETSI shows both directions.
    const thread = await text(await member.get('/groups/jca-mv/liaisons/thread?with=ETSI'));
    expect(thread).toContain('Received from ETSI ISG MR');
    expect(thread).toContain('Sent by JCA-MV to ETSI');
    expect(thread).toContain('answers: LS on metaverse terminology');
  });

  it('refuses a link that would make a statement answer one of its own answers, changing nothing', async () => {
    const created = await createOutgoing({ title: 'Questions to ETSI', addressees: 'ETSI | | information' });
    const outId = idFrom(created);
    const sofia = await principalOf('tsb.fgmv@example.org');
    const answer = await registerIncoming(portal.services, sofia, {
      ...REGISTER,
      title: 'ETSI answers our questions',
      replyDeadline: '2031-05-01',
      answers: [outId],
    });
    const before = await db().select().from(liaisonAnswers);
    const [ls] = await db().select().from(liaisonStatements).where(eq(liaisonStatements.id, outId));
    const res = await chair.post(`/liaisons/${outId}`, {
      intent: 'save',
      version: String(ls.version),
      title: 'Questions to ETSI',
      addressees: 'ETSI | | information',
      contacts: '',
      answersIncoming: answer.id,
      answersIncomingShown: '1',
    });
    expect(res.status).toBe(400);
    expect(await text(res)).toContain('A statement cannot answer itself or one of its own answers');
    expect(await db().select().from(liaisonAnswers)).toEqual(before);
    expect((await db().select().from(liaisonStatements).where(eq(liaisonStatements.id, outId)))[0].version).toBe(
      ls.version,
    );
  });

  it('reminds at each threshold once, in the recipient’s language, skips someone without an address, and stops once replied', async () => {
    const sofia = await principalOf('tsb.fgmv@example.org');
    await db().update(users).set({ locale: 'fr' }).where(eq(users.email, 'cochair.jcamv@example.org'));
    const ls = await registerIncoming(portal.services, sofia, {
      ...REGISTER,
      title: 'LS needing a reply by April',
      replyDeadline: '2031-04-10',
    });
    const groupId = await jcaId();
    expect(
      (
        await chair.post(`/liaisons/incoming/${ls.id}`, {
          intent: 'assign',
          assignedGroupId: groupId,
          responsible: 'Dr. Without Mail',
          version: await version(ls.id),
        })
      ).status,
    ).toBe(200);
    const mine = async () =>
      (await db().select().from(liaisonReminders).where(eq(liaisonReminders.incomingId, ls.id))).map(
        (r) => `${r.thresholdDays} ${r.recipientName} ${r.status}${r.reason ? ` ${r.reason}` : ''}`,
      );
    const at = (day: string) => new Date(`${day}T06:05:00Z`);

    await sendDueLiaisonReminders(db(), at('2031-03-01')); // 40 days before: nothing yet
    expect(await mine()).toEqual([]);
    await sendDueLiaisonReminders(db(), at('2031-03-11')); // 30 days
    expect((await mine()).sort()).toEqual(['30 Dr. Without Mail skipped noAddress', '30 Omar Al-Farsi sent']);
    await sendDueLiaisonReminders(db(), at('2031-03-11'));
    await sendDueLiaisonReminders(db(), at('2031-03-12'));
    expect(await mine()).toHaveLength(2);
    await sendDueLiaisonReminders(db(), at('2031-03-27')); // 14 days
    expect((await mine()).filter((r) => r.startsWith('14 ')).sort()).toEqual([
      '14 Dr. Without Mail skipped noAddress',
      '14 Omar Al-Farsi sent',
    ]);
    await waitForJobs(db());
    const mails = await Promise.all(
      smtp.received.filter((m) => m.to.includes('cochair.jcamv@example.org')).map((m) => simpleParser(m.data)),
    );
    expect(mails.map((m) => m.subject)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('Réponse attendue dans 30 jours'),
        expect.stringContaining('Réponse attendue dans 14 jours'),
      ]),
    );
    // The secretariat sees the reminder that could not be sent, and why.
    expect(await text(await sec.get(`/liaisons/incoming/${ls.id}`))).toContain('not sent: no e-mail address');

    // Closed with no action: no reminder at 3 days.
    expect(
      (
        await chair.post(`/liaisons/incoming/${ls.id}`, {
          intent: 'no_action',
          reason: 'Already covered by our earlier reply.',
          version: await version(ls.id),
        })
      ).status,
    ).toBe(200);
    const count = (await mine()).length;
    await sendDueLiaisonReminders(db(), at('2031-04-07'));
    expect(await mine()).toHaveLength(count);
  });

  it('stops reminding once an outgoing statement answering it is sent', async () => {
    const sofia = await principalOf('tsb.fgmv@example.org');
    const ls = await registerIncoming(portal.services, sofia, {
      ...REGISTER,
      title: 'LS answered before its deadline',
      replyDeadline: '2031-06-10',
    });
    await chair.post(`/liaisons/incoming/${ls.id}`, {
      intent: 'assign',
      assignedGroupId: await jcaId(),
      responsible: 'member.etri@example.org',
      version: await version(ls.id),
    });
    const sentFor = async () =>
      (await db().select().from(liaisonReminders).where(eq(liaisonReminders.incomingId, ls.id))).length;
    const at = (day: string) => new Date(`${day}T06:05:00Z`);
    await sendDueLiaisonReminders(db(), at('2031-05-11')); // 30 days
    const before = await sentFor();
    expect(before).toBeGreaterThan(0);

    const outId = idFrom(
      await createOutgoing({
        title: 'Our answer before the deadline',
        addressees: 'ETSI ISG MR | isgmr@example.org | information',
        answersIncoming: ls.id,
      }),
    );
    await sendOutgoing(outId);
    expect((await incoming(ls.id)).state).toBe('replied');

    await sendDueLiaisonReminders(db(), at('2031-05-27')); // 14 days
    await sendDueLiaisonReminders(db(), at('2031-06-07')); // 3 days
    expect(await sentFor()).toBe(before);
  });

  it('shows on an outgoing statement, to every reader, what it answers, what answers it and its thread', async () => {
    const sofia = await principalOf('tsb.fgmv@example.org');
    const question = await registerIncoming(portal.services, sofia, {
      ...REGISTER,
      title: 'ETSI asks about avatars',
      replyDeadline: '2031-07-01',
    });
    const outId = idFrom(
      await createOutgoing({
        title: 'Our reply on avatars',
        addressees: 'ETSI ISG MR | isgmr@example.org | information',
        answersIncoming: question.id,
      }),
    );
    await sendOutgoing(outId);
    const followUp = await registerIncoming(portal.services, sofia, {
      ...REGISTER,
      title: 'ETSI thanks us for the avatars reply',
      addressees: 'jca-mv | information',
      replyDeadline: '',
      answers: [outId],
    });

    const page = parse(await rendered(await member.get(`/liaisons/${outId}`)));
    const links = (label: string) =>
      page.querySelectorAll(`ul[aria-label="${label}"] a`).map((a) => [a.text, a.getAttribute('href')]);
    expect(links('In reply to')).toEqual([
      ['ETSI ISG MR: ETSI asks about avatars', `/liaisons/incoming/${question.id}`],
    ]);
    expect(links('Answered by')).toEqual([
      ['ETSI ISG MR: ETSI thanks us for the avatars reply', `/liaisons/incoming/${followUp.id}`],
    ]);
    expect(links('Statements exchanged with an organisation')).toEqual([
      ['All statements with ETSI', '/groups/jca-mv/liaisons/thread?with=ETSI'],
    ]);
  });

  it('threads outgoing statements with the organisation addressed, not one whose name merely contains it, drafts only for their editors', async () => {
    const toIec = idFrom(
      await createOutgoing({ title: 'Terms for IEC TC 100', addressees: 'IEC TC 100 | | information' }),
    );
    await createOutgoing({ title: 'Terms for ISO/IEC JTC 1', addressees: 'ISO/IEC JTC 1 | | information' });

    const chairView = await chair.get('/groups/jca-mv/liaisons/thread?with=%20iec%20');
    const chairThread = await rendered(chairView.clone());
    expect(parse(chairThread).text).toContain('Terms for IEC TC 100');
    expect(await chairView.text()).not.toContain('Terms for ISO/IEC JTC 1');

    // A draft is not yet the group's word: members see it in the thread once agreed.
    expect(await (await member.get('/groups/jca-mv/liaisons/thread?with=IEC')).text()).not.toContain(
      'Terms for IEC TC 100',
    );
    expect((await step(chair, toIec, 'agreed')).status).toBe(200);
    const memberThread = parse(await rendered(await member.get('/groups/jca-mv/liaisons/thread?with=IEC'))).text;
    expect(memberThread).toContain('Sent by JCA-MV to IEC:');
    expect(memberThread).toContain('Terms for IEC TC 100');
  });

  it('lists overdue statements first for the group and on the chair’s home page; reminder thresholds are checked', async () => {
    const sofia = await principalOf('tsb.fgmv@example.org');
    const late = await registerIncoming(portal.services, sofia, {
      ...REGISTER,
      title: 'Long overdue LS',
      receivedOn: '2020-01-06',
      replyDeadline: '2020-02-01',
    });
    await chair.post(`/liaisons/incoming/${late.id}`, {
      intent: 'draft',
      version: await version(late.id),
    }); // refused (not assigned yet): stays new
    const rows = parse(withoutScripts(await (await member.get('/groups/jca-mv/liaisons')).text())).querySelectorAll(
      'tbody tr',
    );
    expect(rows[0].text).toContain('Long overdue LS');
    expect(rows[0].text).toContain('Overdue');
    expect(await text(await chair.get('/'))).toContain('Long overdue LS');

    const refused = await sec.post('/groups/jca-mv/liaisons', { days: '30, banana' });
    expect(refused.status).toBe(400);
    expect(await text(refused)).toContain('Give up to six numbers of days between 0 and 365');
    const saved = await sec.post('/groups/jca-mv/liaisons', { days: '10, 2' });
    expect(saved.status).toBe(200);
    expect((await member.post('/groups/jca-mv/liaisons', { days: '5' })).status).toBe(403);
  });
});
