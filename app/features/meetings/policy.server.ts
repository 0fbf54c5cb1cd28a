/** The meeting policy: who may submit to a meeting, set it up, and handle its documents as the secretariat. */
import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.server';
import { groups, meetings } from '../../../db/schema';
import { notFound } from '../../platform/errors';
import { authorize, can, groupChain, type Principal } from '../groups/permissions.server';
import type { Meeting } from './meetings.server';

type Group = typeof groups.$inferSelect;

export interface MeetingAbilities {
  /** Submit contributions (while the meeting takes them). */
  submit: boolean;
  /** Edit the meeting: dates, place, deadline, document types. */
  manage: boolean;
  /** The secretariat's document work: register, reserve numbers, publish, accept late documents. */
  manageDocuments: boolean;
}

export async function meetingAbilities(
  db: Db,
  principal: Principal | null,
  meeting: Pick<Meeting, 'takesContributions'>,
  group: Pick<Group, 'id' | 'openParticipation'>,
): Promise<MeetingAbilities> {
  const scope = { groupChain: await groupChain(db, group.id), openParticipation: group.openParticipation };
  return {
    submit: meeting.takesContributions && can(principal, 'document.submit', scope),
    manage: can(principal, 'meeting.manage', scope),
    manageDocuments: can(principal, 'document.manage', scope),
  };
}

/** Loads a meeting (by id or slug) with its group and throws unless the principal may do `action` there. */
export async function authorizeMeeting(
  db: Db,
  principal: Principal | null,
  action: keyof MeetingAbilities,
  ref: { id: string } | { slug: string },
) {
  const where = 'id' in ref ? eq(meetings.id, ref.id) : eq(meetings.slug, ref.slug);
  const [row] = await db
    .select({ meeting: meetings, group: groups })
    .from(meetings)
    .innerJoin(groups, eq(groups.id, meetings.groupId))
    .where(where);
  if (!row) throw notFound();
  authorize(principal, (await meetingAbilities(db, principal, row.meeting, row.group))[action]);
  return row;
}
