/**
 * Every deadline rule of a meeting in one place. Instants are compared in UTC, so a deadline set in the meeting's time
 * zone holds across daylight-saving changes; dates and wall-clock times are read and shown in the meeting's zone.
 */
import { addDays, dateInZone, timeInZone, zonedTimeToInstant } from '../../platform/time';

/** A meeting's named deadlines. Contributions is meetings.input_deadline; the others live in meeting_deadlines. */
export const DEADLINE_KINDS = [
  'contributions',
  'reservation',
  'revisions',
  'preregistration',
  'visa',
  'fellowship',
] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];
/** The kinds kept in meeting_deadlines (every kind but contributions). */
export const LISTED_DEADLINE_KINDS = DEADLINE_KINDS.filter((k) => k !== 'contributions') as Exclude<
  DeadlineKind,
  'contributions'
>[];
export type ListedDeadlineKind = (typeof LISTED_DEADLINE_KINDS)[number];
/** Kinds that make sense only before the meeting starts: such a deadline after the first day is refused. */
export const BEFORE_MEETING_KINDS: readonly DeadlineKind[] = [
  'contributions',
  'reservation',
  'preregistration',
  'visa',
  'fellowship',
];

/** The longest grace period a meeting may have: 24 hours. */
export const MAX_GRACE_MINUTES = 24 * 60;

/** True when there is no deadline or `at` is not after it. */
export const isOpen = (deadline: Date | string | null, at: Date): boolean =>
  !deadline || at.getTime() <= new Date(deadline).getTime();

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

/** Which rule let a submission in: before the deadline, within the hidden grace period, on the late list, or late. */
export const DEADLINE_RULES = ['on_time', 'grace', 'late_list', 'late', 'open'] as const;
export type DeadlineRuleApplied = (typeof DEADLINE_RULES)[number];

export type DeadlineDecision =
  { ok: true; late: boolean; rule: DeadlineRuleApplied } | { ok: false; reason: 'deadline' | 'closed' };

export interface DeadlineContext {
  /** The deadline judged against: the input deadline, or the revisions deadline for a revision. */
  deadline?: Date | string | null;
  /** Minutes after the deadline still counted as on time (graceMinutesOf). */
  graceMinutes?: number;
  /** Until when this submitter is on the meeting's late list (null: not on it). */
  lateUntil?: Date | string | null;
}

/**
 * Whether a submission whose request began at `began` is accepted, whether it is late, and which rule applied.
 * The instant is the one the request arrived at (before its body was read), so an upload begun before the deadline
 * is never cut off by the clock. In order: no deadline (open); before it (on time); within the grace period (on time);
 * before the submitter's end time on the late list (accepted, marked late); otherwise late where the meeting accepts late
 * documents or the secretariat submits, else refused.
 */
export function deadlineDecision(
  meeting: MeetingDeadline,
  began: Date,
  isSecretariat: boolean,
  ctx: DeadlineContext = {},
): DeadlineDecision {
  if (!meeting.takesContributions) return { ok: false, reason: 'closed' };
  const deadline = ctx.deadline === undefined ? meeting.inputDeadline : ctx.deadline;
  if (!deadline) return { ok: true, late: false, rule: 'open' };
  if (isOpen(deadline, began)) return { ok: true, late: false, rule: 'on_time' };
  const grace = Math.min(Math.max(ctx.graceMinutes ?? 0, 0), MAX_GRACE_MINUTES);
  if (grace > 0 && began.getTime() <= new Date(deadline).getTime() + grace * 60_000)
    return { ok: true, late: false, rule: 'grace' };
  if (ctx.lateUntil && isOpen(ctx.lateUntil, began)) return { ok: true, late: true, rule: 'late_list' };
  if (isSecretariat || meeting.acceptsLate) return { ok: true, late: true, rule: 'late' };
  return { ok: false, reason: 'deadline' };
}
