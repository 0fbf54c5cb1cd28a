import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../db/client.server';
import { enqueue, QUEUES } from '../../../db/jobs/index';
import { documents, meetings, users } from '../../../db/schema';
import { accountLocale, translator } from '~/i18n';
import type { Services } from '../../platform/context.server';
import { fullLabel, labelColumns } from '../registration/numbering.server';

type Registered = Pick<typeof documents.$inferSelect, 'id' | 'submittedBy' | 'registeredBy'>;

/**
 * Inside the registering transaction: one mail job per submitter, naming every document of theirs just registered.
 * Someone who registers their own document (the secretariat's reservations) gets no mail.
 */
export async function queueRegistrationMail(tx: Db, registered: Registered[]): Promise<void> {
  const bySubmitter = new Map<string, string[]>();
  for (const d of registered) {
    if (d.submittedBy && d.submittedBy !== d.registeredBy)
      bySubmitter.set(d.submittedBy, [...(bySubmitter.get(d.submittedBy) ?? []), d.id]);
  }
  for (const documentIds of bySubmitter.values()) await enqueue(tx, QUEUES.registrationMail.name, { documentIds });
}

/** The mail of one queued registration notice: the numbers the submitter's documents got, with their links. */
export async function sendRegistrationMail(
  services: Pick<Services, 'db' | 'mail' | 'config'>,
  documentIds: string[],
): Promise<boolean> {
  const docs = await services.db
    .select({
      id: documents.id,
      title: documents.title,
      ...labelColumns,
      email: users.email,
      name: users.name,
      locale: users.locale,
      meetingTitle: meetings.title,
    })
    .from(documents)
    .innerJoin(users, eq(users.id, documents.submittedBy))
    .innerJoin(meetings, eq(meetings.id, documents.meetingId))
    .where(and(inArray(documents.id, documentIds), eq(documents.state, 'registered')));
  if (!docs.length) return false;
  const lines = docs.map(
    (d) => `- ${fullLabel(d)}: ${d.title} (${d.meetingTitle})\n  ${services.config.publicUrl}/documents/${d.id}`,
  );
  const t = translator(accountLocale(docs[0].locale));
  await services.mail.send({
    to: docs[0].email,
    subject:
      docs.length === 1
        ? t('numbering.mail.registered.subject1', { number: fullLabel(docs[0]) ?? '' })
        : t('numbering.mail.registered.subjectN', { count: docs.length }),
    text: `${t('numbering.mail.registered.body', { name: docs[0].name, count: docs.length })}\n\n${lines.join('\n')}\n`,
  });
  return true;
}
