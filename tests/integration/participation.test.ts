import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq, like } from 'drizzle-orm';
import { auditEvents, meetingDeadlines, meetings, users } from '../../db/schema';
import { meetingParticipants, visaPassports, visaRequests } from '../../db/schema/participation';
import type { Seeded } from '../../app/features/demo/index';
import { loadPrincipal, type Principal } from '../../app/features/groups/permissions.server';
import { attendingOrganisations } from '../../app/features/participation/participants.server';
import {
  cancelRegistration,
  decideRegistration,
  registerForMeeting,
} from '../../app/features/participation/registration.server';
import { updateSettings } from '../../app/features/participation/settings.server';
import { decideVisaRequest, requestVisaLetter } from '../../app/features/participation/visa.server';
import { purgeExpiredPassports } from '../../app/features/participation/retention.server';
import { sendParticipationMail } from '../../app/features/participation/notify.server';
import { convertToPdf, visaLetterDocx } from '../../app/features/participation/letter.server';
import { LETTER_PREFIX, letterData, letterKey, visaLetter } from '../../app/features/participation/letter-store.server';
import type { MailMessage } from '../../app/platform/mail.server';
import { DomainError } from '../../app/platform/errors';
import { addDays } from '../../app/platform/time';
import { DEMO_PASSWORD, demoData } from '../support/demo';
import { testEngine } from '../support/db';
import { Client, withoutScripts } from '../support/http';
import { startTestPortal, type TestPortal } from '../support/portal';
import { waitForJobs } from '../support/jobs';
import { unzipSync, strFromU8 } from 'fflate';
import { parse } from 'node-html-parser';

const SIGNATORY = {
  signatoryName: 'Seizo Onoe',
  signatoryTitle: 'Director, Telecommunication Standardization Bureau',
  hostCity: 'Geneva',
  hostCountry: 'Switzerland',
  visaRetentionDays: '90',
};
let portal: TestPortal;
let seeded: Seeded;
let sec: Principal;
let etri: Principal;
let nokia: Principal;
const db = () => portal.services.db;
const SLUG = 'fg-mv-demo';
let meeting: typeof meetings.$inferSelect;

const registration = {
  mode: 'in_person',
  organisation: 'ETRI',
  delegation: 'sector_member',
  role: 'head',
  needs: ['interpretation'],
  needsNote: 'Korean',
};
const passport = () => ({
  nameInPassport: 'KIM MINJUN',
  nationality: 'Republic of Korea',
  passportNumber: 'M 1234 5678',
  birthDate: '1985-04-12',
  stayFrom: addDays(meeting.startsOn, -1),
  stayTo: addDays(meeting.endsOn, 1),
  consulate: 'Embassy of Switzerland in Seoul',
});

async function refused(p: Promise<unknown>) {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(DomainError);
  return err as DomainError;
}

beforeAll(async () => {
  portal = await startTestPortal({ demo: true });
  seeded = await demoData(db());
  sec = await loadPrincipal(db(), { id: seeded.userIds.secretariat, isAdmin: false });
  etri = await loadPrincipal(db(), { id: seeded.userIds.member1, isAdmin: false });
  nokia = await loadPrincipal(db(), { id: seeded.userIds.member2, isAdmin: false });
  [meeting] = await db().select().from(meetings).where(eq(meetings.slug, SLUG));
});
afterAll(async () => {
  await portal?.stop();
});

describe('registering for a meeting', () => {
  it('is immediate before the pre-registration deadline, refuses a mode the meeting does not offer, and mails the .ics', async () => {
    await updateSettings(db(), sec, SLUG, {
      modes: ['in_person'],
      organisationsPublic: 'on',
      remoteLink: 'https://meet.example.org/fgmv',
      ...SIGNATORY,
    });
    const wrongMode = await refused(registerForMeeting(db(), nokia, SLUG, { ...registration, mode: 'remote' }));
    expect(wrongMode.fieldErrors).toEqual({ mode: 'participation.error.mode' });
    const p = await registerForMeeting(db(), etri, SLUG, registration);
    expect(p.status).toBe('registered');
    expect((await refused(registerForMeeting(db(), etri, SLUG, registration))).messageKey).toBe(
      'participation.error.already',
    );
    const sent: MailMessage[] = [];
    const mail = { send: async (m: MailMessage) => void sent.push(m), listStored: async () => [] };
    await sendParticipationMail(
      { db: db(), storage: portal.services.storage, mail, config: portal.services.config },
      { kind: 'registered', participantId: p.id },
    );
    expect(sent[0].subject).toBe('Registered: FG-MV meeting (demo)');
    const ics = sent[0].attachments?.find((a) => a.filename.endsWith('.ics'));
    expect(String(ics?.content)).toContain(`DTSTART;VALUE=DATE:${meeting.startsOn.replace(/-/g, '')}`);
    expect(String(ics?.content)).toContain('SUMMARY:FG-MV meeting (demo)');
    expect(await attendingOrganisations(db(), meeting.id)).toEqual([{ organisation: 'ETRI', count: 1 }]);
  });

  it('after the deadline waits for the secretariat, which approves; closing refuses with the reason and stores nothing', async () => {
    await updateSettings(db(), sec, SLUG, { ...SIGNATORY, modes: ['in_person', 'remote'] });
    await db()
      .insert(meetingDeadlines)
      .values({ meetingId: meeting.id, kind: 'preregistration', at: new Date(Date.now() - 60_000) });
    const p = await registerForMeeting(db(), nokia, SLUG, { ...registration, mode: 'remote', organisation: 'Nokia' });
    expect(p.status).toBe('pending');
    expect((await refused(decideRegistration(db(), sec, SLUG, { id: p.id, decision: 'refuse' }))).fieldErrors).toEqual({
      reason: 'participation.error.reason',
    });
    expect((await refused(decideRegistration(db(), nokia, SLUG, { id: p.id, decision: 'approve' }))).code).toBe(
      'forbidden',
    );
    expect((await decideRegistration(db(), sec, SLUG, { id: p.id, decision: 'approve' })).status).toBe('registered');
    await cancelRegistration(portal.services, nokia, SLUG);
    await updateSettings(db(), sec, SLUG, { ...SIGNATORY, modes: ['in_person', 'remote'], closed: 'on' });
    const closed = await refused(
      registerForMeeting(db(), nokia, SLUG, { ...registration, mode: 'remote', organisation: 'Nokia' }),
    );
    expect(closed.messageKey).toBe('participation.error.closed');
    const [row] = await db().select().from(meetingParticipants).where(eq(meetingParticipants.id, p.id));
    expect(row.status).toBe('cancelled');
    const events = await db()
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(eq(auditEvents.subjectId, p.id));
    expect(events.map((e) => e.action)).toEqual([
      'participation.registered',
      'participation.approved',
      'participation.cancelled',
    ]);
  });
});

describe('visa-support letters', () => {
  it('refuses bad passport data field by field and stores nothing; refuses without an in-person registration', async () => {
    const bad = await refused(
      requestVisaLetter(db(), etri, SLUG, {
        ...passport(),
        birthDate: addDays(new Date().toISOString().slice(0, 10), 3),
        stayFrom: addDays(meeting.startsOn, -60),
        stayTo: addDays(meeting.endsOn, 2),
      }),
    );
    expect(bad.fieldErrors).toEqual({
      birthDate: 'participation.visa.error.birthDate',
      stayFrom: 'participation.visa.error.stayWindow',
    });
    const number = await refused(requestVisaLetter(db(), etri, SLUG, { ...passport(), passportNumber: '12$' }));
    expect(number.fieldErrors).toEqual({ passportNumber: 'participation.visa.error.passportNumber' });
    expect((await refused(requestVisaLetter(db(), nokia, SLUG, passport()))).messageKey).toBe(
      'participation.visa.error.notRegistered',
    );
    await db()
      .insert(meetingDeadlines)
      .values({ meetingId: meeting.id, kind: 'visa', at: new Date(Date.now() - 1000) });
    expect((await refused(requestVisaLetter(db(), etri, SLUG, passport()))).messageKey).toBe(
      'participation.visa.error.deadline',
    );
    await db()
      .delete(meetingDeadlines)
      .where(and(eq(meetingDeadlines.meetingId, meeting.id), eq(meetingDeadlines.kind, 'visa')));
    expect((await db().select({ n: count() }).from(visaPassports))[0].n).toBe(0);
    expect((await db().select({ n: count() }).from(visaRequests))[0].n).toBe(0);
  });

  it('is approved by the secretariat into an ITU letter; the CSV and audit events never carry passport data', async () => {
    const r = await requestVisaLetter(db(), etri, SLUG, passport());
    await decideVisaRequest(db(), sec, SLUG, { id: r.id, decision: 'approve' });
    const docx = await visaLetterDocx((await letterData(db(), r.id))!);
    const xml = strFromU8(unzipSync(new Uint8Array(docx))['word/document.xml']);
    for (const text of [
      'KIM MINJUN',
      'M12345678',
      'Embassy of Switzerland in Seoul',
      'Seizo Onoe',
      'To whom it may concern',
    ])
      expect(xml).toContain(text);

    const client = new Client(portal.url);
    await client.signIn('tsb.fgmv@example.org', DEMO_PASSWORD);
    const csv = await (await client.get(`/meetings/${SLUG}/participants.csv`)).text();
    expect(csv).toContain('ETRI');
    expect(csv).toContain('approved');
    for (const secret of ['M12345678', 'KIM MINJUN', '1985-04-12', 'Republic of Korea', 'Seoul'])
      expect(csv).not.toContain(secret);
    const page = withoutScripts(await (await client.get(`/meetings/${SLUG}/participants`)).text());
    expect(page).toContain('ETRI');
    expect(page).not.toContain('M12345678');

    const member = new Client(portal.url);
    await member.signIn('member.nokia@example.org', DEMO_PASSWORD);
    expect((await member.get(`/meetings/${SLUG}/participants.csv`)).status).toBe(403);
    expect((await member.get(`/meetings/${SLUG}/visa-letter/${r.id}/docx`)).status).toBe(404);

    const events = await db()
      .select({ before: auditEvents.before, after: auditEvents.after })
      .from(auditEvents)
      .where(like(auditEvents.action, 'participation.%'));
    expect(JSON.stringify(events)).not.toMatch(/M12345678|KIM MINJUN|1985-04-12/);
  });

  it('mails the letter as .docx and PDF made once and kept in the shared storage, which the download serves', async () => {
    // The approval's own mail job (the portal's worker) makes the letter too: let it finish, so that only the calls
    // below race each other.
    await waitForJobs(db());
    const [r] = await db().select().from(visaRequests).where(eq(visaRequests.meetingId, meeting.id));
    const sent: MailMessage[] = [];
    const mail = { send: async (m: MailMessage) => void sent.push(m), listStored: async () => [] };
    const services = { ...portal.services, mail };
    // The mail and a download asking at once share one conversion.
    const [, downloaded] = await Promise.all([
      sendParticipationMail(services, { kind: 'visa_approved', participantId: r.participantId }),
      visaLetter(portal.services, r.id, 'pdf'),
    ]);
    const files = Object.fromEntries((sent[0].attachments ?? []).map((a) => [a.filename, a.content as Buffer]));
    expect(Object.keys(files)).toEqual(['visa-letter.docx', 'visa-letter.pdf']);
    expect(files['visa-letter.pdf'].subarray(0, 5).toString()).toBe('%PDF-');
    expect(downloaded.equals(files['visa-letter.pdf'])).toBe(true);
    const { decidedAt } = (await letterData(db(), r.id))!;
    const keys = [];
    for await (const o of portal.services.storage.list(LETTER_PREFIX)) keys.push(o.key);
    expect(keys.sort()).toEqual([letterKey(r.id, decidedAt, 'docx'), letterKey(r.id, decidedAt, 'pdf')]);

    const client = new Client(portal.url);
    await client.signIn('member.etri@example.org', DEMO_PASSWORD);
    const res = await client.get(`/meetings/${SLUG}/visa-letter/${r.id}/pdf`);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await res.arrayBuffer()).equals(files['visa-letter.pdf'])).toBe(true);
  });

  it('converts two letters asked for at once, one LibreOffice after the other, both complete', async () => {
    const docx = await visaLetterDocx((await letterData(db(), (await db().select().from(visaRequests))[0].id))!);
    const pdfs = await Promise.all([convertToPdf(docx), convertToPdf(docx)]);
    for (const pdf of pdfs) expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('deletes passport data and the stored letters after the meeting plus the retention days, recorded without the data', async () => {
    const [r] = await db().select().from(visaRequests).where(eq(visaRequests.meetingId, meeting.id));
    const storage = portal.services.storage;
    // A letter a stopped process left for a request whose data is gone already is swept too.
    const stray = `${LETTER_PREFIX}00000000-0000-4000-8000-000000000000/1.pdf`;
    await storage.put(stray, Readable.from([Buffer.from('%PDF-')]));
    const stored = async () => {
      const keys: string[] = [];
      for await (const o of storage.list(LETTER_PREFIX)) keys.push(o.key);
      return keys;
    };
    const day = (d: string) => new Date(`${d}T12:00:00Z`);
    expect(await purgeExpiredPassports(portal.services, day(addDays(meeting.endsOn, 90)))).toEqual([]);
    expect((await stored()).filter((k) => k.includes(r.id))).toHaveLength(2);
    expect(await stored()).not.toContain(stray);
    expect(await purgeExpiredPassports(portal.services, day(addDays(meeting.endsOn, 91)))).toEqual([r.id]);
    expect(await stored()).toEqual([]);
    const client = new Client(portal.url);
    await client.signIn('member.etri@example.org', DEMO_PASSWORD);
    expect((await client.get(`/meetings/${SLUG}/visa-letter/${r.id}/pdf`)).status).toBe(404);
    expect(await db().select().from(visaPassports).where(eq(visaPassports.requestId, r.id))).toEqual([]);
    const [after] = await db().select().from(visaRequests).where(eq(visaRequests.id, r.id));
    expect(after.purgedAt).not.toBeNull();
    expect(await letterData(db(), r.id)).toBeNull();
    const [event] = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.subjectId, r.id), eq(auditEvents.action, 'participation.visa.purged')));
    expect(event.after).toEqual({ reason: 'retention' });
    const [u] = await db().select({ id: users.id }).from(users).where(eq(users.id, etri.id));
    expect(u).toBeDefined();
  });
});

describe('the participation pages', () => {
  it('refuse a pending registration without a reason beside that row only (400, without JavaScript), then with one', async () => {
    await updateSettings(db(), sec, SLUG, { ...SIGNATORY, modes: ['in_person', 'remote'], organisationsPublic: 'on' });
    // The pre-registration deadline passed earlier in this file: the registration waits for approval.
    const p = await registerForMeeting(db(), nokia, SLUG, { ...registration, mode: 'remote', organisation: 'Nokia' });
    expect(p.status).toBe('pending');
    const client = new Client(portal.url);
    await client.signIn('tsb.fgmv@example.org', DEMO_PASSWORD);
    const res = await client.post(`/meetings/${SLUG}/participants`, { id: p.id, decision: 'refuse', reason: ' ' });
    expect(res.status).toBe(400);
    const page = parse(withoutScripts(await res.text()));
    const row = page.querySelector(`form[aria-label="Aino Virtanen"]`)!;
    expect(row.querySelector('.field-error')?.text).toBe('Give the reason for the refusal.');
    expect(row.querySelector('input[name=reason]')?.getAttribute('aria-invalid')).toBe('true');
    expect(page.querySelectorAll('.decision-form .field-error')).toHaveLength(1);
    const [still] = await db().select().from(meetingParticipants).where(eq(meetingParticipants.id, p.id));
    expect(still.status).toBe('pending');

    const done = await client.post(`/meetings/${SLUG}/participants`, {
      id: p.id,
      decision: 'refuse',
      reason: 'The meeting room is full.',
    });
    expect(done.status).toBe(200);
    const [after] = await db().select().from(meetingParticipants).where(eq(meetingParticipants.id, p.id));
    expect([after.status, after.reason]).toEqual(['refused', 'The meeting room is full.']);

    // A visa decision is checked the same way, before the request is even looked up.
    const visa = await client.post(`/meetings/${SLUG}/visas`, { id: p.id, decision: 'refuse' });
    expect(visa.status).toBe(400);
  });

  it('link the participants list for the group’s chairs and secretariat, and the organisations attending for members', async () => {
    const links = async (email: string, slug: string) => {
      const client = new Client(portal.url);
      await client.signIn(email, DEMO_PASSWORD);
      const page = parse(withoutScripts(await (await client.get(`/meetings/${slug}`)).text()));
      return page.querySelectorAll('nav.subnav a').map((a) => a.getAttribute('href'));
    };
    expect(await links('tsb.fgmv@example.org', SLUG)).toContain(`/meetings/${SLUG}/participants`);
    const member = await links('member.nokia@example.org', SLUG);
    expect(member).not.toContain(`/meetings/${SLUG}/participants`);
    expect(member).toContain(`/meetings/${SLUG}/attend#organisations`);
    // The JCA-MV co-chair chairs that meeting's group: the list is linked, and opens.
    expect(await links('cochair.jcamv@example.org', 'jca-mv-demo')).toContain('/meetings/jca-mv-demo/participants');
    const chair = new Client(portal.url);
    await chair.signIn('cochair.jcamv@example.org', DEMO_PASSWORD);
    expect((await chair.get('/meetings/jca-mv-demo/participants')).status).toBe(200);

    // A person registered already is led to their registration.
    const etri = new Client(portal.url);
    await etri.signIn('member.etri@example.org', DEMO_PASSWORD);
    const meetingPage = parse(withoutScripts(await (await etri.get(`/meetings/${SLUG}`)).text()));
    expect(meetingPage.querySelector(`nav.subnav a[href="/meetings/${SLUG}/attend"]`)?.text).toBe('Your registration');

    const attend = new Client(portal.url);
    await attend.signIn('member.nokia@example.org', DEMO_PASSWORD);
    const page = parse(withoutScripts(await (await attend.get(`/meetings/${SLUG}/attend`)).text()));
    expect(page.querySelector('#organisations')?.text).toBe('Organisations attending');
  });
});

describe.skipIf(testEngine !== 'postgres')('two registrations at once (a double click)', () => {
  it('make one registration and one clear refusal, never an error', async () => {
    const chair = await loadPrincipal(db(), { id: seeded.userIds.chairWg3, isAdmin: false });
    const slug = 'jca-mv-demo';
    const [m] = await db().select().from(meetings).where(eq(meetings.slug, slug));
    const twice = await Promise.allSettled([
      registerForMeeting(db(), chair, slug, registration),
      registerForMeeting(db(), chair, slug, registration),
    ]);
    expect(twice.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refusal = twice.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(refusal.reason).toBeInstanceOf(DomainError);
    expect((refusal.reason as DomainError).messageKey).toBe('participation.error.already');
    const rows = await db()
      .select()
      .from(meetingParticipants)
      .where(and(eq(meetingParticipants.meetingId, m.id), eq(meetingParticipants.userId, chair.id)));
    expect(rows).toHaveLength(1);
  });
});
