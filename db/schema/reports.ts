import { pgTable, timestamp, uuid, text } from 'drizzle-orm/pg-core';
import { meetings, users } from './core';
import { documents } from './documents';

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * A meeting's report: the collaborative text is collab_documents "report:<meetingId>", drafted by the portal from
 * the agenda, the documents per item with their decisions, the chair's notes, the statements sent and the
 * participants; the secretariat publishes it as a numbered document of type "report".
 */
export const meetingReports = pgTable('meeting_reports', {
  meetingId: uuid('meeting_id')
    .primaryKey()
    .references(() => meetings.id),
  state: text('state').$type<'draft' | 'published'>().notNull().default('draft'),
  /** The numbered document it was published as (latest publication). */
  documentId: uuid('document_id').references(() => documents.id),
  publishedAt: instant('published_at'),
  publishedBy: uuid('published_by').references(() => users.id),
  /** When the text was last drafted afresh from the meeting's data (created, or re-drafted on request). */
  draftedAt: instant('drafted_at').notNull().defaultNow(),
  draftedBy: uuid('drafted_by').references(() => users.id),
  createdAt: instant('created_at').notNull().defaultNow(),
});
