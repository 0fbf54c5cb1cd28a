import { bigint, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { meetings, users } from './core';

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * A file streamed to storage and checked, not yet part of a document: the member is reviewing the
 * cover fields read from it. Claimed (deleted) in the transaction that creates the document_files row;
 * unclaimed ones are swept with their stored object.
 */
export const pendingUploads = pgTable(
  'pending_uploads',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    meetingId: uuid('meeting_id').references(() => meetings.id, { onDelete: 'cascade' }),
    /** 'main' or 'attachment'. */
    role: text('role').$type<'main' | 'attachment'>().notNull(),
    filename: text('filename').notNull(),
    contentType: text('content_type').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    sha256: text('sha256').notNull(),
    crc32: bigint('crc32', { mode: 'number' }),
    storageKey: text('storage_key').notNull().unique(),
    /** Cover-page fields read from a main .docx. */
    cover: jsonb('cover'),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [index('pending_uploads_user_idx').on(t.userId), index('pending_uploads_created_idx').on(t.createdAt)],
);
