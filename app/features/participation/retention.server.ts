/**
 * Passport data is short-lived: each visa request's passport row is deleted `visa_retention_days` (default 90) after
 * its meeting's last day, and its letters (.docx, PDF) with it from the portal's storage, which every process shares.
 * A daily job calls `purgeExpiredPassports`; the clock is a parameter so tests can move it.
 */
import { and, eq, isNull, sql } from 'drizzle-orm';
import { inTransaction } from '../../../db/client.server';
import { meetings } from '../../../db/schema';
import { meetingParticipation, visaPassports, visaRequests } from '../../../db/schema/participation';
import type { Services } from '../../platform/context.server';
import { dropStoredLetters, sweepStoredLetters } from './letter-store.server';
import { purgePassport } from './registration.server';

/**
 * Deletes every passport row past its retention at `now` and the stored letters made from it, then any stored letter
 * left without passport data (a process stopped between the two); returns the requests whose data went.
 */
export async function purgeExpiredPassports(
  services: Pick<Services, 'db' | 'storage'>,
  now: Date = new Date(),
): Promise<string[]> {
  const { db, storage } = services;
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
    await dropStoredLetters(storage, request.id);
  }
  await sweepStoredLetters(services);
  return purged;
}
