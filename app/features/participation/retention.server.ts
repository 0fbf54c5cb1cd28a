/**
 * Passport data is short-lived: each visa request's passport row is deleted `visa_retention_days` (default 90) after
 * its meeting's last day. A daily job calls `purgeExpiredPassports`; the clock is a parameter so tests can move it.
 */
import { and, eq, isNull, sql } from 'drizzle-orm';
import { inTransaction, type Db } from '../../../db/client.server';
import { meetings } from '../../../db/schema';
import { meetingParticipation, visaPassports, visaRequests } from '../../../db/schema/participation';
import { dropCachedLetters } from './letter.server';
import { purgePassport } from './registration.server';

/** Deletes every passport row past its retention at `now`; returns the requests whose data went. */
export async function purgeExpiredPassports(db: Db, now: Date = new Date()): Promise<string[]> {
  const today = now.toISOString().slice(0, 10);
  const due = await db
    .select({ id: visaRequests.id, meetingId: visaRequests.meetingId })
    .from(visaRequests)
    .innerJoin(visaPassports, eq(visaPassports.requestId, visaRequests.id))
    .innerJoin(meetings, eq(meetings.id, visaRequests.meetingId))
    .leftJoin(meetingParticipation, eq(meetingParticipation.meetingId, visaRequests.meetingId))
    .where(
      and(
        isNull(visaRequests.purgedAt),
        sql`${meetings.endsOn} + coalesce(${meetingParticipation.visaRetentionDays}, 90) < ${today}::date`,
      ),
    );
  const purged: string[] = [];
  for (const request of due) {
    const done = await inTransaction(db, (tx) => purgePassport(tx, request, null, 'retention', now));
    if (done) purged.push(request.id);
    await dropCachedLetters(request.id);
  }
  return purged;
}
