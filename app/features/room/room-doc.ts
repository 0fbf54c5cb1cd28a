/**
 * What the meeting room's live document holds, read and written the same way by the server (which alone writes it)
 * and the browsers (which only read it). The document is named "room:<meetingId>" on the collaboration server:
 * - map "states": the room as the latest move left it, keyed by that move's sequence number; a write removes the
 *   older keys, and a reader takes the highest (two portal processes writing at once cannot leave an older state
 *   shown over a newer one);
 * - map "decisions": per document id, the decision last recorded on it (set only when one is recorded).
 * Nothing here imports yjs at run time, so pages can use these types and readers without loading it.
 */
import type * as Y from 'yjs';
import type { Decision } from '../../../db/schema';
import type { RoomEventKind } from '../../../db/schema/room';

export const ROOM_PREFIX = 'room:';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The live document's name for a meeting. */
export const roomName = (meetingId: string) => `${ROOM_PREFIX}${meetingId}`;

/** The meeting id of a room document's name, or null when the name is not a room's. */
export function parseRoomName(name: string): string | null {
  if (!name.startsWith(ROOM_PREFIX)) return null;
  const id = name.slice(ROOM_PREFIX.length);
  return UUID.test(id) ? id.toLowerCase() : null;
}

/** One move of the room, as pages show it. */
export interface RoomEntry {
  id: number;
  /** ISO instant. */
  at: string;
  kind: RoomEventKind;
  item: { id: string | null; label: string; title: string } | null;
  document: { id: string; label: string; title: string } | null;
}

/** The room now: the latest move (null before the first, or after the room was cleared) and the moves before it. */
export interface RoomState {
  /** The latest move's id (0 before any): orders states. */
  seq: number;
  current: RoomEntry | null;
  /** Newest first, the latest move included. */
  history: RoomEntry[];
}

/** A decision recorded during the meeting, as the document lists show it. */
export interface LiveDecision {
  decision: Decision | null;
  /** The document it points to (revised into, merged into, replied to). */
  target: { id: string; label: string } | null;
  at: string;
}

const STATES = 'states';
const DECISIONS = 'decisions';

export function writeRoomState(doc: Y.Doc, state: RoomState) {
  const states = doc.getMap<RoomState>(STATES);
  const key = String(state.seq);
  if (!states.has(key)) states.set(key, state);
  for (const k of [...states.keys()]) if (Number(k) < state.seq) states.delete(k);
}

export function readRoomState(doc: Y.Doc): RoomState | null {
  const states = doc.getMap<RoomState>(STATES);
  let best: RoomState | null = null;
  for (const [k, v] of states.entries()) if (!best || Number(k) > best.seq) best = { ...v, seq: Number(k) };
  return best;
}

export function writeDecision(doc: Y.Doc, documentId: string, decision: LiveDecision) {
  doc.getMap<LiveDecision>(DECISIONS).set(documentId, decision);
}

export function readDecisions(doc: Y.Doc): Record<string, LiveDecision> {
  return Object.fromEntries(doc.getMap<LiveDecision>(DECISIONS).entries());
}
