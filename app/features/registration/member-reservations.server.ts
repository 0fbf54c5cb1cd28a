/**
 * Numbers members reserve for documents they will submit (3GPP practice). Until the reservation deadline a member of
 * the meeting's group reserves the next number for a title, source and type; the number is theirs to fill with a file
 * until the contributions deadline (the fill is the secretariat's fill, reserved-numbers.server.ts, with the rules of
 * reservation-rules.server.ts); one left without a file then expires: withdrawn, "not submitted", its number kept.
 */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { inTransaction, type Db } from '../../../db/client.server';
import { documents } from '../../../db/schema';
import { memberReservations, reservationSettings } from '../../../db/schema/reservations';
import { enqueue, QUEUES } from '../../../db/jobs/index';
import { recordEvent } from '../../platform/audit.server';
import { DomainError } from '../../platform/errors';
import { parseOrThrow } from '../../platform/validation';
import { requireConfirmedEmail } from '../accounts/sign-up.server';
import { authorize, type Principal } from '../groups/permissions.server';
import { isOpen } from '../meetings/deadlines';
import { deadlineAt } from '../meetings/meeting-deadlines.server';
import { getMeetingBySlug } from '../meetings/meetings.server';
import { authorizeMeeting, meetingAbilities } from '../meetings/policy.server';
import { fullLabel } from './numbering.server';
import type { DocumentRow } from './register.server';
import { reserveNumberInTx } from './reserved-numbers.server';
import {
  DEFAULT_RESERVATION_CAP,
  openReservationCount,
  openReservationOf,
  reservationCap,
  reservationDeadline,
  reservationExpiry,
  reservationOpen,
} from './reservation-rules.server';
import { memberReserveForm, reservationCapForm } from './reserve-input';

/**
 * Queues the meeting's expiry job for the instant its reservations expire (contributions deadline plus grace), once
 * per instant however many reservations are made: a changed deadline queues it again. Inside the caller's transaction.
 */
export async function scheduleReservationExpiry(tx: Db, meetingId: string): Promise<void> {
  const at = await reservationExpiry(tx, meetingId, null);
  if (!at) return;
  const changed = await tx
    .insert(reservationSettings)
    .values({ meetingId, cap: DEFAULT_RESERVATION_CAP, expiryJobAt: at })
    .onConflictDoUpdate({
      target: reservationSettings.meetingId,
      set: { expiryJobAt: at },
      setWhere: sql`${reservationSettings.expiryJobAt} is distinct from excluded.expiry_job_at`,
    })
    .returning({ meetingId: reservationSettings.meetingId });
  if (changed.length) await enqueue(tx, QUEUES.reservationExpiry.name, { meetingId }, { startAfter: at });
}

/**
 * A member reserves the next number of the meeting's scheme for `type`: refused after the reservation deadline, over
 * the member's cap of open reservations, for a type the meeting does not use, or before their address is confirmed.
 * The secretariat is held to neither deadline nor cap. All or nothing: the number, the reservation and its event.
 */
export async function reserveForMember(
  db: Db,
  principal: Principal | null,
  meetingSlug: string,
  input: unknown,
  now = new Date(),
): Promise<DocumentRow> {
  const { meeting, group } = await getMeetingBySlug(db, meetingSlug);
  const may = await meetingAbilities(db, principal, meeting, group);
  authorize(principal, may.submit || may.manageDocuments);
  const data = parseOrThrow(memberReserveForm, input);
  if (!(meeting.documentTypes as string[]).includes(data.type))
    throw new DomainError('invalid', 'reservations.typeNotUsed', undefined, { type: 'reservations.typeNotUsed' });
  await requireConfirmedEmail(db, principal.id);
  const staff = may.manageDocuments;
  if (!staff && !(await reservationOpen(db, meeting.id, now)))
    throw new DomainError('forbidden', 'reservations.deadlinePassed');
  return inTransaction(db, async (tx) => {
    // One member's reservations in one meeting are counted one at a time (two at once cannot both pass the cap).
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${meeting.id}), hashtext(${principal.id}))`);
    const cap = await reservationCap(tx, meeting.id);
    if (!staff && (await openReservationCount(tx, meeting.id, principal.id)) >= cap)
      throw new DomainError('conflict', 'reservations.capReached', { cap });
    await scheduleReservationExpiry(tx, meeting.id);
    const row = await reserveNumberInTx(tx, principal.id, {
      meetingId: meeting.id,
      type: data.type,
      title: data.title,
      source: data.source,
      part: data.part,
      state: 'reserved',
      now,
    });
    await tx
      .insert(memberReservations)
      .values({ documentId: row.id, meetingId: meeting.id, userId: principal.id, reservedAt: now });
    return row;
  });
}

/** What the reservation page shows a member: the rules, the deadlines and their own reservations in the meeting. */
export async function reservationPage(db: Db, principal: Principal | null, meetingSlug: string, now = new Date()) {
  const { meeting, group } = await getMeetingBySlug(db, meetingSlug);
  const may = await meetingAbilities(db, principal, meeting, group);
  authorize(principal, may.submit || may.manageDocuments);
  const [cap, deadline, contributions, open] = await Promise.all([
    reservationCap(db, meeting.id),
    reservationDeadline(db, meeting.id),
    deadlineAt(db, meeting.id, 'contributions'),
    openReservationCount(db, meeting.id, principal.id),
  ]);
  const mine = await db
    .select({
      id: documents.id,
      title: documents.title,
      source: documents.source,
      type: documents.type,
      state: documents.state,
      numberLabel: documents.numberLabel,
      revision: documents.revision,
      relation: documents.relation,
      relationNumber: documents.relationNumber,
      reservedAt: memberReservations.reservedAt,
      expiredAt: memberReservations.expiredAt,
    })
    .from(memberReservations)
    .innerJoin(documents, eq(documents.id, memberReservations.documentId))
    .where(and(eq(memberReservations.meetingId, meeting.id), eq(memberReservations.userId, principal.id)))
    // Those still waiting for their file first (what the member has to do), then the rest, each by number.
    .orderBy(sql`${documents.state} <> 'reserved'`, asc(documents.number));
  return {
    meeting,
    group,
    staff: may.manageDocuments,
    cap,
    open,
    deadline,
    contributionsDeadline: contributions,
    reservationOpen: may.manageDocuments || isOpen(deadline, now),
    mine: mine.map((r) => ({ ...r, label: fullLabel(r) })),
  };
}

/** The secretariat sets how many numbers one member may hold reserved without a file in the meeting. */
export async function setReservationCap(db: Db, principal: Principal | null, meetingSlug: string, input: unknown) {
  const { meeting } = await authorizeMeeting(db, principal, 'manageDocuments', { slug: meetingSlug });
  const { cap } = parseOrThrow(reservationCapForm, input);
  return inTransaction(db, async (tx) => {
    const before = await reservationCap(tx, meeting.id);
    await tx
      .insert(reservationSettings)
      .values({ meetingId: meeting.id, cap, updatedBy: principal!.id, updatedAt: new Date() })
      .onConflictDoUpdate({
        target: reservationSettings.meetingId,
        set: { cap, updatedBy: principal!.id, updatedAt: new Date() },
      });
    await recordEvent(tx, {
      actorId: principal!.id,
      action: 'meeting.reservationCap',
      subjectType: 'meeting',
      subjectId: meeting.id,
      meetingId: meeting.id,
      groupId: meeting.groupId,
      before: { cap: before },
      after: { cap },
    });
    return cap;
  });
}

/**
 * Withdraws, as "not submitted", every member reservation still without a file once it has expired (for one meeting,
 * or all). Idempotent: run by the job queued for the deadline and by a periodic sweep, so that a restart or a changed
 * deadline is handled; a reservation not yet due has its meeting's job queued again for its (new) instant.
 * A number is never given again. Returns how many expired.
 */
export async function expireReservations(db: Db, opts: { meetingId?: string; now?: Date } = {}): Promise<number> {
  const now = opts.now ?? new Date();
  const open = await db
    .selectDistinct({ meetingId: memberReservations.meetingId, userId: memberReservations.userId })
    .from(memberReservations)
    .innerJoin(documents, eq(documents.id, memberReservations.documentId))
    .where(
      and(
        eq(documents.state, 'reserved'),
        opts.meetingId ? eq(memberReservations.meetingId, opts.meetingId) : undefined,
      ),
    );
  let expired = 0;
  const waiting = new Set<string>();
  for (const { meetingId, userId } of open) {
    const at = await reservationExpiry(db, meetingId, userId);
    if (!at) continue;
    if (isOpen(at, now)) {
      waiting.add(meetingId);
      continue;
    }
    expired += await inTransaction(db, async (tx) => {
      const due = await tx
        .select({ id: documents.id })
        .from(memberReservations)
        .innerJoin(documents, eq(documents.id, memberReservations.documentId))
        .where(openReservationOf(meetingId, userId))
        .orderBy(asc(documents.id));
      if (!due.length) return 0;
      // The state is checked again under the row lock: a file that arrived in between wins.
      const rows = await tx
        .update(documents)
        .set({ state: 'withdrawn', withdrawnAt: now, updatedAt: now, version: sql`${documents.version} + 1` })
        .where(
          and(
            inArray(
              documents.id,
              due.map((d) => d.id),
            ),
            eq(documents.state, 'reserved'),
          ),
        )
        .returning();
      if (!rows.length) return 0;
      await tx
        .update(memberReservations)
        .set({ expiredAt: now })
        .where(
          inArray(
            memberReservations.documentId,
            rows.map((r) => r.id),
          ),
        );
      for (const row of rows)
        await recordEvent(tx, {
          actorId: null,
          action: 'document.reservationExpired',
          subjectType: 'document',
          subjectId: row.id,
          documentId: row.id,
          meetingId,
          groupId: row.groupId,
          before: { state: 'reserved' },
          after: { state: 'withdrawn', reason: 'not_submitted', label: row.numberLabel },
        });
      return rows.length;
    });
  }
  // Reservations not due yet (the deadline moved later): the job is queued for the new instant. Those of reservers on
  // the late list past it are left to the periodic sweep.
  for (const meetingId of waiting) await inTransaction(db, (tx) => scheduleReservationExpiry(tx, meetingId));
  return expired;
}

export { notSubmittedSql } from './reservation-rules.server';
