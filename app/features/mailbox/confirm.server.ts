/**
 * Confirming a mailed submission: the sender (signed in with the account whose confirmed address sent the mail),
 * or the secretariat for them, reviews the fields read from the cover page in the usual submission form and
 * submits it with the form's checks; the time that counts for the deadline is the mail's arrival at the portal.
 * A sender who had no account claims the mail by signing up with its address and confirming that address.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.server';
import { groups, mailedSubmissions, meetings, pendingUploads, users } from '../../../db/schema';
import { recordEvent } from '../../platform/audit.server';
import { DomainError, notFound } from '../../platform/errors';
import type { SessionUser } from '../../platform/context.server';
import { loadPrincipal } from '../groups/permissions.server';
import { meetingAbilities } from '../meetings/policy.server';
import { isEmailConfirmed } from '../accounts/sign-up.server';
import type { CoverFields } from '../submissions/cover.server';
import { prefillFromCover, relatedGroupCodes } from '../submissions/cover-prefill.server';
import type { Actor, SubmissionServices } from '../submissions/submission-types';
import { handleSubmitRequest, submissionContext, type SubmitOutcome } from '../submissions/submit.server';

type MailedRow = typeof mailedSubmissions.$inferSelect;

/**
 * The mailed submission as the viewer may handle it: its sender, or the secretariat of its meeting. A viewer whose
 * confirmed address sent a mail that no account held yet takes it over here. Anyone else: not found.
 */
async function access(db: Db, viewer: Actor, id: string) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw notFound();
  const [found] = await db
    .select({ row: mailedSubmissions, meeting: meetings, group: groups })
    .from(mailedSubmissions)
    .innerJoin(meetings, eq(meetings.id, mailedSubmissions.meetingId))
    .innerJoin(groups, eq(groups.id, meetings.groupId))
    .where(eq(mailedSubmissions.id, id));
  if (!found || found.row.state === 'refused') throw notFound();
  let row: MailedRow = found.row;
  const isSender = row.userId === viewer.user.id;
  const mayClaim =
    !row.userId && viewer.user.email.toLowerCase() === row.fromAddress && (await isEmailConfirmed(db, viewer.user.id));
  const isSecretariat = (await meetingAbilities(db, viewer.principal, found.meeting, found.group)).manageDocuments;
  if (!isSender && !mayClaim && !isSecretariat) throw notFound();
  if (mayClaim) {
    [row] = await db
      .update(mailedSubmissions)
      .set({ userId: viewer.user.id })
      .where(and(eq(mailedSubmissions.id, id), sql`${mailedSubmissions.userId} is null`))
      .returning();
    await recordEvent(db, {
      actorId: viewer.user.id,
      action: 'mail.claimed',
      subjectType: 'mailed_submission',
      subjectId: id,
      meetingId: found.meeting.id,
      groupId: found.meeting.groupId,
    });
  }
  return { row, meeting: found.meeting, group: found.group, isSecretariat };
}

/** The sender as the submission's actor (the secretariat confirms on their behalf). */
async function senderActor(db: Db, userId: string): Promise<Actor> {
  const [u] = await db.select().from(users).where(eq(users.id, userId));
  const user: SessionUser = {
    id: u.id,
    email: u.email,
    name: u.name,
    organisation: u.organisation,
    country: u.country,
    isAdmin: u.isAdmin,
  };
  return { user, principal: await loadPrincipal(db, u) };
}

/**
 * The mail's file as a pending upload of the sender, so the submission form claims it as it claims an upload.
 * Confirmations running at the same moment share the one row: the first to submit claims it, the other finds it gone.
 */
async function ensurePending(db: Db, row: MailedRow, userId: string) {
  const values = {
    userId,
    meetingId: row.meetingId,
    role: 'main' as const,
    filename: row.filename!,
    contentType: row.contentType!,
    size: row.size!,
    sha256: row.sha256!,
    crc32: row.crc32,
    storageKey: row.storageKey!,
    cover: row.cover,
  };
  const [pending] = await db
    .insert(pendingUploads)
    .values(values)
    .onConflictDoUpdate({
      target: pendingUploads.storageKey,
      set: { userId, createdAt: sql`now()` },
    })
    .returning();
  return pending;
}

export async function mailedSubmissionPage(db: Db, viewer: Actor, id: string) {
  const { row, meeting, group, isSecretariat } = await access(db, viewer, id);
  const base = {
    id: row.id,
    state: row.state,
    fromAddress: row.fromAddress,
    subject: row.subject,
    receivedAt: row.receivedAt,
    documentId: row.documentId,
    meeting: {
      slug: meeting.slug,
      title: meeting.title,
      timeZone: meeting.timeZone,
      inputDeadline: meeting.inputDeadline,
    },
    isSecretariat,
  };
  if (row.state !== 'awaiting' || !row.userId) return { ...base, form: null };
  const sender = await senderActor(db, row.userId);
  const ctx = await submissionContext(db, sender, meeting.slug, row.receivedAt);
  const member = {
    name: sender.user.name,
    organisation: sender.user.organisation,
    country: sender.user.country,
    email: sender.user.email,
    phone: '',
  };
  const blank = {
    type: meeting.documentTypes.length === 1 ? meeting.documentTypes[0] : '',
    title: '',
    source: sender.user.organisation,
    purpose: '',
    keywords: '',
    abstract: '',
    proposedGroups: [] as string[],
    contacts: [member],
  };
  const { values, notices } = prefillFromCover(blank, row.cover as CoverFields | null, {
    groupCode: group.code,
    relatedGroupCodes: await relatedGroupCodes(db, group.id),
    proposable: ctx.proposable,
    documentTypes: meeting.documentTypes,
    member,
  });
  return {
    ...base,
    form: {
      sender: { name: sender.user.name, email: sender.user.email },
      decision: ctx.decision,
      proposable: ctx.proposable,
      types: meeting.documentTypes,
      attachmentFormats: meeting.attachmentFormats,
      maxFileMb: meeting.maxFileMb,
      requiredFields: meeting.requiredFields,
      values,
      notices,
      main: {
        // The form names the mailed file by the mail's id; confirming makes it a pending upload for that request only.
        id: row.id,
        role: 'main' as const,
        filename: row.filename!,
        size: row.size!,
        sha256: row.sha256!,
      },
      cover: row.cover as CoverFields | null,
    },
  };
}

/**
 * Submits the mailed document with the form's fields, as the sender, at the mail's arrival time. The document is
 * created and the mail marked submitted in one transaction, and only while the mail still awaits: of two
 * confirmations at the same moment (the sender's and the secretariat's), one creates the document and the other is
 * told it was confirmed already.
 */
export async function confirmMailedSubmission(
  services: SubmissionServices,
  viewer: Actor,
  id: string,
  request: Request,
): Promise<SubmitOutcome> {
  const { row, meeting } = await access(services.db, viewer, id);
  if (row.state !== 'awaiting' || !row.userId) throw notFound();
  const sender = await senderActor(services.db, row.userId);
  // The mailed file goes in as the form's main file: a pending upload of the sender, claimed by the submission.
  // Left pending after a refusal it would be swept with its file, so it is dropped again (the file stays).
  const form = await request.formData();
  const pending = await ensurePending(services.db, row, sender.user.id);
  form.set('pendingMain', pending.id);
  const resent = new Request(request.url, { method: 'POST', body: form });
  const markSubmitted = async (tx: Db, documentId: string) => {
    const marked = await tx
      .update(mailedSubmissions)
      .set({ state: 'submitted', documentId, confirmedBy: viewer.user.id, confirmedAt: new Date() })
      .where(and(eq(mailedSubmissions.id, id), eq(mailedSubmissions.state, 'awaiting')))
      .returning({ id: mailedSubmissions.id });
    if (!marked.length) throw alreadyConfirmed();
    await recordEvent(tx, {
      actorId: viewer.user.id,
      action: 'mail.confirmed',
      subjectType: 'mailed_submission',
      subjectId: id,
      meetingId: meeting.id,
      groupId: meeting.groupId,
      documentId,
      after: { forSender: viewer.user.id !== row.userId, receivedAt: row.receivedAt.toISOString() },
    });
  };
  const outcome = await handleSubmitRequest(
    services,
    sender,
    meeting.slug,
    resent,
    row.receivedAt,
    undefined,
    markSubmitted,
  );
  if (outcome.kind === 'submitted') return outcome;
  await services.db.delete(pendingUploads).where(eq(pendingUploads.id, pending.id));
  const [now] = await services.db
    .select({ state: mailedSubmissions.state })
    .from(mailedSubmissions)
    .where(eq(mailedSubmissions.id, id));
  // The other confirmation committed first (it claimed the file): say so rather than "the upload is gone".
  if (outcome.kind === 'invalid' && now?.state !== 'awaiting') return { ...outcome, error: alreadyConfirmed() };
  return outcome.main ? { ...outcome, main: { ...outcome.main, id: row.id } } : outcome;
}

const alreadyConfirmed = () => new DomainError('conflict', 'mailbox.page.alreadyConfirmed');
