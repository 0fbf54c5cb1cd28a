import { bigint, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { meetings, users } from './core';
import { documents } from './documents';

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const MAILED_STATES = ['awaiting', 'submitted', 'refused', 'expired'] as const;
export type MailedState = (typeof MAILED_STATES)[number];

/**
 * A mail received at a group's or meeting's intake address (by SMTP or IMAP), one row per Message-ID, so the
 * same mail delivered twice is handled once. An accepted mail holds its checked .docx (stored under `mail/`)
 * until the sender, or the secretariat for them, confirms it as a submission; a refused one keeps the reason. One
 * left awaiting too long expires (its file removed).
 */
export const mailedSubmissions = pgTable(
  'mailed_submissions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    messageId: text('message_id').notNull().unique(),
    meetingId: uuid('meeting_id').references(() => meetings.id),
    fromAddress: text('from_address').notNull(),
    /** The account whose confirmed address sent it; null until a sender without an account signs up and claims it. */
    userId: uuid('user_id').references(() => users.id),
    subject: text('subject').notNull().default(''),
    /** Arrival at the portal: the instant that counts for the deadline. */
    receivedAt: instant('received_at').notNull(),
    state: text('state').$type<MailedState>().notNull(),
    /** Message key of the reason a refused mail was answered with. */
    reason: text('reason'),
    filename: text('filename'),
    contentType: text('content_type'),
    size: bigint('size', { mode: 'number' }),
    sha256: text('sha256'),
    crc32: bigint('crc32', { mode: 'number' }),
    storageKey: text('storage_key').unique(),
    /** Cover-page fields read from the .docx. */
    cover: jsonb('cover'),
    documentId: uuid('document_id').references(() => documents.id),
    confirmedBy: uuid('confirmed_by').references(() => users.id),
    confirmedAt: instant('confirmed_at'),
  },
  (t) => [
    index('mailed_submissions_meeting_idx').on(t.meetingId, t.state),
    index('mailed_submissions_from_idx').on(t.fromAddress),
    index('mailed_submissions_document_idx').on(t.documentId),
  ],
);
