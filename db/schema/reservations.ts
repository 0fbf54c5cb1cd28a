import { index, integer, pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';
import { meetings, users } from './core';
import { documents } from './documents';

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * A meeting's rules for numbers members reserve before their file exists (no row: the defaults). The reservation
 * deadline itself is one of the meeting's deadlines (meeting_deadlines, kind 'reservation').
 */
export const reservationSettings = pgTable('reservation_settings', {
  meetingId: uuid('meeting_id')
    .primaryKey()
    .references(() => meetings.id, { onDelete: 'cascade' }),
  /** How many reserved numbers without a file one member may hold at once in the meeting. */
  cap: integer('cap').notNull(),
  /** The instant for which the expiry job is queued (so that many reservations queue it once). */
  expiryJobAt: instant('expiry_job_at'),
  updatedBy: uuid('updated_by').references(() => users.id),
  updatedAt: instant('updated_at').notNull().defaultNow(),
});

/**
 * A number a member reserved for a document they will submit (the document row, state 'reserved', holds the number,
 * title, source and type). Expired: reached the deadline without a file, so the document was withdrawn as "not
 * submitted" (its number is never given again). The secretariat's own reservations (reports, statements) have no row
 * here and never expire.
 */
export const memberReservations = pgTable(
  'member_reservations',
  {
    documentId: uuid('document_id')
      .primaryKey()
      .references(() => documents.id, { onDelete: 'cascade' }),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    reservedAt: instant('reserved_at').notNull(),
    filledAt: instant('filled_at'),
    expiredAt: instant('expired_at'),
  },
  (t) => [index('member_reservations_user_idx').on(t.meetingId, t.userId)],
);
