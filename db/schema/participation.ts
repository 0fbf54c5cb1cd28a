import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { meetings, users } from './core';

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const PARTICIPATION_MODES = ['in_person', 'remote'] as const;
export type ParticipationMode = (typeof PARTICIPATION_MODES)[number];

/** How a delegation takes part in ITU work. */
export const DELEGATIONS = ['member_state', 'sector_member', 'associate', 'academia', 'invited_expert'] as const;
export type Delegation = (typeof DELEGATIONS)[number];

export const DELEGATE_ROLES = ['head', 'delegate', 'observer'] as const;
export type DelegateRole = (typeof DELEGATE_ROLES)[number];

export const PARTICIPANT_NEEDS = ['interpretation', 'accessibility'] as const;
export type ParticipantNeed = (typeof PARTICIPANT_NEEDS)[number];

export const PARTICIPANT_STATUSES = ['registered', 'pending', 'cancelled', 'refused'] as const;
export type ParticipantStatus = (typeof PARTICIPANT_STATUSES)[number];

/** A meeting's participation settings, set by its secretariat (a meeting without a row takes the defaults). */
export const meetingParticipation = pgTable('meeting_participation', {
  meetingId: uuid('meeting_id')
    .primaryKey()
    .references(() => meetings.id, { onDelete: 'cascade' }),
  /** The ways of attending the meeting offers. */
  modes: text('modes').array().$type<ParticipationMode[]>().notNull(),
  /** Registration closed by the secretariat (also before any deadline). */
  closed: boolean('closed').notNull().default(false),
  /** Members see which organisations attend. */
  organisationsPublic: boolean('organisations_public').notNull().default(false),
  /** The link remote participants get once registered. */
  remoteLink: text('remote_link').notNull().default(''),
  /** Who signs visa-support letters, and their title. */
  signatoryName: text('signatory_name').notNull().default(''),
  signatoryTitle: text('signatory_title').notNull().default(''),
  hostCountry: text('host_country').notNull().default(''),
  hostCity: text('host_city').notNull().default(''),
  /** Passport data is deleted this many days after the meeting's last day. */
  visaRetentionDays: integer('visa_retention_days').notNull().default(90),
  updatedAt: instant('updated_at').notNull().defaultNow(),
});

/** One person's registration for one meeting. */
export const meetingParticipants = pgTable(
  'meeting_participants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    mode: text('mode').$type<ParticipationMode>().notNull(),
    organisation: text('organisation').notNull(),
    delegation: text('delegation').$type<Delegation>().notNull(),
    role: text('role').$type<DelegateRole>().notNull(),
    needs: text('needs')
      .array()
      .$type<ParticipantNeed[]>()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** Languages of interpretation, accessibility details. */
    needsNote: text('needs_note').notNull().default(''),
    status: text('status').$type<ParticipantStatus>().notNull(),
    /** Why the secretariat refused a pending registration. */
    reason: text('reason'),
    createdAt: instant('created_at').notNull().defaultNow(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
    decidedAt: instant('decided_at'),
    cancelledAt: instant('cancelled_at'),
  },
  (t) => [
    uniqueIndex('meeting_participants_person_idx').on(t.meetingId, t.userId),
    index('meeting_participants_status_idx').on(t.meetingId, t.status),
  ],
);

export const VISA_STATUSES = ['requested', 'approved', 'refused'] as const;
export type VisaStatus = (typeof VISA_STATUSES)[number];

/** A visa-support letter asked for by a registered in-person participant: its state only (the passport data apart). */
export const visaRequests = pgTable(
  'visa_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    participantId: uuid('participant_id')
      .notNull()
      .unique()
      .references(() => meetingParticipants.id, { onDelete: 'cascade' }),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    status: text('status').$type<VisaStatus>().notNull().default('requested'),
    reason: text('reason'),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: instant('decided_at'),
    /** When the passport data was deleted (retention); the letter can no longer be made. */
    purgedAt: instant('purged_at'),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [index('visa_requests_meeting_idx').on(t.meetingId, t.status)],
);

/**
 * The passport data of a visa request: read only by the requester and the meeting's secretariat, never joined into
 * lists or exports, deleted (the row) `visa_retention_days` after the meeting's last day.
 */
export const visaPassports = pgTable('visa_passports', {
  requestId: uuid('request_id')
    .primaryKey()
    .references(() => visaRequests.id, { onDelete: 'cascade' }),
  nameInPassport: text('name_in_passport').notNull(),
  nationality: text('nationality').notNull(),
  passportNumber: text('passport_number').notNull(),
  birthDate: date('birth_date', { mode: 'string' }).notNull(),
  stayFrom: date('stay_from', { mode: 'string' }).notNull(),
  stayTo: date('stay_to', { mode: 'string' }).notNull(),
  /** The embassy or consulate where the visa is applied for. */
  consulate: text('consulate').notNull(),
});
