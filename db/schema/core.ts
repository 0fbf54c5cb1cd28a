import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  /** Stored lower-cased; unique. */
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  organisation: text('organisation').notNull().default(''),
  country: text('country').notNull().default(''),
  passwordHash: text('password_hash').notNull(),
  isAdmin: boolean('is_admin').notNull().default(false),
  /**
   * When the owner proved the address by a link sent to it; null until then (such an account cannot submit).
   * Sign-up creates accounts with null; accounts made another way (demo data, administrators, tests) and those
   * that existed before confirmation links count as confirmed.
   */
  emailConfirmedAt: instant('email_confirmed_at').defaultNow(),
  /** The interface and e-mail language the account chose (a code of app/i18n LOCALES); null: from the browser. */
  locale: text('locale'),
  createdAt: instant('created_at').notNull().defaultNow(),
});

export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    expiresAt: instant('expires_at').notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

export const ACCOUNT_TOKEN_PURPOSES = ['confirm_email', 'reset_password'] as const;
export type AccountTokenPurpose = (typeof ACCOUNT_TOKEN_PURPOSES)[number];

/** Single-use links mailed to an account's address (confirmation, password reset): only a hash is kept. */
export const accountTokens = pgTable(
  'account_tokens',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    purpose: text('purpose').$type<AccountTokenPurpose>().notNull(),
    expiresAt: instant('expires_at').notNull(),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [index('account_tokens_user_idx').on(t.userId, t.purpose)],
);

/**
 * Rate-limit counters (sign-in attempts, sign-ups, account e-mails), shared by all portal processes. The layout is
 * the one rate-limiter-flexible's Drizzle store expects: each consume is one atomic upsert of a row.
 */
export const rateLimits = pgTable(
  'rate_limits',
  {
    key: text('key').primaryKey(),
    points: integer('points').notNull().default(0),
    expire: instant('expire'),
  },
  (t) => [index('rate_limits_expire_idx').on(t.expire)],
);

export const GROUP_KINDS = [
  'study_group',
  'focus_group',
  'jca',
  'working_party',
  'working_group',
  'question',
  'task_group',
  'event_series',
] as const;
export type GroupKind = (typeof GROUP_KINDS)[number];

export const groups = pgTable(
  'groups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** URL name, unique across the portal: fg-mv, fg-mv-wg2, sg20-q1. */
    slug: text('slug').notNull().unique(),
    /** Code as people write it: FG-MV, WG2, Q1/20. */
    code: text('code').notNull(),
    name: text('name').notNull(),
    kind: text('kind').$type<GroupKind>().notNull(),
    parentId: uuid('parent_id'),
    description: text('description').notNull().default(''),
    mailbox: text('mailbox'),
    /** Whether the group's documents are open to everyone or to members only, by default. */
    /** Open to anyone with an account (focus groups, JCAs); otherwise only members may submit. */
    openParticipation: boolean('open_participation').notNull().default(false),
    defaultAccess: text('default_access').$type<'public' | 'members'>().notNull().default('members'),
    /** Default input-deadline rule: this many calendar days before the first day, at deadlineTime in the meeting's time zone. */
    deadlineDaysBefore: integer('deadline_days_before').notNull().default(12),
    deadlineTime: text('deadline_time').notNull().default('23:59'),
    position: integer('position').notNull().default(0),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [index('groups_parent_idx').on(t.parentId), uniqueIndex('groups_parent_code_idx').on(t.parentId, t.code)],
);

export const ROLES = ['member', 'chair', 'secretariat'] as const;
export type Role = (typeof ROLES)[number];

export const memberships = pgTable(
  'memberships',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    groupId: uuid('group_id')
      .notNull()
      .references(() => groups.id, { onDelete: 'cascade' }),
    role: text('role').$type<Role>().notNull(),
    /** e.g. "Co-chair", "Vice-chair", "Rapporteur" — shown on the group page. */
    title: text('title'),
    grantedBy: uuid('granted_by').references(() => users.id),
    grantedAt: instant('granted_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.groupId, t.role] }), index('memberships_group_idx').on(t.groupId)],
);

export const LOCATION_KINDS = ['physical', 'virtual', 'hybrid'] as const;
export type LocationKind = (typeof LOCATION_KINDS)[number];

export const meetings = pgTable(
  'meetings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    groupId: uuid('group_id')
      .notNull()
      .references(() => groups.id),
    slug: text('slug').notNull().unique(),
    title: text('title').notNull(),
    /** 1st, 2nd... where the group numbers its meetings. */
    number: integer('number'),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    /** Local wall-clock times for short meetings (e.g. "11:15"–"13:15"), in timeZone. */
    startTime: text('start_time'),
    endTime: text('end_time'),
    timeZone: text('time_zone').notNull(),
    /** The meeting's working language: generated documents' labels (LS, agendas, templates) use it; null: English. */
    language: text('language'),
    locationKind: text('location_kind').$type<LocationKind>().notNull(),
    place: text('place').notNull().default(''),
    host: text('host').notNull().default(''),
    /** Null for meetings without numbered contributions (events). */
    inputDeadline: instant('input_deadline'),
    /** True when the secretariat set the deadline by hand instead of the group's rule. */
    deadlineOverridden: boolean('deadline_overridden').notNull().default(false),
    acceptsLate: boolean('accepts_late').notNull().default(false),
    takesContributions: boolean('takes_contributions').notNull().default(true),
    documentTypes: text('document_types')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** File formats accepted for attachments (the main file is .docx): pdf, pptx, xlsx, zip... */
    attachmentFormats: text('attachment_formats')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    maxFileMb: integer('max_file_mb').notNull().default(50),
    /** Fields a submission must fill before it is accepted, besides type and title (app/features/submissions/required-fields.ts). */
    requiredFields: text('required_fields')
      .array()
      .notNull()
      .default(sql`'{source,purpose,abstract,contacts}'::text[]`),
    documentAccess: text('document_access').$type<'public' | 'members'>().notNull().default('members'),
    /** Address whose mail becomes submissions to this meeting (else the group's mailbox counts); lower case. */
    intakeAddress: text('intake_address'),
    notes: text('notes').notNull().default(''),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [index('meetings_group_idx').on(t.groupId), index('meetings_starts_idx').on(t.startsOn)],
);

/** Every state change that matters: who, when, what, before/after. Written in the same transaction as the change. */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: instant('at').notNull().defaultNow(),
    actorId: uuid('actor_id').references(() => users.id),
    action: text('action').notNull(),
    subjectType: text('subject_type').notNull(),
    subjectId: text('subject_id').notNull(),
    groupId: uuid('group_id'),
    meetingId: uuid('meeting_id'),
    documentId: uuid('document_id'),
    before: jsonb('before'),
    after: jsonb('after'),
  },
  (t) => [
    index('audit_subject_idx').on(t.subjectType, t.subjectId),
    index('audit_document_idx').on(t.documentId),
    index('audit_meeting_idx').on(t.meetingId),
  ],
);
