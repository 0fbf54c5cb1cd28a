/**
 * Every deadline rule of a meeting in one place. Instants are compared in UTC, so a deadline set in the meeting's time
 * zone holds across daylight-saving changes; dates and wall-clock times are read and shown in the meeting's zone.
 */
import { addDays, dateInZone, timeInZone, zonedTimeToInstant } from '../../platform/time';

/** A group's default input deadline: so many calendar days before the first day, at a wall-clock time. */
export interface DeadlineRule {
  deadlineDaysBefore: number;
  deadlineTime: string;
}

interface MeetingDeadline {
  inputDeadline: Date | null;
  takesContributions: boolean;
  acceptsLate: boolean;
}

/** The instant of the end of a day (23:59) in a time zone: the default time of every deadline set by date only. */
export const endOfDay = (date: string, timeZone: string, time = '23:59') => zonedTimeToInstant(date, time, timeZone);

/** The group's rule applied to a meeting starting on `startsOn` in `timeZone`. */
export function ruleDeadline(rule: DeadlineRule, startsOn: string, timeZone: string): Date {
  return endOfDay(addDays(startsOn, -rule.deadlineDaysBefore), timeZone, rule.deadlineTime);
}

export const DEADLINE_MODES = ['rule', 'custom', 'none'] as const;
export type DeadlineMode = (typeof DEADLINE_MODES)[number];

/** The input deadline a meeting form asks for: the group's rule, a date (and time) set by hand, or none. */
export function chosenDeadline(
  mode: DeadlineMode,
  meeting: { startsOn: string; timeZone: string },
  rule: DeadlineRule,
  custom: { date: string; time: string },
): Date | null {
  if (mode === 'rule') return ruleDeadline(rule, meeting.startsOn, meeting.timeZone);
  if (mode === 'custom') return endOfDay(custom.date, meeting.timeZone, custom.time || '23:59');
  return null;
}

/** A stored deadline as the meeting form shows it again: the mode, and the date and time in the meeting's zone. */
export function deadlineFormFields(meeting: MeetingDeadline & { timeZone: string; deadlineOverridden: boolean }) {
  const d = meeting.inputDeadline;
  return {
    deadlineDate: d ? dateInZone(d, meeting.timeZone) : '',
    deadlineTime: d ? timeInZone(d, meeting.timeZone) : '',
    deadlineMode: (!meeting.takesContributions
      ? 'none'
      : meeting.deadlineOverridden
        ? 'custom'
        : 'rule') as DeadlineMode,
  };
}

/** Whether the meeting still takes input at `now` without it being late. */
export function beforeInputDeadline(meeting: { inputDeadline: Date | string | null }, now: Date): boolean {
  return !meeting.inputDeadline || now.getTime() <= new Date(meeting.inputDeadline).getTime();
}

export type DeadlineDecision = { ok: true; late: boolean } | { ok: false; reason: 'deadline' | 'closed' };

/** Whether a submission arriving at `now` is accepted, and whether it is late (the secretariat may always add late documents). */
export function deadlineDecision(meeting: MeetingDeadline, now: Date, isSecretariat: boolean): DeadlineDecision {
  if (!meeting.takesContributions) return { ok: false, reason: 'closed' };
  if (beforeInputDeadline(meeting, now)) return { ok: true, late: false };
  if (isSecretariat || meeting.acceptsLate) return { ok: true, late: true };
  return { ok: false, reason: 'deadline' };
}
