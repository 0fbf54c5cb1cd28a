/**
 * The participation policy: who may register for a meeting, see its participants, run its registrations and visa
 * letters (the meeting's secretariat), and read passport data (the requester and the meeting's secretariat only).
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.server';
import { groups, meetings } from '../../../db/schema';
import { notFound } from '../../platform/errors';
import { authorize, can, groupChain, type Principal } from '../groups/permissions.server';

export interface ParticipationAbilities {
  /** Register oneself (a signed-in person the group admits: anyone in open groups, members elsewhere). */
  register: boolean;
  /** See the participants list with its counts and export it: the secretariat and the group's chairs. */
  viewList: boolean;
  /** Approve or refuse registrations and visa letters, change the settings, read passport data. */
  manage: boolean;
  /** See the organisations attending, when the meeting makes that public: the group's members. */
  viewOrganisations: boolean;
}

type Meeting = typeof meetings.$inferSelect;
type Group = typeof groups.$inferSelect;

export async function participationAbilities(
  db: Db,
  principal: Principal | null,
  group: Pick<Group, 'id' | 'openParticipation'>,
): Promise<ParticipationAbilities> {
  const scope = { groupChain: await groupChain(db, group.id), openParticipation: group.openParticipation };
  return {
    register: can(principal, 'document.submit', scope),
    viewList: can(principal, 'document.allocate', scope),
    manage: can(principal, 'meeting.manage', scope),
    viewOrganisations: !!principal && (can(principal, 'collab.read', scope) || group.openParticipation),
  };
}

/** Passport data is for the person who gave it and the meeting's secretariat only. */
export const mayReadPassport = (may: ParticipationAbilities, principal: Principal, requesterId: string) =>
  requesterId === principal.id || may.manage;

/** Loads a meeting by slug with its group and abilities; throws unless the principal may do `action`. */
export async function authorizeParticipation(
  db: Db,
  principal: Principal | null,
  action: keyof ParticipationAbilities,
  slug: string,
): Promise<{ meeting: Meeting; group: Group; may: ParticipationAbilities; principal: Principal }> {
  const [row] = await db
    .select({ meeting: meetings, group: groups })
    .from(meetings)
    .innerJoin(groups, eq(groups.id, meetings.groupId))
    .where(eq(meetings.slug, slug));
  if (!row) throw notFound();
  const may = await participationAbilities(db, principal, row.group);
  authorize(principal, may[action]);
  return { ...row, may, principal };
}
