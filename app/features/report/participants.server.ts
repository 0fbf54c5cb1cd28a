/**
 * The organisations of a meeting's participants, for the report's annex: each organisation with how many of its
 * people attended, largest first. Read from the meeting's registrations once the portal keeps them; until then the
 * list is empty and the annex says no registrations were recorded.
 */
import type { Db } from '../../../db/client.server';

export async function participantOrganisations(
  _db: Db,
  _meetingId: string,
): Promise<{ organisation: string; count: number }[]> {
  return [];
}
