/**
 * A meeting's deadlines through HTTP: the secretariat sets them (and a hidden grace period) on the meeting form, bad
 * values are refused beside their field; they appear on the meeting page, the home page, the group's calendar feed
 * and the API; the grace period and the late list decide submissions, judged by the instant the request began, and
 * the receipt says which rule let a document in.
 */
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { parse } from 'node-html-parser';
import { auditEvents, documents, lateSubmitters, meetingDeadlines, meetings, users } from '../../db/schema';
import { createToken } from '../../app/features/api/tokens.server';
import { DEMO_PASSWORD } from '../support/demo';
import { minimalDocx } from '../fixtures/docx';
import { Client, rendered } from '../support/http';
import { startTestPortal, type TestPortal } from '../support/portal';
import { dateInZone } from '../../app/platform/time';
import { graceMinutesOf, writeGracePeriod } from '../../app/features/meetings/meeting-deadlines.server';
import { openDeadlines } from '../../app/features/home/upcoming.server';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const SLUG = 'fg-mv-demo';
let portal: TestPortal;
const db = () => portal.services.db;
const signedIn = async (email: string) => {
  const c = new Client(portal.url);
  await c.signIn(email, DEMO_PASSWORD);
  return c;
};
async function setMeeting({
  graceMinutes,
  ...values
}: Partial<typeof meetings.$inferInsert> & { graceMinutes?: number }) {
  if (Object.keys(values).length) await db().update(meetings).set(values).where(eq(meetings.slug, SLUG));
  if (graceMinutes !== undefined) await writeGracePeriod(db(), (await meetingRow()).id, graceMinutes);
}
const meetingRow = async () => (await db().select().from(meetings).where(eq(meetings.slug, SLUG)))[0];
const text = (html: string, selector: string) =>
  parse(html)
    .querySelectorAll(selector)
    .map((n) => n.textContent.replace(/\s+/g, ' ').trim());

const meta = {
  intent: 'submit',
  type: 'input',
  title: 'Digital twins on deadline night',
  source: 'ETRI',
  purpose: 'proposal',
  keywords: 'twins',
  abstract: 'An abstract.',
  contactName: 'Kim Min-jun',
  contactOrganisation: 'ETRI',
  contactCountry: 'Korea (Rep. of)',
  contactEmail: 'member.etri@example.org',
  contactPhone: '',
};
function submission(title: string) {
  const f = new FormData();
  for (const [k, v] of Object.entries({ ...meta, title })) f.append(k, v);
  f.append('main', new Blob([minimalDocx(title)], { type: DOCX }), 'twins.docx');
  return f;
}
const docOf = async (res: Response) => {
  expect(res.status).toBe(302);
  const id = /documents\/([0-9a-f-]+)/.exec(res.headers.get('location')!)![1];
  return (await db().select().from(documents).where(eq(documents.id, id)))[0];
};

beforeAll(async () => {
  portal = await startTestPortal({ demo: true });
});
afterAll(async () => {
  await portal?.stop();
});

describe('deadlines of a meeting', () => {
  it('are set on the meeting form, refused with the reason when impossible, and shown everywhere but the grace period', async () => {
    const sec = await signedIn('tsb.fgmv@example.org');
    const m = await meetingRow();
    const zone = m.timeZone;
    const start = m.startsOn;
    const before = (days: number) =>
      new Date(Date.parse(`${start}T12:00:00Z`) - days * 86400_000).toISOString().slice(0, 10);
    const base = {
      title: m.title,
      startsOn: m.startsOn,
      endsOn: m.endsOn,
      timeZone: zone,
      locationKind: m.locationKind,
      deadlineMode: 'custom',
      deadlineDate: before(5),
      deadlineTime: '23:59',
      documentTypes: 'input',
      documentAccess: m.documentAccess,
      reservationMode: 'none',
      revisionsMode: 'none',
      preregistrationMode: 'custom',
      preregistrationDate: before(3),
      preregistrationTime: '',
      visaMode: 'custom',
      visaDate: before(20),
      visaTime: '12:00',
      fellowshipMode: 'none',
      graceMinutes: '45',
    };
    // Refused: a grace period over 24 hours, a visa deadline after the meeting opens, a date that does not exist.
    const refused = await sec.post(`/meetings/${SLUG}/edit`, {
      ...base,
      graceMinutes: '1500',
      visaDate: m.endsOn,
      fellowshipMode: 'custom',
      fellowshipDate: '2026-02-30',
    });
    expect(refused.status).toBe(400);
    const errors = text(await refused.text(), '.field-error').filter(Boolean);
    expect(errors).toEqual(
      expect.arrayContaining([
        'A grace period can be at most 1440 minutes (24 hours).',
        'This deadline falls after the meeting opens: set it before the first day.',
        'Give a date as YYYY-MM-DD.',
      ]),
    );
    expect(await db().select().from(meetingDeadlines).where(eq(meetingDeadlines.meetingId, m.id))).toEqual([]);

    const saved = await sec.post(`/meetings/${SLUG}/edit`, base);
    expect(saved.status).toBe(200);
    expect(await graceMinutesOf(db(), m.id)).toBe(45);
    const rows = await db().select().from(meetingDeadlines).where(eq(meetingDeadlines.meetingId, m.id));
    expect(Object.fromEntries(rows.map((r) => [r.kind, dateInZone(r.at, zone)]))).toEqual({
      preregistration: before(3),
      visa: before(20),
    });
    const [event] = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'meeting.updated'), eq(auditEvents.subjectId, m.id)));
    expect((event.after as { deadlines: Record<string, string | null> }).deadlines.visa).toBeTruthy();

    // The meeting page, for a member: every deadline named, the grace period nowhere in the page or its data.
    const member = await signedIn('member.etri@example.org');
    const page = await (await member.get(`/meetings/${SLUG}`)).text();
    expect(text(page, '#deadlines + dl dt')).toEqual(['Contributions', 'Pre-registration', 'Visa-support requests']);
    expect(page).not.toMatch(/grace/i);
    // Nor any other page of the meeting, whose data carries the meeting's record.
    for (const path of ['documents', 'agenda', 'liaisons', 'submit', 'reserve', 'attend', 'changes']) {
      const other = await member.get(`/meetings/${SLUG}/${path}`);
      expect(await other.text(), path).not.toMatch(/grace/i);
    }
    // The home page's open deadlines name their kind.
    const home = await (await member.get('/')).text();
    expect(text(home, '.deadline-kind')).toEqual(expect.arrayContaining(['Visa-support requests', 'Pre-registration']));
    // The group's calendar: one event per deadline, at its instant.
    const ics = await (await member.get('/groups/fg-mv/calendar.ics')).text();
    const visa = rows.find((r) => r.kind === 'visa')!.at;
    expect(ics.replace(/\r\n /g, '')).toContain(`SUMMARY:Visa-support requests deadline: ${m.title}`);
    expect(ics).toContain(`DTSTART:${visa.toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`);
    expect(ics).not.toMatch(/grace/i);
    // The API's meeting.
    const [etri] = await db().select().from(users).where(eq(users.email, 'member.etri@example.org'));
    const { token } = await createToken(db(), etri.id, { name: 'deadlines', scopes: ['read'], days: 1 });
    const api = (await (
      await fetch(`${portal.url}/api/v1/meetings/${SLUG}`, { headers: { authorization: `Bearer ${token}` } })
    ).json()) as {
      deadlines: Record<string, unknown>;
    };
    expect(api.deadlines).toMatchObject({ visa: visa.toISOString(), revisions: null, reservation: null });
    expect(JSON.stringify(api)).not.toMatch(/grace/i);
  });

  it('lets a submission in within the grace period, a listed person until their end time, and says so on the receipt', async () => {
    await setMeeting({ inputDeadline: new Date(Date.now() - 10 * 60_000), acceptsLate: false, graceMinutes: 30 });
    try {
      const member = await signedIn('member.etri@example.org');
      // The form is open, as before the deadline, and nothing on it (its data included) tells of a grace period.
      const form = await (await member.get(`/meetings/${SLUG}/submit`)).text();
      expect(form).toContain('Submit the document');
      expect(form).not.toMatch(/grace/i);
      const inGrace = await docOf(await member.post(`/meetings/${SLUG}/submit`, submission('In grace')));
      expect(inGrace).toMatchObject({ late: false, deadlineRule: 'grace' });
      expect(inGrace.requestBeganAt).toBeInstanceOf(Date);
      const receipt = await (await member.get(`/documents/${inGrace.id}/receipt`)).text();
      expect(text(receipt, '.deadline-rule')).toEqual(['On time: within the grace period after the deadline']);
      expect(text(receipt, '.request-began .utc')[0]).toContain(
        inGrace.requestBeganAt!.toISOString().replace('T', ' ').slice(0, 19),
      );
      expect(text(receipt, '.receipt-files code.hash')[0]).toMatch(/^[0-9a-f]{64}$/);

      // Past the grace period: refused, until the secretariat puts the member on the late list.
      await setMeeting({ graceMinutes: 5 });
      expect((await member.post(`/meetings/${SLUG}/submit`, submission('Too late'))).status).toBe(403);
      const sec = await signedIn('tsb.fgmv@example.org');
      const unknown = await sec.post(`/meetings/${SLUG}/late`, {
        email: 'nobody@example.org',
        untilDate: '2099-01-01',
      });
      expect(unknown.status).toBe(400);
      expect(text(await unknown.text(), '.field-error')).toContain('No account has this address.');
      const tomorrow = new Date(Date.now() + 86400_000).toISOString().slice(0, 10);
      const added = await sec.post(`/meetings/${SLUG}/late`, {
        email: 'member.etri@example.org',
        untilDate: tomorrow,
        untilTime: '18:00',
      });
      expect(added.status).toBe(200);
      const listPage = await (await sec.get(`/meetings/${SLUG}/late`)).text();
      expect(text(listPage, '.late-submitters tbody td:first-child')[0]).toContain('member.etri@example.org');
      const listed = await docOf(await member.post(`/meetings/${SLUG}/submit`, submission('Allowed late')));
      expect(listed).toMatchObject({ late: true, deadlineRule: 'late_list' });
      const receipt2 = await (await member.get(`/documents/${listed.id}/receipt`)).text();
      expect(text(receipt2, '.deadline-rule')[0]).toMatch(/^Late, allowed/);
      // Members may not see or change the list.
      expect((await member.get(`/meetings/${SLUG}/late`)).status).toBe(403);
      const [row] = await db().select().from(lateSubmitters);
      const removed = await sec.post(`/meetings/${SLUG}/late`, { remove: row.userId });
      expect(removed.status).toBe(200);
      expect(await db().select().from(lateSubmitters)).toEqual([]);
      const actions = (
        await db()
          .select({ action: auditEvents.action })
          .from(auditEvents)
          .where(eq(auditEvents.subjectType, 'meeting'))
      ).map((e) => e.action);
      expect(actions).toEqual(
        expect.arrayContaining(['meeting.late_submitter_added', 'meeting.late_submitter_removed']),
      );
      expect((await member.post(`/meetings/${SLUG}/submit`, submission('Removed'))).status).toBe(403);
    } finally {
      await setMeeting({ inputDeadline: new Date(Date.now() + 10 * 86400_000), graceMinutes: 0 });
    }
  });

  it('judges an upload by the instant its request began: one begun before the deadline is on time however long it takes', async () => {
    const member = await signedIn('member.etri@example.org');
    const deadline = new Date(Date.now() + 1500);
    await setMeeting({ inputDeadline: deadline, acceptsLate: false, graceMinutes: 0 });
    try {
      // The multipart body and its boundary, as fetch would send them.
      const req = new Request('http://x/', { method: 'POST', body: submission('Slow upload') });
      const bytes = new Uint8Array(await req.arrayBuffer());
      const contentType = req.headers.get('content-type')!;
      const url = new URL(`/meetings/${SLUG}/submit`, portal.url);
      const status = await new Promise<{ status: number; location?: string }>((resolve, reject) => {
        const r = http.request(
          url,
          {
            method: 'POST',
            headers: {
              'content-type': contentType,
              'content-length': bytes.length,
              cookie: member.cookieHeader(),
              origin: portal.url,
            },
          },
          (res) => {
            res.resume();
            resolve({ status: res.statusCode!, location: res.headers.location });
          },
        );
        r.on('error', reject);
        // Half the body now, the rest after the deadline has passed.
        r.write(bytes.subarray(0, 200));
        setTimeout(() => r.end(bytes.subarray(200)), deadline.getTime() - Date.now() + 1000);
      });
      expect(Date.now()).toBeGreaterThan(deadline.getTime());
      expect(status.status).toBe(302);
      const id = /documents\/([0-9a-f-]+)/.exec(status.location!)![1];
      const [doc] = await db().select().from(documents).where(eq(documents.id, id));
      expect(doc).toMatchObject({ late: false, deadlineRule: 'on_time' });
      expect(doc.requestBeganAt!.getTime()).toBeLessThanOrEqual(deadline.getTime());
      // The same upload begun after the deadline is refused.
      expect((await member.post(`/meetings/${SLUG}/submit`, submission('After'))).status).toBe(403);
    } finally {
      await setMeeting({ inputDeadline: new Date(Date.now() + 10 * 86400_000) });
    }
  });
  it('lists a deadline as open up to its very instant, as a submission is judged, and as passed just after', async () => {
    const m = await meetingRow();
    const deadline = new Date(Date.now() + 3 * 86400_000);
    await setMeeting({ inputDeadline: deadline, acceptsLate: false, graceMinutes: 0 });
    await db().insert(meetingDeadlines).values({ meetingId: m.id, kind: 'revisions', at: deadline });
    try {
      const listed = async (now: Date) =>
        (await openDeadlines(db(), now, [m.groupId])).filter((d) => d.slug === SLUG).map((d) => d.kind);
      expect(await listed(deadline)).toEqual(expect.arrayContaining(['contributions', 'revisions']));
      const justAfter = await listed(new Date(deadline.getTime() + 1));
      expect(justAfter).not.toContain('contributions');
      expect(justAfter).not.toContain('revisions');
    } finally {
      await setMeeting({ inputDeadline: new Date(Date.now() + 10 * 86400_000) });
      await db()
        .delete(meetingDeadlines)
        .where(and(eq(meetingDeadlines.meetingId, m.id), eq(meetingDeadlines.kind, 'revisions')));
    }
  });

  it('starts a new meeting with the group rules its secretariat set, and refuses a rule it cannot apply', async () => {
    const sec = await signedIn('tsb.fgmv@example.org');
    const rules = {
      contributionsDays: '12',
      contributionsTime: '23:59',
      visaDays: '40',
      visaTime: '12:00',
      revisionsDays: '',
      revisionsTime: '',
    };
    const bad = await sec.post('/groups/fg-mv/deadlines', { ...rules, visaDays: '400' });
    expect(bad.status).toBe(400);
    expect(text(await bad.text(), '.field-error')).toContain('Give a whole number of days between 0 and 365.');
    expect((await sec.post('/groups/fg-mv/deadlines', rules)).status).toBe(200);
    const member = await signedIn('member.etri@example.org');
    expect((await member.get('/groups/fg-mv/deadlines')).status).toBe(403);
    // A meeting in Geneva on 14 April 2026: the visa deadline 40 days before, at noon summer time (after 29 March)...
    const created = await sec.post('/groups/fg-mv/meetings/new', {
      title: 'FG-MV spring',
      startsOn: '2026-04-14',
      timeZone: 'Europe/Zurich',
      locationKind: 'physical',
      deadlineMode: 'rule',
      documentTypes: 'input',
      documentAccess: 'public',
    });
    expect(created.status).toBe(302);
    const [m] = await db().select().from(meetings).where(eq(meetings.slug, 'fg-mv-2026-04-14'));
    const rows = await db().select().from(meetingDeadlines).where(eq(meetingDeadlines.meetingId, m.id));
    // ...is 5 March at 12:00 winter time (11:00 UTC); the input deadline 2 April 23:59 summer time (21:59 UTC).
    expect(rows.map((r) => [r.kind, r.at.toISOString(), r.overridden])).toEqual([
      ['visa', '2026-03-05T11:00:00.000Z', false],
    ]);
    expect(m.inputDeadline!.toISOString()).toBe('2026-04-02T21:59:00.000Z');
  });
  it('judges a revision by the meeting’s revisions deadline, not the input deadline', async () => {
    const member = await signedIn('member.etri@example.org');
    const original = await docOf(await member.post(`/meetings/${SLUG}/submit`, submission('To be revised')));
    await db()
      .update(documents)
      .set({ state: 'registered', numberLabel: 'FGMV-I-099', number: 99 })
      .where(eq(documents.id, original.id));
    const m = await meetingRow();
    // The input deadline has passed; revisions stay open for another day.
    await setMeeting({ inputDeadline: new Date(Date.now() - 3600_000) });
    await db()
      .insert(meetingDeadlines)
      .values({ meetingId: m.id, kind: 'revisions', at: new Date(Date.now() + 86400_000) });
    try {
      const rev = await docOf(await member.post(`/documents/${original.id}/revise`, submission('Revised in time')));
      expect(rev).toMatchObject({ revision: 1, late: false, deadlineRule: 'on_time' });
      // Once the revisions deadline has passed too, the revision is refused with the reason.
      await db()
        .update(meetingDeadlines)
        .set({ at: new Date(Date.now() - 60_000) })
        .where(and(eq(meetingDeadlines.meetingId, m.id), eq(meetingDeadlines.kind, 'revisions')));
      await db().update(documents).set({ state: 'registered' }).where(eq(documents.id, rev.id));
      const refused = await member.post(`/documents/${rev.id}/revise`, submission('Too late'));
      expect(refused.status).toBe(403);
      expect(await rendered(refused)).toContain('The deadline for revisions of this meeting has passed.');
    } finally {
      await setMeeting({ inputDeadline: new Date(Date.now() + 10 * 86400_000) });
      await db()
        .delete(meetingDeadlines)
        .where(and(eq(meetingDeadlines.meetingId, m.id), eq(meetingDeadlines.kind, 'revisions')));
    }
  });
});
