import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  customType,
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
import { groups, meetings, users } from './core';

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** PostgreSQL full-text vector; kept up to date by a trigger (see the documents_search_vector migration). */
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/** Document types a group can use; each group picks its own subset per meeting. */
export const DOCUMENT_TYPES = [
  'contribution',
  'td',
  'input',
  'output',
  'jca',
  'ls_in',
  'ls_out',
  'agenda',
  'report',
] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export const DOCUMENT_STATES = ['submitted', 'reserved', 'registered', 'withdrawn'] as const;
export type DocumentState = (typeof DOCUMENT_STATES)[number];

export const PURPOSES = ['discussion', 'proposal', 'information', 'decision', 'approval'] as const;
export type Purpose = (typeof PURPOSES)[number];

/** The outcomes a meeting records on a document, 3GPP's vocabulary included. */
export const DECISIONS = [
  'approved',
  'agreed',
  'noted',
  'revised',
  'merged',
  'postponed',
  'withdrawn',
  'not_treated',
  'replied_to',
] as const;
export type Decision = (typeof DECISIONS)[number];

export interface Contact {
  name: string;
  organisation: string;
  country: string;
  email: string;
  phone?: string;
}

/** A numbering scheme: format such as "FGMV-I-{n:3}" or "TD {n}/{part}", scoped to the group's lifetime, a study period or one meeting. */
export const numberingSchemes = pgTable(
  'numbering_schemes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    groupId: uuid('group_id')
      .notNull()
      .references(() => groups.id),
    documentType: text('document_type').$type<DocumentType>().notNull(),
    name: text('name').notNull(),
    format: text('format').notNull(),
    scope: text('scope').$type<'group' | 'period' | 'meeting'>().notNull(),
    periodStart: date('period_start', { mode: 'string' }),
    periodEnd: date('period_end', { mode: 'string' }),
    meetingId: uuid('meeting_id').references(() => meetings.id),
    /** The last number handed out; the row is locked FOR UPDATE while a number is taken. */
    lastNumber: integer('last_number').notNull().default(0),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [index('schemes_group_idx').on(t.groupId, t.documentType)],
);

export const documents = pgTable(
  'documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id),
    groupId: uuid('group_id')
      .notNull()
      .references(() => groups.id),
    type: text('type').$type<DocumentType>().notNull(),
    state: text('state').$type<DocumentState>().notNull(),
    schemeId: uuid('scheme_id').references(() => numberingSchemes.id),
    /** The sequential number in its scheme; null until registered or reserved. */
    number: integer('number'),
    /** The scheme's part for TD-style numbers: PLEN, GEN, WP1. */
    part: text('part').notNull().default(''),
    /** The number as printed, without revision suffix: "FGMV-I-012", "TD 348/PLEN". */
    numberLabel: text('number_label'),
    /** 0 for the original; 1 for Rev.1 ... A revision is its own row with the same number. */
    revision: integer('revision').notNull().default(0),
    revisionOfId: uuid('revision_of_id'),
    /** Addenda and corrigenda are their own documents tied to the original. */
    relation: text('relation').$type<'original' | 'addendum' | 'corrigendum'>().notNull().default('original'),
    relatedToId: uuid('related_to_id'),
    /** 1 for Add.1 / Corr.1 ...; 0 for originals and revisions. */
    relationNumber: integer('relation_number').notNull().default(0),
    title: text('title').notNull(),
    source: text('source').notNull().default(''),
    contacts: jsonb('contacts')
      .$type<Contact[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    purpose: text('purpose').$type<Purpose>(),
    keywords: text('keywords')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    abstract: text('abstract').notNull().default(''),
    /** Questions / WGs (codes) proposed by the submitter; the real allocation is in document_allocations. */
    proposedGroups: text('proposed_groups')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    agendaItemId: uuid('agenda_item_id'),
    late: boolean('late').notNull().default(false),
    access: text('access').$type<'public' | 'members'>().notNull().default('members'),
    submittedBy: uuid('submitted_by').references(() => users.id),
    submittedAt: instant('submitted_at'),
    /** The server's clock when the submitting request arrived (before its body was read): what the deadline is judged by. */
    requestBeganAt: instant('request_began_at'),
    /** The deadline rule that let the submission in: on_time, grace, late_list, late (DeadlineRuleApplied). */
    deadlineRule: text('deadline_rule'),
    registeredBy: uuid('registered_by').references(() => users.id),
    registeredAt: instant('registered_at'),
    /** When the secretariat made it visible in the published list; null = not published. */
    publishedAt: instant('published_at'),
    decision: text('decision').$type<Decision>(),
    decidedAt: instant('decided_at'),
    decidedBy: uuid('decided_by').references(() => users.id),
    /** What the meeting said with the decision ("revised in FGMV-I-045", "merged into ..."). */
    decisionNote: text('decision_note'),
    /** The document the decision points to: what this one was revised or merged into, or the reply it got. */
    decisionTargetId: uuid('decision_target_id'),
    withdrawnAt: instant('withdrawn_at'),
    /** Bumped on every change: forms carry it to refuse stale edits. */
    version: integer('version').notNull().default(1),
    updatedAt: instant('updated_at').notNull().defaultNow(),
    /** Number, title, source, keywords and abstract for full-text search; set by a trigger on insert/update. */
    searchVector: tsvector('search_vector'),
    /** The same fields as plain lower-case text, for substring search (Chinese, Japanese, Korean) over a trigram index. */
    searchText: text('search_text'),
  },
  (t) => [
    index('documents_meeting_idx').on(t.meetingId, t.state),
    index('documents_search_idx').using('gin', t.searchVector),
    index('documents_search_text_idx').using('gin', t.searchText.op('gin_trgm_ops')),
    index('documents_submitter_idx').on(t.submittedBy),
    index('documents_revision_of_idx').on(t.revisionOfId),
    uniqueIndex('documents_number_idx').on(t.schemeId, t.number, t.revision, t.relation, t.relationNumber),
  ],
);

export const FILE_ROLES = ['main', 'attachment', 'stamped', 'pdf'] as const;
export type FileRole = (typeof FILE_ROLES)[number];

/** Every file version of a document. Rows are never updated in place: a replacement is a new row. */
export const documentFiles = pgTable(
  'document_files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    documentId: uuid('document_id')
      .notNull()
      .references(() => documents.id),
    role: text('role').$type<FileRole>().notNull(),
    /** 1, 2, 3... per document and role; the highest non-superseded is current. */
    version: integer('version').notNull().default(1),
    superseded: boolean('superseded').notNull().default(false),
    filename: text('filename').notNull(),
    contentType: text('content_type').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    sha256: text('sha256').notNull(),
    /** CRC-32 of the bytes, computed on upload, so "download all" zips need not read each file twice; null on older rows. */
    crc32: bigint('crc32', { mode: 'number' }),
    storageKey: text('storage_key').notNull().unique(),
    uploadedBy: uuid('uploaded_by').references(() => users.id),
    uploadedAt: instant('uploaded_at').notNull().defaultNow(),
  },
  (t) => [index('document_files_document_idx').on(t.documentId)],
);

/** Allocation of a document to WGs / Questions (sub-groups of the meeting's group). */
export const documentAllocations = pgTable(
  'document_allocations',
  {
    documentId: uuid('document_id')
      .notNull()
      .references(() => documents.id),
    groupId: uuid('group_id')
      .notNull()
      .references(() => groups.id),
    allocatedBy: uuid('allocated_by').references(() => users.id),
    allocatedAt: instant('allocated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.documentId, t.groupId] }), index('allocations_group_idx').on(t.groupId)],
);

/** A meeting's agenda items (the relational copy; the collaborative draft agenda keeps them in sync). */
export const agendaItems = pgTable(
  'agenda_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id),
    parentId: uuid('parent_id'),
    /** Display number such as "3" or "6.2", derived from position. */
    label: text('label').notNull(),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    notes: text('notes').notNull().default(''),
  },
  (t) => [index('agenda_items_meeting_idx').on(t.meetingId)],
);
