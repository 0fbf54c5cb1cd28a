/**
 * The meeting room policy. The room is moved (an agenda item taken up, a document presented, the room cleared) by the
 * chairs (vice-chairs, co-chairs) and the secretariat of the meeting's group or a group above it; chairs of working
 * groups below only follow it, like every member of the group and, in groups open to anyone, everyone registered
 * for the meeting. Others do not see it. The room page, its action, the banners and the collaboration server's
 * WebSocket (a read-only document for everyone: the room changes only through the page) all ask these functions.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.server';
import { groups, meetingParticipants, meetings } from '../../../db/schema';
import { can, groupChain, type Principal } from '../groups/permissions.server';
import { parseRoomName } from './room-doc';

export interface RoomAbilities {
  /** Follow the room: the banner, the history, live decisions. */
  read: boolean;
  /** Move the room. */
  move: boolean;
}

/** The rule itself; `registered`: the principal is among the meeting's registered followers (see roomFollowers). */
export function roomAbilities(principal: Principal | null, chain: string[], registered = false): RoomAbilities {
  const scope = { groupChain: chain };
  const move = can(principal, 'document.allocate', scope);
  return { read: move || can(principal, 'collab.read', scope) || (!!principal && registered), move };
}

/**
 * The people whose registration for the meeting lets them follow its room (`userId`: only that person, if so).
 * Registrations count once registered (not pending, cancelled or refused), and only in groups open to anyone: there
 * registering is how a non-member takes part, while elsewhere a registration would outlast a membership that ended.
 */
async function roomFollowers(db: Db, meetingId: string, userId?: string): Promise<string[]> {
  const rows = await db
    .select({ userId: meetingParticipants.userId })
    .from(meetingParticipants)
    .innerJoin(meetings, eq(meetings.id, meetingParticipants.meetingId))
    .innerJoin(groups, eq(groups.id, meetings.groupId))
    .where(
      and(
        eq(meetingParticipants.meetingId, meetingId),
        eq(meetingParticipants.status, 'registered'),
        eq(groups.openParticipation, true),
        userId ? eq(meetingParticipants.userId, userId) : undefined,
      ),
    );
  return rows.map((r) => r.userId);
}

/** What the principal may do with a meeting's room (`chain`: the meeting's group chain). */
export async function meetingRoomAbilities(
  db: Db,
  principal: Principal | null,
  meetingId: string,
  chain: string[],
): Promise<RoomAbilities> {
  const byRole = roomAbilities(principal, chain);
  if (byRole.read || !principal) return byRole;
  return roomAbilities(principal, chain, (await roomFollowers(db, meetingId, principal.id)).length > 0);
}

/**
 * The room's live document as the collaboration policy sees it: the meeting's group chain, its registered followers
 * as readers, and never editable, so that every connection (the chair's included) is read-only. Null when the name is
 * a room's of no meeting; undefined when the name is not a room's.
 */
export async function roomSubject(
  db: Db,
  name: string,
): Promise<{ groupChain: string[]; readers: string[]; editable: false } | null | undefined> {
  if (!name.startsWith('room:')) return undefined;
  const meetingId = parseRoomName(name);
  if (!meetingId) return null;
  const [meeting] = await db.select({ groupId: meetings.groupId }).from(meetings).where(eq(meetings.id, meetingId));
  if (!meeting) return null;
  const [chain, readers] = await Promise.all([groupChain(db, meeting.groupId), roomFollowers(db, meetingId)]);
  return { groupChain: chain, readers, editable: false };
}
