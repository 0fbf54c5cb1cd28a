import { boolean, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { groups, meetings, users } from './core';

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * A meeting's named deadlines other than contributions (which stay meetings.input_deadline): number reservation,
 * revisions, pre-registration, visa-support and fellowship requests (DEADLINE_KINDS in app/features/meetings/deadlines.ts).
 * No row for a kind: the meeting has no such deadline (open).
 */
export const meetingDeadlines = pgTable(
  'meeting_deadlines',
  {
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    at: instant('at').notNull(),
    /** True when the secretariat set it by hand instead of the group's rule. */
    overridden: boolean('overridden').notNull().default(true),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.kind] })],
);

/** A group's default rule for a deadline kind other than contributions (groups.deadline_days_before/deadline_time). */
export const groupDeadlineRules = pgTable(
  'group_deadline_rules',
  {
    groupId: uuid('group_id')
      .notNull()
      .references(() => groups.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    /** Calendar days before the meeting's first day. */
    daysBefore: integer('days_before').notNull(),
    /** Wall-clock time HH:MM in the meeting's time zone. */
    time: text('time').notNull().default('23:59'),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.kind] })],
);

/** People the secretariat allows to submit to a meeting after its deadline, until an end time. */
export const lateSubmitters = pgTable(
  'late_submitters',
  {
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    until: instant('until').notNull(),
    grantedBy: uuid('granted_by').references(() => users.id),
    grantedAt: instant('granted_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.userId] }), index('late_submitters_user_idx').on(t.userId)],
);

/**
 * A meeting's grace period: minutes after a deadline during which submissions still count as on time. Kept apart from
 * the meeting's row, which pages receive whole, because members are never told it. No row: no grace period.
 */
export const meetingGracePeriods = pgTable('meeting_grace_periods', {
  meetingId: uuid('meeting_id')
    .primaryKey()
    .references(() => meetings.id, { onDelete: 'cascade' }),
  minutes: integer('minutes').notNull(),
});
