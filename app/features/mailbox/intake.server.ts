/**
 * The mailbox bridge's intake: a mail sent to a group's or meeting's address (forwarded to the portal's SMTP
 * listener, or fetched from a mailbox over IMAP) becomes a submission awaiting confirmation. One mail, one row,
 * by Message-ID: the same mail delivered twice is handled once. A mail that cannot become a submission (no .docx,
 * several, a bad file, a closed meeting, an address no meeting uses) is answered with the reason and what to do.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import { inTransaction, type Db } from '../../../db/client.server';
import { groups, mailedSubmissions, meetings, users } from '../../../db/schema';
import type { Storage } from '../../../storage';
import { bytesQuantity, translate, type MessageKey } from '~/i18n';
import { accountLocale, type Locale } from '~/i18n/locales';
import type { Config } from '../../platform/config.server';
import { recordEvent } from '../../platform/audit.server';
import { DomainError } from '../../platform/errors';
import { queueMail } from '../../platform/mail.server';
import { deadlineDecision } from '../meetings/deadlines';
import { graceMinutesOf } from '../meetings/meeting-deadlines.server';
import type { Meeting } from '../meetings/meetings.server';
import { checkStoredFile } from '../submissions/file-checks.server';
import { safeFilename } from '../submissions/uploads.server';
import { readMail, type MailHeaders } from './read-mail.server';

export interface IntakeServices {
  db: Db;
  storage: Storage;
  config: Pick<Config, 'publicUrl'>;
}

export type IntakeOutcome =
  | { kind: 'awaiting'; id: string; meetingSlug: string; userId: string | null }
  | { kind: 'refused'; id: string; reason: MessageKey }
  | { kind: 'duplicate'; id: string }
  | { kind: 'ignored' };

/** A key for a mail's Word document under mail/<yyyy>/<mm>/<uuid>; the storage sweep removes those no awaiting mail claims. */
const mailKey = (now: Date) =>
  `mail/${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, '0')}/${randomUUID()}`;

/**
 * The meeting a mail to these addresses is for: meetings naming the address themselves, else meetings of the
 * group whose mailbox it is. Of those, the first still taking contributions at the mail's arrival; else the
 * latest (whose deadline has passed), so the reply can say so.
 */
export async function meetingForAddresses(db: Db, addresses: string[], at: Date): Promise<Meeting | null> {
  if (!addresses.length) return null;
  const own = await db
    .select()
    .from(meetings)
    .where(inArray(sql`lower(${meetings.intakeAddress})`, addresses))
    .orderBy(asc(meetings.startsOn));
  const candidates = own.length
    ? own
    : (
        await db
          .select({ meeting: meetings })
          .from(meetings)
          .innerJoin(groups, eq(groups.id, meetings.groupId))
          .where(and(inArray(sql`lower(${groups.mailbox})`, addresses), eq(meetings.takesContributions, true)))
          .orderBy(asc(meetings.startsOn))
      ).map((r) => r.meeting);
  const today = at.toISOString().slice(0, 10);
  let open: (typeof candidates)[number] | undefined;
  for (const m of candidates)
    if (m.endsOn >= today && deadlineDecision(m, at, false, { graceMinutes: await graceMinutesOf(db, m.id) }).ok) {
      open = m;
      break;
    }
  return open ?? candidates.filter((m) => m.startsOn <= today || m.inputDeadline).at(-1) ?? candidates[0] ?? null;
}

/** A reply to a mail, in the language of the account the sender's address belongs to (English without one). */
function reply(
  mail: MailHeaders,
  to: string,
  locale: Locale,
  key: MessageKey,
  vars: Record<string, string | number> = {},
) {
  const subject = `Re: ${mail.subject}`.slice(0, 200);
  return { to, subject, text: translate(locale, key, vars) };
}

/**
 * Takes one mail (raw RFC 5322 bytes, best as a stream: it is read as it comes, never held whole) that arrived at
 * `receivedAt` for the envelope recipients `to`. Streams the .docx into storage under mail/, checks it, and stores
 * the row in one transaction with the reply or notice it sends; a refused file is removed.
 */
export async function receiveMail(
  services: IntakeServices,
  raw: Buffer | Readable,
  envelope: { to: string[]; receivedAt?: Date },
): Promise<IntakeOutcome> {
  const { db, storage, config } = services;
  const receivedAt = envelope.receivedAt ?? new Date();
  const removeFile = (file: { key: string }) => storage.delete(file.key).catch(() => {});
  const read = await readMail(
    raw,
    async (content, filename) => {
      const key = mailKey(receivedAt);
      try {
        return { ...(await storage.put(key, content)), filename: safeFilename(filename) };
      } catch (err) {
        await storage.delete(key).catch(() => {});
        throw err;
      }
    },
    removeFile,
  );
  const mail = read.headers;
  const from = mail.from;
  // Without a sender there is nobody to answer, and bounces (empty return path) must not start a mail loop.
  if (!from || /^(mailer-daemon|postmaster)@/i.test(from) || mail.automatic) {
    if (read.stored) await removeFile(read.stored);
    return { kind: 'ignored' };
  }
  const messageId =
    mail.messageId ??
    `<sha256-${createHash('sha256')
      .update(`${from}|${mail.date?.toISOString() ?? ''}|${mail.subject}|${read.checksums.join(',')}`)
      .digest('hex')}>`;
  const [seen] = await db
    .select({ id: mailedSubmissions.id })
    .from(mailedSubmissions)
    .where(eq(mailedSubmissions.messageId, messageId));
  if (seen) {
    if (read.stored) await removeFile(read.stored);
    return { kind: 'duplicate', id: seen.id };
  }

  const recipients = [...new Set([...envelope.to.map((a) => a.toLowerCase()), ...mail.to])];
  const meeting = await meetingForAddresses(db, recipients, receivedAt);
  const [account] = await db
    .select({ id: users.id, email: users.email, locale: users.locale })
    .from(users)
    .where(eq(sql`lower(${users.email})`, from));
  const locale = accountLocale(account?.locale);
  const base = {
    messageId,
    fromAddress: from,
    userId: account?.id ?? null,
    subject: mail.subject.slice(0, 500),
    receivedAt,
    meetingId: meeting?.id ?? null,
  };

  let refusal: { key: MessageKey; vars?: Record<string, string | number> } | null = null;
  if (!meeting) refusal = { key: 'mailbox.reply.noMeeting', vars: { address: recipients.join(', ') } };
  else if (!deadlineDecision(meeting, receivedAt, false, { graceMinutes: await graceMinutesOf(db, meeting.id) }).ok)
    refusal = {
      key: 'mailbox.reply.closed',
      vars: { meeting: meeting.title, url: `${config.publicUrl}/meetings/${meeting.slug}` },
    };
  else if (read.docxNames.length === 0) refusal = { key: 'mailbox.reply.noDocx', vars: { meeting: meeting.title } };
  else if (read.docxNames.length > 1)
    refusal = { key: 'mailbox.reply.severalDocx', vars: { count: read.docxNames.length } };

  let stored: { key: string; size: number; sha256: string; crc32: number; contentType: string; cover: unknown } | null =
    null;
  const filename = read.stored?.filename ?? 'document.docx';
  if (!refusal && meeting && read.stored) {
    const file = read.stored;
    try {
      const max = meeting.maxFileMb * 1024 * 1024;
      if (file.size > max)
        throw new DomainError('too_large', 'submissions.file.tooLarge', { filename, max: bytesQuantity(max) });
      const checked = await checkStoredFile(storage, file.key, file.size, 'main', meeting.attachmentFormats, filename);
      stored = {
        key: file.key,
        size: file.size,
        sha256: file.sha256,
        crc32: file.crc32,
        contentType: checked.contentType,
        cover: checked.cover,
      };
    } catch (err) {
      if (!(err instanceof DomainError)) {
        await removeFile(file);
        throw err;
      }
      refusal = { key: 'mailbox.reply.badFile', vars: { reason: translate(locale, err.messageKey, err.vars) } };
    }
  }
  if (read.stored && !stored) await removeFile(read.stored);

  try {
    return await inTransaction(db, async (tx) => {
      const [row] = await tx
        .insert(mailedSubmissions)
        .values(
          refusal || !stored
            ? { ...base, state: 'refused', reason: refusal?.key ?? 'mailbox.reply.noDocx' }
            : {
                ...base,
                state: 'awaiting',
                filename,
                contentType: stored.contentType,
                size: stored.size,
                sha256: stored.sha256,
                crc32: stored.crc32,
                storageKey: stored.key,
                cover: stored.cover,
              },
        )
        .onConflictDoNothing({ target: mailedSubmissions.messageId })
        .returning();
      if (!row) {
        // Delivered twice at the same moment: the other delivery holds the row.
        if (stored) await storage.delete(stored.key).catch(() => {});
        const [other] = await tx
          .select({ id: mailedSubmissions.id })
          .from(mailedSubmissions)
          .where(eq(mailedSubmissions.messageId, messageId));
        return { kind: 'duplicate' as const, id: other.id };
      }
      await recordEvent(tx, {
        actorId: account?.id ?? null,
        action: row.state === 'refused' ? 'mail.refused' : 'mail.received',
        subjectType: 'mailed_submission',
        subjectId: row.id,
        meetingId: meeting?.id ?? null,
        groupId: meeting?.groupId ?? null,
        after: {
          from,
          messageId,
          subject: row.subject,
          reason: row.reason,
          filename: row.filename,
          sha256: row.sha256,
        },
      });
      if (refusal || !meeting) {
        await queueMail(tx, reply(mail, from, locale, refusal!.key, refusal!.vars));
        return { kind: 'refused' as const, id: row.id, reason: refusal!.key };
      }
      const link = `${config.publicUrl}/mail-submissions/${row.id}`;
      // The link goes to the account's own address, never to the From of the mail (which anyone can write).
      await queueMail(
        tx,
        account
          ? reply(mail, account.email, locale, 'mailbox.reply.confirm', { meeting: meeting.title, filename, link })
          : reply(mail, from, locale, 'mailbox.reply.signUp', {
              meeting: meeting.title,
              filename,
              signup: `${config.publicUrl}/signup?email=${encodeURIComponent(from)}`,
              link,
            }),
      );
      return { kind: 'awaiting' as const, id: row.id, meetingSlug: meeting.slug, userId: account?.id ?? null };
    });
  } catch (err) {
    if (stored) await storage.delete(stored.key).catch(() => {});
    throw err;
  }
}

/** Awaiting mailed submissions of a meeting, for the secretariat's registration page. */
export async function awaitingMail(db: Db, meetingId: string) {
  return db
    .select({
      id: mailedSubmissions.id,
      fromAddress: mailedSubmissions.fromAddress,
      subject: mailedSubmissions.subject,
      filename: mailedSubmissions.filename,
      receivedAt: mailedSubmissions.receivedAt,
    })
    .from(mailedSubmissions)
    .where(and(eq(mailedSubmissions.meetingId, meetingId), eq(mailedSubmissions.state, 'awaiting')))
    .orderBy(asc(mailedSubmissions.receivedAt));
}

/** Ids among these documents that came by mail: the registration queue marks them "by e-mail". */
export async function mailedDocumentIds(db: Db, documentIds: string[]) {
  if (!documentIds.length) return new Set<string>();
  const rows = await db
    .select({ id: mailedSubmissions.documentId })
    .from(mailedSubmissions)
    .where(or(inArray(mailedSubmissions.documentId, documentIds)));
  return new Set(rows.map((r) => r.id!));
}
