/** The acknowledgment e-mail of a submission, replacement or revision, and where it went (for the receipt). */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.server';
import { documentFiles, users } from '../../../db/schema';
import type { SessionUser } from '../../platform/context.server';
import { formatInstant } from '../../platform/format';
import { queueMail } from '../../platform/mail.server';
import { accountLocale, translator } from '~/i18n';
import type { Meeting } from '../meetings/meetings.server';
import { acknowledgmentRecipients } from './contacts';
import type { DocumentRow, SubmissionServices } from './submission-types';

/** Queues the acknowledgment in the transaction that stores the document: it is mailed once that commits. */
export async function acknowledge(
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

/** Where the acknowledgment of the submission went: the submitter and the contacts (for the receipt). */
export async function submissionRecipients(db: Db, doc: Pick<DocumentRow, 'submittedBy' | 'contacts'>) {
  const [submitter] = doc.submittedBy
    ? await db.select({ email: users.email }).from(users).where(eq(users.id, doc.submittedBy))
    : [];
  return acknowledgmentRecipients(submitter?.email, doc.contacts);
}
