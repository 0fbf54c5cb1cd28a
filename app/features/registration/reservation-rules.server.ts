/**
 * The rules of numbers reserved before their file exists (3GPP practice): how many one member may hold open, when an
 * open one expires, and whether a file may fill one. One place for each, asked by the reservation page, the fill paths
 * (registration page, document page) and the expiry job alike.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.server';
import { documents, meetings } from '../../../db/schema';
import { memberReservations, reservationSettings } from '../../../db/schema/reservations';
import { DomainError } from '../../platform/errors';
import { deadlineDecision, isOpen, latestAcceptedInstant, type DeadlineRuleApplied } from '../meetings/deadlines';
import { deadlineAt, graceMinutesOf, lateUntil } from '../meetings/meeting-deadlines.server';

/**
 * Whether a document expired as a reservation never filled ("withdrawn — not submitted" wherever it is listed), as a
 * boolean column over the table `documents` of the statement it is put in.
 */
export const notSubmittedSql = sql<boolean>`exists (
  select 1 from ${memberReservations}
  where ${memberReservations.documentId} = ${documents.id} and ${memberReservations.expiredAt} is not null
)`;

/** Open reservations one member may hold in a meeting unless its secretariat sets another number. */
export const DEFAULT_RESERVATION_CAP = 5;

/** How many reserved numbers without a file one member may hold at once in the meeting. */
export async function reservationCap(db: Db, meetingId: string): Promise<number> {
  const [row] = await db
    .select({ cap: reservationSettings.cap })
    .from(reservationSettings)
    .where(eq(reservationSettings.meetingId, meetingId));
  return row?.cap ?? DEFAULT_RESERVATION_CAP;
}

/** A member's reservation in the meeting whose number is still without a file (member_reservations ⋈ documents). */
export const openReservationOf = (meetingId: string, userId: string) =>
  and(
    eq(memberReservations.meetingId, meetingId),
    eq(memberReservations.userId, userId),
    eq(documents.state, 'reserved'),
  );

/** The member's reserved numbers still without a file in the meeting. */
export async function openReservationCount(db: Db, meetingId: string, userId: string): Promise<number> {
  const [{ n }] = await db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(memberReservations)
    .innerJoin(documents, eq(documents.id, memberReservations.documentId))
    .where(openReservationOf(meetingId, userId));
  return n;
}

/**
 * Until when members may reserve numbers: the meeting's reservation deadline, else its contributions deadline
 * (a number reserved after that could not be filled); null: no deadline.
 */
export async function reservationDeadline(db: Db, meetingId: string): Promise<Date | null> {
  return (await deadlineAt(db, meetingId, 'reservation')) ?? (await deadlineAt(db, meetingId, 'contributions'));
}

/** Whether a member may still reserve a number at `now`. */
export async function reservationOpen(db: Db, meetingId: string, now: Date): Promise<boolean> {
  return isOpen(await reservationDeadline(db, meetingId), now);
}

/**
 * When an open reservation of the meeting expires unless filled: the latest instant the reserver's input is accepted
 * (latestAcceptedInstant: the contributions deadline plus the meeting's grace period, or, for a reserver on the
 * meeting's late list, the end of their time there if later). Null: it never expires (the meeting has no contributions
 * deadline). The same instant past which the reserver may no longer fill it.
 */
export async function reservationExpiry(db: Db, meetingId: string, reserverId: string | null): Promise<Date | null> {
  const deadline = await deadlineAt(db, meetingId, 'contributions');
  if (!deadline) return null;
  return latestAcceptedInstant(deadline, {
    graceMinutes: await graceMinutesOf(db, meetingId),
    lateUntil: reserverId ? await lateUntil(db, meetingId, reserverId) : null,
  });
}

/**
 * Where a number stands for a fill whose request began at `began`: reserved; withdrawn as expired before the request
 * began; withdrawn as expired after it began (the upload began in time and still fills it); or not reserved at all.
 */
export function reservationStanding(
  doc: { state: string },
  reservation: { expiredAt: Date | null } | undefined,
  began: Date | undefined,
): 'reserved' | 'expired' | 'expiredMeanwhile' | 'notReserved' {
  if (doc.state === 'reserved') return 'reserved';
  if (doc.state !== 'withdrawn' || !reservation?.expiredAt) return 'notReserved';
  return began && isOpen(reservation.expiredAt, began) ? 'expiredMeanwhile' : 'expired';
}

/**
 * Whether a file may fill a reserved number when its request began at `began`, and whether the document is then late.
 * The reserver fills through the submission path's deadline decision (deadline, grace period, late list), but never
 * as a plain late document: past that, the reservation has expired. The secretariat (or a chair of its allocation)
 * may fill it at any time while it is open (their own reservations, reports and statements, are never late).
 * Throws the reason when refused.
 */
export async function fillDecision(
  db: Db,
  doc: { meetingId: string; numberLabel: string | null },
  actor: { id: string; staff: boolean },
  began: Date,
): Promise<{ late: boolean; rule: DeadlineRuleApplied | null }> {
  if (actor.staff) return { late: false, rule: null };
  const [meeting] = await db.select().from(meetings).where(eq(meetings.id, doc.meetingId));
  const deadline = await deadlineAt(db, doc.meetingId, 'contributions');
  const decision = deadlineDecision(meeting, began, false, {
    deadline,
    graceMinutes: await graceMinutesOf(db, doc.meetingId),
    lateUntil: await lateUntil(db, doc.meetingId, actor.id),
  });
  if (!decision.ok && decision.reason === 'closed') throw new DomainError('forbidden', 'submissions.closed');
  if (!decision.ok || decision.rule === 'late')
    throw new DomainError('forbidden', 'reservations.expired', { number: doc.numberLabel ?? '' });
  return { late: decision.late, rule: decision.rule };
}
