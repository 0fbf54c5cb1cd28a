import { bigserial, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { meetings, users } from './core';
import { agendaItems, documents } from './documents';

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** What happened in the meeting room: an agenda item taken up, a document presented, the room cleared. */
export const ROOM_EVENT_KINDS = ['item', 'document', 'clear'] as const;
export type RoomEventKind = (typeof ROOM_EVENT_KINDS)[number];

/**
 * The meeting room during a meeting: each row is one move of the chair or the secretariat. The latest row is what
 * the room shows now; the rows before it are the room's history. The item's number and title are kept as they were
 * (the agenda text may change later and its items with it); the document is referenced (documents are never deleted).
 */
export const meetingRoomEvents = pgTable(
  'meeting_room_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id),
    at: instant('at').notNull().defaultNow(),
    actorId: uuid('actor_id').references(() => users.id),
    kind: text('kind').$type<RoomEventKind>().notNull(),
    agendaItemId: uuid('agenda_item_id').references(() => agendaItems.id, { onDelete: 'set null' }),
    itemLabel: text('item_label'),
    itemTitle: text('item_title'),
    documentId: uuid('document_id').references(() => documents.id),
  },
  (t) => [index('meeting_room_events_meeting_idx').on(t.meetingId, t.id)],
);
