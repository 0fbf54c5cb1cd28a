/**
 * The room, live: each meeting's room is a read-only document "room:<meetingId>" on the collaboration server (same
 * WebSocket, same session check, same Redis fan-out between processes as collaborative editing). The server alone
 * writes it: when it is loaded (from the database), after each move of the room and after each decision recorded
 * through the portal's pages or the API. Browsers on the meeting page, its document list, agenda and room page read it.
 */
import type { Extension, Hocuspocus, onConfigurePayload, onLoadDocumentPayload } from '@hocuspocus/server';
import { and, eq, gte } from 'drizzle-orm';
import type * as Y from 'yjs';
import type { Db } from '../../../db/client.server';
import { documents } from '../../../db/schema';
import { setDecision } from '../allocation/decisions.server';
import type { CollabLive } from '../collaboration/collaboration.server';
import type { Principal } from '../groups/permissions.server';
import { liveDecisions } from './room-decisions.server';
import { moveRoom, roomState } from './room.server';
import { parseRoomName, roomName, writeDecision, writeRoomState, type RoomState } from './room-doc';

/** Decisions recorded this long before a room document is loaded are in it (later ones are written as they come). */
const RECENT_DECISIONS_MS = 24 * 60 * 60 * 1000;

interface LiveContext {
  db: Db;
  collab?: CollabLive;
}

/**
 * Followers keep no presence (browsers open the room without awareness: 200 delegates renewing theirs every 15 s
 * would each be sent to all 200), so a quiet room would send them nothing and their providers would reconnect after
 * 30 s of silence. A small message every `heartbeatMs` (COLLAB_ROOM_HEARTBEAT_MS, 20 s by default) tells them the
 * connection is alive.
 */
export const HEARTBEAT_MS = 20_000;
export const ROOM_HEARTBEAT = 'room-alive';

/** Fills a room document from the database when the collaboration server loads it, and keeps its followers alive. */
export class RoomExtension implements Extension {
  extensionName = 'plenary-meeting-room';
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly db: Db,
    private readonly heartbeatMs = HEARTBEAT_MS,
  ) {}

  async onConfigure({ instance }: onConfigurePayload) {
    this.timer = setInterval(() => this.heartbeat(instance), this.heartbeatMs);
    this.timer.unref();
  }

  async onDestroy() {
    clearInterval(this.timer);
  }

  private heartbeat(instance: Hocuspocus) {
    for (const [name, document] of instance.documents) {
      if (!parseRoomName(name)) continue;
      for (const connection of document.getConnections()) connection.sendStateless(ROOM_HEARTBEAT);
    }
  }

  async onLoadDocument({ documentName, document }: onLoadDocumentPayload) {
    const meetingId = parseRoomName(documentName);
    if (!meetingId) return;
    const since = new Date(Date.now() - RECENT_DECISIONS_MS);
    const [state, decided] = await Promise.all([
      roomState(this.db, meetingId),
      this.db
        .select()
        .from(documents)
        .where(and(eq(documents.meetingId, meetingId), gte(documents.decidedAt, since))),
    ]);
    const decisions = await liveDecisions(this.db, decided);
    document.transact(() => {
      writeRoomState(document, state);
      for (const [id, d] of decisions) writeDecision(document, id, d);
    }, 'plenary-room');
  }
}

async function write(live: CollabLive | undefined, meetingId: string, fn: (doc: Y.Doc) => void) {
  if (!live) return;
  try {
    await live.withDocument(roomName(meetingId), fn);
  } catch (err) {
    // The move or decision is stored; those following the room see it on their next page load.
    console.error('meeting room: could not update the live room', err);
  }
}

/** Writes the room as it is now to its live document (every browser following it updates). */
export async function publishRoom(ctx: LiveContext, meetingId: string): Promise<RoomState> {
  const state = await roomState(ctx.db, meetingId);
  await write(ctx.collab, meetingId, (doc) => writeRoomState(doc, state));
  return state;
}

/** Moves the room (see moveRoom) and shows the move to everyone following it. */
export async function moveRoomLive(ctx: LiveContext, principal: Principal | null, slug: string, input: unknown) {
  const { event, meetingId } = await moveRoom(ctx.db, principal, slug, input);
  await publishRoom(ctx, meetingId);
  return event;
}

/** Shows the decision last recorded on the document in the document lists following its meeting's room. */
export async function publishDecision(ctx: LiveContext, documentId: string) {
  if (!ctx.collab) return;
  const [row] = await ctx.db.select().from(documents).where(eq(documents.id, documentId));
  if (!row) return;
  const [[id, decision]] = await liveDecisions(ctx.db, [row]);
  await write(ctx.collab, row.meetingId, (doc) => writeDecision(doc, id, decision));
}

/** Records a decision (see setDecision) and shows it in the document lists following the meeting's room. */
export async function setDecisionLive(ctx: LiveContext, principal: Principal | null, input: unknown) {
  const row = await setDecision(ctx.db, principal, input);
  await publishDecision(ctx, row.id);
  return row;
}
