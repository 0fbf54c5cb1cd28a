import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { groups, meetings, users } from './core';
import { documents, type Contact } from './documents';

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** Binary column (Yjs state). postgres.js and PGlite both hand back a Uint8Array/Buffer. */
export const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  toDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value.buffer, value.byteOffset, value.byteLength)),
  fromDriver: (value) => new Uint8Array(value),
});

/** agenda:<meetingId>, liaison:<statementId>, notes:<agendaItemId> (chair's notes), report:<meetingId>. */
export const COLLAB_KINDS = ['agenda', 'liaison', 'notes', 'report'] as const;
export type CollabKind = (typeof COLLAB_KINDS)[number];

/**
 * One collaboratively edited document (name "agenda:<meetingId>" or "liaison:<statementId>"): the compacted Yjs
 * state (the updates in collab_updates come on top of it) and a derived copy (ProseMirror JSON and plain text) for
 * pages, search, lists and export, written after edits settle rather than on every store.
 */
export const collabDocuments = pgTable(
  'collab_documents',
  {
    name: text('name').primaryKey(),
    kind: text('kind').$type<CollabKind>().notNull(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id),
    groupId: uuid('group_id')
      .notNull()
      .references(() => groups.id),
    state: bytea('state'),
    content: jsonb('content')
      .notNull()
      .default(sql`'{"type":"doc","content":[]}'::jsonb`),
    text: text('text').notNull().default(''),
    /** Bumped whenever the derived copy is rewritten. */
    revision: integer('revision').notNull().default(0),
    /** The last collab_updates id the derived copy includes: the copy is current when no later update exists. */
    derivedThrough: bigint('derived_through', { mode: 'number' }).notNull().default(0),
    createdAt: instant('created_at').notNull().defaultNow(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [index('collab_documents_meeting_idx').on(t.meetingId)],
);

/**
 * Yjs updates appended by the collaboration server since the document's state was last compacted (cheap to write:
 * one small row per store, no merge). Several portal processes may append to the same document; merging is
 * order-free, so none loses another's edits.
 */
export const collabUpdates = pgTable(
  'collab_updates',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    documentName: text('document_name')
      .notNull()
      .references(() => collabDocuments.name, { onDelete: 'cascade' }),
    /** One or more Yjs updates, each prefixed with its length (lib0 encoding). */
    updates: bytea('update').notNull(),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [index('collab_updates_document_idx').on(t.documentName, t.id)],
);

/** Named versions ("as agreed on 9 Oct"): a copy of the Yjs state and its derived text. */
export const collabSnapshots = pgTable(
  'collab_snapshots',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    documentName: text('document_name')
      .notNull()
      .references(() => collabDocuments.name),
    label: text('label').notNull(),
    state: bytea('state').notNull(),
    content: jsonb('content').notNull(),
    text: text('text').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [index('collab_snapshots_document_idx').on(t.documentName)],
);

/** A meeting's draft agenda: the collaborative text is collab_documents "agenda:<meetingId>"; items are synced to agenda_items. */
export const meetingAgendas = pgTable('meeting_agendas', {
  meetingId: uuid('meeting_id')
    .primaryKey()
    .references(() => meetings.id),
  state: text('state').$type<'draft' | 'published'>().notNull().default('draft'),
  /** The numbered document it was published as (latest publication). */
  documentId: uuid('document_id').references(() => documents.id),
  publishedAt: instant('published_at'),
  publishedBy: uuid('published_by').references(() => users.id),
  createdBy: uuid('created_by').references(() => users.id),
  createdAt: instant('created_at').notNull().defaultNow(),
});

export const LIAISON_STATES = ['draft', 'agreed', 'approved', 'sent', 'received'] as const;
export type LiaisonState = (typeof LIAISON_STATES)[number];
export const ADDRESSEE_PURPOSES = ['action', 'comment', 'information'] as const;
export type AddresseePurpose = (typeof ADDRESSEE_PURPOSES)[number];
export interface Addressee {
  name: string;
  email: string;
  purpose: AddresseePurpose;
}

/** Liaison statements: outgoing (drafted together, then agreed, approved, sent) and incoming (registered by the secretariat). */
export const liaisonStatements = pgTable(
  'liaison_statements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id),
    groupId: uuid('group_id')
      .notNull()
      .references(() => groups.id),
    direction: text('direction').$type<'out' | 'in'>().notNull(),
    state: text('state').$type<LiaisonState>().notNull(),
    title: text('title').notNull(),
    /** For incoming statements: who sent it (e.g. "ITU-T SG21"). For outgoing: the sending group as printed. */
    source: text('source').notNull().default(''),
    addressees: jsonb('addressees')
      .$type<Addressee[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    replyDeadline: instant('reply_deadline'),
    questions: text('questions')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    contacts: jsonb('contacts')
      .$type<Contact[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    inReplyToId: uuid('in_reply_to_id'),
    /** Incoming statements: the body as received (plain text); outgoing bodies are collab_documents "liaison:<id>". */
    body: text('body').notNull().default(''),
    /** The numbered document it is registered as (sent or received). */
    documentId: uuid('document_id').references(() => documents.id),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: instant('created_at').notNull().defaultNow(),
    agreedAt: instant('agreed_at'),
    approvedAt: instant('approved_at'),
    approvedBy: uuid('approved_by').references(() => users.id),
    sentAt: instant('sent_at'),
    /** Bumped on every change: forms carry it to refuse stale edits. */
    version: integer('version').notNull().default(1),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [index('liaisons_meeting_idx').on(t.meetingId), index('liaisons_group_idx').on(t.groupId, t.replyDeadline)],
);

/**
 * People the secretariat invited to edit one collaborative text (an agenda or an outgoing statement) besides those
 * the collaboration policy lets edit by their role: a rapporteur, a WG chair, the delegate drafting a statement.
 * Withdrawing an invitation deletes the row (the audit events keep the story).
 */
export const collabEditors = pgTable(
  'collab_editors',
  {
    documentName: text('document_name')
      .notNull()
      .references(() => collabDocuments.name, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    invitedBy: uuid('invited_by').references(() => users.id),
    invitedAt: instant('invited_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.documentName, t.userId] }), index('collab_editors_user_idx').on(t.userId)],
);
