/**
 * Numbers taken for documents still to be written (a meeting report, an outgoing liaison statement, a member's
 * contribution), and the filling of a reserved number with its file, which makes it registered.
 */
import { eq, sql } from 'drizzle-orm';
import { inTransaction, type Db } from '../../../db/client.server';
import { documentFiles, documents, groups, meetings, type DocumentType } from '../../../db/schema';
import { memberReservations } from '../../../db/schema/reservations';
import { recordEvent } from '../../platform/audit.server';
import type { Services } from '../../platform/context.server';
import { DomainError, notFound } from '../../platform/errors';
import { parseOrThrow } from '../../platform/validation';
import { documentAbilities, maySeeDocument } from '../documents/policy.server';
import { authorize, type Principal } from '../groups/permissions.server';
import { authorizeMeeting } from '../meetings/policy.server';
import type { DeadlineRuleApplied } from '../meetings/deadlines';
import { queueRegistrationMail } from '../notifications/registration-mail.server';
import { checkStoredFile } from '../submissions/file-checks.server';
import { receiveMultipart } from '../submissions/uploads.server';
import {
  formatUsesPart,
  fullLabel,
  PART_PATTERN,
  renderNumber,
  resolveScheme,
  takeNextNumber,
} from './numbering.server';
import type { DocumentRow } from './register.server';
import { fillDecision, reservationStanding } from './reservation-rules.server';
import { fillForm, reserveInput } from './reserve-input';
import { queueStamping } from './stamping.server';

const label = (d: Pick<DocumentRow, 'numberLabel' | 'revision' | 'relation' | 'relationNumber'>) => fullLabel(d) ?? '';

export interface NewNumberedDocument {
  meetingId: string;
  type: DocumentType;
  title: string;
  source?: string;
  part?: string;
  access?: 'public' | 'members';
  /** 'reserved' (filled with a file later) or 'registered' (e.g. an agenda or outgoing LS written in the portal). */
  state?: 'reserved' | 'registered';
  agendaItemId?: string | null;
  now?: Date;
}

/**
 * Takes the next number of the meeting's scheme for a document that does not exist yet, inside the caller's
 * transaction: the meeting report, an outgoing liaison statement, a published agenda. Returns the new row.
 * A registered one is stamped once the transaction commits (its main file, added by the caller in the same
 * transaction, is there by then). The caller has checked permissions (e.g. document.manage or liaison.approve).
 */
export async function reserveNumberInTx(tx: Db, actorId: string, input: NewNumberedDocument): Promise<DocumentRow> {
  const [meeting] = await tx.select().from(meetings).where(eq(meetings.id, input.meetingId));
  if (!meeting) throw notFound();
  const scheme = await resolveScheme(tx, meeting, input.type);
  if (!scheme) throw new DomainError('conflict', 'registration.noScheme', { type: input.type, title: input.title });
  const part = formatUsesPart(scheme.format) ? (input.part || 'GEN').toUpperCase() : '';
  if (part && !PART_PATTERN.test(part)) throw new DomainError('invalid', 'registration.badPart', { part });
  const { number, format } = await takeNextNumber(tx, scheme.id);
  const now = input.now ?? new Date();
  const state = input.state ?? 'reserved';
  const [group] = await tx.select({ access: groups.defaultAccess }).from(groups).where(eq(groups.id, meeting.groupId));
  const [row] = await tx
    .insert(documents)
    .values({
      meetingId: meeting.id,
      groupId: meeting.groupId,
      type: input.type,
      state,
      schemeId: scheme.id,
      number,
      part,
      numberLabel: renderNumber(format, number, part),
      title: input.title,
      source: input.source ?? '',
      access: input.access ?? meeting.documentAccess ?? group?.access ?? 'members',
      agendaItemId: input.agendaItemId ?? null,
      submittedBy: actorId,
      submittedAt: now,
      registeredBy: actorId,
      registeredAt: now,
    })
    .returning();
  await recordEvent(tx, {
    actorId,
    action: state === 'reserved' ? 'document.reserved' : 'document.registered',
    subjectType: 'document',
    subjectId: row.id,
    documentId: row.id,
    meetingId: meeting.id,
    groupId: meeting.groupId,
    after: { state, number, label: row.numberLabel, schemeId: scheme.id, title: row.title },
  });
  if (state === 'registered') await queueStamping(tx, row.id);
  return row;
}

/** The secretariat reserves the next number for a document still to be written (meeting report, outgoing LS...). */
export async function reserveNumber(db: Db, principal: Principal | null, input: unknown): Promise<DocumentRow> {
  const data = parseOrThrow(reserveInput, input);
  await authorizeMeeting(db, principal, 'manageDocuments', { id: data.meetingId });
  return inTransaction(db, (tx) => reserveNumberInTx(tx, principal!.id, { ...data, state: 'reserved' }));
}

/**
 * Attaches a stored main file to a reserved number and makes it registered (inside the caller's transaction); the
 * file is stamped, and whoever reserved the number told, once the transaction commits. A member's reservation withdrawn
 * as expired while the file was on its way (the request began before that) is filled all the same: an upload begun in
 * time does not lose to the clock. The caller has decided the deadline (fillDecision) and passes whether it is late.
 */
export async function fillReservedInTx(
  tx: Db,
  actorId: string,
  documentId: string,
  file: { filename: string; contentType: string; size: number; sha256: string; crc32: number; storageKey: string },
  opts: {
    expectedVersion?: number;
    now?: Date;
    /** When the request with the file began, and the deadline rule that let it in: both shown on the receipt. */
    begunAt?: Date;
    rule?: DeadlineRuleApplied | null;
    late?: boolean;
  } = {},
) {
  const [doc] = await tx.select().from(documents).where(eq(documents.id, documentId)).for('update');
  if (!doc) throw notFound();
  const [reservation] = await tx.select().from(memberReservations).where(eq(memberReservations.documentId, documentId));
  const standing = reservationStanding(doc, reservation, opts.begunAt);
  if (standing !== 'expiredMeanwhile' && opts.expectedVersion !== undefined && opts.expectedVersion !== doc.version)
    throw new DomainError('conflict', 'registration.stale', { title: doc.title });
  if (standing === 'expired') throw new DomainError('forbidden', 'reservations.expired', { number: label(doc) });
  if (standing === 'notReserved') throw new DomainError('conflict', 'registration.notReserved', { number: label(doc) });
  const now = opts.now ?? new Date();
  await tx.insert(documentFiles).values({ documentId, role: 'main', version: 1, uploadedBy: actorId, ...file });
  const [row] = await tx
    .update(documents)
    .set({
      state: 'registered',
      registeredAt: now,
      registeredBy: actorId,
      // The file is the submission: received now, judged at the instant its request began.
      submittedAt: now,
      requestBeganAt: opts.begunAt ?? now,
      deadlineRule: opts.rule ?? null,
      late: opts.late ?? doc.late,
      withdrawnAt: null,
      version: sql`${documents.version} + 1`,
      updatedAt: now,
    })
    .where(eq(documents.id, documentId))
    .returning();
  if (reservation)
    await tx
      .update(memberReservations)
      .set({ filledAt: now, expiredAt: null })
      .where(eq(memberReservations.documentId, documentId));
  await recordEvent(tx, {
    actorId,
    action: 'document.filled',
    subjectType: 'document',
    subjectId: documentId,
    documentId,
    meetingId: doc.meetingId,
    groupId: doc.groupId,
    before: { state: doc.state },
    after: {
      state: 'registered',
      file: file.sha256,
      late: row.late,
      deadlineRule: row.deadlineRule,
      ...(standing === 'expiredMeanwhile' ? { begunAt: opts.begunAt!.toISOString() } : {}),
    },
  });
  await queueStamping(tx, row.id);
  await queueRegistrationMail(tx, [row]);
  return row;
}

/**
 * Handles a multipart upload (field "main", a .docx; field "version", the document's version when the form was
 * loaded) for a reserved number: permission first (before any byte is stored), then the upload streamed to storage,
 * the same file checks as a submission, and fillReservedInTx. On refusal the stored file is deleted. Returns the
 * registered row.
 */
export async function fillReservedFromRequest(
  services: Services,
  principal: Principal,
  documentId: string,
  request: Request,
  /** The instant the request arrived (the route's `context.requestBeganAt`): the deadline is judged then. */
  began: Date = new Date(),
): Promise<DocumentRow> {
  if (!/^[0-9a-f-]{36}$/i.test(documentId)) throw notFound();
  const [doc] = await services.db.select().from(documents).where(eq(documents.id, documentId));
  if (!doc) throw notFound();
  const may = await documentAbilities(services.db, principal, doc);
  if (!may.fillReserved) {
    // Someone else's reservation: said so to whoever may see it, not found for anyone else.
    if (doc.state === 'reserved' && (await maySeeDocument(services.db, principal, doc.id)))
      throw new DomainError('forbidden', 'reservations.notYours', { number: label(doc) });
    if (!(await maySeeDocument(services.db, principal, doc.id))) throw notFound();
  }
  const [reservation] = await services.db
    .select()
    .from(memberReservations)
    .where(eq(memberReservations.documentId, doc.id));
  const standing = reservationStanding(doc, reservation, began);
  if (standing === 'expired') throw new DomainError('forbidden', 'reservations.expired', { number: label(doc) });
  authorize(principal, may.fillReserved);
  if (standing === 'notReserved')
    throw new DomainError('conflict', 'registration.notReserved', { number: label(doc) || doc.title });
  const { late, rule } = await fillDecision(services.db, doc, { id: principal.id, staff: may.allocate }, began);
  const [meeting] = await services.db.select().from(meetings).where(eq(meetings.id, doc.meetingId));
  const received = await receiveMultipart(request, services.storage, { maxBytes: meeting.maxFileMb * 1024 * 1024 });
  const main = received.files.find((f) => f.field === 'main');
  const drop = (keep?: string) =>
    Promise.all(
      received.files.filter((f) => f.key !== keep).map((f) => services.storage.delete(f.key).catch(() => {})),
    );
  await drop(main?.key);
  try {
    const input = parseOrThrow(fillForm, {
      main: main && { name: main.filename, size: main.size },
      version: received.fields.version?.[0] || undefined,
    });
    if (!main)
      throw new DomainError('invalid', 'registration.fileRequired', undefined, { main: 'registration.fileRequired' });
    const checked = await checkStoredFile(services.storage, main.key, main.size, 'main', [], main.filename);
    return await inTransaction(services.db, (tx) =>
      fillReservedInTx(
        tx,
        principal.id,
        doc.id,
        {
          filename: main.filename,
          contentType: checked.contentType,
          size: main.size,
          sha256: main.sha256,
          crc32: main.crc32,
          storageKey: main.key,
        },
        { expectedVersion: input.version, begunAt: began, rule, late },
      ),
    );
  } catch (err) {
    if (main) await services.storage.delete(main.key).catch(() => {});
    throw err;
  }
}
