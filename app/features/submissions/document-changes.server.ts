/**
 * Changes by the author of a submitted document: replacement of the file of a not-yet-registered
 * submission, revision of a registered document, and withdrawal.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import { type Db, inTransaction } from '../../../db/client.server';
import { documentFiles, documents, groups, pendingUploads } from '../../../db/schema';
import { recordEvent } from '../../platform/audit.server';
import { DomainError, forbidden, notFound } from '../../platform/errors';
import { readFormData } from '../../platform/http.server';
import { deadlineDecision } from '../meetings/deadlines';
import { deadlineAt, graceMinutesOf, lateUntil } from '../meetings/meeting-deadlines.server';
import { meetingAbilities } from '../meetings/policy.server';
import { acknowledge } from './acknowledgment.server';
import { loadDocument } from './document-view.server';
import { BROWSER_FORM, validateMeta, withRoles, type SubmissionFormat, type ValidMeta } from './submission-meta.server';
import type { Actor, DocumentRow, SubmissionServices } from './submission-types';
import type { SubmitOutcome } from './submit.server';
import { dropPending, insertFiles, receiveUploads, stageFiles, viewOf } from './staged-uploads.server';
import { revisionRefusal } from './revision-rule';

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
  const received = await receiveUploads(services, meeting, request);
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
    await inTransaction(services.db, async (tx) => {
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
  // Checked again, with newer revisions, once the document is locked.
  const refusedEarly = revisionRefusal(doc, 0);
  if (refusedEarly) throw new DomainError('conflict', refusedEarly);
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
  const received = await receiveUploads(services, meeting, request);
  const staged = await stageFiles(services, actor, meeting, withRoles(received.files, format));
  const main = staged.find((s) => s.role === 'main');
  const attachments = staged.filter((s) => s.role === 'attachment');
  let values = BROWSER_FORM.values({ type: [doc.type] });
  const views = { main: main ? viewOf(main) : null, attachments: attachments.map(viewOf) };
  let meta: ValidMeta;
  try {
    values = { ...format.values(received.fields), type: doc.type };
    // The revision form offers no groups to tick: a revision proposes its original's unless it names others.
    if (!values.proposedGroups.length) values.proposedGroups = doc.proposedGroups;
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
    const created = await inTransaction(services.db, async (tx) => {
      const original = await lockDocument(tx, id);
      const newer = await tx.select({ id: documents.id }).from(documents).where(eq(documents.revisionOfId, id));
      const refusal = revisionRefusal(original, newer.length);
      if (refusal) throw new DomainError('conflict', refusal);
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
          proposedGroups: meta.proposedGroups,
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
  await inTransaction(db, async (tx) => {
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
