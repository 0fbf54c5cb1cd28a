/** Meetings and their deadlines as iCalendar (RFC 5545), written by ical-generator. */
import ical, { ICalCalendarMethod, ICalEventTransparency, type ICalCalendar } from 'ical-generator';
import type { meetings } from '../../../db/schema';
import { meetingSpan } from './meetings.server';

type MeetingRow = typeof meetings.$inferSelect;

const DAY = 86_400_000;

/** An empty calendar as Plenary publishes them. */
export const newCalendar = (name?: string): ICalCalendar =>
  ical({ prodId: '//Plenary//Meetings//EN', method: ICalCalendarMethod.PUBLISH, ...(name ? { name } : {}) });

const meetingUrl = (m: MeetingRow, baseUrl: string) => `${baseUrl}/meetings/${m.slug}`;
const uid = (id: string, baseUrl: string) => `${id}@${new URL(baseUrl).host}`;

/** The meeting as one event: timed when it has start and end times, else whole days (shown as free time). */
export function addMeetingEvent(calendar: ICalCalendar, m: MeetingRow, baseUrl: string, stamp: Date) {
  const timed = Boolean(m.startTime && m.endTime);
  const { opens, closes } = meetingSpan(m);
  calendar.createEvent({
    id: uid(`meeting-${m.id}`, baseUrl),
    stamp,
    ...(timed
      ? { start: opens, end: closes }
      : {
          start: new Date(`${m.startsOn}T00:00:00Z`),
          // The end of an all-day event is the day after its last day.
          end: new Date(Date.parse(`${m.endsOn}T00:00:00Z`) + DAY),
          allDay: true,
          transparency: ICalEventTransparency.TRANSPARENT,
        }),
    summary: m.title,
    location: [m.place, m.host].filter(Boolean).join(', ') || null,
    url: meetingUrl(m, baseUrl),
  });
}

/** A deadline of the meeting as an instant that takes no time. */
export function addDeadlineEvent(
  calendar: ICalCalendar,
  m: MeetingRow,
  deadline: { id: string; at: Date; summary: string },
  baseUrl: string,
  stamp: Date,
) {
  calendar.createEvent({
    id: uid(deadline.id, baseUrl),
    stamp,
    start: deadline.at,
    end: deadline.at,
    summary: deadline.summary,
    url: meetingUrl(m, baseUrl),
    transparency: ICalEventTransparency.TRANSPARENT,
  });
}

/** The meeting alone, as the .ics a participant's confirmation carries. */
export function meetingIcs(m: MeetingRow, baseUrl: string, now = new Date()): string {
  const calendar = newCalendar();
  addMeetingEvent(calendar, m, baseUrl, now);
  return calendar.toString();
}
