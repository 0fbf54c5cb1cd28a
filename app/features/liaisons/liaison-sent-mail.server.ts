import { inArray, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.server';
import { users, type Addressee } from '../../../db/schema';
import { accountLocale, DEFAULT_LOCALE, translator, type Locale } from '../../i18n';
import { formatDate } from '../../platform/format';
import { dateInZone } from '../../platform/time';
import type { MailMessage } from '../../platform/mail.server';
import type { getLiaison } from './liaisons.server';

/**
 * The mails to a sent statement's contacts and addressees (those with an e-mail): one per language, each address
 * written to in its account's language, English for an address without an account.
 */
export async function sentNotices(
  db: Db,
  cur: Awaited<ReturnType<typeof getLiaison>>,
  numberLabel: string | null,
): Promise<MailMessage[]> {
  const recipients = [
    ...new Set([...cur.ls.contacts.map((c) => c.email), ...cur.ls.addressees.map((a) => a.email)].filter(Boolean)),
  ];
  if (!recipients.length) return [];
  const accounts = await db
    .select({ email: users.email, locale: users.locale })
    .from(users)
    .where(
      inArray(
        sql`lower(${users.email})`,
        recipients.map((r) => r.toLowerCase()),
      ),
    );
  const localeOf = new Map(accounts.map((a) => [a.email.toLowerCase(), accountLocale(a.locale)]));
  const byLocale = new Map<Locale, string[]>();
  for (const r of recipients) {
    const locale = localeOf.get(r.toLowerCase()) ?? DEFAULT_LOCALE;
    byLocale.set(locale, [...(byLocale.get(locale) ?? []), r]);
  }
  const purpose = (p: Addressee['purpose']) =>
    cur.ls.addressees
      .filter((a) => a.purpose === p)
      .map((a) => a.name)
      .join(', ') || '—';
  const values = {
    number: numberLabel ?? '',
    title: cur.ls.title,
    group: cur.group.code,
    meeting: cur.meeting.title,
    action: purpose('action'),
    comment: purpose('comment'),
    information: purpose('information'),
  };
  return [...byLocale].map(([locale, to]) => {
    const t = translator(locale);
    const deadline = cur.ls.replyDeadline
      ? `\n${t('mail.liaisonSent.deadline', { date: formatDate(dateInZone(cur.ls.replyDeadline, cur.meeting.timeZone), locale) })}`
      : '';
    return {
      to,
      subject: t('mail.liaisonSent.subject', values),
      text: `${t('mail.liaisonSent.body', values)}${deadline}\n`,
    };
  });
}
