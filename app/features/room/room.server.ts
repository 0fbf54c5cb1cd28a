/**
 * The meeting room: what the chair or the secretariat marks as being discussed now (an agenda item, a document) and
 * the short history of those moves. The room lives in meeting_room_events (the latest row is the room now); it is
 * changed only by moveRoom, under the room policy, and every page reads it through roomState.
 */
import { and, desc, eq } from 'drizzle-orm';
import { inTransaction, type Db } from '../../../db/client.server';
import { agendaItems, documents, groups, meetings } from '../../../db/schema';
import { meetingRoomEvents } from '../../../db/schema/room';
import { recordEvent } from '../../platform/audit.server';
import { DomainError, notFound } from '../../platform/errors';
import { parseOrThrow } from '../../platform/validation';
import { itemNotes, notesAccess, openItemNotes } from '../collaboration/notes.server';
import { documentAbilities } from '../documents/policy.server';
import { groupChain, type Principal } from '../groups/permissions.server';
import { LISTED } from '../publication/document-view-sql.server';
import { fullLabel } from '../registration/numbering.server';
import { meetingRoomAbilities, roomAbilities } from './policy.server';
import { roomDecisions } from './room-decisions.server';
import type { RoomEntry, RoomState } from './room-doc';
import { roomMoveForm } from './room-input';

/** How many moves the room's history shows. */
export const HISTORY = 10;

/** The room of a meeting as it is now, with the last moves (newest first). */
export async function roomState(db: Db, meetingId: string, limit = HISTORY): Promise<RoomState> {
  const rows = await db
    .select({ event: meetingRoomEvents, doc: documents })
    .from(meetingRoomEvents)
    .leftJoin(documents, eq(documents.id, meetingRoomEvents.documentId))
    .where(eq(meetingRoomEvents.meetingId, meetingId))
    .orderBy(desc(meetingRoomEvents.id))
    .limit(limit);
  const history = rows.map(({ event: e, doc }): RoomEntry => ({
    id: e.id,
    at: e.at.toISOString(),
    kind: e.kind,
    item: e.itemLabel !== null ? { id: e.agendaItemId, label: e.itemLabel, title: e.itemTitle ?? '' } : null,
    document: doc ? { id: doc.id, label: fullLabel(doc) ?? '', title: doc.title } : null,
  }));
  const latest = history[0];
  return { seq: latest?.id ?? 0, current: latest && latest.kind !== 'clear' ? latest : null, history };
}

async function meetingBySlug(db: Db, slug: string) {
  const [row] = await db
    .select({ meeting: meetings, group: groups })
    .from(meetings)
    .innerJoin(groups, eq(groups.id, meetings.groupId))
    .where(eq(meetings.slug, slug));
  if (!row) throw notFound();
  return { ...row, chain: await groupChain(db, row.group.id) };
}

/**
 * The room page: the room now with the decisions recorded on the documents it presented (a page without JavaScript
 * has no live document to learn them from) and, for those who move it, the meeting's agenda items and documents to
 * choose from.
 */
export async function roomPage(db: Db, principal: Principal | null, slug: string) {
  const { meeting, group, chain } = await meetingBySlug(db, slug);
  if (!principal) throw new DomainError('unauthenticated', 'error.forbidden');
  const may = await meetingRoomAbilities(db, principal, meeting.id, chain);
  if (!may.read) throw new DomainError('forbidden', 'room.readForbidden');
  const state = await roomState(db, meeting.id);
  // The chair's notes of the item under discussion (null: no item, or notes the principal may not read).
  const notesItemId = state.current?.item?.id ?? null;
  const [notes, decisions] = await Promise.all([
    notesItemId ? itemNotes(db, principal, notesItemId) : null,
    roomDecisions(db, state),
  ]);
  const forFollowers = { meeting, group, may, state, decisions, notesItemId, notes };
  if (!may.move) return { ...forFollowers, items: [], documents: [], decideCurrent: false };
  const presented = state.current?.document;
  // The link to record the decision on the document shown, for those the document policy lets decide on it.
  const decideCurrent = presented
    ? (await documentAbilities(db, principal, { id: presented.id, meetingId: meeting.id })).decide
    : false;
  const [items, docs] = await Promise.all([
    db
      .select({ id: agendaItems.id, label: agendaItems.label, title: agendaItems.title })
      .from(agendaItems)
      .where(eq(agendaItems.meetingId, meeting.id))
      .orderBy(agendaItems.position),
    db
      .select()
      .from(documents)
      .where(and(eq(documents.meetingId, meeting.id), LISTED)),
  ]);
  const choices = docs
    .map((d) => ({ id: d.id, label: fullLabel(d) ?? '', title: d.title, agendaItemId: d.agendaItemId }))
    .sort((a, b) => a.label.localeCompare(b.label, 'en', { numeric: true }));
  return { ...forFollowers, items, documents: choices, decideCurrent };
}

/** Opens the chair's notes of an item of the meeting `slug` for writing, from the room (see openItemNotes). */
export async function openRoomNotes(db: Db, principal: Principal | null, slug: string, agendaItemId: unknown) {
  const { meeting } = await meetingBySlug(db, slug);
  return openItemNotes(db, principal, meeting.id, agendaItemId);
}

type RoomProblem =
  'room.itemNotOnAgenda' | 'room.documentUnknown' | 'room.documentOtherMeeting' | 'room.documentNotListed';

/** A refused move: the message, also beside the field it concerns. */
const refused = (field: 'agendaItemId' | 'documentId', key: RoomProblem) =>
  new DomainError('invalid', key, undefined, { [field]: key });

/**
 * Moves the room of the meeting `slug`: takes up an agenda item of this meeting and presents one of its registered
 * documents, or clears the room. Refused, with nothing changed: someone who may not move the room, an item not on
 * this meeting's agenda, a document of another meeting or one not in its list.
 */
export async function moveRoom(db: Db, principal: Principal | null, slug: string, input: unknown) {
  const { meeting, group, chain } = await meetingBySlug(db, slug);
  if (!principal) throw new DomainError('unauthenticated', 'error.forbidden');
  if (!roomAbilities(principal, chain).move) throw new DomainError('forbidden', 'room.moveForbidden');
  const data = parseOrThrow(roomMoveForm, input);
  let item: typeof agendaItems.$inferSelect | undefined;
  let doc: typeof documents.$inferSelect | undefined;
  if (data.intent === 'move') {
    if (data.documentId) {
      [doc] = await db.select().from(documents).where(eq(documents.id, data.documentId));
      if (!doc) throw refused('documentId', 'room.documentUnknown');
      if (doc.meetingId !== meeting.id) throw refused('documentId', 'room.documentOtherMeeting');
      if (!['registered', 'withdrawn'].includes(doc.state) || !doc.numberLabel)
        throw refused('documentId', 'room.documentNotListed');
    }
    const itemId = data.agendaItemId ?? doc?.agendaItemId;
    if (itemId) {
      [item] = await db.select().from(agendaItems).where(eq(agendaItems.id, itemId));
      if (!item || item.meetingId !== meeting.id) throw refused('agendaItemId', 'room.itemNotOnAgenda');
    }
  }
  const kind = data.intent === 'clear' ? 'clear' : doc ? 'document' : 'item';
  return inTransaction(db, async (tx) => {
    const [event] = await tx
      .insert(meetingRoomEvents)
      .values({
        meetingId: meeting.id,
        actorId: principal.id,
        kind,
        agendaItemId: item?.id ?? null,
        itemLabel: item?.label ?? null,
        itemTitle: item?.title ?? null,
        documentId: doc?.id ?? null,
      })
      .returning();
    await recordEvent(tx, {
      actorId: principal.id,
      action: 'room.moved',
      subjectType: 'meeting',
      subjectId: meeting.id,
      meetingId: meeting.id,
      groupId: group.id,
      after: {
        kind,
        ...(item ? { item: `${item.label}. ${item.title}` } : {}),
        ...(doc ? { document: fullLabel(doc) } : {}),
      },
    });
    return { event, meetingId: meeting.id };
  });
}

/** How long after the room's last move pages still follow it live when the meeting is not (or no longer) on. */
const LIVE_AFTER_MOVE_MS = 12 * 60 * 60 * 1000;

/**
 * What a meeting's pages (meeting, document list, agenda) need for the room banner: null for those who may not
 * follow the room, and when the room is idle (the meeting not on, nothing in the room).
 */
export async function roomBanner(
  db: Db,
  principal: Principal | null,
  meeting: Pick<typeof meetings.$inferSelect, 'id' | 'slug' | 'timeZone' | 'groupId'>,
  ongoing: boolean,
  now = new Date(),
) {
  if (!principal) return null;
  const chain = await groupChain(db, meeting.groupId);
  if (!(await meetingRoomAbilities(db, principal, meeting.id, chain)).read) return null;
  const state = await roomState(db, meeting.id);
  const lastMove = state.history[0] ? new Date(state.history[0].at).getTime() : 0;
  const live = ongoing || now.getTime() - lastMove < LIVE_AFTER_MOVE_MS;
  if (!live && !state.current) return null;
  // The banner links to the chair's notes of the item under discussion for those who may read them.
  const notes = !!(await notesAccess(db, principal, meeting, chain));
  return { meetingId: meeting.id, slug: meeting.slug, timeZone: meeting.timeZone, state, live, notes };
}
