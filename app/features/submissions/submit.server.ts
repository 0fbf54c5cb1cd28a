/**
 * Submission of a document to a meeting: the form's context and deadline decision, the POST that stages
 * checked uploads and reads the cover page for review, and the creation of the document row with its files
 * and audit event in one transaction (files before rows).
 */
import { and, eq, inArray } from 'drizzle-orm';
import { type Db, inTransaction } from '../../../db/client.server';
import { documents, groups, pendingUploads } from '../../../db/schema';
import { recordEvent } from '../../platform/audit.server';
import { DomainError, forbidden } from '../../platform/errors';
import { isEmailConfirmed } from '../accounts/sign-up.server';
import { groupTree } from '../groups/group-tree';
import { deadlineDecision } from '../meetings/deadlines';
import { graceMinutesOf, lateUntil } from '../meetings/meeting-deadlines.server';
import { getMeetingBySlug } from '../meetings/meetings.server';
import { meetingAbilities } from '../meetings/policy.server';
import { acknowledge } from './acknowledgment.server';
import { prefillFromCover, relatedGroupCodes, type CoverNotice } from './cover-prefill.server';
import type { CoverFields } from './cover.server';
import { missingFields, requiredFieldsOf } from './required-fields';
import {
  BROWSER_FORM,
  validateMeta,
  withRoles,
  type MetaValues,
  type SubmissionFormat,
  type ValidMeta,
} from './submission-meta.server';
import type { Actor, SubmissionServices } from './submission-types';
import {
  dropPending,
  insertFiles,
  ownPending,
  receiveUploads,
  stageFiles,
  viewOf,
  type PendingView,
} from './staged-uploads.server';

/** What the submission form needs: the meeting, the deadline decision at `now`, the groups a document may go to. */
export async function submissionContext(db: Db, actor: Actor | null, meetingSlug: string, now = new Date()) {
  const { meeting, group } = await getMeetingBySlug(db, meetingSlug);
  const may = await meetingAbilities(db, actor?.principal ?? null, meeting, group);
  if (!actor || !may.submit) throw forbidden();
  const isSecretariat = may.manageDocuments;
  const all = await db
    .select({ code: groups.code, name: groups.name, parentId: groups.parentId, id: groups.id })
    .from(groups);
  const below = new Set(groupTree(all).subtreeOf(group.id));
  const proposable = all
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
  const received = await receiveUploads(services, ctx.meeting, request);
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
  const doc = await inTransaction(services.db, async (tx) => {
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
