import { index, pgTable, primaryKey, timestamp, uuid } from 'drizzle-orm/pg-core';
import { groups, users } from './core';
import { documents } from './documents';

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** When a chair last opened their group's dashboard: documents allocated since then are "new". */
export const dashboardVisits = pgTable(
  'dashboard_visits',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    groupId: uuid('group_id')
      .notNull()
      .references(() => groups.id, { onDelete: 'cascade' }),
    /** The visit before the current one: what the dashboard compares against while the chair works. */
    previousVisitAt: instant('previous_visit_at'),
    lastVisitAt: instant('last_visit_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.groupId] })],
);

/**
 * A document newly allocated to a group, waiting for the chairs' digest. The digest sends one mail per chair
 * with every pending notice of their groups, then stamps sentAt.
 */
export const allocationNotices = pgTable(
  'allocation_notices',
  {
    documentId: uuid('document_id')
      .notNull()
      .references(() => documents.id),
    groupId: uuid('group_id')
      .notNull()
      .references(() => groups.id),
    createdAt: instant('created_at').notNull().defaultNow(),
    sentAt: instant('sent_at'),
  },
  (t) => [
    primaryKey({ columns: [t.documentId, t.groupId] }),
    index('allocation_notices_pending_idx').on(t.sentAt, t.groupId),
  ],
);
