/**
 * The participant's mails, sent by the participation-mail job after the change commits, in the participant's
 * language: confirmation (with the meeting's .ics, and the remote link for remote participants), pending, decided,
 * cancelled; a visa letter approved (the letter attached as .docx and PDF, kept in storage) or refused with its reason.
 */
import { eq } from 'drizzle-orm';
import { meetings, users } from '../../../db/schema';
import { meetingParticipants, visaRequests } from '../../../db/schema/participation';
import { accountLocale, translator } from '~/i18n';
import type { Services } from '../../platform/context.server';
import { formatDateRange } from '../../platform/format';
import { DomainError } from '../../platform/errors';
import type { MailAttachment } from '../../platform/mail.server';
import { meetingIcs } from '../meetings/calendar.server';
import { LETTER_TYPES, visaLetter } from './letter-store.server';
import type { ParticipationMailJob } from './registration.server';
import { participationSettings } from './settings.server';

export async function sendParticipationMail(
  services: Pick<Services, 'db' | 'storage' | 'mail' | 'config'>,
  job: ParticipationMailJob,
): Promise<boolean> {
  const { db, config } = services;
  const [row] = await db
    .select({ participant: meetingParticipants, meeting: meetings, user: users, visa: visaRequests })
    .from(meetingParticipants)
    .innerJoin(meetings, eq(meetings.id, meetingParticipants.meetingId))
    .innerJoin(users, eq(users.id, meetingParticipants.userId))
    .leftJoin(visaRequests, eq(visaRequests.participantId, meetingParticipants.id))
    .where(eq(meetingParticipants.id, job.participantId));
  if (!row) return false;
  const { participant: p, meeting: m, user, visa } = row;
  const locale = accountLocale(user.locale);
  const t = translator(locale);
  const settings = await participationSettings(db, m);
  const url = `${config.publicUrl}/meetings/${m.slug}/attend`;
  const values = {
    name: user.name,
    meeting: m.title,
    dates: formatDateRange(m.startsOn, m.endsOn, locale),
    mode: t(`participation.mode.${p.mode}`),
    reason: (job.kind.startsWith('visa') ? visa?.reason : p.reason) ?? '',
  };
  const lines = [t(`participation.mail.${job.kind}.body`, values)];
  const attachments: MailAttachment[] = [];
  if (job.kind === 'registered' || job.kind === 'approved') {
    if (p.status !== 'registered') return false;
    if (p.mode === 'remote' && settings.remoteLink)
      lines.push(t('participation.mail.remoteLink', { link: settings.remoteLink }));
    attachments.push({
      filename: `${m.slug}.ics`,
      contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
      content: meetingIcs(m, config.publicUrl),
    });
  }
  if (job.kind === 'visa_approved') {
    if (!visa || visa.status !== 'approved' || visa.purgedAt) return false;
    // Made once and kept in storage: the participant's downloads later serve the same files.
    try {
      for (const format of ['docx', 'pdf'] as const)
        attachments.push({
          filename: `visa-letter.${format}`,
          contentType: LETTER_TYPES[format],
          content: await visaLetter(services, visa.id, format),
        });
    } catch (err) {
      // The passport data went meanwhile (cancelled): there is no letter to send any more.
      if (err instanceof DomainError && err.code === 'not_found') return false;
      throw err;
    }
  }
  lines.push(url);
  await services.mail.send({
    to: user.email,
    subject: t(`participation.mail.${job.kind}.subject`, { meeting: m.title }),
    text: `${lines.join('\n\n')}\n`,
    ...(attachments.length && { attachments }),
  });
  return true;
}
