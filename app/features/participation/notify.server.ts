/**
 * The participant's mails, sent by the participation-mail job after the change commits, in the participant's
 * language: confirmation (with the meeting's .ics, and the remote link for remote participants), pending, decided,
 * cancelled; a visa letter approved (the letter attached as .docx and PDF) or refused with its reason.
 */
import { eq } from 'drizzle-orm';
import { groups, meetings, users } from '../../../db/schema';
import { meetingParticipants, visaPassports, visaRequests } from '../../../db/schema/participation';
import { accountLocale, translator } from '~/i18n';
import type { Services } from '../../platform/context.server';
import { formatDateRange } from '../../platform/format';
import type { MailAttachment } from '../../platform/mail.server';
import { foldLine, icsDate, icsStamp, icsText, nextDay } from '../publication/exports.server';
import { meetingSpan } from '../meetings/meetings.server';
import { visaLetterDocx, visaLetterPdf, type LetterData } from './letter.server';
import type { ParticipationMailJob } from './registration.server';
import { participationSettings } from './settings.server';

type MeetingRow = typeof meetings.$inferSelect;

/** The meeting as one iCalendar event (timed when it has start and end times, else whole days). */
export function meetingIcs(m: MeetingRow, baseUrl: string, now = new Date()): string {
  const url = `${baseUrl}/meetings/${m.slug}`;
  const place = [m.place, m.host].filter(Boolean).join(', ');
  const when =
    m.startTime && m.endTime
      ? [`DTSTART:${icsStamp(meetingSpan(m).opens)}`, `DTEND:${icsStamp(meetingSpan(m).closes)}`]
      : [`DTSTART;VALUE=DATE:${icsDate(m.startsOn)}`, `DTEND;VALUE=DATE:${nextDay(m.endsOn)}`];
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Plenary//Meetings//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:meeting-${m.id}@${new URL(baseUrl).host}`,
    `DTSTAMP:${icsStamp(now)}`,
    ...when,
    `SUMMARY:${icsText(m.title)}`,
    `LOCATION:${icsText(place)}`,
    `URL:${url}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

/** Everything the letter needs for a visa request (null once its passport data is gone). */
export async function letterData(db: Services['db'], requestId: string): Promise<LetterData | null> {
  const [row] = await db
    .select({
      request: visaRequests,
      passport: visaPassports,
      meeting: meetings,
      groupName: groups.name,
      organisation: meetingParticipants.organisation,
      email: users.email,
    })
    .from(visaRequests)
    .innerJoin(visaPassports, eq(visaPassports.requestId, visaRequests.id))
    .innerJoin(meetings, eq(meetings.id, visaRequests.meetingId))
    .innerJoin(groups, eq(groups.id, meetings.groupId))
    .innerJoin(meetingParticipants, eq(meetingParticipants.id, visaRequests.participantId))
    .innerJoin(users, eq(users.id, visaRequests.userId))
    .where(eq(visaRequests.id, requestId));
  if (!row || row.request.status !== 'approved' || !row.request.decidedAt) return null;
  const { requestId: _id, ...passport } = row.passport;
  return {
    requestId,
    decidedAt: row.request.decidedAt,
    meeting: row.meeting,
    groupName: row.groupName,
    settings: await participationSettings(db, row.meeting),
    participant: { organisation: row.organisation, email: row.email },
    passport,
  };
}

export async function sendParticipationMail(
  services: Pick<Services, 'db' | 'mail' | 'config'>,
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
    const data = visa && (await letterData(db, visa.id));
    if (!data) return false;
    const docx = await visaLetterDocx(data);
    attachments.push(
      {
        filename: 'visa-letter.docx',
        contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        content: docx,
      },
      { filename: 'visa-letter.pdf', contentType: 'application/pdf', content: await visaLetterPdf(data) },
    );
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
