/**
 * Reserving numbers through the portal: the 'Reserve a number' page over real HTTP (refusals beside the field or in
 * the form, with what was typed; the number on success), the expiry run by the real background worker (the sweep the
 * schedule queues without data and the job queued for one meeting's deadline), and an upload begun before the expiry
 * that still fills its number although the expiry ran while the file was on its way.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { parse, type HTMLElement } from 'node-html-parser';
import { documents, meetings } from '../../db/schema';
import { memberReservations } from '../../db/schema/reservations';
import { JOB_SCHEMA, QUEUES } from '../../db/jobs/index';
import type { Seeded } from '../../app/features/demo/index';
import { loadPrincipal, type Principal } from '../../app/features/groups/permissions.server';
import { expireReservations, setReservationCap } from '../../app/features/registration/member-reservations.server';
import { minimalDocx } from '../fixtures/docx';
import { DEMO_PASSWORD, demoData } from '../support/demo';
import { Client } from '../support/http';
import { jobRows } from '../support/jobs';
import { startTestPortal, type TestPortal } from '../support/portal';

let portal: TestPortal;
let seeded: Seeded;
let sec: Principal;
let member: Client;
let memberId: string;
const db = () => portal.services.db;
let n = 0;

beforeAll(async () => {
  portal = await startTestPortal({ demo: true });
  seeded = await demoData(db());
  sec = await loadPrincipal(db(), { id: seeded.userIds.secretariat, isAdmin: false });
  memberId = seeded.userIds.member1;
  member = new Client(portal.url);
  await member.signIn('member.etri@example.org', DEMO_PASSWORD);
});
afterAll(async () => {
  await portal?.stop();
});

/** A meeting of FG-MV (like its demo meeting) taking input documents until `deadline`, reservations too. */
async function newMeeting(deadline: Date | null) {
  const [template] = await db().select().from(meetings).where(eq(meetings.slug, 'fg-mv-demo'));
  const { id: _id, slug: _slug, createdAt: _c, ...rest } = template;
  const [m] = await db()
    .insert(meetings)
    .values({
      ...rest,
      slug: `reserve-http-${++n}-${Date.now().toString(36)}`,
      title: `Reservation meeting ${n}`,
      inputDeadline: deadline,
      deadlineOverridden: true,
      acceptsLate: false,
      documentTypes: ['input'],
    })
    .returning();
  return m;
}

const page = async (path: string) => {
  const res = await member.get(path);
  expect(res.status).toBe(200);
  return parse(await res.text());
};
const reserve = async (slug: string, fields: Record<string, string>) => {
  const res = await member.post(`/meetings/${slug}/reserve`, { type: 'input', source: 'ETRI', ...fields });
  return { status: res.status, page: parse(await res.text()) };
};
const form = (root: HTMLElement) => root.querySelector('form[aria-labelledby="reserve-heading"]');
const fieldError = (root: HTMLElement, name: string) => {
  const input = form(root)?.querySelector(`[name="${name}"]`);
  const id = input
    ?.getAttribute('aria-describedby')
    ?.split(' ')
    .find((x) => x.endsWith('-error'));
  return id ? root.getElementById(id)?.text.trim() : undefined;
};
const reservationsOf = (meetingId: string) =>
  db()
    .select({ id: documents.id, state: documents.state, label: documents.numberLabel })
    .from(documents)
    .where(eq(documents.meetingId, meetingId));

describe('the Reserve a number page', () => {
  it('gives the number on success; refuses a missing title beside the field, keeping the rest as typed', async () => {
    const m = await newMeeting(new Date(Date.now() + 86_400_000));
    const empty = await reserve(m.slug, { title: '  ', source: 'ETRI, KT' });
    expect(empty.status).toBe(400);
    expect(fieldError(empty.page, 'title')).toBe('This field is required.');
    expect(form(empty.page)?.querySelector('[name=title]')?.getAttribute('aria-invalid')).toBe('true');
    expect(form(empty.page)?.querySelector('[name=source]')?.getAttribute('value')).toBe('ETRI, KT');
    expect(await reservationsOf(m.id)).toEqual([]);

    const ok = await reserve(m.slug, { title: 'Avatars in the metaverse' });
    expect(ok.status).toBe(200);
    const [row] = await reservationsOf(m.id);
    expect(row).toMatchObject({ state: 'reserved', label: expect.stringMatching(/^FGMV-I-\d{3}$/) });
    expect(ok.page.querySelector('[role=status], .alert.ok')?.text).toContain(row.label!);
    // Listed among the member's reservations, waiting for its file, with the link that uploads it.
    const mine = (await page(`/meetings/${m.slug}/reserve`)).querySelector('table[aria-labelledby=mine]')!;
    expect(mine.text).toContain(row.label!);
    expect(mine.querySelector(`a[href="/documents/${row.id}#workflow-fill"]`)).not.toBeNull();
  });

  it('refuses a member over the cap with the cap, in the form, keeping the title typed', async () => {
    const m = await newMeeting(new Date(Date.now() + 86_400_000));
    await setReservationCap(db(), sec, m.slug, { cap: '1' });
    expect((await reserve(m.slug, { title: 'The one allowed' })).status).toBe(200);
    // The page says so before anyone types…
    const full = await page(`/meetings/${m.slug}/reserve`);
    expect(form(full)).toBeNull();
    expect(full.querySelector('[role=note]')?.text).toContain('You already hold 1 reserved number without a file');
    // …and a form sent from a page loaded earlier is refused with the reason, what was typed kept.
    const over = await reserve(m.slug, { title: 'One too many' });
    expect(over.status).toBe(409);
    expect(form(over.page)?.querySelector('[role=alert]')?.text).toContain(
      'You already hold 1 reserved number without a file',
    );
    expect(form(over.page)?.querySelector('[name=title]')?.getAttribute('value')).toBe('One too many');
    expect(await reservationsOf(m.id)).toHaveLength(1);
  });

  it('refuses after the reservation deadline with the reason, keeping what was typed', async () => {
    const m = await newMeeting(new Date(Date.now() - 60_000));
    const closed = await page(`/meetings/${m.slug}/reserve`);
    expect(form(closed)).toBeNull();
    expect(closed.querySelector('[role=alert]')?.text).toMatch(/deadline/i);
    const late = await reserve(m.slug, { title: 'Too late' });
    expect(late.status).toBe(403);
    expect(form(late.page)?.querySelector('[role=alert]')?.text).toMatch(/deadline/i);
    expect(form(late.page)?.querySelector('[name=title]')?.getAttribute('value')).toBe('Too late');
    expect(await reservationsOf(m.id)).toEqual([]);
  });
});

/** Inserts a reservation of the member's, already due (its meeting's deadline has passed). */
async function overdueReservation(meetingId: string, groupId: string, number: number) {
  const [doc] = await db()
    .insert(documents)
    .values({
      meetingId,
      groupId,
      type: 'input',
      state: 'reserved',
      title: `Overdue ${number}`,
      number,
      numberLabel: `OVERDUE-${number}`,
      submittedBy: memberId,
    })
    .returning();
  await db()
    .insert(memberReservations)
    .values({ documentId: doc.id, meetingId, userId: memberId, reservedAt: new Date(Date.now() - 86_400_000) });
  return doc;
}

const stateOf = async (id: string) =>
  (await db().select({ s: documents.state }).from(documents).where(eq(documents.id, id)))[0].s;

async function until(check: () => Promise<boolean>, what: string, ms = 20_000) {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('expiry by the background worker', () => {
  it('a job for one meeting sweeps that meeting; the scheduled sweep (no data) sweeps every meeting', async () => {
    const a = await newMeeting(new Date(Date.now() - 60_000));
    const b = await newMeeting(new Date(Date.now() - 60_000));
    const inA = await overdueReservation(a.id, a.groupId, 901);
    const inB = await overdueReservation(b.id, b.groupId, 902);

    const perMeeting = await portal.workers.queue.send(QUEUES.reservationExpiry.name, { meetingId: a.id });
    await until(async () => (await stateOf(inA.id)) === 'withdrawn', 'the meeting’s job');
    expect(await stateOf(inB.id)).toBe('reserved');

    // The five-minute sweep is queued by pg-boss's schedule with the schedule's data: none.
    const rows = (await db().execute(
      sql`select data from ${sql.identifier(JOB_SCHEMA)}.schedule where name = ${QUEUES.reservationExpiry.name}`,
    )) as unknown as { data: unknown }[] | { rows: { data: unknown }[] };
    const [schedule] = Array.isArray(rows) ? rows : rows.rows;
    expect(schedule).toBeDefined();
    expect(schedule.data).toBeNull();
    const sweep = await portal.workers.queue.send(QUEUES.reservationExpiry.name, schedule.data as object);
    await until(async () => (await stateOf(inB.id)) === 'withdrawn', 'the sweep');

    // The worker marks a job completed just after its work is visible.
    const states = async () => (await jobRows(db(), sql`id in (${perMeeting}, ${sweep})`)).map((j) => j.state);
    await until(async () => (await states()).every((s) => s === 'completed'), 'both jobs completed');
    expect(await states()).toEqual(['completed', 'completed']);
    const [expired] = await db().select().from(memberReservations).where(eq(memberReservations.documentId, inB.id));
    expect(expired.expiredAt).not.toBeNull();
    // Its page says why it is withdrawn, as the lists do.
    const docPage = await page(`/documents/${inB.id}`);
    expect(docPage.querySelectorAll('h1 + p .badge').map((b) => b.text.trim())).toContain('withdrawn — not submitted');
  });
});

describe('an upload begun before the expiry', () => {
  it('fills the reservation although the expiry withdrew it while the file was on its way', async () => {
    const deadline = new Date(Date.now() + 4_000);
    const m = await newMeeting(deadline);
    expect((await reserve(m.slug, { title: 'Written at the last minute' })).status).toBe(200);
    const [doc] = await reservationsOf(m.id);

    // The request's head arrives before the deadline; the file, slowly, after it.
    const boundary = `----plenary${Date.now()}`;
    const head = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="main"; filename="late-night.docx"\r\n` +
        'Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document\r\n\r\n',
    );
    const file = minimalDocx('Written at the last minute');
    const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
    let sendRest!: () => void;
    const rest = new Promise<void>((resolve) => (sendRest = resolve));
    const body = new ReadableStream<Uint8Array>({
      async start(controller) {
        controller.enqueue(new Uint8Array(head));
        controller.enqueue(new Uint8Array(file.subarray(0, 100)));
        await rest;
        controller.enqueue(new Uint8Array(file.subarray(100)));
        controller.enqueue(new Uint8Array(tail));
        controller.close();
      },
    });
    const answer = fetch(`${portal.url}/documents/${doc.id}/workflow?do=fill`, {
      method: 'POST',
      redirect: 'manual',
      headers: {
        cookie: member.cookieHeader(),
        origin: portal.url,
        'content-type': `multipart/form-data; boundary=${boundary}`,
      },
      body,
      duplex: 'half',
    } as RequestInit);

    // Past the deadline the expiry runs (the job queued for that instant, or the sweep) and withdraws the number
    // still without a file…
    await new Promise((r) => setTimeout(r, Math.max(0, deadline.getTime() - Date.now()) + 200));
    await expireReservations(db(), { meetingId: m.id });
    expect(await stateOf(doc.id)).toBe('withdrawn');
    // …then the rest of the file arrives: the request began in time, so it fills the number, on time.
    sendRest();
    const res = await answer;
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe(`/documents/${doc.id}?workflow=filled`);
    const [row] = await db().select().from(documents).where(eq(documents.id, doc.id));
    expect(row).toMatchObject({ state: 'registered', late: false, numberLabel: doc.label });
    const [r] = await db().select().from(memberReservations).where(eq(memberReservations.documentId, doc.id));
    expect(r).toMatchObject({ expiredAt: null, filledAt: expect.any(Date) });
    // The receipt says when the request began (before the deadline), which rule let it in, and when the file came.
    expect(row.requestBeganAt!.getTime()).toBeLessThanOrEqual(deadline.getTime());
    expect(row.submittedAt!.getTime()).toBeGreaterThan(deadline.getTime());
    const receipt = await page(`/documents/${doc.id}/receipt`);
    expect(receipt.querySelector('.deadline-rule')?.text).toBe('On time: before the deadline');
    expect(receipt.querySelector('.request-began')?.text).toContain(
      row.requestBeganAt!.toISOString().replace('T', ' ').slice(0, 19),
    );

    // One begun after the deadline is refused with the reason.
    const other = await newMeeting(new Date(Date.now() - 1_000));
    const overdue = await overdueReservation(other.id, other.groupId, 903);
    const fd = new FormData();
    fd.append('main', new Blob([file]), 'too-late.docx');
    const refused = await member.post(`/documents/${overdue.id}/workflow?do=fill`, fd);
    expect(refused.status).toBe(403);
    expect(await stateOf(overdue.id)).toBe('reserved');
  });
});
