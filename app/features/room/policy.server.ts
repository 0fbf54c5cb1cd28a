/**
 * The meeting room policy. The room is moved (an agenda item taken up, a document presented, the room cleared) by the
 * chairs (vice-chairs, co-chairs) and the secretariat of the meeting's group or a group above it; chairs of working
 * groups below only follow it, like every member of the group. Others do not see it. The room page, its action and
 * the collaboration server's WebSocket (a read-only document for everyone: the room changes only through the page)
 * all ask these functions.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.server';
import { meetings } from '../../../db/schema';
import { can, groupChain, type Principal } from '../groups/permissions.server';
import { parseRoomName } from './room-doc';

export interface RoomAbilities {
  /** Follow the room: the banner, the history, live decisions. */
  read: boolean;
  /** Move the room. */
  move: boolean;
}

export function roomAbilities(principal: Principal | null, chain: string[]): RoomAbilities {
  const scope = { groupChain: chain };
  const move = can(principal, 'document.allocate', scope);
  return { read: move || can(principal, 'collab.read', scope), move };
}

/**
 * The room's live document as the collaboration policy sees it: the meeting's group chain, and never editable, so
 * that every connection (the chair's included) is read-only. Null when the name is a room's of no meeting;
 * undefined when the name is not a room's.
 */
export async function roomSubject(
  db: Db,
  name: string,
): Promise<{ groupChain: string[]; editable: false } | null | undefined> {
  if (!name.startsWith('room:')) return undefined;
  const meetingId = parseRoomName(name);
  if (!meetingId) return null;
  const [meeting] = await db.select({ groupId: meetings.groupId }).from(meetings).where(eq(meetings.id, meetingId));
  return meeting ? { groupChain: await groupChain(db, meeting.groupId), editable: false } : null;
}
