/**
 * Numbers members reserve before their file exists: the cap, the reservation deadline and the expiry at the
 * contributions deadline (across daylight-saving changes in the meeting's zone), filling only one's own, an expired
 * number never filled nor given again, and many members reserving at once on PostgreSQL.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import {
  auditEvents,
  documents,
  groups,
  lateSubmitters,
  meetings,
  memberships,
  numberingSchemes,
  users,
} from '../../db/schema';
import { memberReservations } from '../../db/schema/reservations';
import { loadPrincipal, type Principal } from '../../app/features/groups/permissions.server';
import { writeGracePeriod, writeMeetingDeadlines } from '../../app/features/meetings/meeting-deadlines.server';
import { endOfDay, graceEnd } from '../../app/features/meetings/deadlines';
import { fillReservedFromRequest, reserveNumber } from '../../app/features/registration/reserved-numbers.server';
import {
  expireReservations,
  notSubmittedSql,
  reservationPage,
  reserveForMember,
  setReservationCap,
} from '../../app/features/registration/member-reservations.server';
import type { Services } from '../../app/platform/context.server';
import { type DomainError } from '../../app/platform/errors';
import { createStorage } from '../../storage';
import { createTestDatabase, testEngine, type TestDatabase } from '../support/db';
import { minimalDocx } from '../fixtures/docx';

const onPostgres = testEngine === 'postgres';
let database: TestDatabase;
let services: Services;
let filesDir: string;
let secretariat: Principal;
const members: Principal[] = [];
let outsider: Principal;
let groupId: string;
let n = 0;

const ZONE = 'Europe/Zurich';

/** A meeting of the test group whose contributions close at `contributions` and reservations at `reservation`. */
async function newMeeting(contributions: Date | null, reservation: Date | null = null) {
  const slug = `res-${++n}-${Date.now().toString(36)}`;
  const [m] = await database.db
    .insert(meetings)
    .values({
      groupId,
      slug,
      title: `Reservation meeting ${n}`,
      startsOn: '2026-11-10',
      endsOn: '2026-11-11',
      timeZone: ZONE,
      locationKind: 'virtual',
      inputDeadline: contributions,
      deadlineOverridden: true,
      documentTypes: ['contribution'],
    })
    .returning();
  await database.db.insert(numberingSchemes).values({
    groupId,
    documentType: 'contribution',
    name: `Contributions ${slug}`,
    format: 'RES-C{n:3}',
    scope: 'meeting',
    meetingId: m.id,
  });
  if (reservation)
    await writeMeetingDeadlines(database.db, m.id, { reservation: { at: reservation, overridden: true } });
  return m;
}

const input = (title: string) => ({ type: 'contribution', title, source: 'Member Org' });

async function refusal(p: Promise<unknown>) {
  try {
    await p;
  } catch (err) {
    return err as DomainError;
  }
  throw new Error('expected a refusal');
}

function fillRequest(documentId: string, file = minimalDocx('Filled contribution'), name = 'filled.docx') {
  const form = new FormData();
  form.append('main', new Blob([file]), name);
  return new Request(`http://portal.test/documents/${documentId}/workflow?do=fill`, { method: 'POST', body: form });
}

const stateOf = async (id: string) =>
  (await database.db.select({ s: documents.state }).from(documents).where(eq(documents.id, id)))[0].s;

beforeAll(async () => {
  database = await createTestDatabase({ max: 12 });
  filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'plenary-res-'));
  services = { db: database.db, storage: createStorage({ kind: 'local', root: filesDir }) } as unknown as Services;
  const [g] = await database.db
    .insert(groups)
    .values({ slug: `resg-${Date.now().toString(36)}`, code: 'RESG', name: 'Reservation group', kind: 'study_group' })
    .returning();
  groupId = g.id;
  const mk = async (key: string, role: 'member' | 'secretariat' | null) => {
    const [u] = await database.db
      .insert(users)
      .values({ email: `${key}-${g.slug}@example.org`, name: key, passwordHash: 'x', organisation: 'Member Org' })
      .returning();
    if (role) await database.db.insert(memberships).values({ userId: u.id, groupId, role });
    return loadPrincipal(database.db, { id: u.id, isAdmin: false });
  };
  secretariat = await mk('secretariat', 'secretariat');
  for (let i = 0; i < 120; i++) members.push(await mk(`member${i}`, 'member'));
  outsider = await mk('outsider', null);
}, 120_000);
afterAll(async () => {
  await database?.destroy();
  fs.rmSync(filesDir, { recursive: true, force: true });
});

describe('member reservations', () => {
  it('a member reserves up to the cap; one more is refused with the cap and nothing is stored', async () => {
    const m = await newMeeting(new Date(Date.now() + 86_400_000));
    await setReservationCap(database.db, secretariat, m.slug, { cap: '2' });
    const a = await reserveForMember(database.db, members[0], m.slug, input('First'));
    const b = await reserveForMember(database.db, members[0], m.slug, input('Second'));
    expect([a.numberLabel, b.numberLabel]).toEqual(['RES-C001', 'RES-C002']);
    expect(a.state).toBe('reserved');
    const err = await refusal(reserveForMember(database.db, members[0], m.slug, input('Third')));
    expect(err.messageKey).toBe('reservations.capReached');
    expect(err.vars).toEqual({ cap: 2 });
    const rows = await database.db.select().from(documents).where(eq(documents.meetingId, m.id));
    expect(rows.length).toBe(2);
    const [scheme] = await database.db.select().from(numberingSchemes).where(eq(numberingSchemes.meetingId, m.id));
    expect(scheme.lastNumber).toBe(2);
    // Another member has their own allowance; the secretariat is not held to it.
    await reserveForMember(database.db, members[1], m.slug, input('Other member'));
    for (let i = 0; i < 3; i++) await reserveForMember(database.db, secretariat, m.slug, input(`Staff ${i}`));
    const page = await reservationPage(database.db, members[0], m.slug);
    expect(page).toMatchObject({ cap: 2, open: 2 });
    expect(page.mine.map((r) => r.label)).toEqual(['RES-C001', 'RES-C002']);
  });

  it('refuses outsiders of a closed group, a type the meeting does not take, and a cap that is not a number', async () => {
    const m = await newMeeting(new Date(Date.now() + 86_400_000));
    expect((await refusal(reserveForMember(database.db, outsider, m.slug, input('X')))).code).toBe('forbidden');
    const err = await refusal(reserveForMember(database.db, members[2], m.slug, { ...input('X'), type: 'td' }));
    expect(err.messageKey).toBe('reservations.typeNotUsed');
    const bad = await refusal(setReservationCap(database.db, secretariat, m.slug, { cap: 'many' }));
    expect(bad.fieldErrors).toEqual({ cap: 'reservations.capInvalid' });
    expect((await refusal(setReservationCap(database.db, members[2], m.slug, { cap: '9' }))).code).toBe('forbidden');
    expect(await database.db.select().from(documents).where(eq(documents.meetingId, m.id))).toEqual([]);
  });

  it('the reservation deadline holds at the wall-clock time in the meeting’s zone on the day summer time begins', async () => {
    // 29 March 2026: Geneva moves from UTC+1 to UTC+2 at 02:00. 23:59 that evening is 21:59 UTC, not 22:59.
    const reservation = endOfDay('2026-03-29', ZONE);
    expect(reservation.toISOString()).toBe('2026-03-29T21:59:00.000Z');
    const m = await newMeeting(new Date('2026-04-10T21:59:00Z'), reservation);
    const ok = await reserveForMember(
      database.db,
      members[3],
      m.slug,
      input('Just in time'),
      new Date('2026-03-29T21:58:30Z'),
    );
    expect(ok.state).toBe('reserved');
    const late = await refusal(
      reserveForMember(database.db, members[3], m.slug, input('Too late'), new Date('2026-03-29T22:00:30Z')),
    );
    expect(late.messageKey).toBe('reservations.deadlinePassed');
    expect(await database.db.select().from(documents).where(eq(documents.meetingId, m.id))).toHaveLength(1);
  });

  it('open reservations expire at the contributions deadline on the day summer time ends, once, keeping their numbers', async () => {
    // 25 October 2026: Geneva goes back from UTC+2 to UTC+1 at 03:00. 23:59 that evening is 22:59 UTC.
    const deadline = endOfDay('2026-10-25', ZONE);
    expect(deadline.toISOString()).toBe('2026-10-25T22:59:00.000Z');
    const m = await newMeeting(deadline);
    const before = new Date('2026-10-20T10:00:00Z');
    const kept = await reserveForMember(database.db, members[4], m.slug, input('Filled'), before);
    const open1 = await reserveForMember(database.db, members[4], m.slug, input('Never written'), before);
    const open2 = await reserveForMember(database.db, members[5], m.slug, input('Forgotten'), before);
    const staff = await reserveNumber(database.db, secretariat, {
      meetingId: m.id,
      type: 'contribution',
      title: 'Meeting report',
    });
    await database.db.update(documents).set({ state: 'registered' }).where(eq(documents.id, kept.id));
    // An hour before the deadline in Geneva (as summer time would have put it): nothing expires.
    expect(await expireReservations(database.db, { meetingId: m.id, now: new Date('2026-10-25T22:30:00Z') })).toBe(0);
    expect(await stateOf(open1.id)).toBe('reserved');
    const after = new Date('2026-10-25T23:00:00Z');
    expect(await expireReservations(database.db, { meetingId: m.id, now: after })).toBe(2);
    // Idempotent: the sweep and the job may both run, or run again after a restart.
    expect(await expireReservations(database.db, { meetingId: m.id, now: after })).toBe(0);
    expect(await expireReservations(database.db, { meetingId: m.id, now: new Date('2026-10-26T08:00:00Z') })).toBe(0);
    const rows = await database.db
      .select({ id: documents.id, state: documents.state, label: documents.numberLabel, notSubmitted: notSubmittedSql })
      .from(documents)
      .where(eq(documents.meetingId, m.id));
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(open1.id)).toMatchObject({ state: 'withdrawn', label: 'RES-C002', notSubmitted: true });
    expect(byId.get(open2.id)).toMatchObject({ state: 'withdrawn', label: 'RES-C003', notSubmitted: true });
    // Filled ones and the secretariat's own reservations (reports, statements) do not expire.
    expect(byId.get(kept.id)).toMatchObject({ state: 'registered', notSubmitted: false });
    expect(byId.get(staff.id)).toMatchObject({ state: 'reserved', notSubmitted: false });
    const events = await database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.meetingId, m.id), eq(auditEvents.action, 'document.reservationExpired')));
    expect(events.map((e) => e.subjectId).sort()).toEqual([open1.id, open2.id].sort());
    // Numbers are never given again: the next one follows the last ever taken.
    const next = await reserveNumber(database.db, secretariat, {
      meetingId: m.id,
      type: 'contribution',
      title: 'After expiry',
    });
    expect(next.numberLabel).toBe('RES-C005');
    // The member sees it as withdrawn, not submitted; an expired reservation cannot be filled.
    const page = await reservationPage(database.db, members[4], m.slug, after);
    expect(page.mine.find((r) => r.id === open1.id)?.expiredAt).not.toBeNull();
    const err = await refusal(fillReservedFromRequest(services, members[4], open1.id, fillRequest(open1.id)));
    expect(err.messageKey).toBe('reservations.expired');
    expect(await stateOf(open1.id)).toBe('withdrawn');
  });

  it('reserves until the reservation deadline itself; expires just after the grace period or the late list', async () => {
    const contributions = endOfDay('2026-10-25', ZONE);
    const reservation = endOfDay('2026-10-20', ZONE);
    const m = await newMeeting(contributions, reservation);
    const [plain, listed] = [members[9], members[111]];
    const atDeadline = await reserveForMember(database.db, plain, m.slug, input('At the deadline'), reservation);
    expect(atDeadline.state).toBe('reserved');
    expect((await reservationPage(database.db, plain, m.slug, reservation)).reservationOpen).toBe(true);
    const justAfter = new Date(reservation.getTime() + 1);
    expect((await reservationPage(database.db, plain, m.slug, justAfter)).reservationOpen).toBe(false);
    const late = await refusal(reserveForMember(database.db, plain, m.slug, input('A millisecond late'), justAfter));
    expect(late.messageKey).toBe('reservations.deadlinePassed');
    const onList = await reserveForMember(database.db, listed, m.slug, input('On the late list'), reservation);
    // 30 minutes' grace for all; the listed reserver until the next morning, 09:00 in Geneva (08:00 UTC).
    await writeGracePeriod(database.db, m.id, 30);
    const until = endOfDay('2026-10-26', ZONE, '09:00');
    await database.db.insert(lateSubmitters).values({ meetingId: m.id, userId: listed.id, until });
    const graceOver = graceEnd(contributions, 30);
    const after = (at: Date) => new Date(at.getTime() + 1);
    expect(await expireReservations(database.db, { meetingId: m.id, now: graceOver })).toBe(0);
    expect(await expireReservations(database.db, { meetingId: m.id, now: after(graceOver) })).toBe(1);
    expect(await stateOf(atDeadline.id)).toBe('withdrawn');
    expect(await expireReservations(database.db, { meetingId: m.id, now: until })).toBe(0);
    expect(await stateOf(onList.id)).toBe('reserved');
    expect(await expireReservations(database.db, { meetingId: m.id, now: after(until) })).toBe(1);
    expect(await stateOf(onList.id)).toBe('withdrawn');
  });

  it('only the reserver (or the secretariat) fills a reservation; the reserver until the deadline', async () => {
    const m = await newMeeting(new Date(Date.now() + 86_400_000));
    const mine = await reserveForMember(database.db, members[6], m.slug, input('Mine'));
    const other = await reserveForMember(database.db, members[7], m.slug, input('Someone else’s'));
    const err = await refusal(fillReservedFromRequest(services, members[6], other.id, fillRequest(other.id)));
    // Another member cannot see the reservation at all: not found, nothing stored.
    expect(err.code).toBe('not_found');
    expect(await stateOf(other.id)).toBe('reserved');
    const notDocx = await refusal(
      fillReservedFromRequest(services, members[6], mine.id, fillRequest(mine.id, Buffer.from('hello'), 'notes.txt')),
    );
    expect(notDocx.fieldErrors).toEqual({ main: 'reservations.docxOnly' });
    expect(await stateOf(mine.id)).toBe('reserved');
    const filled = await fillReservedFromRequest(services, members[6], mine.id, fillRequest(mine.id));
    expect(filled).toMatchObject({ state: 'registered', numberLabel: 'RES-C001', late: false });
    const [r] = await database.db.select().from(memberReservations).where(eq(memberReservations.documentId, mine.id));
    expect(r.filledAt).not.toBeNull();
    // The secretariat fills anyone's.
    const byStaff = await fillReservedFromRequest(services, secretariat, other.id, fillRequest(other.id));
    expect(byStaff.state).toBe('registered');
    // Past the deadline (the job not run yet), the reserver is refused with the reason.
    const past = await newMeeting(new Date(Date.now() - 60_000));
    await database.db.insert(documents).values({
      meetingId: past.id,
      groupId,
      type: 'contribution',
      state: 'reserved',
      title: 'Overdue',
      number: 1,
      numberLabel: 'RES-C001',
      submittedBy: members[8].id,
    });
    const [overdue] = await database.db.select().from(documents).where(eq(documents.meetingId, past.id));
    await database.db
      .insert(memberReservations)
      .values({ documentId: overdue.id, meetingId: past.id, userId: members[8].id, reservedAt: new Date() });
    const tooLate = await refusal(fillReservedFromRequest(services, members[8], overdue.id, fillRequest(overdue.id)));
    expect(tooLate.messageKey).toBe('reservations.expired');
    expect(await stateOf(overdue.id)).toBe('reserved');
  });
});

// PGlite has a single connection: its transactions never overlap, so nothing there would prove the locking.
describe.skipIf(!onPostgres)('reservations under concurrency (PostgreSQL)', () => {
  it('100 members reserving at once get unique, gap-free numbers; one member racing past the cap is held to it', async () => {
    const m = await newMeeting(new Date(Date.now() + 86_400_000));
    const results = await Promise.allSettled(
      members.slice(10, 110).map((p, i) => reserveForMember(database.db, p, m.slug, input(`Concurrent ${i}`))),
    );
    expect(
      results.filter((r) => r.status === 'rejected').map((r) => String((r as PromiseRejectedResult).reason)),
    ).toEqual([]);
    const numbers = (
      await database.db.select({ n: documents.number }).from(documents).where(eq(documents.meetingId, m.id))
    )
      .map((r) => r.n!)
      .sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));

    await setReservationCap(database.db, secretariat, m.slug, { cap: '3' });
    const racing = await Promise.allSettled(
      Array.from({ length: 8 }, (_, i) => reserveForMember(database.db, members[110], m.slug, input(`Race ${i}`))),
    );
    expect(racing.filter((r) => r.status === 'fulfilled')).toHaveLength(3);
    const [{ count }] = await database.db
      .select({ count: sql<number>`count(*)`.mapWith(Number) })
      .from(memberReservations)
      .where(and(eq(memberReservations.meetingId, m.id), eq(memberReservations.userId, members[110].id)));
    expect(count).toBe(3);
    const all = (
      await database.db.select({ n: documents.number }).from(documents).where(eq(documents.meetingId, m.id))
    ).map((r) => r.n!);
    expect(all.sort((a, b) => a - b)).toEqual(Array.from({ length: 103 }, (_, i) => i + 1));
  });
});
