/**
 * Submission of documents to a meeting: staging checked uploads, the deadline decision, creating the
 * document row with its files and audit event in one transaction (files before rows), replacement of the
 * file of a not-yet-registered submission, revisions of registered documents, withdrawal, "my documents",
 * the document page and the acknowledgment e-mail.
 */
import { and, desc, eq, inArray, isNotNull, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db, Tx } from '../../../db/client.server';
import {
  documentFiles,
  documents,
  groups,
  meetings,
  pendingUploads,
  users,
  PURPOSES,
  type Contact,
  type DocumentType,
} from '../../../db/schema';
import type { CoverFields } from './cover.server';
import { prefillFromCover, relatedGroupCodes, type CoverNotice } from './cover-prefill.server';
import { missingFields, requiredFieldErrors, requiredFieldsOf } from './required-fields';
import { DomainError, forbidden, notFound } from '../../platform/errors';
import { checkStoredFile } from './file-checks.server';
import type { Services, SessionUser } from '../../platform/context.server';
import { recordEvent } from '../../platform/audit.server';
import { queueMail } from '../../platform/mail.server';
import { readFormData } from '../../platform/http.server';
import { formatInstant } from '../../platform/format';
import { accountLocale, translator } from '~/i18n';
import { getMeetingBySlug, type Meeting } from '../meetings/meetings.server';
import { can, groupChain, type Principal } from '../groups/permissions.server';
import { maySeeDocument, peopleDisclosure } from '../documents/policy.server';
import { documentHistory } from '../documents/history.server';
import { meetingAbilities } from '../meetings/policy.server';
import { deadlineDecision } from '../meetings/deadlines';
import { deadlineAt, graceMinutesOf, lateUntil } from '../meetings/meeting-deadlines.server';
import { receiveMultipart, type StoredUpload } from './uploads.server';
import { parseOrThrow } from '../../platform/validation';
import { acknowledgmentRecipients, MAX_CONTACTS } from './contacts';
import { isEmailConfirmed } from '../accounts/sign-up.server';
import { notSubmittedSql } from '../registration/reservation-rules.server';

export type SubmissionServices = Pick<Services, 'db' | 'storage' | 'mail' | 'config'>;
export interface Actor {
  user: SessionUser;
  principal: Principal;
}
type PendingRow = typeof pendingUploads.$inferSelect;
export type DocumentRow = typeof documents.$inferSelect;

const MB = 1024 * 1024;
export const TITLE_MAX = 500;

// ---------------------------------------------------------------------------------------------
// Context of the submission form

export async function submissionContext(db: Db, actor: Actor | null, meetingSlug: string, now = new Date()) {
  const { meeting, group } = await getMeetingBySlug(db, meetingSlug);
  const may = await meetingAbilities(db, actor?.principal ?? null, meeting, group);
  if (!actor || !may.submit) throw forbidden();
  const isSecretariat = may.manageDocuments;
  const subgroups = await db
    .select({ code: groups.code, name: groups.name, parentId: groups.parentId, id: groups.id })
    .from(groups);
  const below = new Set([group.id]);
  for (let grew = true; grew;) {
    grew = false;
    for (const g of subgroups)
      if (g.parentId && below.has(g.parentId) && !below.has(g.id)) {
        below.add(g.id);
        grew = true;
      }
  }
  const proposable = subgroups
    .filter((g) => g.id !== group.id && below.has(g.id))
    .map((g) => ({ code: g.code, name: g.name }));
  return {
    meeting,
    group,
    isSecretariat,
    decision: deadlineDecision(meeting, now, isSecretariat, {
      graceMinutes: await graceMinutesOf(db, meeting.id),
      lateUntil: await lateUntil(db, meeting.id, actor.user.id),
    }),
    proposable,
    emailConfirmed: await isEmailConfirmed(db, actor.user.id),
  };
}

// ---------------------------------------------------------------------------------------------
// Metadata

const text = (max: number) => z.string().trim().max(max, 'submissions.tooLong');
const metaSchema = z.object({
  type: z.string().min(1, 'error.field.required'),
  title: z.string().trim().min(1, 'error.field.required').max(TITLE_MAX, 'submissions.titleTooLong'),
  source: text(1000),
  purpose: z.enum(PURPOSES, { message: 'submissions.purposeRequired' }).or(z.literal('')),
  keywords: text(1000),
  abstract: text(10_000),
  proposedGroups: z.array(z.string()),
  contacts: z
    .array(
      z.object({
        name: text(200),
        organisation: text(200),
        country: text(100),
        email: z.string().trim().max(254, 'error.field.email').email('error.field.email'),
        phone: text(60),
      }),
    )
    .max(MAX_CONTACTS, 'submissions.tooManyContacts'),
});

export interface MetaValues {
  type: string;
  title: string;
  source: string;
  purpose: string;
  keywords: string;
  abstract: string;
  proposedGroups: string[];
  contacts: { name: string; organisation: string; country: string; email: string; phone: string }[];
}

/** The form's values from posted fields (repeated contact fields are aligned by position). */
export function metaFromFields(fields: Record<string, string[]>): MetaValues {
  const one = (k: string) => fields[k]?.[0] ?? '';
  const col = (k: string) => fields[k] ?? [];
  const names = col('contactName');
  const orgs = col('contactOrganisation');
  const countries = col('contactCountry');
  const emails = col('contactEmail');
  const phones = col('contactPhone');
  const n = Math.max(names.length, emails.length);
  const contacts = Array.from({ length: n }, (_, i) => ({
    name: names[i] ?? '',
    organisation: orgs[i] ?? '',
    country: countries[i] ?? '',
    email: emails[i] ?? '',
    phone: phones[i] ?? '',
  })).filter((c) => c.name.trim() || c.email.trim() || c.organisation.trim());
  return {
    type: one('type'),
    title: one('title'),
    source: one('source'),
    purpose: one('purpose'),
    keywords: one('keywords'),
    abstract: one('abstract'),
    proposedGroups: col('proposedGroups'),
    contacts,
  };
}

/** How a multipart request carries a submission: the browser form's fields, or another client's (the JSON API). */
export interface SubmissionFormat {
  /** The part that holds the main file; every other file part is an attachment. */
  mainField: string;
  /** The metadata, from the text parts (throws a DomainError when they cannot be read). */
  values: (fields: Record<string, string[]>) => MetaValues;
  /** Whether uploads of a refused submission stay staged for the next try of the same form (the browser's review step). */
  keepStaged: boolean;
}

export const BROWSER_FORM: SubmissionFormat = { mainField: 'main', values: metaFromFields, keepStaged: true };

/** The received files with the roles the format gives their parts ('main' or an attachment). */
const withRoles = (files: StoredUpload[], format: SubmissionFormat) =>
  files.map((f) => ({ ...f, field: f.field === format.mainField ? 'main' : 'attachment' }));

function validateMeta(values: MetaValues, meeting: Meeting, proposable: { code: string }[]) {
  // The fields the meeting requires are checked together with the rest, so every problem is named at once.
  const missing = requiredFieldErrors(values, requiredFieldsOf(meeting), proposable.length > 0);
  let parsed;
  try {
    parsed = parseOrThrow(metaSchema, values);
  } catch (err) {
    if (err instanceof DomainError)
      throw new DomainError(err.code, err.messageKey, err.vars, { ...missing, ...err.fieldErrors });
    throw err;
  }
  if (Object.keys(missing).length) throw new DomainError('invalid', 'error.field.required', undefined, missing);
  if (meeting.documentTypes.length && !meeting.documentTypes.includes(parsed.type))
    throw new DomainError('invalid', 'submissions.typeNotTaken', undefined, { type: 'submissions.typeNotTaken' });
  const codes = new Set(proposable.map((p) => p.code));
  return {
    ...parsed,
    type: parsed.type as DocumentType,
    purpose: parsed.purpose || null,
    keywords: parsed.keywords
      .split(/[,;\n，；]/)
      .map((k) => k.trim())
      .filter(Boolean)
      .slice(0, 50),
    proposedGroups: parsed.proposedGroups.filter((c) => codes.has(c)),
    contacts: parsed.contacts.map(({ phone, ...c }): Contact => (phone ? { ...c, phone } : c)),
  };
}

// ---------------------------------------------------------------------------------------------
// Staging uploads

export interface PendingView {
  id: string;
  role: 'main' | 'attachment';
  filename: string;
  size: number;
  sha256: string;
}
const viewOf = (p: PendingRow): PendingView => ({
  id: p.id,
  role: p.role,
  filename: p.filename,
  size: p.size,
  sha256: p.sha256,
});

/**
 * Checks files just streamed to storage and records them as pending uploads of the actor. Any refused file
 * is deleted together with every other file of the request, and the error says what to do.
 */
async function stageFiles(services: SubmissionServices, actor: Actor, meeting: Meeting, files: StoredUpload[]) {
  const staged: PendingRow[] = [];
  try {
    const checked = [];
    for (const f of files) {
      const role = f.field === 'main' ? ('main' as const) : ('attachment' as const);
      const result = await checkStoredFile(
        services.storage,
        f.key,
        f.size,
        role,
        meeting.attachmentFormats,
        f.filename,
      );
      checked.push({ f, role, result });
    }
    for (const { f, role, result } of checked) {
      const [row] = await services.db
        .insert(pendingUploads)
        .values({
          userId: actor.user.id,
          meetingId: meeting.id,
          role,
          filename: f.filename,
          contentType: result.contentType,
          size: f.size,
          sha256: f.sha256,
          crc32: f.crc32,
          storageKey: f.key,
          cover: result.cover,
        })
        .returning();
      staged.push(row);
    }
  } catch (err) {
    await Promise.all(files.map((f) => services.storage.delete(f.key).catch(() => {})));
    if (staged.length)
      await services.db.delete(pendingUploads).where(
        inArray(
          pendingUploads.id,
          staged.map((s) => s.id),
        ),
      );
    throw err;
  }
  return staged;
}

async function ownPending(db: Db, userId: string, ids: string[]): Promise<PendingRow[]> {
  const clean = ids.filter((id) => /^[0-9a-f-]{36}$/i.test(id));
  if (!clean.length) return [];
  return db
    .select()
    .from(pendingUploads)
    .where(and(eq(pendingUploads.userId, userId), inArray(pendingUploads.id, clean)));
}

async function dropPending(services: SubmissionServices, rows: PendingRow[]) {
  if (!rows.length) return;
  await services.db.delete(pendingUploads).where(
    inArray(
      pendingUploads.id,
      rows.map((r) => r.id),
    ),
  );
  await Promise.all(rows.map((r) => services.storage.delete(r.storageKey).catch(() => {})));
}

export type SubmitOutcome =
  | {
      kind: 'review';
      values: MetaValues;
      main: PendingView | null;
      attachments: PendingView[];
      cover: CoverFields | null;
      notices: CoverNotice[];
      missing: string[];
    }
  | { kind: 'invalid'; error: DomainError; values: MetaValues; main: PendingView | null; attachments: PendingView[] }
  | { kind: 'submitted'; documentId: string };

/**
 * The submission form's POST: streams new files to storage, checks them, and either returns the fields read
 * from the cover page for review (intent=read) or creates the document (intent=submit). Files already staged
 * in an earlier step come back as pendingMain / pendingAttachment ids. The deadline is decided at `now`.
 */
export async function handleSubmitRequest(
  services: SubmissionServices,
  actor: Actor,
  meetingSlug: string,
  request: Request,
  now = new Date(),
  format: SubmissionFormat = BROWSER_FORM,
  inSubmitTransaction?: SubmitInput['inTransaction'],
): Promise<SubmitOutcome> {
  const ctx = await submissionContext(services.db, actor, meetingSlug, now);
  if (!ctx.emailConfirmed) {
    if (request.body)
      for await (const _ of request.body as unknown as AsyncIterable<Uint8Array>) {
        /* discard */
      }
    throw new DomainError('forbidden', 'auth.confirm.beforeSubmitting');
  }
  if (!ctx.decision.ok && !ctx.isSecretariat) {
    // Refuse without storing anything: the body is read and discarded so the client gets the answer.
    if (request.body)
      for await (const _ of request.body as unknown as AsyncIterable<Uint8Array>) {
        /* discard */
      }
    throw new DomainError(
      'forbidden',
      ctx.decision.reason === 'deadline' ? 'submissions.deadlinePassed' : 'submissions.closed',
    );
  }
  const received = await receiveMultipart(request, services.storage, { maxBytes: ctx.meeting.maxFileMb * MB });
  const staged = await stageFiles(services, actor, ctx.meeting, withRoles(received.files, format));
  const fields = received.fields;
  const previous = await ownPending(services.db, actor.user.id, [
    ...(fields.pendingMain ?? []),
    ...(fields.pendingAttachment ?? []),
  ]);
  const newMain = staged.find((s) => s.role === 'main');
  const oldMain = previous.find((p) => p.role === 'main');
  if (newMain && oldMain) await dropPending(services, [oldMain]);
  const main = newMain ?? oldMain ?? null;
  const attachments = [
    ...previous.filter((p) => p.role === 'attachment'),
    ...staged.filter((s) => s.role === 'attachment'),
  ];
  const cover = (main?.cover as CoverFields | null) ?? null;
  let values: MetaValues;
  try {
    values = format.values(fields);
  } catch (err) {
    await dropPending(services, staged);
    throw err;
  }
  const member = {
    name: actor.user.name,
    organisation: actor.user.organisation,
    country: actor.user.country,
    email: actor.user.email,
    phone: '',
  };
  let notices: CoverNotice[] = [];
  if (newMain || fields.intent?.[0] === 'read') {
    ({ values, notices } = prefillFromCover(values, cover, {
      groupCode: ctx.group.code,
      relatedGroupCodes: await relatedGroupCodes(services.db, ctx.group.id),
      proposable: ctx.proposable,
      documentTypes: ctx.meeting.documentTypes,
      member,
    }));
  }
  if (!values.contacts.length) values.contacts = [member];
  if (!values.type && ctx.meeting.documentTypes.length === 1) values.type = ctx.meeting.documentTypes[0];
  const views = { main: main ? viewOf(main) : null, attachments: attachments.map(viewOf) };

  if ((fields.intent?.[0] ?? 'submit') === 'read') {
    const missing = [
      ...(values.title.trim() ? [] : ['title']),
      ...missingFields(values, requiredFieldsOf(ctx.meeting), ctx.proposable.length > 0),
    ];
    return { kind: 'review', values, cover, notices, ...views, missing };
  }
  try {
    if (!main) throw mainMissing(() => validateMeta(values, ctx.meeting, ctx.proposable));
    const meta = validateMeta(values, ctx.meeting, ctx.proposable);
    const documentId = await submitDocument(
      services,
      actor,
      {
        meetingSlug,
        meta,
        mainId: main.id,
        attachmentIds: attachments.map((a) => a.id),
        inTransaction: inSubmitTransaction,
      },
      now,
    );
    return { kind: 'submitted', documentId };
  } catch (err) {
    if (!format.keepStaged) await dropPending(services, staged);
    if (err instanceof DomainError && err.code !== 'forbidden')
      return { kind: 'invalid', error: err, values, ...views };
    throw err;
  }
}

export type ValidMeta = ReturnType<typeof validateMeta>;

/** "Choose the main file", together with whatever else the form lacks, so the member fixes everything in one go. */
function mainMissing(validate: () => unknown) {
  let others: Record<string, string> = {};
  try {
    validate();
  } catch (err) {
    if (err instanceof DomainError) others = (err.fieldErrors ?? {}) as Record<string, string>;
    else throw err;
  }
  return new DomainError('invalid', 'submissions.mainRequired', undefined, {
    ...others,
    main: 'submissions.mainRequired',
  });
}

export interface SubmitInput {
  meetingSlug: string;
  meta: ValidMeta;
  mainId: string;
  attachmentIds: string[];
  /** More work of the caller that must commit with the document or not at all (throw to roll back). */
  inTransaction?: (tx: Db, documentId: string) => Promise<void>;
}

/**
 * Creates a submitted document from staged uploads: one transaction inserts the document, its files
 * (claiming the pending uploads) and the audit event, and queues the acknowledgment (mailed after commit).
 * The deadline is decided at `now`, the instant the final request began (before its body was read); the document
 * keeps that instant and the rule that let it in (on time, grace, late list, late) for its receipt.
 */
export async function submitDocument(
  services: SubmissionServices,
  actor: Actor,
  input: SubmitInput,
  now = new Date(),
): Promise<string> {
  const ctx = await submissionContext(services.db, actor, input.meetingSlug, now);
  if (!ctx.emailConfirmed) throw new DomainError('forbidden', 'auth.confirm.beforeSubmitting');
  if (!ctx.decision.ok)
    throw new DomainError(
      'forbidden',
      ctx.decision.reason === 'deadline' ? 'submissions.deadlinePassed' : 'submissions.closed',
    );
  const { meeting } = ctx;
  const { late, rule } = ctx.decision;
  const doc = await services.db.transaction(async (t) => {
    const tx = t as unknown as Db;
    const claimed = await tx
      .delete(pendingUploads)
      .where(
        and(
          eq(pendingUploads.userId, actor.user.id),
          inArray(pendingUploads.id, [input.mainId, ...input.attachmentIds]),
        ),
      )
      .returning();
    const main = claimed.find((c) => c.id === input.mainId && c.role === 'main');
    if (!main || claimed.length !== 1 + input.attachmentIds.length)
      throw new DomainError('conflict', 'submissions.uploadGone');
    const [row] = await tx
      .insert(documents)
      .values({
        meetingId: meeting.id,
        groupId: meeting.groupId,
        type: input.meta.type,
        state: 'submitted',
        title: input.meta.title,
        source: input.meta.source,
        contacts: input.meta.contacts,
        purpose: input.meta.purpose,
        keywords: input.meta.keywords,
        abstract: input.meta.abstract,
        proposedGroups: input.meta.proposedGroups,
        late,
        access: meeting.documentAccess,
        submittedBy: actor.user.id,
        submittedAt: now,
        requestBeganAt: now,
        deadlineRule: rule,
        updatedAt: now,
      })
      .returning();
    const files = await insertFiles(tx, row.id, actor.user.id, [main, ...claimed.filter((c) => c !== main)], now);
    await recordEvent(tx, {
      actorId: actor.user.id,
      action: 'document.submitted',
      subjectType: 'document',
      subjectId: row.id,
      groupId: meeting.groupId,
      meetingId: meeting.id,
      documentId: row.id,
      after: {
        title: row.title,
        type: row.type,
        late,
        requestBeganAt: now.toISOString(),
        deadlineRule: rule,
        files: files.map((f) => ({ role: f.role, filename: f.filename, size: f.size, sha256: f.sha256 })),
      },
    });
    await acknowledge(tx, services.config, row, meeting, actor.user, 'submitted');
    await input.inTransaction?.(tx, row.id);
    return row;
  });
  return doc.id;
}

async function insertFiles(
  tx: Db,
  documentId: string,
  userId: string,
  rows: PendingRow[],
  now: Date,
  versions: Record<string, number> = {},
) {
  if (!rows.length) return [];
  return tx
    .insert(documentFiles)
    .values(
      rows.map((p) => ({
        documentId,
        role: p.role,
        version: versions[p.role] ?? 1,
        filename: p.filename,
        contentType: p.contentType,
        size: p.size,
        sha256: p.sha256,
        crc32: p.crc32,
        storageKey: p.storageKey,
        uploadedBy: userId,
        uploadedAt: now,
      })),
    )
    .returning();
}

// ---------------------------------------------------------------------------------------------
// Acknowledgment

/** Queues the acknowledgment in the transaction that stores the document: it is mailed once that commits. */
async function acknowledge(
  tx: Db,
  config: SubmissionServices['config'],
  doc: DocumentRow,
  meeting: Meeting,
  user: SessionUser,
  what: 'submitted' | 'replaced' | 'revised',
) {
  const files = await tx
    .select()
    .from(documentFiles)
    .where(and(eq(documentFiles.documentId, doc.id), eq(documentFiles.superseded, false)));
  const to = acknowledgmentRecipients(user.email, doc.contacts);
  const at = doc.updatedAt;
  const locale = accountLocale(user.locale);
  const t = translator(locale);
  const subject = t('mail.ack.subject', { what, title: doc.title.slice(0, 120), meeting: meeting.title });
  const text = [
    t('mail.ack.intro', { meeting: meeting.title }),
    '',
    t('mail.ack.title', { title: doc.title }),
    doc.revision ? t('mail.ack.revision', { revision: doc.revision }) : '',
    t('mail.ack.status', { late: doc.late ? 'yes' : 'no' }),
    t('mail.ack.received', {
      utc: at.toISOString().replace('T', ' ').slice(0, 19),
      local: formatInstant(at, locale, meeting.timeZone),
      zone: meeting.timeZone,
    }),
    '',
    t('mail.ack.files'),
    ...files.map((f) => t('mail.ack.file', { role: f.role, filename: f.filename, size: f.size, sha256: f.sha256 })),
    '',
    t('mail.ack.receipt', { url: `${config.publicUrl}/documents/${doc.id}/receipt` }),
  ]
    .filter((l, i, a) => l !== '' || a[i - 1] !== '')
    .join('\n');
  await queueMail(tx, { to, subject, text });
}

// ---------------------------------------------------------------------------------------------
// Reading documents

async function ownerIdsOf(db: Db, doc: DocumentRow) {
  const emails = doc.contacts.map((c) => c.email.toLowerCase()).filter(Boolean);
  // A contact's account owns the document only once its address is confirmed (anyone can sign up with any address).
  const contactUsers = emails.length
    ? await db
        .select({ id: users.id })
        .from(users)
        .where(and(inArray(users.email, emails), isNotNull(users.emailConfirmedAt)))
    : [];
  return [...new Set([doc.submittedBy, ...contactUsers.map((u) => u.id)].filter((x): x is string => !!x))];
}

async function loadDocument(db: Db, principal: Principal | null, id: string) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw notFound();
  const [row] = await db
    .select({ doc: documents, meeting: meetings, group: groups })
    .from(documents)
    .innerJoin(meetings, eq(meetings.id, documents.meetingId))
    .innerJoin(groups, eq(groups.id, documents.groupId))
    .where(eq(documents.id, id));
  if (!row) throw notFound();
  if (!(await maySeeDocument(db, principal, id))) throw notFound();
  const ownerIds = await ownerIdsOf(db, row.doc);
  const scope = { groupChain: await groupChain(db, row.group.id), access: row.doc.access, ownerIds };
  return { ...row, scope, ownerIds, canEdit: can(principal, 'document.edit_own', scope) };
}

/** "FGMV-I-012 Rev.1", or null before a number is given. */
export function documentLabel(doc: Pick<DocumentRow, 'numberLabel' | 'revision'>) {
  if (!doc.numberLabel) return null;
  return doc.revision ? `${doc.numberLabel} Rev.${doc.revision}` : doc.numberLabel;
}

/** Where the acknowledgment of the submission went: the submitter and the contacts (for the receipt). */
export async function submissionRecipients(db: Db, doc: Pick<DocumentRow, 'submittedBy' | 'contacts'>) {
  const [submitter] = doc.submittedBy
    ? await db.select({ email: users.email }).from(users).where(eq(users.id, doc.submittedBy))
    : [];
  return acknowledgmentRecipients(submitter?.email, doc.contacts);
}

/** Everything the document page shows: metadata, files (all versions, sha-256), revisions and history. */
export async function getDocumentView(db: Db, principal: Principal | null, id: string) {
  const { doc, meeting, group, canEdit } = await loadDocument(db, principal, id);
  const files = await db
    .select()
    .from(documentFiles)
    .where(eq(documentFiles.documentId, id))
    .orderBy(documentFiles.role, desc(documentFiles.version));
  const revisionOf =
    doc.revisionOfId && (await maySeeDocument(db, principal, doc.revisionOfId))
      ? ((
          await db
            .select({ id: documents.id, revision: documents.revision, title: documents.title })
            .from(documents)
            .where(eq(documents.id, doc.revisionOfId))
        )[0] ?? null)
      : null;
  const revisedBy = await db
    .select({ id: documents.id, revision: documents.revision, state: documents.state })
    .from(documents)
    .where(eq(documents.revisionOfId, id));
  const people = await peopleDisclosure(db, principal, doc, canEdit);
  const history = await documentHistory(db, id, people);
  const [submitter] = doc.submittedBy
    ? await db
        .select({ name: users.name, organisation: users.organisation })
        .from(users)
        .where(eq(users.id, doc.submittedBy))
    : [];
  const notRegistered = doc.state === 'submitted' || doc.state === 'reserved';
  return {
    doc: people.phones ? doc : { ...doc, contacts: doc.contacts.map((c) => ({ ...c, phone: undefined })) },
    meeting,
    group,
    files,
    revisionOf,
    revisedBy,
    history,
    submitter: submitter ?? null,
    label: documentLabel(doc),
    allowed: {
      replace: canEdit && notRegistered,
      revise: canEdit && doc.state === 'registered' && revisedBy.length === 0,
      withdraw: canEdit && doc.state !== 'withdrawn',
    },
  };
}

/** The submissions the user made or is a contact of, newest first. */
export async function listMyDocuments(db: Db, user: Pick<SessionUser, 'id' | 'email'>) {
  const asContact = (await isEmailConfirmed(db, user.id))
    ? sql`${documents.contacts} @> ${JSON.stringify([{ email: user.email.toLowerCase() }])}::jsonb`
    : undefined;
  return db
    .select({
      id: documents.id,
      title: documents.title,
      state: documents.state,
      notSubmitted: notSubmittedSql,
      type: documents.type,
      late: documents.late,
      revision: documents.revision,
      numberLabel: documents.numberLabel,
      submittedAt: documents.submittedAt,
      submittedBy: documents.submittedBy,
      meetingTitle: meetings.title,
      meetingSlug: meetings.slug,
      timeZone: meetings.timeZone,
    })
    .from(documents)
    .innerJoin(meetings, eq(meetings.id, documents.meetingId))
    .where(or(eq(documents.submittedBy, user.id), asContact))
    .orderBy(desc(documents.submittedAt));
}

// ---------------------------------------------------------------------------------------------
// Changes by the author

function checkVersion(doc: DocumentRow, fields: Record<string, string[]>) {
  const v = fields.version?.[0];
  if (v && Number(v) !== doc.version) throw new DomainError('conflict', 'submissions.stale');
}

async function lockDocument(tx: Db, id: string) {
  const [doc] = await tx.select().from(documents).where(eq(documents.id, id)).for('update');
  if (!doc) throw notFound();
  return doc;
}

/** Replaces the main file of a submission not yet registered: a new file version; the old one is kept, superseded. */
export async function replaceMainFile(
  services: SubmissionServices,
  actor: Actor,
  id: string,
  request: Request,
  now = new Date(),
) {
  const { doc, meeting, canEdit } = await loadDocument(services.db, actor.principal, id);
  if (!canEdit) throw forbidden();
  if (doc.state !== 'submitted' && doc.state !== 'reserved')
    throw new DomainError('conflict', 'submissions.replaceRegistered');
  const received = await receiveMultipart(request, services.storage, { maxBytes: meeting.maxFileMb * MB });
  const staged = await stageFiles(
    services,
    actor,
    meeting,
    received.files.filter((f) => f.field === 'main'),
  );
  await Promise.all(received.files.filter((f) => f.field !== 'main').map((f) => services.storage.delete(f.key)));
  const main = staged[0];
  if (!main)
    throw new DomainError('invalid', 'submissions.mainRequired', undefined, { main: 'submissions.mainRequired' });
  try {
    await services.db.transaction(async (t) => {
      const tx = t as unknown as Db;
      const current = await lockDocument(tx, id);
      checkVersion(current, received.fields);
      if (current.state !== 'submitted' && current.state !== 'reserved')
        throw new DomainError('conflict', 'submissions.replaceRegistered');
      const [old] = await tx
        .select()
        .from(documentFiles)
        .where(
          and(eq(documentFiles.documentId, id), eq(documentFiles.role, 'main'), eq(documentFiles.superseded, false)),
        );
      const [{ max }] = await tx
        .select({ max: sql<number>`coalesce(max(${documentFiles.version}), 0)::int` })
        .from(documentFiles)
        .where(and(eq(documentFiles.documentId, id), eq(documentFiles.role, 'main')));
      if (old) await tx.update(documentFiles).set({ superseded: true }).where(eq(documentFiles.id, old.id));
      await tx.delete(pendingUploads).where(eq(pendingUploads.id, main.id));
      const [file] = await insertFiles(tx, id, actor.user.id, [main], now, { main: Number(max) + 1 });
      const [row] = await tx
        .update(documents)
        .set({ version: current.version + 1, updatedAt: now })
        .where(eq(documents.id, id))
        .returning();
      await recordEvent(tx, {
        actorId: actor.user.id,
        action: 'document.file_replaced',
        subjectType: 'document',
        subjectId: id,
        groupId: current.groupId,
        meetingId: current.meetingId,
        documentId: id,
        before: old ? { filename: old.filename, sha256: old.sha256, version: old.version } : null,
        after: { filename: file.filename, sha256: file.sha256, size: file.size, version: file.version },
      });
      await acknowledge(tx, services.config, row, meeting, actor.user, 'replaced');
      return row;
    });
  } catch (err) {
    await dropPending(services, [main]);
    throw err;
  }
}

/**
 * Submits a revision of a registered document: a new document row (revision + 1, revisionOfId = the
 * original, the numbering fields copied) in state "submitted", awaiting registration.
 */
export async function reviseDocument(
  services: SubmissionServices,
  actor: Actor,
  id: string,
  request: Request,
  now = new Date(),
  format: SubmissionFormat = BROWSER_FORM,
): Promise<SubmitOutcome> {
  const { doc, meeting, group, canEdit } = await loadDocument(services.db, actor.principal, id);
  if (!canEdit) throw forbidden();
  if (doc.state !== 'registered') throw new DomainError('conflict', 'submissions.reviseUnregistered');
  // Revisions follow the meeting's revisions deadline (none: open), with the same grace period and late list.
  const may = await meetingAbilities(services.db, actor.principal, meeting, group);
  const decision = deadlineDecision({ ...meeting, takesContributions: true }, now, may.manageDocuments, {
    deadline: await deadlineAt(services.db, meeting.id, 'revisions'),
    graceMinutes: await graceMinutesOf(services.db, meeting.id),
    lateUntil: await lateUntil(services.db, meeting.id, actor.user.id),
  });
  if (!decision.ok) {
    if (request.body)
      for await (const _ of request.body as unknown as AsyncIterable<Uint8Array>) {
        /* discard */
      }
    throw new DomainError('forbidden', 'deadlines.revisionsPassed');
  }
  const received = await receiveMultipart(request, services.storage, { maxBytes: meeting.maxFileMb * MB });
  const staged = await stageFiles(services, actor, meeting, withRoles(received.files, format));
  const main = staged.find((s) => s.role === 'main');
  const attachments = staged.filter((s) => s.role === 'attachment');
  let values = BROWSER_FORM.values({ type: [doc.type] });
  const views = { main: main ? viewOf(main) : null, attachments: attachments.map(viewOf) };
  let meta: ValidMeta;
  try {
    values = { ...format.values(received.fields), type: doc.type };
    if (!main)
      throw new DomainError('invalid', 'submissions.mainRequired', undefined, { main: 'submissions.mainRequired' });
    const all = await services.db.select({ code: groups.code }).from(groups);
    meta = validateMeta(values, { ...meeting, documentTypes: [] }, all);
  } catch (err) {
    await dropPending(services, staged);
    if (err instanceof DomainError) return { kind: 'invalid', error: err, values, main: null, attachments: [] };
    throw err;
  }
  try {
    const created = await services.db.transaction(async (t) => {
      const tx = t as unknown as Db;
      const original = await lockDocument(tx, id);
      if (original.state !== 'registered') throw new DomainError('conflict', 'submissions.reviseUnregistered');
      const newer = await tx.select({ id: documents.id }).from(documents).where(eq(documents.revisionOfId, id));
      if (newer.length) throw new DomainError('conflict', 'submissions.alreadyRevised');
      await tx.delete(pendingUploads).where(
        inArray(
          pendingUploads.id,
          staged.map((s) => s.id),
        ),
      );
      const [row] = await tx
        .insert(documents)
        .values({
          meetingId: original.meetingId,
          groupId: original.groupId,
          type: original.type,
          state: 'submitted',
          schemeId: original.schemeId,
          number: original.number,
          part: original.part,
          numberLabel: original.numberLabel,
          relation: original.relation,
          relatedToId: original.relatedToId,
          relationNumber: original.relationNumber,
          revision: original.revision + 1,
          revisionOfId: original.id,
          title: meta.title,
          source: meta.source,
          contacts: meta.contacts,
          purpose: meta.purpose,
          keywords: meta.keywords,
          abstract: meta.abstract,
          proposedGroups: meta.proposedGroups.length ? meta.proposedGroups : original.proposedGroups,
          late: decision.late,
          access: original.access,
          submittedBy: actor.user.id,
          submittedAt: now,
          requestBeganAt: now,
          deadlineRule: decision.rule,
          updatedAt: now,
        })
        .returning();
      const files = await insertFiles(tx, row.id, actor.user.id, [main!, ...attachments], now);
      const after = {
        title: row.title,
        revision: row.revision,
        revisionOfId: original.id,
        late: decision.late,
        requestBeganAt: now.toISOString(),
        deadlineRule: decision.rule,
        files: files.map((f) => ({ role: f.role, filename: f.filename, size: f.size, sha256: f.sha256 })),
      };
      await recordEvent(tx, {
        actorId: actor.user.id,
        action: 'document.revision_submitted',
        subjectType: 'document',
        subjectId: row.id,
        groupId: row.groupId,
        meetingId: row.meetingId,
        documentId: row.id,
        after,
      });
      await recordEvent(tx, {
        actorId: actor.user.id,
        action: 'document.revised_by',
        subjectType: 'document',
        subjectId: original.id,
        groupId: row.groupId,
        meetingId: row.meetingId,
        documentId: original.id,
        after: { revisionId: row.id, revision: row.revision },
      });
      await acknowledge(tx, services.config, row, meeting, actor.user, 'revised');
      return row;
    });
    return { kind: 'submitted', documentId: created.id };
  } catch (err) {
    await dropPending(services, staged);
    if (err instanceof DomainError && err.code !== 'forbidden')
      return { kind: 'invalid', error: err, values, ...views };
    throw err;
  }
}

/** Withdraws a document: kept, marked withdrawn (a numbered one keeps its number), never deleted. */
export async function withdrawDocument(
  db: Db,
  actor: Actor,
  id: string,
  fields: Record<string, string[]>,
  now = new Date(),
) {
  const { canEdit } = await loadDocument(db, actor.principal, id);
  if (!canEdit) throw forbidden();
  await db.transaction(async (t) => {
    const tx = t as unknown as Db;
    const doc = await lockDocument(tx, id);
    checkVersion(doc, fields);
    if (doc.state === 'withdrawn') throw new DomainError('conflict', 'submissions.alreadyWithdrawn');
    await tx
      .update(documents)
      .set({ state: 'withdrawn', withdrawnAt: now, version: doc.version + 1, updatedAt: now })
      .where(eq(documents.id, id));
    await recordEvent(tx, {
      actorId: actor.user.id,
      action: 'document.withdrawn',
      subjectType: 'document',
      subjectId: id,
      groupId: doc.groupId,
      meetingId: doc.meetingId,
      documentId: id,
      before: { state: doc.state },
      after: { state: 'withdrawn' },
    });
  });
}

/** Posted form fields as name → values, for small forms without files. */
export async function postedFields(request: Request) {
  const form = await readFormData(request);
  const fields: Record<string, string[]> = {};
  for (const [k, v] of form) if (typeof v === 'string') (fields[k] ??= []).push(v);
  return fields;
}

export type { Tx };
