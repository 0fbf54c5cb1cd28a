/**
 * Registering for a meeting: in person or remotely, as the meeting offers. Before the pre-registration deadline a
 * registration counts at once; after it the secretariat approves it (unless registration is closed). Every change
 * is an audit event; the participant is mailed (with the meeting's .ics) after the change commits.
 */
import { and, eq } from 'drizzle-orm';
import { inTransaction, type Db } from '../../../db/client.server';
import { enqueue, QUEUES } from '../../../db/jobs/index';
import type { meetings } from '../../../db/schema';
import { meetingParticipants, visaPassports, visaRequests } from '../../../db/schema/participation';
import { recordEvent } from '../../platform/audit.server';
import { DomainError } from '../../platform/errors';
import { parseOrThrow } from '../../platform/validation';
import type { Principal } from '../groups/permissions.server';
import { deadlineAt } from '../meetings/meeting-deadlines.server';
import { isOpen } from '../meetings/deadlines';
import { meetingSpan } from '../meetings/meetings.server';
import type { Services } from '../../platform/context.server';
import { dropStoredLetters } from './letter-store.server';
import { decisionInput, registrationInput } from './participation-input';
import { authorizeParticipation } from './policy.server';
import { participationSettings } from './settings.server';
import { alreadyIfDuplicate } from '../../platform/duplicates.server';

export type Participant = typeof meetingParticipants.$inferSelect;

/** What a participation mail job carries: which mail, about which registration or visa request. */
export interface ParticipationMailJob {
  kind: 'registered' | 'pending' | 'approved' | 'refused' | 'cancelled' | 'visa_approved' | 'visa_refused';
  participantId: string;
}

export const queueParticipationMail = (tx: Db, job: ParticipationMailJob) =>
  enqueue(tx, QUEUES.participationMail.name, job);

/** Why registration is not open now (a catalogue key), or null when it is. */
export async function registrationClosedReason(db: Db, meeting: typeof meetings.$inferSelect, now: Date) {
  const settings = await participationSettings(db, meeting);
  if (settings.closed) return 'participation.error.closed' as const;
  if (now > meetingSpan(meeting).closes) return 'participation.error.meetingOver' as const;
  return null;
}

/** Whether a registration made at `now` counts at once (before the pre-registration deadline) or waits for approval. */
export async function registrationStatusAt(db: Db, meetingId: string, now: Date) {
  return isOpen(await deadlineAt(db, meetingId, 'preregistration'), now)
    ? ('registered' as const)
    : ('pending' as const);
}

/**
 * Registers the signed-in person for the meeting (or registers them again after a cancellation or refusal).
 * Returns the participant row: status `registered`, or `pending` after the pre-registration deadline.
 */
export async function registerForMeeting(
  db: Db,
  principal: Principal | null,
  meetingSlug: string,
  input: unknown,
  now: Date = new Date(),
): Promise<Participant> {
  const { meeting, group, principal: who } = await authorizeParticipation(db, principal, 'register', meetingSlug);
  const values = parseOrThrow(registrationInput, input);
  const closed = await registrationClosedReason(db, meeting, now);
  if (closed) throw new DomainError('conflict', closed);
  const settings = await participationSettings(db, meeting);
  if (!settings.modes.includes(values.mode))
    throw new DomainError('invalid', 'participation.error.mode', undefined, { mode: 'participation.error.mode' });
  const status = await registrationStatusAt(db, meeting.id, now);
  return inTransaction(db, async (tx) => {
    const [existing] = await tx
      .select()
      .from(meetingParticipants)
      .where(and(eq(meetingParticipants.meetingId, meeting.id), eq(meetingParticipants.userId, who.id)))
      .for('update');
    if (existing && (existing.status === 'registered' || existing.status === 'pending'))
      throw new DomainError('conflict', 'participation.error.already');
    const row = { ...values, status, reason: null, updatedAt: now, decidedAt: null, cancelledAt: null };
    const [participant] = existing
      ? await tx.update(meetingParticipants).set(row).where(eq(meetingParticipants.id, existing.id)).returning()
      : await tx
          .insert(meetingParticipants)
          .values({ ...row, meetingId: meeting.id, userId: who.id, createdAt: now })
          .returning();
    await recordEvent(tx, {
      actorId: who.id,
      action: 'participation.registered',
      subjectType: 'participant',
      subjectId: participant.id,
      groupId: group.id,
      meetingId: meeting.id,
      before: existing ? { status: existing.status } : null,
      after: { ...values, status },
    });
    await queueParticipationMail(tx, { kind: status, participantId: participant.id });
    return participant;
  }).catch(alreadyIfDuplicate('participation.error.already'));
}

/** The person's own registration for the meeting, with its visa request's state (no passport data), if any. */
export async function ownRegistration(db: Db, meetingId: string, userId: string) {
  const [row] = await db
    .select({ participant: meetingParticipants, visa: visaRequests })
    .from(meetingParticipants)
    .leftJoin(visaRequests, eq(visaRequests.participantId, meetingParticipants.id))
    .where(and(eq(meetingParticipants.meetingId, meetingId), eq(meetingParticipants.userId, userId)));
  return row ?? null;
}

/** Deletes a visa request's passport data now (inside the caller's transaction), recording it without the data. */
export async function purgePassport(
  tx: Db,
  request: { id: string; meetingId: string },
  actorId: string | null,
  reason: 'cancelled' | 'retention',
  now: Date,
) {
  const deleted = await tx
    .delete(visaPassports)
    .where(eq(visaPassports.requestId, request.id))
    .returning({ id: visaPassports.requestId });
  if (!deleted.length) return false;
  await tx.update(visaRequests).set({ purgedAt: now }).where(eq(visaRequests.id, request.id));
  await recordEvent(tx, {
    actorId,
    action: 'participation.visa.purged',
    subjectType: 'visa_request',
    subjectId: request.id,
    meetingId: request.meetingId,
    after: { reason },
  });
  return true;
}

/** The person cancels their registration; a visa request's passport data and stored letters go with it. */
export async function cancelRegistration(
  services: Pick<Services, 'db' | 'storage'>,
  principal: Principal | null,
  slug: string,
  now = new Date(),
) {
  const { db, storage } = services;
  const { meeting, group, principal: who } = await authorizeParticipation(db, principal, 'register', slug);
  const { row, visaId } = await inTransaction(db, async (tx) => {
    const [p] = await tx
      .select()
      .from(meetingParticipants)
      .where(and(eq(meetingParticipants.meetingId, meeting.id), eq(meetingParticipants.userId, who.id)))
      .for('update');
    if (!p || (p.status !== 'registered' && p.status !== 'pending'))
      throw new DomainError('conflict', 'participation.error.notRegistered');
    const [row] = await tx
      .update(meetingParticipants)
      .set({ status: 'cancelled', cancelledAt: now, updatedAt: now })
      .where(eq(meetingParticipants.id, p.id))
      .returning();
    await recordEvent(tx, {
      actorId: who.id,
      action: 'participation.cancelled',
      subjectType: 'participant',
      subjectId: p.id,
      groupId: group.id,
      meetingId: meeting.id,
      before: { status: p.status },
      after: { status: 'cancelled' },
    });
    const [visa] = await tx.select().from(visaRequests).where(eq(visaRequests.participantId, p.id));
    if (visa) await purgePassport(tx, visa, who.id, 'cancelled', now);
    await queueParticipationMail(tx, { kind: 'cancelled', participantId: p.id });
    return { row, visaId: visa?.id };
  });
  if (visaId) await dropStoredLetters(storage, visaId);
  return row;
}

/** The secretariat approves or refuses (with a reason) a pending registration. */
export async function decideRegistration(
  db: Db,
  principal: Principal | null,
  slug: string,
  input: unknown,
  now = new Date(),
) {
  const { meeting, group, principal: who } = await authorizeParticipation(db, principal, 'manage', slug);
  const v = parseOrThrow(decisionInput, input);
  return inTransaction(db, async (tx) => {
    const [p] = await tx
      .select()
      .from(meetingParticipants)
      .where(and(eq(meetingParticipants.id, v.id), eq(meetingParticipants.meetingId, meeting.id)))
      .for('update');
    if (!p) throw new DomainError('not_found', 'error.notFound');
    if (p.status !== 'pending') throw new DomainError('conflict', 'participation.error.notPending');
    const status = v.decision === 'approve' ? 'registered' : 'refused';
    const reason = status === 'refused' ? v.reason : null;
    const [row] = await tx
      .update(meetingParticipants)
      .set({ status, reason, decidedAt: now, updatedAt: now })
      .where(eq(meetingParticipants.id, p.id))
      .returning();
    await recordEvent(tx, {
      actorId: who.id,
      action: status === 'registered' ? 'participation.approved' : 'participation.refused',
      subjectType: 'participant',
      subjectId: p.id,
      groupId: group.id,
      meetingId: meeting.id,
      before: { status: p.status },
      after: { status, reason },
    });
    await queueParticipationMail(tx, { kind: status === 'registered' ? 'approved' : 'refused', participantId: p.id });
    return row;
  });
}
