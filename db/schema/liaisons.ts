import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { groups, users } from './core';
import { liaisonStatements, type AddresseePurpose } from './collaboration';

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** An incoming statement's life: new → assigned → reply drafted → replied, or no action needed (with a reason). */
export const INCOMING_STATES = ['new', 'assigned', 'drafted', 'replied', 'no_action'] as const;
export type IncomingState = (typeof INCOMING_STATES)[number];

/**
 * A liaison statement received from another organisation, registered by the secretariat: who sent it (an
 * organisation and its group), what it is, by when a reply is wanted, and where it stands. The groups it is
 * addressed to are incoming_liaison_addressees; the statements it answers (and those answering it) are
 * liaison_answers.
 */
export const incomingLiaisons = pgTable(
  'incoming_liaisons',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The sender's own reference, e.g. "SG21-LS45". */
    reference: text('reference').notNull().default(''),
    title: text('title').notNull(),
    /** e.g. "ETSI", "ITU-T", "3GPP". */
    senderOrganisation: text('sender_organisation').notNull(),
    /** e.g. "ISG MR", "SG21", "TSG SA". */
    senderGroup: text('sender_group').notNull().default(''),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    /** The last day a reply is wanted (a calendar date); null when none is asked. */
    replyDeadline: date('reply_deadline', { mode: 'string' }),
    summary: text('summary').notNull().default(''),
    state: text('state').$type<IncomingState>().notNull().default('new'),
    /** The WG or Question that handles it (a group at or below one it is addressed to). */
    assignedGroupId: uuid('assigned_group_id').references(() => groups.id),
    /** The responsible person: an account, or a name (with an e-mail when known) for someone without one. */
    responsibleUserId: uuid('responsible_user_id').references(() => users.id),
    responsibleName: text('responsible_name'),
    responsibleEmail: text('responsible_email'),
    noActionReason: text('no_action_reason'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: instant('created_at').notNull().defaultNow(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
    /** Bumped on every change: forms carry it to refuse stale edits. */
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('incoming_liaisons_deadline_idx').on(t.state, t.replyDeadline),
    index('incoming_liaisons_sender_idx').on(t.senderOrganisation),
  ],
);

/** The groups an incoming statement is addressed to, each for action, comment or information. */
export const incomingLiaisonAddressees = pgTable(
  'incoming_liaison_addressees',
  {
    incomingId: uuid('incoming_id')
      .notNull()
      .references(() => incomingLiaisons.id, { onDelete: 'cascade' }),
    groupId: uuid('group_id')
      .notNull()
      .references(() => groups.id),
    purpose: text('purpose').$type<AddresseePurpose>().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.incomingId, t.groupId] }),
    index('incoming_liaison_addressees_group_idx').on(t.groupId),
  ],
);

/** Files that came with an incoming statement, stored under liaisons/ (files before rows, as document files). */
export const incomingLiaisonFiles = pgTable(
  'incoming_liaison_files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    incomingId: uuid('incoming_id')
      .notNull()
      .references(() => incomingLiaisons.id),
    filename: text('filename').notNull(),
    contentType: text('content_type').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull().unique(),
    uploadedBy: uuid('uploaded_by').references(() => users.id),
    uploadedAt: instant('uploaded_at').notNull().defaultNow(),
  },
  (t) => [index('incoming_liaison_files_incoming_idx').on(t.incomingId)],
);

/**
 * "Answers": a statement (incoming or outgoing) answers another (incoming or outgoing). Exactly one of the two
 * `from` columns and one of the two `to` columns is set. The links never form a cycle (checked when added).
 */
export const liaisonAnswers = pgTable(
  'liaison_answers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    fromIncomingId: uuid('from_incoming_id').references(() => incomingLiaisons.id, { onDelete: 'cascade' }),
    fromOutgoingId: uuid('from_outgoing_id').references(() => liaisonStatements.id, { onDelete: 'cascade' }),
    toIncomingId: uuid('to_incoming_id').references(() => incomingLiaisons.id, { onDelete: 'cascade' }),
    toOutgoingId: uuid('to_outgoing_id').references(() => liaisonStatements.id, { onDelete: 'cascade' }),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [
    check('liaison_answers_one_from', sql`num_nonnulls(${t.fromIncomingId}, ${t.fromOutgoingId}) = 1`),
    check('liaison_answers_one_to', sql`num_nonnulls(${t.toIncomingId}, ${t.toOutgoingId}) = 1`),
    uniqueIndex('liaison_answers_pair_idx').on(
      sql`coalesce(${t.fromIncomingId}, ${t.fromOutgoingId})`,
      sql`coalesce(${t.toIncomingId}, ${t.toOutgoingId})`,
    ),
    index('liaison_answers_to_incoming_idx').on(t.toIncomingId),
    index('liaison_answers_from_outgoing_idx').on(t.fromOutgoingId),
  ],
);

/** A group's reminder thresholds (days before a reply deadline); a group without a row uses 30, 14 and 3. */
export const liaisonReminderSettings = pgTable('liaison_reminder_settings', {
  groupId: uuid('group_id')
    .primaryKey()
    .references(() => groups.id, { onDelete: 'cascade' }),
  days: integer('days').array().notNull(),
  updatedBy: uuid('updated_by').references(() => users.id),
  updatedAt: instant('updated_at').notNull().defaultNow(),
});

/**
 * Each reminder sent or skipped: one row per statement, threshold and recipient (an account's id, or "name:<name>"
 * for a responsible person without an account), so a threshold is never sent twice to the same person. A skipped
 * one keeps its reason for the secretariat.
 */
export const liaisonReminders = pgTable(
  'liaison_reminders',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    incomingId: uuid('incoming_id')
      .notNull()
      .references(() => incomingLiaisons.id, { onDelete: 'cascade' }),
    thresholdDays: integer('threshold_days').notNull(),
    recipientKey: text('recipient_key').notNull(),
    recipientName: text('recipient_name').notNull(),
    email: text('email'),
    status: text('status').$type<'sent' | 'skipped'>().notNull(),
    /** Why a reminder was skipped ("noAddress", "nobody"). */
    reason: text('reason'),
    at: instant('at').notNull(),
  },
  (t) => [uniqueIndex('liaison_reminders_once_idx').on(t.incomingId, t.thresholdDays, t.recipientKey)],
);
