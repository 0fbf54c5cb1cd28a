/**
 * A meeting's late list: people the secretariat allows to submit after the deadline, each until an end time set
 * in the meeting's time zone. Adding and removing are recorded (who, when). The submission path reads the list
 * through lateUntil (meeting-deadlines.server.ts).
 */
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { inTransaction, type Db } from '../../../db/client.server';
import { lateSubmitters, users } from '../../../db/schema';
import { recordEvent } from '../../platform/audit.server';
import { parseOrThrow } from '../../platform/validation';
import { DomainError } from '../../platform/errors';
import type { Principal } from '../groups/permissions.server';
import { authorizeMeeting } from './policy.server';
import { endOfDay } from './deadlines';
import { lateSubmitterList } from './meeting-deadlines.server';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const realDate = (v: string) => {
  const [y, m, d] = v.split('-').map(Number);
  const at = new Date(Date.UTC(y, m - 1, d));
  return at.getUTCFullYear() === y && at.getUTCMonth() === m - 1 && at.getUTCDate() === d;
};

/** The form adding a person to the late list (browser and server). */
export const lateSubmitterInput = z.object({
  email: z.preprocess(
    (v) => v ?? '',
    z.string().trim().toLowerCase().min(1, 'error.field.required').email('error.field.email'),
  ),
  untilDate: z.preprocess(
    (v) => v ?? '',
    z
      .string()
      .min(1, 'error.field.required')
      .regex(DATE, 'submissions.meeting.date')
      .refine(realDate, 'submissions.meeting.date'),
  ),
  untilTime: z.preprocess((v) => v ?? '', z.string().regex(TIME, 'submissions.meeting.time').or(z.literal(''))),
});

/** The late list page: the meeting (without its grace period) and the people on its list. */
export async function lateListPage(db: Db, principal: Principal | null, slug: string) {
  const { meeting, group } = await authorizeMeeting(db, principal, 'manage', { slug });
  return {
    meeting,
    group: { slug: group.slug, code: group.code },
    people: await lateSubmitterList(db, meeting.id),
  };
}

/** Adds (or moves the end time of) a person on the meeting's late list. */
export async function addLateSubmitter(db: Db, principal: Principal, slug: string, input: unknown, now = new Date()) {
  const { meeting } = await authorizeMeeting(db, principal, 'manage', { slug });
  const v = parseOrThrow(lateSubmitterInput, input);
  const until = endOfDay(v.untilDate, meeting.timeZone, v.untilTime);
  if (until.getTime() <= now.getTime())
    throw new DomainError('invalid', 'error.form', undefined, { untilDate: 'deadlines.late.untilPast' });
  const [user] = await db.select({ id: users.id, name: users.name }).from(users).where(eq(users.email, v.email));
  if (!user) throw new DomainError('invalid', 'error.form', undefined, { email: 'deadlines.late.unknownUser' });
  return inTransaction(db, async (tx) => {
    const [before] = await tx
      .select({ until: lateSubmitters.until })
      .from(lateSubmitters)
      .where(and(eq(lateSubmitters.meetingId, meeting.id), eq(lateSubmitters.userId, user.id)));
    await tx
      .insert(lateSubmitters)
      .values({ meetingId: meeting.id, userId: user.id, until, grantedBy: principal.id, grantedAt: now })
      .onConflictDoUpdate({
        target: [lateSubmitters.meetingId, lateSubmitters.userId],
        set: { until, grantedBy: principal.id, grantedAt: sql`excluded.granted_at` },
      });
    await recordEvent(tx, {
      actorId: principal.id,
      action: 'meeting.late_submitter_added',
      subjectType: 'meeting',
      subjectId: meeting.id,
      groupId: meeting.groupId,
      meetingId: meeting.id,
      before: before ? { userId: user.id, until: before.until.toISOString() } : undefined,
      after: { userId: user.id, until: until.toISOString() },
    });
    return { name: user.name, until };
  });
}

/** Removes a person from the meeting's late list. */
export async function removeLateSubmitter(db: Db, principal: Principal, slug: string, userId: string) {
  const { meeting } = await authorizeMeeting(db, principal, 'manage', { slug });
  if (!/^[0-9a-f-]{36}$/i.test(userId)) throw new DomainError('invalid', 'error.form');
  return inTransaction(db, async (tx) => {
    const [row] = await tx
      .delete(lateSubmitters)
      .where(and(eq(lateSubmitters.meetingId, meeting.id), eq(lateSubmitters.userId, userId)))
      .returning();
    if (!row) return null;
    const [user] = await tx.select({ name: users.name }).from(users).where(eq(users.id, userId));
    await recordEvent(tx, {
      actorId: principal.id,
      action: 'meeting.late_submitter_removed',
      subjectType: 'meeting',
      subjectId: meeting.id,
      groupId: meeting.groupId,
      meetingId: meeting.id,
      before: { userId, until: row.until.toISOString() },
    });
    return { name: user?.name ?? '' };
  });
}
