/**
 * Visa-support letters: a registered in-person participant asks for one before the visa deadline; the meeting's
 * secretariat approves (the letter is made and mailed) or refuses with a reason. The passport data lives in its own
 * table, read only here, by the requester and the meeting's secretariat; audit events never carry it.
 */
import { and, asc, eq } from 'drizzle-orm';
import { inTransaction, type Db } from '../../../db/client.server';
import { users } from '../../../db/schema';
import { meetingParticipants, visaPassports, visaRequests } from '../../../db/schema/participation';
import { recordEvent } from '../../platform/audit.server';
import { DomainError, notFound } from '../../platform/errors';
import { addDays } from '../../platform/time';
import { parseOrThrow } from '../../platform/validation';
import type { Principal } from '../groups/permissions.server';
import { isOpen } from '../meetings/deadlines';
import { deadlineAt } from '../meetings/meeting-deadlines.server';
import { decisionInput, visaInput, type VisaValues } from './participation-input';
import { authorizeParticipation, mayReadPassport } from './policy.server';
import { queueParticipationMail } from './registration.server';
import { alreadyIfDuplicate } from '../../platform/duplicates.server';

/** How far before the first day and after the last day a stay may reach. */
export const STAY_MARGIN_DAYS = 30;

const realDate = (d: string) => {
  const t = Date.parse(`${d}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === d;
};

/** The dates checked against today and the meeting: field → catalogue key of what is wrong. */
export function checkVisaDates(
  v: Pick<VisaValues, 'birthDate' | 'stayFrom' | 'stayTo'>,
  meeting: { startsOn: string; endsOn: string },
  now: Date,
): Record<string, string> {
  const problems: Record<string, string> = {};
  const today = now.toISOString().slice(0, 10);
  for (const f of ['birthDate', 'stayFrom', 'stayTo'] as const)
    if (!realDate(v[f])) problems[f] = 'participation.error.date';
  if (!problems.birthDate && (v.birthDate >= today || v.birthDate < '1900-01-01'))
    problems.birthDate = 'participation.visa.error.birthDate';
  const earliest = addDays(meeting.startsOn, -STAY_MARGIN_DAYS);
  const latest = addDays(meeting.endsOn, STAY_MARGIN_DAYS);
  if (!problems.stayFrom && (v.stayFrom < earliest || v.stayFrom > meeting.endsOn))
    problems.stayFrom = 'participation.visa.error.stayWindow';
  if (!problems.stayTo && (v.stayTo > latest || v.stayTo < meeting.startsOn))
    problems.stayTo = 'participation.visa.error.stayWindow';
  if (!problems.stayFrom && !problems.stayTo && v.stayTo < v.stayFrom)
    problems.stayTo = 'participation.visa.error.stayOrder';
  return problems;
}

/** The requester's registration for the meeting, which must be a registered in-person one. */
async function inPersonRegistration(tx: Db, meetingId: string, userId: string) {
  const [p] = await tx
    .select()
    .from(meetingParticipants)
    .where(and(eq(meetingParticipants.meetingId, meetingId), eq(meetingParticipants.userId, userId)));
  if (!p || p.status !== 'registered') throw new DomainError('conflict', 'participation.visa.error.notRegistered');
  if (p.mode !== 'in_person') throw new DomainError('conflict', 'participation.visa.error.notInPerson');
  return p;
}

/** A visa-support request with its passport data, checked; refused whole (nothing stored) on any problem. */
export async function requestVisaLetter(
  db: Db,
  principal: Principal | null,
  slug: string,
  input: unknown,
  now: Date = new Date(),
) {
  const { meeting, group, principal: who } = await authorizeParticipation(db, principal, 'register', slug);
  const values = parseOrThrow(visaInput, input);
  const problems = checkVisaDates(values, meeting, now);
  if (Object.keys(problems).length)
    throw new DomainError('invalid', 'participation.visa.error.dates', undefined, problems);
  if (!isOpen(await deadlineAt(db, meeting.id, 'visa'), now))
    throw new DomainError('conflict', 'participation.visa.error.deadline');
  return inTransaction(db, async (tx) => {
    const p = await inPersonRegistration(tx, meeting.id, who.id);
    const [existing] = await tx.select().from(visaRequests).where(eq(visaRequests.participantId, p.id)).for('update');
    if (existing && existing.status !== 'refused')
      throw new DomainError('conflict', 'participation.visa.error.already');
    if (existing) await tx.delete(visaRequests).where(eq(visaRequests.id, existing.id));
    const [request] = await tx
      .insert(visaRequests)
      .values({ participantId: p.id, meetingId: meeting.id, userId: who.id, createdAt: now })
      .returning();
    await tx.insert(visaPassports).values({ ...values, requestId: request.id });
    // The event says a letter was asked for, never what the passport says.
    await recordEvent(tx, {
      actorId: who.id,
      action: 'participation.visa.requested',
      subjectType: 'visa_request',
      subjectId: request.id,
      groupId: group.id,
      meetingId: meeting.id,
      after: { status: 'requested', participantId: p.id },
    });
    return request;
  }).catch(alreadyIfDuplicate('participation.visa.error.already'));
}

/** A request with its passport data, for its requester or the meeting's secretariat only. */
export async function visaRequestWithPassport(db: Db, principal: Principal | null, slug: string, requestId: string) {
  // Whoever may manage a meeting may also register for it: 'register' admits requesters and the secretariat.
  const { meeting, group, may, principal: who } = await authorizeParticipation(db, principal, 'register', slug);
  const [row] = await db
    .select({ request: visaRequests, passport: visaPassports, name: users.name, email: users.email })
    .from(visaRequests)
    .innerJoin(users, eq(users.id, visaRequests.userId))
    .leftJoin(visaPassports, eq(visaPassports.requestId, visaRequests.id))
    .where(and(eq(visaRequests.id, requestId), eq(visaRequests.meetingId, meeting.id)));
  if (!row || !mayReadPassport(may, who, row.request.userId)) throw notFound();
  return { meeting, group, ...row };
}

/** The meeting's visa requests for its secretariat, oldest first, with the passport data needed to decide. */
export async function visaQueue(db: Db, principal: Principal | null, slug: string) {
  const { meeting, group } = await authorizeParticipation(db, principal, 'manage', slug);
  const rows = await db
    .select({
      request: visaRequests,
      passport: visaPassports,
      name: users.name,
      email: users.email,
      organisation: meetingParticipants.organisation,
    })
    .from(visaRequests)
    .innerJoin(users, eq(users.id, visaRequests.userId))
    .innerJoin(meetingParticipants, eq(meetingParticipants.id, visaRequests.participantId))
    .leftJoin(visaPassports, eq(visaPassports.requestId, visaRequests.id))
    .where(eq(visaRequests.meetingId, meeting.id))
    .orderBy(asc(visaRequests.createdAt));
  return { meeting, group, rows };
}

/** The secretariat approves (the letter is made and mailed after commit) or refuses with a reason. */
export async function decideVisaRequest(
  db: Db,
  principal: Principal | null,
  slug: string,
  input: unknown,
  now: Date = new Date(),
) {
  const { meeting, group, principal: who } = await authorizeParticipation(db, principal, 'manage', slug);
  const v = parseOrThrow(decisionInput, input);
  return inTransaction(db, async (tx) => {
    const [r] = await tx
      .select()
      .from(visaRequests)
      .where(and(eq(visaRequests.id, v.id), eq(visaRequests.meetingId, meeting.id)))
      .for('update');
    if (!r) throw notFound();
    if (r.status !== 'requested') throw new DomainError('conflict', 'participation.visa.error.decided');
    if (r.purgedAt) throw new DomainError('conflict', 'participation.visa.error.purged');
    const status = v.decision === 'approve' ? ('approved' as const) : ('refused' as const);
    const reason = status === 'refused' ? v.reason : null;
    const [row] = await tx
      .update(visaRequests)
      .set({ status, reason, decidedBy: who.id, decidedAt: now })
      .where(eq(visaRequests.id, r.id))
      .returning();
    await recordEvent(tx, {
      actorId: who.id,
      action: `participation.visa.${status}`,
      subjectType: 'visa_request',
      subjectId: r.id,
      groupId: group.id,
      meetingId: meeting.id,
      before: { status: r.status },
      after: { status, reason },
    });
    await queueParticipationMail(tx, {
      kind: status === 'approved' ? 'visa_approved' : 'visa_refused',
      participantId: r.participantId,
    });
    return row;
  });
}
