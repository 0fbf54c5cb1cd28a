/**
 * The demo meetings' deadlines besides contributions: FG-MV's 2nd meeting with the dates of its circular (visa
 * requests by 1 June 2023, pre-registration by 29 June), and the upcoming demo meetings with deadlines still ahead
 * (visa requests, number reservation and pre-registration), so that each kind can be tried.
 */
import { eq } from 'drizzle-orm';
import { meetings } from '../../../../db/schema';
import { endOfDay, type ListedDeadlineKind } from '../../meetings/deadlines';
import { writeMeetingDeadlines } from '../../meetings/meeting-deadlines.server';
import { addDays } from '../../../platform/time';
import type { StoryContext } from './helpers';

/** Per meeting, each kind's date: a fixed date, or so many days before the first day. */
const DEADLINES: Record<string, Partial<Record<ListedDeadlineKind, string | number>>> = {
  'fg-mv-2': { visa: '2023-06-01', preregistration: '2023-06-29' },
  'fg-mv-demo': { visa: 21, reservation: 14, preregistration: 5 },
  'jca-mv-demo': { preregistration: 7 },
};

export async function seedDeadlines({ db }: StoryContext) {
  for (const [slug, kinds] of Object.entries(DEADLINES)) {
    const [meeting] = await db.select().from(meetings).where(eq(meetings.slug, slug));
    if (!meeting) continue;
    const list = Object.fromEntries(
      Object.entries(kinds).map(([kind, when]) => [
        kind,
        {
          at: endOfDay(typeof when === 'string' ? when : addDays(meeting.startsOn, -when), meeting.timeZone),
          overridden: true,
        },
      ]),
    );
    await writeMeetingDeadlines(db, meeting.id, list);
  }
}
